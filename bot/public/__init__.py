"""The public web: the archive, the Atom feed and the e-mail subscription pages."""
