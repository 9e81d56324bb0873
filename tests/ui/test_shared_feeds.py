"""The Analysis dock asks for the GTFS feeds once: the feeds chosen in one of its three GTFS boxes (public
transport, energy and emissions, fleet and industry) are offered to the others, and a box the planner filled
with other feeds keeps them."""

from conftest import REPO

GTFS = REPO / "resources" / "sample" / "gtfs"
EPTC, TRENSURB = str(GTFS / "poa_eptc.zip"), str(GTFS / "poa_trensurb.zip")


def boxes(dock):
    return dock.transit_box.feeds, dock.energy_page.gtfs_widget, dock.fleet_page.gtfs_widget


def test_one_feed_chosen_once_fills_the_three_steps(dock):
    transit, energy, fleet = boxes(dock)
    transit.setFilePath(EPTC)
    assert energy.filePath() == EPTC and fleet.filePath() == EPTC
    dock.fleet_page.enabled_box.setChecked(True)
    assert dock.settings().fleet.gtfs == EPTC  # what the fleet step will run on
    assert dock.energy_page.settings().gtfs == [EPTC]


def test_two_feeds_go_to_the_boxes_that_take_several(dock):
    transit, energy, fleet = boxes(dock)
    energy.setFilePath(f'"{EPTC}" "{TRENSURB}"')
    assert dock.transit_box.choice().feeds == [EPTC, TRENSURB]
    assert fleet.filePath() == ""  # the fleet step takes one feed: the planner chooses which


def test_a_box_the_planner_filled_keeps_its_feed(dock):
    transit, energy, fleet = boxes(dock)
    transit.setFilePath(EPTC)
    energy.setFilePath(TRENSURB)  # the planner's own choice for the energy step
    assert transit.filePath() == EPTC  # chosen by the planner: kept
    assert fleet.filePath() == TRENSURB  # it only held an offer: it follows the latest choice
    transit.setFilePath(f'"{EPTC}" "{TRENSURB}"')
    assert energy.filePath() == TRENSURB and fleet.filePath() == TRENSURB  # two feeds are not offered to it
    transit.setFilePath(EPTC)
    assert fleet.filePath() == EPTC and energy.filePath() == TRENSURB
    transit.setFilePath("")  # cleared: the boxes that only held the offer are cleared with it
    assert fleet.filePath() == "" and energy.filePath() == TRENSURB
