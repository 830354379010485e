"""The public web: the archive, the Atom feed, the e-mail subscription pages and /privacy."""
