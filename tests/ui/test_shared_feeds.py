"""The Analysis dock asks for the GTFS feeds once: the feeds chosen in one of its three GTFS boxes (public
transport, energy and emissions, fleet and industry) are offered to the energy and fleet boxes, which their own
tick box switches on; a box the planner filled with other feeds keeps them. The public-transport box takes no
offer: feeds there switch public transport on."""

from conftest import REPO

GTFS = REPO / "resources" / "sample" / "gtfs"
EPTC, TRENSURB = str(GTFS / "poa_eptc.zip"), str(GTFS / "poa_trensurb.zip")


def boxes(dock):
    return dock.transit_box.feeds, dock.energy_page.gtfs_widget, dock.fleet_page.gtfs_widget


def test_one_feed_chosen_once_fills_the_energy_and_fleet_steps_without_ticking_them(dock):
    transit, energy, fleet = boxes(dock)
    transit.setFilePath(EPTC)
    assert energy.filePath() == EPTC and fleet.filePath() == EPTC
    assert dock.settings().fleet is None and not dock.energy_page.enabled.isChecked()  # still off
    dock.fleet_page.enabled_box.setChecked(True)
    dock.energy_page.enabled.setChecked(True)
    assert dock.settings().fleet.gtfs == EPTC  # what the fleet step will run on
    assert dock.energy_page.settings().gtfs == [EPTC]


def test_feeds_chosen_for_the_fleet_do_not_switch_public_transport_on(dock):
    transit, energy, fleet = boxes(dock)
    fleet.setFilePath(EPTC)
    assert transit.filePath() == "" and dock.transit_box.choice().feeds == []
    assert energy.filePath() == EPTC


def test_two_feeds_go_to_the_boxes_that_take_several(dock):
    transit, energy, fleet = boxes(dock)
    transit.setFilePath(f'"{EPTC}" "{TRENSURB}"')
    assert dock.energy_page.settings().gtfs == [EPTC, TRENSURB]
    assert fleet.filePath() == ""  # the fleet step takes one feed: the planner chooses which


def test_a_box_the_planner_filled_keeps_its_feed(dock):
    transit, energy, fleet = boxes(dock)
    transit.setFilePath(EPTC)
    energy.setFilePath(TRENSURB)  # the planner's own choice for the energy step
    assert transit.filePath() == EPTC  # never offered anything
    assert fleet.filePath() == TRENSURB  # it only held an offer: it follows the latest choice
    transit.setFilePath(f'"{EPTC}" "{TRENSURB}"')
    assert energy.filePath() == TRENSURB and fleet.filePath() == TRENSURB  # two feeds are not offered to it
    transit.setFilePath(EPTC)
    assert fleet.filePath() == EPTC and energy.filePath() == TRENSURB
    transit.setFilePath("")  # cleared: the boxes that only held the offer are cleared with it
    assert fleet.filePath() == "" and energy.filePath() == TRENSURB
