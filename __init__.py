"""Conecta: urban connectivity methods of ECLAC's Big Push for Sustainability for QGIS.

Nothing heavy is imported here, so that ``conecta.core`` stays importable
without QGIS and QGIS start-up stays fast.
"""


def classFactory(iface):  # noqa: N802 (QGIS API name)
    """Entry point QGIS calls to create the plugin."""
    from .plugin import ConectaPlugin

    return ConectaPlugin(iface)
