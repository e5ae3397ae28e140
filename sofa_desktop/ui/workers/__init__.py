"""Long work off the UI thread, with progress and cancel: importing files, exporting the store."""
