from circlesoftrust.services import rings


def test_new_database_has_the_five_default_rings(db):
    names = [r.name for r in rings.list_rings(db)]
    assert names == ["Inner circle", "Loyal customers", "New clients", "Leads", "Audience"]
