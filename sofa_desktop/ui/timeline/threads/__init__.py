"""Thread rows on the timeline: their painting, the reports list of a picked thread, the compare view of
disagreeing passages, the toolbar that switches the rows, and the thread edits offered from the timeline."""
