<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>ConectaDependencies</name>
        <message>
            <location filename="../processing/deps.py" line="26" />
            <source>This algorithm needs the Python library '{0}', which is not installed in the Python used by QGIS. On Windows, open the OSGeo4W Shell and run: python -m pip install {1}. On macOS run: /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install {1}. On Debian/Ubuntu run: sudo apt install {2}. Then restart QGIS.</source>
            <translation>Este algoritmo precisa da biblioteca Python '{0}', que não está instalada no Python usado pelo QGIS. No Windows, abra o OSGeo4W Shell e execute: python -m pip install {1}. No macOS execute: /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install {1}. No Debian/Ubuntu execute: sudo apt install {2}. Depois reinicie o QGIS.</translation>
        </message>
    </context>
    <context>
        <name>ConectaGroups</name>
        <message>
            <location filename="../processing/base.py" line="18" />
            <source>Network analysis</source>
            <translation>Análise de redes</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="19" />
            <source>Accessibility and inequality</source>
            <translation>Acessibilidade e desigualdade</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="20" />
            <source>Mobility demand</source>
            <translation>Demanda de mobilidade</translation>
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
            <translation>Dados de exemplo</translation>
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
            <translation>Carregar cidade de exemplo (Porto Alegre)</translation>
        </message>
    </context>
    <context>
        <name>ConectaProvider</name>
        <message>
            <location filename="../processing/provider.py" line="29" />
            <source>Conecta — urban connectivity (ECLAC Big Push for Sustainability)</source>
            <translation>Conecta — conectividade urbana (Grande Impulso para a Sustentabilidade, CEPAL)</translation>
        </message>
    </context>
    <context>
        <name>LoadSampleCity</name>
        <message>
            <location filename="../processing/loadsample.py" line="58" />
            <source>Load sample city (Porto Alegre)</source>
            <translation>Carregar cidade de exemplo (Porto Alegre)</translation>
        </message>
        <message>
            <location filename="../processing/loadsample.py" line="61" />
            <source>Loads Conecta's sample city, Porto Alegre (Brazil), for training sessions and to try every algorithm: the OpenStreetMap street network with highway class, one-way and speed limit; 1,227 H3 hexagon zones with population, jobs, schools and health care; and the stops of the bus (EPTC) and urban rail (Trensurb) GTFS feeds with their mode. All layers are in SIRGAS 2000 / UTM zone 22S (EPSG:31982).

Contains OpenStreetMap data © OpenStreetMap contributors (ODbL). Grid, population and opportunity data from the r5r package (IPEA, MIT licence). GTFS by EPTC and Trensurb.</source>
            <translation>Carrega a cidade de exemplo do Conecta, Porto Alegre (Brasil), para capacitações e para experimentar cada algoritmo: a malha viária do OpenStreetMap com classe de via, sentido único e limite de velocidade; 1.227 zonas hexagonais H3 com população, empregos, escolas e saúde; e as paradas dos feeds GTFS de ônibus (EPTC) e trem urbano (Trensurb) com seu modo. Todas as camadas estão em SIRGAS 2000 / UTM zona 22S (EPSG:31982).

Contém dados do OpenStreetMap © colaboradores do OpenStreetMap (ODbL). Dados de grade, população e oportunidades do pacote r5r (IPEA, licença MIT). GTFS da EPTC e da Trensurb.</translation>
        </message>
        <message>
            <location filename="../processing/loadsample.py" line="93" />
            <source>Street network</source>
            <translation>Malha viária</translation>
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
            <translation>A cidade de exemplo não está na pasta do complemento: {}</translation>
        </message>
        <message>
            <location filename="../processing/loadsample.py" line="93" />
            <source>Zones</source>
            <translation>Zonas</translation>
        </message>
        <message>
            <location filename="../processing/loadsample.py" line="102" />
            <source>Cannot read layer {} of the sample city.</source>
            <translation>Não é possível ler a camada {} da cidade de exemplo.</translation>
        </message>
        <message>
            <location filename="../processing/loadsample.py" line="119" />
            <source>{}: {} features</source>
            <translation>{}: {} feições</translation>
        </message>
    </context>
</TS>
