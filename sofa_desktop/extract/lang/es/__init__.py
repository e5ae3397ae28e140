"""Spanish: word lists, dates, quotation and event rules for Spanish-language news."""
