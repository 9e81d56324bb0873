"""The city report, stateless: its words in the report's own language (content), charts, maps, print layout
and HTML pages; every call gets the figures, the texts and the folders it works with."""
