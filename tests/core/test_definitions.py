"""The one vocabulary: GTFS route types, and the field-name rules (values from the GTFS reference)."""

from conecta.core.definitions import field_name, number_code, route_type_mode, route_type_modes, unique_names


def test_route_type_modes_basic_and_extended():
    codes = [
        0,
        1,
        2,
        3,
        4,
        5,
        6,
        7,
        11,
        12,
        100,
        109,
        401,
        405,
        700,
        715,
        800,
        900,
        1000,
        1200,
        1501,
        99,
        "x",
    ]
    expected = [
        "tram",
        "metro",
        "rail",
        "bus",
        "ferry",
        "cable_tram",
        "aerial_lift",
        "funicular",
        "trolleybus",
        "monorail",
        "rail",
        "rail",
        "metro",
        "monorail",
        "bus",
        "bus",
        "trolleybus",
        "tram",
        "ferry",
        "ferry",
        "shared_taxi",
        "unknown",
        "unknown",
    ]
    assert list(route_type_modes(codes)) == expected


def test_route_type_1_is_metro_everywhere():
    # GTFS reference: 1 = "Subway, Metro"; 401 = "Metro Service" (extended types)
    assert route_type_mode(1) == route_type_mode(401) == "metro"


def test_field_names_are_short_ascii_and_unique():
    assert (
        number_code(30) == "30" and number_code(7.5) == "7_5" and number_code(0.05, keep_dot=False) == "005"
    )
    assert field_name("acc", "empleos_saúde", "30") == "acc_empleos_saude_30"
    long = field_name("acc", "x" * 100, "60")
    assert len(long) == 63 and long.endswith("_60")
    assert unique_names(["a", "a", "b", "a"]) == ["a", "a_2", "b", "a_3"]


def test_mode_names_and_numbers_give_a_gtfs_route_type():
    from conecta.core.definitions import route_type_of

    # GTFS reference: 0 tram, 1 subway/metro, 2 rail, 3 bus, 4 ferry, 11 trolleybus; extended 702 express bus
    assert [route_type_of(m) for m in ("bus", "BRT", "Light rail", "metro", "ferry", "3", 702.0, " 11 ")] == [
        3, 702, 0, 1, 4, 3, 702, 11,
    ]  # fmt: skip
    assert route_type_of("informal") == 1501  # extended "Communal Taxi Service": colectivos, vans
    assert (
        route_type_of("hovercraft") is None and route_type_of("-3") is None and route_type_of("3.5") is None
    )
