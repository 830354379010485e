"""What every feature uses, kept out of the feature folders: a member's stored account and
person, the association's time zone, text shortened for a limit."""
