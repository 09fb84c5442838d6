"""Reading and writing files outside the database (address books, calendars, exports).

The readers touch only files: ``address_book.read_contacts`` (record types and shared
helpers live in ``contact_records``; ``vcard_reader`` and ``csv_reader`` do the formats)
and ``import_source``, which tells the kind of file and whether a CSV needs a column
mapping. The rest works on a :class:`~circlesoftrust.storage.Database`: ``import_plan``
reads it to decide an import, ``importer`` writes that decision in one transaction,
``export`` reads it for vCard, CSV and iCalendar files, and ``full_export`` writes and
restores the full JSON export. Nothing here imports Qt.
"""
