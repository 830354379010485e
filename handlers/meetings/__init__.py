"""Board meetings: the calendar, the call for agenda items, proposals, reminders, open meetings."""
