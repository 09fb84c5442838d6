"""Reading and writing files outside the database (address books, exports).

Contacts import: ``contact_records.read_contacts`` (record types and shared helpers
live in ``contact_records``; ``vcard_reader`` and ``csv_reader`` do the formats).
Nothing here imports Qt or touches the database.
"""
