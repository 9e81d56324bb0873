<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>ConectaDependencies</name>
        <message>
            <location filename="../processing/deps.py" line="26" />
            <source>This algorithm needs the Python library '{0}', which is not installed in the Python used by QGIS. On Windows, open the OSGeo4W Shell and run: python -m pip install {1}. On macOS run: /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install {1}. On Debian/Ubuntu run: sudo apt install {2}. Then restart QGIS.</source>
            <translation>Este algoritmo necesita la biblioteca de Python '{0}', que no está instalada en el Python que usa QGIS. En Windows, abra OSGeo4W Shell y ejecute: python -m pip install {1}. En macOS ejecute: /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install {1}. En Debian/Ubuntu ejecute: sudo apt install {2}. Luego reinicie QGIS.</translation>
        </message>
    </context>
    <context>
        <name>ConectaGroups</name>
        <message>
            <location filename="../processing/base.py" line="18" />
            <source>Network analysis</source>
            <translation>Análisis de redes</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="19" />
            <source>Accessibility and inequality</source>
            <translation>Accesibilidad y desigualdad</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="20" />
            <source>Mobility demand</source>
            <translation>Demanda de movilidad</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="21" />
            <source>SDG indicators</source>
            <translation>Indicadores ODS</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="22" />
            <source>Public transport</source>
            <translation>Transporte público</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="23" />
            <source>Sample data</source>
            <translation>Datos de ejemplo</translation>
        </message>
    </context>
    <context>
        <name>ConectaPlugin</name>
        <message>
            <location filename="../plugin.py" line="64" />
            <source>&amp;Conecta</source>
            <translation>&amp;Conecta</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="66" />
            <source>Conecta</source>
            <translation>Conecta</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="69" />
            <source>Load sample city (Porto Alegre)</source>
            <translation>Cargar ciudad de ejemplo (Porto Alegre)</translation>
        </message>
    </context>
    <context>
        <name>ConectaProvider</name>
        <message>
            <location filename="../processing/provider.py" line="29" />
            <source>Conecta — urban connectivity (ECLAC Big Push for Sustainability)</source>
            <translation>Conecta — conectividad urbana (Gran Impulso para la Sostenibilidad, CEPAL)</translation>
        </message>
    </context>
    <context>
        <name>LoadSampleCity</name>
        <message>
            <location filename="../processing/loadsample.py" line="58" />
            <source>Load sample city (Porto Alegre)</source>
            <translation>Cargar ciudad de ejemplo (Porto Alegre)</translation>
        </message>
        <message>
            <location filename="../processing/loadsample.py" line="61" />
            <source>Loads Conecta's sample city, Porto Alegre (Brazil), for training sessions and to try every algorithm: the OpenStreetMap street network with highway class, one-way and speed limit; 1,227 H3 hexagon zones with population, jobs, schools and health care; and the stops of the bus (EPTC) and urban rail (Trensurb) GTFS feeds with their mode. All layers are in SIRGAS 2000 / UTM zone 22S (EPSG:31982).

Contains OpenStreetMap data © OpenStreetMap contributors (ODbL). Grid, population and opportunity data from the r5r package (IPEA, MIT licence). GTFS by EPTC and Trensurb.</source>
            <translation>Carga la ciudad de ejemplo de Conecta, Porto Alegre (Brasil), para sesiones de capacitación y para probar cada algoritmo: la red vial de OpenStreetMap con clase de vía, sentido único y límite de velocidad; 1.227 zonas hexagonales H3 con población, empleos, escuelas y salud; y las paradas de los feeds GTFS de autobús (EPTC) y tren urbano (Trensurb) con su modo. Todas las capas están en SIRGAS 2000 / UTM zona 22S (EPSG:31982).

Contiene datos de OpenStreetMap © colaboradores de OpenStreetMap (ODbL). Datos de grilla, población y oportunidades del paquete r5r (IPEA, licencia MIT). GTFS de EPTC y Trensurb.</translation>
        </message>
        <message>
            <location filename="../processing/loadsample.py" line="93" />
            <source>Street network</source>
            <translation>Red vial</translation>
        </message>
        <message>
            <location filename="../processing/loadsample.py" line="77" />
            <source>Zones (hexagons)</source>
            <translation>Zonas (hexágonos)</translation>
        </message>
        <message>
            <location filename="../processing/loadsample.py" line="93" />
            <source>Public transport stops</source>
            <translation>Paradas de transporte público</translation>
        </message>
        <message>
            <location filename="../processing/loadsample.py" line="90" />
            <source>The sample city is missing from the plugin folder: {}</source>
            <translation>Falta la ciudad de ejemplo en la carpeta del complemento: {}</translation>
        </message>
        <message>
            <location filename="../processing/loadsample.py" line="93" />
            <source>Zones</source>
            <translation>Zonas</translation>
        </message>
        <message>
            <location filename="../processing/loadsample.py" line="102" />
            <source>Cannot read layer {} of the sample city.</source>
            <translation>No se puede leer la capa {} de la ciudad de ejemplo.</translation>
        </message>
        <message>
            <location filename="../processing/loadsample.py" line="119" />
            <source>{}: {} features</source>
            <translation>{}: {} entidades</translation>
        </message>
    </context>
</TS>
