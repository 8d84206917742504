

def test_a_map_with_every_place_shown_has_no_caption_of_a_mark_alone():
    from sitbrief.compose.brief import MapBlock

    block = MapBlock(places=[], frame=(0.0, 0.0, 1.0, 1.0), portion="(OS)")
    assert block.caption() == ""
    block.note = "Not shown: Tonga."
    assert block.caption() == "(OS) Not shown: Tonga."
