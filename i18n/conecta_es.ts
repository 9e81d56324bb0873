<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>@default</name>
        <message>
            <location filename="../core/access_family.py" line="70" />
            <source>Alpha must be a number ≥ 0 (got {alpha}).</source>
            <translation>Alfa debe ser un número ≥ 0 (se recibió {alpha}).</translation>
        </message>
        <message>
            <location filename="../core/access_family.py" line="78" />
            <source>Unknown constraint '{constraint}': use total, singly or doubly.</source>
            <translation>Restricción desconocida '{constraint}': use total, simple o doble.</translation>
        </message>
        <message>
            <location filename="../core/access_family.py" line="90" />
            <source>The cutoff of cost {name} must be a number ≥ 0 (got {value}).</source>
            <translation>El umbral del costo {name} debe ser un número ≥ 0 (se recibió {value}).</translation>
        </message>
        <message>
            <location filename="../core/access_family.py" line="103" />
            <source>The cost step must be a number &gt; 0 (got {increment}).</source>
            <translation>El paso de costo debe ser un número &gt; 0 (se recibió {increment}).</translation>
        </message>
        <message>
            <location filename="../core/access_family.py" line="314" />
            <source>Doubly constrained accessibility needs as much demand as supply: {demand} adds up to {demand_total} in the zones that are origins and {supply} to {supply_total} in the zones that are destinations.</source>
            <translation>La accesibilidad doblemente restringida necesita tanta demanda como oferta: {demand} suma {demand_total} en las zonas que son orígenes y {supply} suma {supply_total} en las zonas que son destinos.</translation>
        </message>
        <message>
            <location filename="../core/accessibility.py" line="801" />
            <source>The passive form exists for the cumulative, interval, gravity, travel time to the closest and total or singly constrained measures only.</source>
            <translation>La forma pasiva existe solo para las medidas acumulada, de intervalo, gravitacional, tiempo a la más cercana y restringida total o simple.</translation>
        </message>
        <message>
            <location filename="../core/accessibility.py" line="809" />
            <source>Cutoffs on extra costs apply to the cumulative opportunities measure only.</source>
            <translation>Los umbrales en costos adicionales se aplican solo a la medida de oportunidades acumuladas.</translation>
        </message>
        <message>
            <location filename="../core/demand/flows.py" line="63" />
            <source>No OD row matches the zone ids: check the zone id field and the id fields of the OD table.</source>
            <translation>Ninguna fila OD coincide con los identificadores de zona: revise el campo identificador de zona y los campos identificadores de la tabla OD.</translation>
        </message>
        <message>
            <location filename="../core/demand/generation.py" line="260" />
            <source>Too few zones have an observed value in field {field} and every explanatory field to fit the regression.</source>
            <translation>Muy pocas zonas tienen un valor observado en el campo {field} y en todos los campos explicativos para ajustar la regresión.</translation>
        </message>
        <message>
            <location filename="../core/demand/generation.py" line="288" />
            <source>Every trip rate must be a number of zero or more.</source>
            <translation>Cada tasa de viajes debe ser un número igual o mayor que cero.</translation>
        </message>
        <message>
            <location filename="../core/demand/generation.py" line="297" />
            <source>The rate table repeats a category ({examples}): each needs exactly one rate.</source>
            <translation>La tabla de tasas repite una categoría ({examples}): cada una necesita exactamente una tasa.</translation>
        </message>
        <message>
            <location filename="../core/demand/generation.py" line="431" />
            <source>Cannot balance: total productions are {productions:,.1f} and total attractions {attractions:,.1f}. Check the fields and rates that give zero.</source>
            <translation>No se puede balancear: el total de producciones es {productions:,.1f} y el de atracciones {attractions:,.1f}. Revise los campos y tasas que dan cero.</translation>
        </message>
        <message>
            <location filename="../core/demand/model.py" line="86" />
            <source>A distribution between {zones} zones needs about {needed} of memory (its {zones} × {zones} matrices and the output table), more than the {available} available. Aggregate the zones into fewer, larger ones, or run it on a computer with more memory.</source>
            <translation>Una distribución entre {zones} zonas necesita unos {needed} de memoria (sus matrices de {zones} × {zones} y la tabla de salida), más que los {available} disponibles. Agrupe las zonas en menos zonas más grandes, o ejecútela en una computadora con más memoria.</translation>
        </message>
        <message>
            <location filename="../core/demand/model.py" line="107" />
            <source>Field {field} has {n} negative values: trips must be zero or positive.</source>
            <translation>El campo {field} tiene {n} valores negativos: los viajes deben ser cero o positivos.</translation>
        </message>
        <message>
            <location filename="../core/demand/model.py" line="114" />
            <source>Every zone has 0 in field {field}: there are no trips to distribute.</source>
            <translation>Todas las zonas tienen 0 en el campo {field}: no hay viajes que distribuir.</translation>
        </message>
        <message>
            <location filename="../core/demand/model.py" line="127" />
            <source>The cost matrix has no rows.</source>
            <translation>La matriz de costos no tiene filas.</translation>
        </message>
        <message>
            <location filename="../core/demand/model.py" line="129" />
            <source>The cost matrix has {n} negative costs: costs must be zero or positive.</source>
            <translation>La matriz de costos tiene {n} costos negativos: los costos deben ser cero o positivos.</translation>
        </message>
        <message>
            <location filename="../core/demand/model.py" line="137" />
            <source>No row of the cost matrix matches the zone ids (matrix ids such as {matrix_ids}; zone ids such as {zone_ids}): check the zone id field and the id fields of the matrix.</source>
            <translation>Ninguna fila de la matriz de costos coincide con los identificadores de zona (identificadores de la matriz como {matrix_ids}; de las zonas como {zone_ids}): revise el campo identificador de zona y los campos identificadores de la matriz.</translation>
        </message>
        <message>
            <location filename="../core/demand/model.py" line="145" />
            <source>No row of the cost matrix has a cost in field {field} for two zones: there is nothing to distribute on.</source>
            <translation>Ninguna fila de la matriz de costos tiene un costo en el campo {field} entre dos zonas: no hay nada sobre lo que distribuir.</translation>
        </message>
        <message>
            <location filename="../core/demand/model.py" line="170" />
            <source>Calibration to a mean trip cost works with the exponential or the power function only.</source>
            <translation>La calibración a un costo medio de viaje solo funciona con la función exponencial o la potencial.</translation>
        </message>
        <message>
            <location filename="../core/demand/model.py" line="235" />
            <source>The cost matrix has {n} zero costs, but the power and combined functions need costs above zero: use the exponential function or set a cost for trips within a zone.</source>
            <translation>La matriz de costos tiene {n} costos cero, pero las funciones potencial y combinada necesitan costos mayores que cero: use la función exponencial o indique un costo para los viajes dentro de una zona.</translation>
        </message>
        <message>
            <location filename="../core/demand/modesplit.py" line="186" />
            <source>The travel-time matrix given for {matrix} has no rows.</source>
            <translation>La matriz de tiempos de viaje indicada para {matrix} no tiene filas.</translation>
        </message>
        <message>
            <location filename="../core/demand/modesplit.py" line="192" />
            <source>The travel-time matrix given for {matrix} has {n} negative travel times on pairs of the OD table: times must be zero or positive.</source>
            <translation>La matriz de tiempos de viaje indicada para {matrix} tiene {n} tiempos de viaje negativos en pares de la tabla OD: los tiempos deben ser cero o positivos.</translation>
        </message>
        <message>
            <location filename="../core/indicators/sdg1131.py" line="162" />
            <source>No built-up area was found at the {date} date: check the built-up layer (features without geometry add no area; with a raster, check how its pixels are read and the built-up value).</source>
            <translation>No se encontró área construida en la fecha {date}: revise la capa de área construida (las entidades sin geometría no suman área; con un ráster, revise cómo se leen sus píxeles y el valor de construido).</translation>
        </message>
        <message>
            <location filename="../core/od.py" line="114" />
            <source>The travel matrix was read without the cost column {name}: give it among the extra costs.</source>
            <translation>La matriz de tiempos de viaje se leyó sin la columna de costo {name}: indíquela entre los costos adicionales.</translation>
        </message>
        <message>
            <location filename="../core/od.py" line="315" />
            <source>{n} origin-destination pairs appear more than once in the table (e.g. {examples}): each pair must appear once. Remove or aggregate the repeated rows.</source>
            <translation>{n} pares origen-destino aparecen más de una vez en la tabla (p. ej. {examples}): cada par debe aparecer una sola vez. Elimine o agregue las filas repetidas.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/bands.py" line="37" />
            <source>The {what} {value!r} is not a clock time: write HH:MM or HH:MM:SS (hours past 24 are allowed).</source>
            <translation>{what} {value!r} no es una hora: escriba HH:MM o HH:MM:SS (se admiten horas después de las 24).</translation>
        </message>
        <message>
            <location filename="../core/scenarios/bands.py" line="61" />
            <source>The time band {start}–{end}{where} lies outside the service day (00:00 to 48:00).</source>
            <translation>La franja horaria {start}–{end}{where} está fuera del día de servicio (00:00 a 48:00).</translation>
        </message>
        <message>
            <location filename="../core/scenarios/bands.py" line="67" />
            <source>The time band {start}–{end}{where} is empty: its end must be after its start.</source>
            <translation>La franja horaria {start}–{end}{where} está vacía: su fin debe ser posterior a su inicio.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/compare.py" line="73" />
            <source>The baseline and the scenario have no zone id in common (baseline e.g. {baseline}; scenario e.g. {scenario}): compare two results of the same zones.</source>
            <translation>La línea base y el escenario no tienen ningún id de zona en común (línea base p. ej. {baseline}; escenario p. ej. {scenario}): compare dos resultados de las mismas zonas.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/compare.py" line="142" />
            <source>The threshold must be zero or positive; got {value}.</source>
            <translation>El umbral debe ser cero o positivo; se recibió {value}.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_edit.py" line="139" />
            <source>The edits table lacks the field(s) {fields}; it needs action, route_id, start_time, end_time, value.</source>
            <translation>A la tabla de cambios le faltan los campos {fields}; necesita action, route_id, start_time, end_time, value.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_edit.py" line="170" />
            <source>Unknown edit action(s) {actions} (rows {rows}); the actions are {valid}.</source>
            <translation>Acciones de cambio desconocidas {actions} (filas {rows}); las acciones son {valid}.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_edit.py" line="185" />
            <source>Row {row} ({action}) needs a headway value above zero, not {value!r}.</source>
            <translation>La fila {row} ({action}) necesita un intervalo mayor que cero, no {value!r}.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_edit.py" line="192" />
            <source>Row {row} ({action}) needs a value above zero (a factor, or a speed in km/h), not {value!r}.</source>
            <translation>La fila {row} ({action}) necesita un valor mayor que cero (un factor, o una velocidad en km/h), no {value!r}.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_edit.py" line="217" />
            <source>The edits name {n} route(s) absent from the feed: {routes}.</source>
            <translation>Los cambios nombran {n} rutas que no están en el feed: {routes}.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_edit.py" line="229" />
            <source>Row {row}: remove_route removes the whole route and takes no time band; use remove_trips to remove the trips of a band.</source>
            <translation>Fila {row}: remove_route elimina toda la ruta y no admite franja horaria; use remove_trips para eliminar los viajes de una franja.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_edit.py" line="238" />
            <source>The time band {start}–{end} of row {row} lies outside the feed's service day ({first} to {last}).</source>
            <translation>La franja horaria {start}–{end} de la fila {row} está fuera del día de servicio del feed ({first} a {last}).</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_edit.py" line="662" />
            <source>The new feed must not overwrite its source {path}; choose another file.</source>
            <translation>El nuevo feed no debe sobrescribir su origen {path}; elija otro archivo.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="132" />
            <source>The line of new route {route} needs at least two points with finite coordinates (and as many projected as lon/lat points).</source>
            <translation>La línea de la nueva ruta {route} necesita al menos dos puntos con coordenadas finitas (y tantos puntos proyectados como lon/lat).</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="154" />
            <source>New route {route} needs headways above zero minutes, not {value!r}.</source>
            <translation>La nueva ruta {route} necesita intervalos mayores que cero minutos, no {value!r}.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="161" />
            <source>The headway band {start}–{end} of new route {route} lies outside its service span {first}–{last}.</source>
            <translation>La franja de intervalo {start}–{end} de la nueva ruta {route} está fuera de su horario de servicio {first}–{last}.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="176" />
            <source>The headway bands of new route {route} overlap; give each time of day one headway.</source>
            <translation>Las franjas de intervalo de la nueva ruta {route} se superponen; dé un solo intervalo a cada hora del día.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="188" />
            <source>The new route id {route!r} is empty or already used by the feed; give the new route its own id.</source>
            <translation>El id de la nueva ruta {route!r} está vacío o ya lo usa el feed; dé a la nueva ruta un id propio.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="198" />
            <source>The mode of new route {route} must be a GTFS route_type number (3 bus, 0 tram, 1 metro …), not {value!r}.</source>
            <translation>El modo de la nueva ruta {route} debe ser un número route_type de GTFS (3 autobús, 0 tranvía, 1 metro …), no {value!r}.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="220" />
            <source>A stop of new route {route} lies {distance:.0f} m from its line (at most {limit:.0f} m).</source>
            <translation>Una parada de la nueva ruta {route} está a {distance:.0f} m de su línea (como máximo {limit:.0f} m).</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="231" />
            <source>New route {route} needs at least two distinct stops on its line.</source>
            <translation>La nueva ruta {route} necesita al menos dos paradas distintas en su línea.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="239" />
            <source>The stop spacing of new route {route} must be above zero metres.</source>
            <translation>La distancia entre paradas de la nueva ruta {route} debe ser mayor que cero metros.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="245" />
            <source>The line of new route {route} is {length:.0f} m long, shorter than the stop spacing ({spacing:.0f} m): draw a longer line or give a smaller spacing.</source>
            <translation>La línea de la nueva ruta {route} mide {length:.0f} m, menos que la distancia entre paradas ({spacing:.0f} m): dibuje una línea más larga o indique una distancia menor.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="266" />
            <source>The speed of new route {route} must be above zero km/h.</source>
            <translation>La velocidad de la nueva ruta {route} debe ser mayor que cero km/h.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="279" />
            <source>New route {route} has {n} segments between stops but {k} segment times were given.</source>
            <translation>La nueva ruta {route} tiene {n} tramos entre paradas pero se dieron {k} tiempos de tramo.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="289" />
            <source>The travel times of new route {route} must be above zero.</source>
            <translation>Los tiempos de viaje de la nueva ruta {route} deben ser mayores que cero.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="295" />
            <source>New route {route} needs either a speed (km/h) or travel times, not both or neither.</source>
            <translation>La nueva ruta {route} necesita una velocidad (km/h) o tiempos de viaje, no ambos ni ninguno.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="310" />
            <source>The service_id {service!r} of new route {route} is not in the feed's calendars.</source>
            <translation>El service_id {service!r} de la nueva ruta {route} no está en los calendarios del feed.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="323" />
            <source>The feed has no calendar dates to run new route {route} on; give an existing service_id.</source>
            <translation>El feed no tiene fechas de calendario en las que operar la nueva ruta {route}; indique un service_id existente.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_tables.py" line="114" />
            <source>The GTFS feed {path} cannot be opened as a zip file ({reason}).</source>
            <translation>El feed GTFS {path} no se puede abrir como archivo zip ({reason}).</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_tables.py" line="134" />
            <source>The GTFS feed {path} lacks the required file(s) {files}.</source>
            <translation>Al feed GTFS {path} le faltan los archivos obligatorios {files}.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_tables.py" line="147" />
            <source>The GTFS feed {path} lacks required column(s): {columns}.</source>
            <translation>Al feed GTFS {path} le faltan columnas obligatorias: {columns}.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/streets.py" line="135" />
            <source>The speed-factor table lacks the field(s) {fields}; it needs highway, start_time, end_time, factor.</source>
            <translation>A la tabla de factores de velocidad le faltan los campos {fields}; necesita highway, start_time, end_time, factor.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/streets.py" line="150" />
            <source>Row {row} of the speed-factor table needs a factor above zero, not {value!r} (close a street with the closed-links input instead).</source>
            <translation>La fila {row} de la tabla de factores de velocidad necesita un factor mayor que cero, no {value!r} (para cerrar una calle use la entrada de tramos cerrados).</translation>
        </message>
        <message>
            <location filename="../core/scenarios/streets.py" line="170" />
            <source>The speed-factor table gives class {highway} two factors at once (rows {rows}); give each class one factor per time of day.</source>
            <translation>La tabla de factores de velocidad da a la clase {highway} dos factores a la vez (filas {rows}); dé a cada clase un factor por hora del día.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/streets.py" line="184" />
            <source>A departure time is needed to apply the speed factors.</source>
            <translation>Se necesita una hora de salida para aplicar los factores de velocidad.</translation>
        </message>
        <message>
            <location filename="../core/inequality.py" line="491" />
            <source>The poverty line must be a positive number.</source>
            <translation>La línea de pobreza debe ser un número positivo.</translation>
        </message>
        <message>
            <location filename="../core/inequality.py" line="498" />
            <source>No zone has both an accessibility value and a population above 0.</source>
            <translation>Ninguna zona tiene a la vez un valor de accesibilidad y una población mayor que 0.</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="159" />
            <source>The inequality table {name} has no row of group 'all'.</source>
            <translation>La tabla de desigualdad {name} no tiene ninguna fila del grupo 'all'.</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="193" />
            <source>No zone has a population above 0 in field {field}.</source>
            <translation>Ninguna zona tiene una población mayor que 0 en el campo {field}.</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="209" />
            <source>No zone has both a value in {field} and a population above 0.</source>
            <translation>Ninguna zona tiene a la vez un valor en {field} y una población mayor que 0.</translation>
        </message>
        <message>
            <location filename="../core/gtfs/files.py" line="96" />
            <source>{name} is not a GTFS zip file: {details}</source>
            <translation>{name} no es un archivo zip GTFS: {details}</translation>
        </message>
        <message>
            <location filename="../core/gtfs/files.py" line="139" />
            <source>{file} of {name} cannot be read as a table: {details}</source>
            <translation>{file} de {name} no se puede leer como tabla: {details}</translation>
        </message>
        <message>
            <location filename="../core/gtfs/reader.py" line="31" />
            <source>{name} has no {file}: it is not a usable GTFS feed.</source>
            <translation>{name} no tiene {file}: no es un feed GTFS utilizable.</translation>
        </message>
        <message>
            <location filename="../core/gtfs/reader.py" line="42" />
            <source>{file} of {name} lacks the required columns {columns}.</source>
            <translation>A {file} de {name} le faltan las columnas obligatorias {columns}.</translation>
        </message>
        <message>
            <location filename="../core/gtfs/services.py" line="58" />
            <source>The GTFS feed(s) have no calendar.txt or calendar_dates.txt: no trip can be placed on a date.</source>
            <translation>Los feeds GTFS no tienen calendar.txt ni calendar_dates.txt: ningún viaje puede situarse en una fecha.</translation>
        </message>
        <message>
            <location filename="../core/gtfs/services.py" line="65" />
            <source>The date {date} is outside the GTFS calendar: the feed(s) run from {first} to {last}. Choose a date in that range.</source>
            <translation>La fecha {date} está fuera del calendario GTFS: los feeds van del {first} al {last}. Elija una fecha en ese intervalo.</translation>
        </message>
        <message>
            <location filename="../core/fleet/blocks.py" line="62" />
            <source>The trip table lacks the columns {columns}.</source>
            <translation>A la tabla de viajes le faltan las columnas {columns}.</translation>
        </message>
        <message>
            <location filename="../core/fleet/estimators.py" line="203" />
            <source>Layovers must be zero or positive minutes (got {values}).</source>
            <translation>Los tiempos de espera en terminal deben ser cero o minutos positivos (se recibió {values}).</translation>
        </message>
        <message>
            <location filename="../core/fleet/blocks.py" line="225" />
            <source>{n} trips end before they start (e.g. {examples}): fix their stop times.</source>
            <translation>{n} viajes terminan antes de empezar (p. ej. {examples}): corrija sus horarios en stop_times.</translation>
        </message>
        <message>
            <location filename="../core/fleet/cost.py" line="85" />
            <source>A useful life must be positive (got {years} years).</source>
            <translation>La vida útil debe ser positiva (se recibió {years} años).</translation>
        </message>
        <message>
            <location filename="../core/fleet/cost.py" line="65" />
            <source>No cost parameters for the technology '{technology}': give its prices (none is assumed).</source>
            <translation>No hay parámetros de costo para la tecnología '{technology}': indique sus precios (ninguno se supone).</translation>
        </message>
        <message>
            <location filename="../core/fleet/cost.py" line="91" />
            <source>Missing cost parameters for {technology}: {parameters}. Give them: none is assumed.</source>
            <translation>Faltan parámetros de costo para {technology}: {parameters}. Indíquelos: ninguno se supone.</translation>
        </message>
        <message>
            <location filename="../core/fleet/cost.py" line="118" />
            <source>The horizon must be at least one year (got {years}).</source>
            <translation>El horizonte debe ser de al menos un año (se recibió {years}).</translation>
        </message>
        <message>
            <location filename="../core/fleet/cost.py" line="188" />
            <source>The fleet has technologies without costs: {technologies}. Give their costs.</source>
            <translation>La flota tiene tecnologías sin costos: {technologies}. Indique sus costos.</translation>
        </message>
        <message>
            <location filename="../core/fleet/cost.py" line="215" />
            <source>The annual kilometres per bus must be positive (got {value}).</source>
            <translation>Los kilómetros anuales por bus deben ser positivos (se recibió {value}).</translation>
        </message>
        <message>
            <location filename="../core/fleet/estimators.py" line="200" />
            <source>Give at least one layover (minutes).</source>
            <translation>Indique al menos un tiempo de espera en terminal (minutos).</translation>
        </message>
        <message>
            <location filename="../core/fleet/estimators.py" line="209" />
            <source>The spare ratio must be zero or positive (got {value}).</source>
            <translation>La proporción de reserva debe ser cero o positiva (se recibió {value}).</translation>
        </message>
        <message>
            <location filename="../core/fleet/estimators.py" line="215" />
            <source>The time window must end after it starts (start {start} s, end {end} s).</source>
            <translation>La ventana de tiempo debe terminar después de empezar (inicio {start} s, fin {end} s).</translation>
        </message>
        <message>
            <location filename="../core/fleet/plan.py" line="80" />
            <source>The fleet table has no row with a layover.</source>
            <translation>La tabla de flota no tiene ninguna fila con tiempo de espera en terminal.</translation>
        </message>
        <message>
            <location filename="../core/fleet/plan.py" line="84" />
            <source>The fleet table has no layover of {layover} min; its layovers: {layovers}.</source>
            <translation>La tabla de flota no tiene un tiempo de espera en terminal de {layover} min; sus tiempos: {layovers}.</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="74" />
            <source>Technology shares must be between 0 and 1 (got {values}).</source>
            <translation>Las proporciones por tecnología deben estar entre 0 y 1 (se recibió {values}).</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="82" />
            <source>The fleet age table lacks the columns {columns}.</source>
            <translation>A la tabla de edades de la flota le faltan las columnas {columns}.</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="90" />
            <source>The target year {target} is before the base year {base}.</source>
            <translation>El año meta {target} es anterior al año base {base}.</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="98" />
            <source>The fleet age table has model years after the base year {base}: {years}. A bus counted in the base year cannot be built later: correct the table or the base year.</source>
            <translation>La tabla de edades de la flota tiene años de modelo posteriores al año base {base}: {years}. Un bus contado en el año base no puede fabricarse después: corrija la tabla o el año base.</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="108" />
            <source>The fleet age table has {n} negative counts.</source>
            <translation>La tabla de edades de la flota tiene {n} cantidades negativas.</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="117" />
            <source>The technology shares of a year must add up to 1 (years {years}: {sums}).</source>
            <translation>Las proporciones por tecnología de un año deben sumar 1 (años {years}: {sums}).</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="384" />
            <source>No maximum age for the bus sizes {sizes}: give one.</source>
            <translation>No hay edad máxima para los tamaños de bus {sizes}: indique una.</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="160" />
            <source>Give either a maximum age per size or a Weibull λ, not both or neither.</source>
            <translation>Indique una edad máxima por tamaño o un λ de Weibull, no ambos ni ninguno.</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="166" />
            <source>The growth rate must be above −100 % a year (got {value}).</source>
            <translation>La tasa de crecimiento debe ser mayor que −100 % al año (se recibió {value}).</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="208" />
            <source>No battery size (kWh per e-bus) for the bus sizes {sizes}: give one.</source>
            <translation>No hay tamaño de batería (kWh por bus eléctrico) para los tamaños de bus {sizes}: indique uno.</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="242" />
            <source>No purchase price for {pairs} (size/technology): give one, prices are never assumed.</source>
            <translation>No hay precio de compra para {pairs} (tamaño/tecnología): indique uno, los precios nunca se suponen.</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="251" />
            <source>Local-content and component cost shares must be between 0 and 1 (got {values}).</source>
            <translation>Las proporciones de contenido local y de costo por componente deben estar entre 0 y 1 (se recibió {values}).</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="260" />
            <source>No component cost shares for the technologies {technologies}: give them.</source>
            <translation>No hay proporciones de costo por componente para las tecnologías {technologies}: indíquelas.</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="302" />
            <source>Unknown preset {preset} of {table}: use one of {presets}.</source>
            <translation>Valor predefinido {preset} de {table} desconocido: use uno de {presets}.</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="319" />
            <source>The purchase policy needs the columns year, technology and share (or year and new_ev_share for an electrification path); it lacks {columns}.</source>
            <translation>La política de compras necesita las columnas year, technology y share (o year y new_ev_share para una trayectoria de electrificación); le faltan {columns}.</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="335" />
            <source>The electrification path has no rows of mode {mode} (its modes: {modes}).</source>
            <translation>La trayectoria de electrificación no tiene filas del modo {mode} (sus modos: {modes}).</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="356" />
            <source>The Weibull λ must be positive (got {value}).</source>
            <translation>El λ de Weibull debe ser positivo (se recibió {value}).</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="362" />
            <source>The Weibull k must be positive (got {value}).</source>
            <translation>El k de Weibull debe ser positivo (se recibió {value}).</translation>
        </message>
        <message>
            <location filename="../core/scenarios/streets.py" line="115" />
            <source>The speed-factor table names unknown mode(s) {modes}; the modes are walk, bicycle and car.</source>
            <translation>La tabla de factores de velocidad nombra modos desconocidos {modes}; los modos son walk, bicycle y car.</translation>
        </message>
        <message>
            <location filename="../core/activity.py" line="151" />
            <source>No trip runs on {date} (a holiday, or a weekday without service?): the feed(s) have service from {first} to {last}. Choose a date with service.</source>
            <translation>Ningún viaje circula el {date} (¿un feriado, o un día sin servicio?): los feeds tienen servicio del {first} al {last}. Elija una fecha con servicio.</translation>
        </message>
        <message>
            <location filename="../core/activity.py" line="168" />
            <source>No route of the modes {modes} runs on {date}: the {n} routes running that day are {found}.</source>
            <translation>Ninguna ruta de los modos {modes} circula el {date}: las {n} rutas que circulan ese día son de {found}.</translation>
        </message>
        <message>
            <location filename="../core/activity.py" line="204" />
            <source>None of the routes {routes} runs on {date}.</source>
            <translation>Ninguna de las rutas {routes} circula el {date}.</translation>
        </message>
        <message>
            <location filename="../core/activity.py" line="738" />
            <source>The time window must end after it starts (start {start}, end {end}).</source>
            <translation>La ventana horaria debe terminar después de empezar (inicio {start}, fin {end}).</translation>
        </message>
        <message>
            <location filename="../core/activity.py" line="749" />
            <source>The detour factor must be at least 1 (got {detour}).</source>
            <translation>El factor de desvío debe ser al menos 1 (se recibió {detour}).</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="103" />
            <source>The modes table lacks the field(s) {fields}.</source>
            <translation>A la tabla de modos le faltan los campos {fields}.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="111" />
            <source>Mode '{mode}' is listed twice.</source>
            <translation>El modo '{mode}' aparece dos veces.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="119" />
            <source>Mode {mode}: fuel must be one of {fuels}.</source>
            <translation>Modo {mode}: fuel debe ser uno de {fuels}.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="133" />
            <source>ev_share must lie between 0 and 1.</source>
            <translation>ev_share debe estar entre 0 y 1.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="135" />
            <source>occupancy must be positive (leave it empty for intensities per passenger-km).</source>
            <translation>occupancy debe ser positiva (déjela vacía para intensidades por pasajero-km).</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="142" />
            <source>A mode with pkm given needs a positive share to derive its trip length.</source>
            <translation>Un modo con pkm dado necesita una participación positiva para derivar la longitud de sus viajes.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="150" />
            <source>Mode {mode} has no trip length (trip_km or pkm).</source>
            <translation>El modo {mode} no tiene longitud de viaje (trip_km o pkm).</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="160" />
            <source>Mode shares of {label} must be numbers from 0 to 1.</source>
            <translation>Las participaciones modales de {label} deben ser números de 0 a 1.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="166" />
            <source>Mode shares of {label} sum to {total}, not 1.</source>
            <translation>Las participaciones modales de {label} suman {total}, no 1.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="177" />
            <source>The levers table lacks the field(s) {fields}.</source>
            <translation>A la tabla de palancas le faltan los campos {fields}.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="191" />
            <source>Unknown lever '{lever}'; levers: {levers}.</source>
            <translation>Palanca desconocida '{lever}'; palancas: {levers}.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="198" />
            <source>Lever years must be after the base year {year}.</source>
            <translation>Los años de las palancas deben ser posteriores al año base {year}.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="202" />
            <source>Lever '{lever}' has no numeric value.</source>
            <translation>La palanca '{lever}' no tiene un valor numérico.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="210" />
            <source>Lever {lever} names mode '{mode}', not in the modes table ({modes}).</source>
            <translation>La palanca {lever} nombra el modo '{mode}', que no está en la tabla de modos ({modes}).</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="218" />
            <source>Lever '{lever}' applies to all modes: leave mode empty.</source>
            <translation>La palanca '{lever}' se aplica a todos los modos: deje mode vacío.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="225" />
            <source>Target shares of {year} must be given for every mode ({modes}).</source>
            <translation>Las participaciones meta de {year} deben darse para todos los modos ({modes}).</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="242" />
            <source>The fleet-renewal table lacks the field(s) {fields}.</source>
            <translation>A la tabla de renovación de flota le faltan los campos {fields}.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="251" />
            <source>Fleet-renewal mode '{mode}' is not in the modes table.</source>
            <translation>El modo '{mode}' de la renovación de flota no está en la tabla de modos.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="258" />
            <source>Fleet-renewal year '{value}' is not a year.</source>
            <translation>El año de renovación de la flota '{value}' no es un año.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="267" />
            <source>Fleet-renewal {field} must lie between 0 and 1.</source>
            <translation>{field} de la renovación de flota debe estar entre 0 y 1.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="376" />
            <source>Base population, trips per day and days per year must be positive, the grid factor not negative.</source>
            <translation>La población base, los viajes por día y los días por año deben ser positivos, y el factor de la red eléctrica no negativo.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="392" />
            <source>Mode {mode} has both ev_share levers and a fleet-renewal path: keep one.</source>
            <translation>El modo {mode} tiene palancas ev_share y una trayectoria de renovación de flota: deje una sola.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="429" />
            <source>No scenario preset for '{city}'; presets: {presets}.</source>
            <translation>No hay un escenario predefinido para '{city}'; predefinidos: {presets}.</translation>
        </message>
        <message>
            <location filename="../core/asif_base.py" line="62" />
            <source>The OD table has no trips by mode (fields {fields}): give the OD table of the mode split.</source>
            <translation>La tabla OD no tiene viajes por modo (campos {fields}): use la tabla OD de la partición modal.</translation>
        </message>
        <message>
            <location filename="../core/asif_base.py" line="71" />
            <source>Distances must not be negative.</source>
            <translation>Las distancias no deben ser negativas.</translation>
        </message>
        <message>
            <location filename="../core/asif_base.py" line="93" />
            <source>The OD table has no trips by mode.</source>
            <translation>La tabla OD no tiene viajes por modo.</translation>
        </message>
        <message>
            <location filename="../core/asif_base.py" line="131" />
            <source>Mode {mode} has no default parameters (known modes: {known}): give its {fields} in the modes table.</source>
            <translation>El modo {mode} no tiene parámetros por defecto (modos conocidos: {known}): indique sus {fields} en la tabla de modos.</translation>
        </message>
        <message>
            <location filename="../core/asif_base.py" line="177" />
            <source>Give the base-year activity: a city preset, the OD table of the mode split with distances, or a modes table (mode, share, trip_km).</source>
            <translation>Indique la actividad del año base: una ciudad predefinida, la tabla OD de la partición modal con distancias, o una tabla de modos (mode, share, trip_km).</translation>
        </message>
        <message>
            <location filename="../core/asif_base.py" line="188" />
            <source>Give the scenario's {fields} (or choose a city preset that has them).</source>
            <translation>Indique {fields} del escenario (o elija una ciudad predefinida que los tenga).</translation>
        </message>
        <message>
            <location filename="../core/emissions/fleet.py" line="105" />
            <source>Euro class '{value}' in FLEET is not a Euro class (write I-VI, 1-6 or EEV).</source>
            <translation>La clase Euro '{value}' de FLEET no es una clase Euro (escriba I-VI, 1-6 o EEV).</translation>
        </message>
        <message>
            <location filename="../core/emissions/fleet.py" line="152" />
            <source>FLEET lacks the field(s) {fields}; its fields are {present}.</source>
            <translation>A FLEET le faltan los campos {fields}; sus campos son {present}.</translation>
        </message>
        <message>
            <location filename="../core/emissions/fleet.py" line="162" />
            <source>FLEET row {row}: {field} '{value}' is not one of {allowed}.</source>
            <translation>Fila {row} de FLEET: {field} '{value}' no es uno de {allowed}.</translation>
        </message>
        <message>
            <location filename="../core/emissions/fleet.py" line="172" />
            <source>FLEET row {row}: share '{value}' is not a number from 0 to 1.</source>
            <translation>Fila {row} de FLEET: share '{value}' no es un número de 0 a 1.</translation>
        </message>
        <message>
            <location filename="../core/emissions/fleet.py" line="183" />
            <source>FLEET row {row}: model_year '{value}' is not a year.</source>
            <translation>Fila {row} de FLEET: model_year '{value}' no es un año.</translation>
        </message>
        <message>
            <location filename="../core/emissions/fleet.py" line="193" />
            <source>FLEET row {row}: give the bus's euro class or model_year.</source>
            <translation>Fila {row} de FLEET: indique la clase euro o el model_year del autobús.</translation>
        </message>
        <message>
            <location filename="../core/emissions/fleet.py" line="210" />
            <source>FLEET shares must sum to 1 per route; they do not for {n} route(s) (route: sum of shares): {examples}.</source>
            <translation>Las participaciones de FLEET deben sumar 1 por ruta; no lo hacen en {n} ruta(s) (ruta: suma de participaciones): {examples}.</translation>
        </message>
        <message>
            <location filename="../core/emissions/fleet.py" line="310" />
            <source>CETESB factors cover diesel buses only; FLEET rows with fuel {fuels} need the EMEP/EEA source.</source>
            <translation>Los factores de CETESB cubren solo autobuses diésel; las filas de FLEET con combustible {fuels} necesitan la fuente EMEP/EEA.</translation>
        </message>
        <message>
            <location filename="../core/emissions/fleet.py" line="390" />
            <source>{n} route(s) of the activity have no FLEET rows and FLEET has no default rows (empty route_id): e.g. {examples}. Add rows with an empty route_id for the other routes.</source>
            <translation>{n} ruta(s) de la actividad no tienen filas en FLEET y FLEET no tiene filas por defecto (route_id vacío): p. ej. {examples}. Agregue filas con route_id vacío para las demás rutas.</translation>
        </message>
        <message>
            <location filename="../core/emissions/fuels.py" line="54" />
            <source>Blend given for '{fuel}': blends apply to diesel and gasoline (biodiesel in diesel, ethanol in gasoline).</source>
            <translation>Mezcla indicada para '{fuel}': las mezclas se aplican al diésel y a la gasolina (biodiésel en el diésel, etanol en la gasolina).</translation>
        </message>
        <message>
            <location filename="../core/emissions/fuels.py" line="66" />
            <source>Blend share of {fuel} is {share}: give the biofuel's share by volume between 0 and 1.</source>
            <translation>La proporción de mezcla de {fuel} es {share}: indique la proporción del biocombustible en volumen entre 0 y 1.</translation>
        </message>
        <message>
            <location filename="../core/emissions/fuels.py" line="109" />
            <source>No blend preset for '{country}' (presets: {listed}); give the blend shares.</source>
            <translation>No hay mezcla predefinida para '{country}' (predefinidas: {listed}); indique las proporciones de mezcla.</translation>
        </message>
        <message>
            <location filename="../core/emissions/fuels.py" line="118" />
            <source>No blend preset for '{country}' in or before {year}; give the blend shares.</source>
            <translation>No hay mezcla predefinida para '{country}' en {year} o antes; indique las proporciones de mezcla.</translation>
        </message>
        <message>
            <location filename="../core/emissions/fuels.py" line="140" />
            <source>No grid emission factor preset for '{country}' (presets: {listed}); give a value in kg CO2/kWh (= t CO2/MWh).</source>
            <translation>No hay factor de emisión de la red eléctrica predefinido para '{country}' (predefinidos: {listed}); indique un valor en kg CO2/kWh (= t CO2/MWh).</translation>
        </message>
        <message>
            <location filename="../core/emissions/fuels.py" line="170" />
            <source>The fleet has electric buses: give a grid emission factor (kg CO2/kWh, or a country preset: {listed}) so their CO2 is counted.</source>
            <translation>La flota tiene autobuses eléctricos: indique un factor de emisión de la red eléctrica (kg CO2/kWh, o un país predefinido: {listed}) para contar su CO2.</translation>
        </message>
        <message>
            <location filename="../core/emissions/fuels.py" line="185" />
            <source>Grid emission factor {value} is not a non-negative number of kg CO2/kWh.</source>
            <translation>El factor de emisión de la red eléctrica {value} no es un número no negativo de kg CO2/kWh.</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="125" />
            <source>The battery must hold a positive energy (got {kwh} kWh).</source>
            <translation>La batería debe almacenar una energía positiva (se recibió {kwh} kWh).</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="131" />
            <source>The battery shares must satisfy 0 ≤ reserve &lt; usable ≤ 1 (got usable {usable}, reserve {reserve}).</source>
            <translation>Las proporciones de la batería deben cumplir 0 ≤ reserva &lt; utilizable ≤ 1 (se recibió utilizable {usable}, reserva {reserve}).</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="140" />
            <source>Charger powers must be positive and the charging efficiency above 0 and at most 1 (got depot {depot} kW, terminal {terminal} kW, efficiency {efficiency}).</source>
            <translation>Las potencias de los cargadores deben ser positivas y la eficiencia de carga mayor que 0 y como máximo 1 (se recibió depósito {depot} kW, terminal {terminal} kW, eficiencia {efficiency}).</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="150" />
            <source>The overnight charging window must last more than 0 and at most 24 hours (got {hours}).</source>
            <translation>La ventana de carga nocturna debe durar más de 0 y como máximo 24 horas (se recibió {hours}).</translation>
        </message>
        <message>
            <location filename="../core/affordability.py" line="94" />
            <source>These affordability settings must be above 0: {settings}.</source>
            <translation>Estos parámetros de asequibilidad deben ser mayores que 0: {settings}.</translation>
        </message>
        <message>
            <location filename="../core/affordability.py" line="100" />
            <source>Unknown fare summary '{summary}': use mean or median.</source>
            <translation>Resumen de tarifa desconocido '{summary}': use mean o median.</translation>
        </message>
        <message>
            <location filename="../core/affordability.py" line="117" />
            <source>The matrix has {n} negative fares: fares must be 0 or more.</source>
            <translation>La matriz tiene {n} tarifas negativas: las tarifas deben ser 0 o más.</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="173" />
            <source>The fare structure gives {what} as '{value}', not a number.</source>
            <translation>La estructura tarifaria da {what} como '{value}', que no es un número.</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="230" />
            <source>The transfers of a transfer rule must be like 1, 2-4 or 3- (got '{text}').</source>
            <translation>Los transbordos de una regla de transbordo deben escribirse como 1, 2-4 o 3- (se recibió '{text}').</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="245" />
            <source>Transfer rule {line} must give exactly one of price, discount or total.</source>
            <translation>La regla de transbordo {line} debe dar exactamente uno de price, discount o total.</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="338" />
            <source>The r5r fare structure lacks {files}.</source>
            <translation>A la estructura tarifaria de r5r le falta {files}.</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="393" />
            <source>Fare structure file not found: {path}</source>
            <translation>No se encontró el archivo de estructura tarifaria: {path}</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="402" />
            <source>The fare structure {path} cannot be read: {details}</source>
            <translation>La estructura tarifaria {path} no se puede leer: {details}</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="435" />
            <source>The fare structure has no fare type.</source>
            <translation>La estructura tarifaria no tiene ningún tipo de tarifa.</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="496" />
            <source>Fares cannot be negative: {n} negative amounts ({examples}).</source>
            <translation>Las tarifas no pueden ser negativas: {n} importes negativos ({examples}).</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="507" />
            <source>The fare structure names fare types it does not define: {types}.</source>
            <translation>La estructura tarifaria nombra tipos de tarifa que no define: {types}.</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="470" />
            <source>A discount is a percent from 0 to 100: {rules}.</source>
            <translation>Un descuento es un porcentaje de 0 a 100: {rules}.</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="477" />
            <source>The number of discounted transfers and the transfer window cannot be negative.</source>
            <translation>El número de transbordos con descuento y la ventana de transbordo no pueden ser negativos.</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="482" />
            <source>transfer_window_from must be previous_boarding or first_boarding (got '{value}').</source>
            <translation>transfer_window_from debe ser previous_boarding o first_boarding (se recibió '{value}').</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="665" />
            <source>{n} routes of the feed have no fare in the fare structure ({examples}): assign them a fare type by route, agency or mode, or give a default fare type.</source>
            <translation>{n} rutas del feed no tienen tarifa en la estructura tarifaria ({examples}): asígneles un tipo de tarifa por ruta, agencia o modo, o indique un tipo de tarifa por defecto.</translation>
        </message>
        <message>
            <location filename="../core/streamed.py" line="599" />
            <source>The chunk size must be a whole number of origins of 1 or more (got {chunk_size}).</source>
            <translation>El tamaño del bloque debe ser un número entero de orígenes, 1 o más (se recibió {chunk_size}).</translation>
        </message>
        <message>
            <location filename="../core/streamed.py" line="607" />
            <source>A chunk of {chunk_size} origins needs about {need} of memory per worker, and {available} is available to each of the {workers} workers: use chunks of at most {fits} origins, or leave the chunk size empty to have it chosen.</source>
            <translation>Un bloque de {chunk_size} orígenes necesita unos {need} de memoria por proceso de trabajo, y hay {available} disponibles para cada uno de los {workers} procesos: use bloques de {fits} orígenes como máximo, o deje vacío el tamaño del bloque para que se elija.</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="188" />
            <source>The fare structure gives {what} as '{value}', not a whole number.</source>
            <translation>La estructura tarifaria da {what} como '{value}', que no es un número entero.</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="213" />
            <source>In the fare structure, {part} must be a list of objects (see docs/algorithms/fares.md).</source>
            <translation>En la estructura tarifaria, {part} debe ser una lista de objetos (véase docs/algorithms/fares.md).</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="267" />
            <source>The fare structure must be a JSON object with fare_types, routes and transfers (see docs/algorithms/fares.md).</source>
            <translation>La estructura tarifaria debe ser un objeto JSON con fare_types, routes y transfers (véase docs/algorithms/fares.md).</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="442" />
            <source>Every fare type needs an id and a fare (0 for a free type): {types}.</source>
            <translation>Cada tipo de tarifa necesita un id y una tarifa (0 para un tipo gratuito): {types}.</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="450" />
            <source>The fare structure defines fare types more than once: {types}.</source>
            <translation>La estructura tarifaria define tipos de tarifa más de una vez: {types}.</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="457" />
            <source>Route assignments {lines} name no route_id, agency_id or mode.</source>
            <translation>Las asignaciones de rutas {lines} no nombran ningún route_id, agency_id ni mode.</translation>
        </message>
        <message>
            <location filename="../core/transit/fares_raptor.py" line="376" />
            <source>A journey can cost up to {worst} with this fare structure, more than the {limit} the router counts: give the amounts in a larger unit (e.g. thousands) or a maximum fare.</source>
            <translation>Un viaje puede costar hasta {worst} con esta estructura tarifaria, más que los {limit} que cuenta el enrutador: indique los importes en una unidad mayor (p. ej. miles) o una tarifa máxima.</translation>
        </message>
    </context>
    <context>
        <name>AccessInequality</name>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="224" />
            <source>Accessibility inequality and poverty</source>
            <translation>Desigualdad y pobreza de accesibilidad</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="84" />
            <source>Zones with accessibility</source>
            <translation>Zonas con accesibilidad</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="85" />
            <source>Accessibility field</source>
            <translation>Campo de accesibilidad</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="86" />
            <source>Population field</source>
            <translation>Campo de población</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="87" />
            <source>Income per capita field</source>
            <translation>Campo de ingreso per cápita</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="90" />
            <source>Group field (income decile, sex, race…)</source>
            <translation>Campo de grupo (decil de ingreso, sexo, raza…)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="90" />
            <source>Every measure is also computed for each value of this field.</source>
            <translation>Cada medida se calcula también para cada valor de este campo.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="94" />
            <source>Zone id field (order of zones with equal income)</source>
            <translation>Campo de identificador de zona (orden de las zonas con igual ingreso)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="94" />
            <source>The concentration index ranks zones by income; zones with equal income are taken in the order of this field, as the accessibility package does. Empty: the layer's order.</source>
            <translation>El índice de concentración ordena las zonas por ingreso; las zonas con igual ingreso se toman en el orden de este campo, como hace el paquete accessibility. Vacío: el orden de la capa.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="102" />
            <source>Poverty line of accessibility (FGT measures)</source>
            <translation>Línea de pobreza de accesibilidad (medidas FGT)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="102" />
            <source>Zones whose accessibility is below this value are 'poor in access', e.g. 50000 jobs.</source>
            <translation>Las zonas cuya accesibilidad está bajo este valor son 'pobres en acceso', p. ej. 50000 empleos.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="109" />
            <source>Inequality measures</source>
            <translation>Medidas de desigualdad</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="110" />
            <source>Chart</source>
            <translation>Gráfico</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="110" />
            <source>PNG files (*.png)</source>
            <translation>Archivos PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="114" />
            <source>Report</source>
            <translation>Informe</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="115" />
            <source>Palma ratio</source>
            <translation>Razón de Palma</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="122" />
            <source>Gini index</source>
            <translation>Índice de Gini</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="121" />
            <source>Palma ratio: mean accessibility of the wealthiest 10 % / of the poorest 40 %</source>
            <translation>Razón de Palma: accesibilidad media del 10 % más rico / del 40 % más pobre</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="123" />
            <source>Theil T index</source>
            <translation>Índice T de Theil</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="124" />
            <source>Theil T, between-group part</source>
            <translation>T de Theil, parte entre grupos</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="125" />
            <source>Theil T, within-group part</source>
            <translation>T de Theil, parte dentro de los grupos</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="126" />
            <source>Concentration index (ranked by income)</source>
            <translation>Índice de concentración (ordenado por ingreso)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="127" />
            <source>Concentration index, Erreygers-corrected</source>
            <translation>Índice de concentración, corregido por Erreygers</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="128" />
            <source>FGT0: share of the population below the poverty line</source>
            <translation>FGT0: proporción de la población bajo la línea de pobreza</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="129" />
            <source>FGT1: poverty gap</source>
            <translation>FGT1: brecha de pobreza</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="130" />
            <source>FGT2: poverty severity</source>
            <translation>FGT2: severidad de la pobreza</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="131" />
            <source>Mean accessibility (population-weighted)</source>
            <translation>Accesibilidad media (ponderada por población)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="132" />
            <source>Median accessibility (population-weighted)</source>
            <translation>Accesibilidad mediana (ponderada por población)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="133" />
            <source>Population</source>
            <translation>Población</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="134" />
            <source>Zones</source>
            <translation>Zonas</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="154" />
            <source>The input layer has no features.</source>
            <translation>La capa de entrada no tiene entidades.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="180" />
            <source>{0} zones have no value in {1}: they are left out.</source>
            <translation>{0} zonas no tienen valor en {1}: se excluyen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="186" />
            <source>{0} zones have a NULL or negative population in {1}: they are left out.</source>
            <translation>{0} zonas tienen una población NULL o negativa en {1}: se excluyen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="193" />
            <source>{0} zones ({1} people) have no income in {2}: they are left out of the Palma ratio, the concentration index and the income deciles.</source>
            <translation>{0} zonas ({1} personas) no tienen ingreso en {2}: se excluyen de la razón de Palma, del índice de concentración y de los deciles de ingreso.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="202" />
            <source>{0} zones ({1} people) have no value in {2}: they are in no group.</source>
            <translation>{0} zonas ({1} personas) no tienen valor en {2}: no están en ningún grupo.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="173" />
            <source>Palma ratio: {}</source>
            <translation>Razón de Palma: {}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="174" />
            <source>Gini index: {}</source>
            <translation>Índice de Gini: {}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="222" />
            <source>Measure</source>
            <translation>Medida</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="222" />
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="222" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="222" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="226" />
            <source>Chart written to {0}; report to {1}</source>
            <translation>Gráfico escrito en {0}; informe en {1}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="58" />
            <source>Measures how unequal accessibility is among the population, with the definitions of IPEA's accessibility package (Pereira &amp; Herszenhut, R package 'accessibility'). Every measure is weighted by the population of the zones:
- Palma ratio: mean accessibility of the wealthiest 10 % divided by that of the poorest 40 %, the income cut-offs being population-weighted quantiles of income per capita.
- Gini index (area between the Lorenz curve and the line of equality).
- Theil T index; with a group field, split into between-group and within-group parts.
- Concentration index of accessibility ranked by income, standard and corrected by Erreygers (2009); positive when the wealthier have more access.
- FGT poverty measures (Foster, Greer &amp; Thorbecke 1984) for a poverty line of accessibility: FGT0 share of the population below the line, FGT1 poverty gap, FGT2 severity. A zone whose accessibility equals the line is not poor, as in the package.
- Population-weighted mean and median accessibility.

The table holds one row per measure, for all zones (group 'all') and for each value of the group field (income decile, sex, race…); within a group the Palma ratio keeps the income cut-offs of the whole area, as the package does. The chart (PNG) shows mean accessibility by income decile and the Lorenz curve; an HTML report with the chart and the table is written next to it.

Zones with NULL accessibility or NULL/negative population are left out; zones with NULL income are left out of the income-based measures (Palma, concentration index, deciles). Both are counted in the log. Zones with equal income are ranked in the order of the zone id field (the package sorts by id).</source>
            <translation>Mide cuán desigual es la accesibilidad entre la población, con las definiciones del paquete accessibility del IPEA (Pereira &amp; Herszenhut, paquete de R 'accessibility'). Cada medida se pondera por la población de las zonas:
- Razón de Palma: accesibilidad media del 10 % más rico dividida por la del 40 % más pobre; los cortes de ingreso son cuantiles de ingreso per cápita ponderados por población.
- Índice de Gini (área entre la curva de Lorenz y la línea de igualdad).
- Índice T de Theil; con un campo de grupo, dividido en partes entre grupos y dentro de los grupos.
- Índice de concentración de la accesibilidad ordenada por ingreso, estándar y corregido por Erreygers (2009); positivo cuando los más ricos tienen más acceso.
- Medidas de pobreza FGT (Foster, Greer &amp; Thorbecke 1984) para una línea de pobreza de accesibilidad: FGT0 proporción de la población bajo la línea, FGT1 brecha de pobreza, FGT2 severidad. Una zona cuya accesibilidad es igual a la línea no es pobre, como en el paquete.
- Accesibilidad media y mediana ponderadas por población.

La tabla tiene una fila por medida, para todas las zonas (grupo 'all') y para cada valor del campo de grupo (decil de ingreso, sexo, raza…); dentro de un grupo la razón de Palma mantiene los cortes de ingreso de toda el área, como hace el paquete. El gráfico (PNG) muestra la accesibilidad media por decil de ingreso y la curva de Lorenz; junto a él se escribe un informe HTML con el gráfico y la tabla.

Las zonas con accesibilidad NULL o población NULL/negativa se excluyen; las zonas con ingreso NULL se excluyen de las medidas basadas en el ingreso (Palma, índice de concentración, deciles). Ambas se cuentan en el registro. Las zonas con igual ingreso se ordenan según el campo de identificador de zona (el paquete ordena por identificador).</translation>
        </message>
    </context>
    <context>
        <name>Accessibility</name>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="53" />
            <source>Accessibility to opportunities</source>
            <translation>Accesibilidad a oportunidades</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="121" />
            <source>Opportunity fields (jobs, schools…)</source>
            <translation>Campos de oportunidades (empleos, escuelas…)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="125" />
            <source>Population field (floating catchment and passive measures)</source>
            <translation>Campo de población (medidas de captación flotante y pasiva)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="130" />
            <source>Cumulative opportunities</source>
            <translation>Oportunidades acumuladas</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="131" />
            <source>Cumulative opportunities, time interval</source>
            <translation>Oportunidades acumuladas, intervalo de tiempo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="132" />
            <source>Gravity</source>
            <translation>Gravitacional</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="133" />
            <source>Travel time to the closest opportunity</source>
            <translation>Tiempo de viaje a la oportunidad más cercana</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="134" />
            <source>Two-step floating catchment area (2SFCA)</source>
            <translation>Área de captación flotante en dos etapas (2SFCA)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="135" />
            <source>Balanced floating catchment area (BFCA)</source>
            <translation>Área de captación flotante balanceada (BFCA)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="136" />
            <source>Passive accessibility (population reaching each zone)</source>
            <translation>Accesibilidad pasiva (población que alcanza cada zona)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="143" />
            <source>Measure</source>
            <translation>Medida</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="144" />
            <source>Cutoff (minutes)</source>
            <translation>Umbral (minutos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="144" />
            <source>One or more travel times separated by commas, e.g. 30,60. For the time interval measure write the interval, e.g. 40-60. For the stepped decay function: the steps, e.g. 15,30,45.</source>
            <translation>Uno o más tiempos de viaje separados por comas, p. ej. 30,60. Para la medida de intervalo de tiempo escriba el intervalo, p. ej. 40-60. Para la función de decaimiento escalonada: los escalones, p. ej. 15,30,45.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="152" />
            <source>Binary (cutoff)</source>
            <translation>Binaria (umbral)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="153" />
            <source>Negative exponential</source>
            <translation>Exponencial negativa</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="154" />
            <source>Inverse power</source>
            <translation>Potencia inversa</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="155" />
            <source>Linear</source>
            <translation>Lineal</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="156" />
            <source>Logistic</source>
            <translation>Logística</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="157" />
            <source>Stepped</source>
            <translation>Escalonada</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="159" />
            <source>Decay function</source>
            <translation>Función de decaimiento</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="320" />
            <source>Decay value</source>
            <translation>Valor de decaimiento</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="160" />
            <source>Exponential and power: β, one or more separated by commas (e.g. 0.05). Logistic: the standard deviation in minutes. Stepped: the weight from each step on (e.g. 0.75,0.5,0.25).</source>
            <translation>Exponencial y potencia: β, uno o más separados por comas (p. ej. 0.05). Logística: la desviación estándar en minutos. Escalonada: el peso a partir de cada escalón (p. ej. 0.75,0.5,0.25).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="167" />
            <source>Number of closest opportunities (travel time to the closest)</source>
            <translation>Número de oportunidades más cercanas (tiempo a la más cercana)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="172" />
            <source>Accessibility</source>
            <translation>Accesibilidad</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="319" />
            <source>Cutoff</source>
            <translation>Umbral</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="335" />
            <source>The linear decay function needs positive cutoffs.</source>
            <translation>La función de decaimiento lineal necesita umbrales positivos.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="336" />
            <source>The logistic decay function needs positive cutoffs (median) and a positive decay value (standard deviation in minutes).</source>
            <translation>La función de decaimiento logística necesita umbrales positivos (mediana) y un valor de decaimiento positivo (desviación estándar en minutos).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="340" />
            <source>The stepped decay function needs increasing steps in the cutoff (e.g. 15,30,45) and as many weights between 0 and 1 in the decay value (e.g. 0.75,0.5,0.25).</source>
            <translation>La función de decaimiento escalonada necesita escalones crecientes en el umbral (p. ej. 15,30,45) y otros tantos pesos entre 0 y 1 en el valor de decaimiento (p. ej. 0.75,0.5,0.25).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="416" />
            <source>Reading the travel matrix from {} in chunks.</source>
            <translation>Leyendo la matriz de tiempos de viaje de {} por bloques.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="261" />
            <source>Choose at least one opportunity field (e.g. jobs).</source>
            <translation>Elija al menos un campo de oportunidades (p. ej. empleos).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="354" />
            <source>{} zones read.</source>
            <translation>{} zonas leídas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="376" />
            <source>No row of the travel matrix links two zones: check that its ids are those of field {}.</source>
            <translation>Ninguna fila de la matriz de tiempos de viaje une dos zonas: compruebe que sus identificadores son los del campo {}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="460" />
            <source>Travel matrix: {0} rows, {1} used.</source>
            <translation>Matriz de tiempos de viaje: {0} filas, {1} usadas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="462" />
            <source>{0} matrix rows have an origin and {1} a destination that is not a zone ({2} such ids, e.g. {3}): they were not used.</source>
            <translation>{0} filas de la matriz tienen un origen y {1} un destino que no es una zona ({2} identificadores así, p. ej. {3}): no se usaron.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="474" />
            <source>{0} matrix rows have no travel time and {1} a negative one: they were not used.</source>
            <translation>{0} filas de la matriz no tienen tiempo de viaje y {1} lo tienen negativo: no se usaron.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="485" />
            <source>{0} zones are never an origin in the matrix (e.g. {1}): they reach nothing (accessibility 0, travel time to the closest NULL).</source>
            <translation>{0} zonas nunca son origen en la matriz (p. ej. {1}): no alcanzan nada (accesibilidad 0, tiempo a la más cercana NULL).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="494" />
            <source>{0} zones are never a destination in the matrix (e.g. {1}): nobody reaches their opportunities.</source>
            <translation>{0} zonas nunca son destino en la matriz (p. ej. {1}): nadie alcanza sus oportunidades.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="508" />
            <source>Field {0}: {1} zones have NULL and {2} negative values (e.g. zones {3}); they were taken as 0.</source>
            <translation>Campo {0}: {1} zonas tienen valores NULL y {2} negativos (p. ej. zonas {3}); se tomaron como 0.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="520" />
            <source>{0} zones reach no opportunity ({1}): their travel time is NULL.</source>
            <translation>{0} zonas no alcanzan ninguna oportunidad ({1}): su tiempo de viaje es NULL.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="525" />
            <source>{0} zones reach no other zone ({1}): their accessibility is 0.</source>
            <translation>{0} zonas no alcanzan ninguna zona ({1}): su accesibilidad es 0.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="529" />
            <source>{0} zones with opportunities are reached by no population ({1}): their opportunities are not shared out.</source>
            <translation>Ninguna población alcanza {0} zonas con oportunidades ({1}): sus oportunidades no se reparten.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="409" />
            <source>Reusing the travel matrix read from {} in a previous run (the file is unchanged).</source>
            <translation>Se reutiliza la matriz de tiempos de viaje leída de {} en una ejecución anterior (el archivo no cambió).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="434" />
            <source>{0} within {1} min: population-weighted mean {2} ({3} % of the city's {0}).</source>
            <translation>{0} en {1} min: media ponderada por población {2} ({3} % de los {0} de la ciudad).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="437" />
            <source>{0} within {1} min: mean over the zones {2} ({3} % of the city's {0}; no population field to weight by).</source>
            <translation>{0} en {1} min: media de las zonas {2} ({3} % de los {0} de la ciudad; no hay campo de población para ponderar).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="441" />
            <source>{4}: population-weighted mean {2} ({3} % of the city's {0}).</source>
            <translation>{4}: media ponderada por población {2} ({3} % de los {0} de la ciudad).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="442" />
            <source>{4}: mean over the zones {2} ({3} % of the city's {0}; no population field to weight by).</source>
            <translation>{4}: media de las zonas {2} ({3} % de los {0} de la ciudad; no hay campo de población para ponderar).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="445" />
            <source>{4}: population-weighted mean {2}.</source>
            <translation>{4}: media ponderada por población {2}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="446" />
            <source>{4}: mean over the zones {2} (no population field to weight by).</source>
            <translation>{4}: media de las zonas {2} (no hay campo de población para ponderar).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="231" />
            <source>{n} origin-destination pairs appear more than once in the travel matrix (e.g. {examples}): each pair must appear once. Remove or aggregate the repeated rows.</source>
            <translation>{n} pares origen-destino aparecen más de una vez en la matriz de tiempos de viaje (p. ej. {examples}): cada par debe aparecer una sola vez. Elimine o agregue las filas repetidas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="56" />
            <source>Computes, for every zone, how many opportunities (jobs, schools, health care…) its residents can reach, with the measures of IPEA's accessibility package (Pereira &amp; Herszenhut, R package 'accessibility', Access to Opportunities project):
- Cumulative opportunities: opportunities reachable within each cutoff (t ≤ T), e.g. 30,60.
- Cumulative interval: median of the cumulative measure over every minute of an interval written 40-60 (Tomasiello et al. 2023), truncated to an integer like the package.
- Gravity: sum of opportunities weighted by a decay function of travel time.
- Travel time to the closest: time to reach the N closest opportunities.
- 2SFCA: two-step floating catchment area with competition for the opportunities by the population (Luo &amp; Wang 2003).
- BFCA: balanced floating catchment area (Paez, Higgins &amp; Vivona 2019): as 2SFCA, with the travel weights normalised by origin and by destination so that neither population nor opportunities are counted twice.
- Passive: population that can reach each zone (the population field is used).
- Spatial availability (Soukhov et al. 2023): each zone's opportunities shared out among the zones that reach them, in proportion to population^alpha × decay; the values add up to the opportunities.
- Balancing cost (Barboza et al. 2021): the travel time at which a zone reaches more opportunities than it has people, searched every cost step (NULL if never).
- Constrained accessibility (Soukhov et al. 2025): total (the city's opportunities shared out by decay × opportunities), singly (as spatial availability with alpha 1) or doubly (Wilson's model fitted so that flows match both the population and the opportunities, which must add up to the same total; the fields are its balancing factors A and B).
- E2SFCA (Luo &amp; Qi 2009) and 3SFCA (Wan et al. 2012): 2SFCA weighted by travel-time subzones, the 3SFCA also by the share of each destination in the zone's choices, as PySAL access.

The passive option gives the population that reaches each zone instead (cumulative, interval, gravity, travel time to the closest, total and singly constrained). Extra costs restrict the cumulative measure to pairs within a cutoff on other columns of the matrix too, e.g. fare:4.40; distance:5000 (with alternative journeys per pair, a pair counts once).

Decay functions: binary (cutoff), exponential exp(-β t) and power t^-β (decay value β), linear max(0, 1 - t/cutoff), logistic (cutoff = median, decay value = standard deviation), stepped (cutoff = the steps in minutes, decay value = the weight from each step on). Several cutoffs or decay values separated by commas give one field each.

The travel matrix is a table with one row per origin–destination pair (from_id, to_id, travel_time in minutes, as written by r5r, the accessibility package and Conecta): a layer, or the path of a CSV, CSV.gz or Parquet file (read in chunks). Without a matrix, give a street network and a mode: the matrix is computed on the fly.

The output is the zone layer with one new field per opportunity and cutoff, named for example acc_jobs_30 (cumulative), grav_jobs_e005 (gravity, exponential 0.05), time_jobs_1 (travel time to the closest), fca_jobs_30 (2SFCA), bfca_jobs_30 (BFCA), pas_population_30 (passive), sa_jobs_e01 (spatial availability), bal_jobs (balancing cost), tca_jobs_e01, sca_jobs_e01, dca_jobs_e01_a and dca_jobs_e01_b (constrained), e2fca_jobs_z10_20_30 (E2SFCA), fca3_jobs_z10_20_30_60 (3SFCA) or acc_jobs_60_fare4_4 (with an extra cost).

Zones that reach nothing get 0 (NULL for travel time to the closest). NULL or negative opportunities and population are taken as 0 and counted in the log. Matrix ids that are not zones, and zones absent from the matrix, are counted in the log. Duplicate zone ids are an error.</source>
            <translation>Calcula, para cada zona, cuántas oportunidades (empleos, escuelas, salud…) pueden alcanzar sus habitantes, con las medidas del paquete accessibility del IPEA (Pereira &amp; Herszenhut, paquete de R 'accessibility', proyecto Acceso a Oportunidades):
- Oportunidades acumuladas: oportunidades alcanzables dentro de cada umbral (t ≤ T), p. ej. 30,60.
- Intervalo acumulado: mediana de la medida acumulada sobre cada minuto de un intervalo escrito 40-60 (Tomasiello et al. 2023), truncada a un entero como en el paquete.
- Gravitacional: suma de las oportunidades ponderadas por una función de decaimiento del tiempo de viaje.
- Tiempo a la más cercana: tiempo para alcanzar las N oportunidades más cercanas.
- 2SFCA: área de captación flotante en dos etapas, con competencia de la población por las oportunidades (Luo &amp; Wang 2003).
- BFCA: área de captación flotante balanceada (Paez, Higgins &amp; Vivona 2019): como 2SFCA, con los pesos de viaje normalizados por origen y por destino para que ni la población ni las oportunidades se cuenten dos veces.
- Pasiva: población que puede alcanzar cada zona (se usa el campo de población).
- Disponibilidad espacial (Soukhov et al. 2023): las oportunidades de cada zona se reparten entre las zonas que las alcanzan, en proporción a población^alfa × decaimiento; los valores suman las oportunidades.
- Costo de equilibrio (Barboza et al. 2021): el tiempo de viaje en el que una zona alcanza más oportunidades que personas tiene, buscado en cada paso de costo (NULL si nunca).
- Accesibilidad restringida (Soukhov et al. 2025): total (las oportunidades de la ciudad repartidas según decaimiento × oportunidades), simple (como la disponibilidad espacial con alfa 1) o doble (modelo de Wilson ajustado para que los flujos coincidan con la población y con las oportunidades, que deben sumar el mismo total; los campos son sus factores de equilibrio A y B).
- E2SFCA (Luo &amp; Qi 2009) y 3SFCA (Wan et al. 2012): 2SFCA ponderada por subzonas de tiempo de viaje; la 3SFCA también por la parte de cada destino en las elecciones de la zona, como PySAL access.

La opción pasiva da en cambio la población que alcanza cada zona (acumulada, intervalo, gravitacional, tiempo a la más cercana, restringida total y simple). Los costos adicionales limitan la medida acumulada a los pares dentro de un umbral también en otras columnas de la matriz, p. ej. fare:4.40; distance:5000 (con viajes alternativos por par, un par cuenta una sola vez).

Funciones de decaimiento: binaria (umbral), exponencial exp(-β t) y potencia t^-β (valor de decaimiento β), lineal max(0, 1 - t/umbral), logística (umbral = mediana, valor de decaimiento = desviación estándar), escalonada (umbral = los escalones en minutos, valor de decaimiento = el peso a partir de cada escalón). Varios umbrales o valores de decaimiento separados por comas dan un campo cada uno.

La matriz de tiempos de viaje es una tabla con una fila por par origen–destino (from_id, to_id, travel_time en minutos, como la escriben r5r, el paquete accessibility y Conecta): una capa, o la ruta de un archivo CSV, CSV.gz o Parquet (leído por bloques). Sin matriz, indique una red vial y un modo: la matriz se calcula en el momento.

La salida es la capa de zonas con un campo nuevo por oportunidad y umbral, llamado por ejemplo acc_jobs_30 (acumulada), grav_jobs_e005 (gravitacional, exponencial 0.05), time_jobs_1 (tiempo a la más cercana), fca_jobs_30 (2SFCA), bfca_jobs_30 (BFCA), pas_population_30 (pasiva), sa_jobs_e01 (disponibilidad espacial), bal_jobs (costo de equilibrio), tca_jobs_e01, sca_jobs_e01, dca_jobs_e01_a y dca_jobs_e01_b (restringida), e2fca_jobs_z10_20_30 (E2SFCA), fca3_jobs_z10_20_30_60 (3SFCA) o acc_jobs_60_fare4_4 (con un costo adicional).

Las zonas que no alcanzan nada reciben 0 (NULL para el tiempo a la más cercana). Las oportunidades y poblaciones NULL o negativas se toman como 0 y se cuentan en el registro. Los identificadores de la matriz que no son zonas, y las zonas ausentes de la matriz, se cuentan en el registro. Los identificadores de zona duplicados son un error.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="137" />
            <source>Spatial availability</source>
            <translation>Disponibilidad espacial</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="138" />
            <source>Balancing cost</source>
            <translation>Costo de equilibrio</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="139" />
            <source>Constrained accessibility (total, singly or doubly)</source>
            <translation>Accesibilidad restringida (total, simple o doble)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="140" />
            <source>Enhanced two-step floating catchment area (E2SFCA)</source>
            <translation>Área de captación flotante en dos etapas mejorada (E2SFCA)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="141" />
            <source>Three-step floating catchment area (3SFCA)</source>
            <translation>Área de captación flotante en tres etapas (3SFCA)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="178" />
            <source>Passive: population reaching each zone</source>
            <translation>Pasiva: población que alcanza cada zona</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="178" />
            <source>Cumulative, interval, gravity, travel time to the closest, total and singly constrained: measure by destination how many people (population field) reach each zone.</source>
            <translation>Acumulada, intervalo, gravitacional, tiempo a la más cercana, restringida total y simple: medir por destino cuántas personas (campo de población) alcanzan cada zona.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="187" />
            <source>Interval measure: step between cutoffs (minutes)</source>
            <translation>Medida de intervalo: paso entre umbrales (minutos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="194" />
            <source>Interval measure: summary</source>
            <translation>Medida de intervalo: resumen</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="194" />
            <source>Median</source>
            <translation>Mediana</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="194" />
            <source>Mean</source>
            <translation>Media</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="198" />
            <source>Interval measure: truncate to an integer</source>
            <translation>Medida de intervalo: truncar a un entero</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="202" />
            <source>Spatial availability: alpha (weight of population)</source>
            <translation>Disponibilidad espacial: alfa (peso de la población)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="202" />
            <source>Below 1 opportunities go faster to small populations, above 1 to large ones.</source>
            <translation>Por debajo de 1 las oportunidades van antes a las poblaciones pequeñas, por encima de 1 a las grandes.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="206" />
            <source>Constrained accessibility: constraint</source>
            <translation>Accesibilidad restringida: restricción</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="206" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="206" />
            <source>Singly</source>
            <translation>Simple</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="206" />
            <source>Doubly</source>
            <translation>Doble</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="210" />
            <source>Balancing cost: cost step</source>
            <translation>Costo de equilibrio: paso de costo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="211" />
            <source>E2SFCA and 3SFCA: subzones (limit:weight)</source>
            <translation>E2SFCA y 3SFCA: subzonas (límite:peso)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="211" />
            <source>Upper limit of each subzone in minutes and its weight, e.g. 10:1; 20:0.68; 30:0.22. Empty: the papers' values (E2SFCA 10:1; 20:0.68; 30:0.22, 3SFCA 10:0.962; 20:0.704; 30:0.377; 60:0.042).</source>
            <translation>Límite superior de cada subzona en minutos y su peso, p. ej. 10:1; 20:0.68; 30:0.22. Vacío: los valores de los artículos (E2SFCA 10:1; 20:0.68; 30:0.22, 3SFCA 10:0.962; 20:0.704; 30:0.377; 60:0.042).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="219" />
            <source>Cumulative: cutoffs on extra cost columns (column:cutoff)</source>
            <translation>Acumulada: umbrales en columnas de costos adicionales (columna:umbral)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="219" />
            <source>Columns of the travel matrix with other costs and the largest value to count, e.g. fare:4.40; distance:5000: a pair counts when its travel time and every extra cost are within their cutoffs.</source>
            <translation>Columnas de la matriz de tiempos de viaje con otros costos y el mayor valor a contar, p. ej. fare:4.40; distance:5000: un par cuenta cuando su tiempo de viaje y cada costo adicional están dentro de sus umbrales.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="235" />
            <source>Alpha must be a number ≥ 0 (got {alpha}).</source>
            <translation>Alfa debe ser un número ≥ 0 (se recibió {alpha}).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="236" />
            <source>The cutoff of cost {name} must be a number ≥ 0 (got {value}).</source>
            <translation>El umbral del costo {name} debe ser un número ≥ 0 (se recibió {value}).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="237" />
            <source>The cost step must be a number &gt; 0 (got {increment}).</source>
            <translation>El paso de costo debe ser un número &gt; 0 (se recibió {increment}).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="263" />
            <source>The floating catchment, passive, spatial availability, balancing cost and constrained measures need the population field.</source>
            <translation>Las medidas de captación flotante, pasiva, disponibilidad espacial, costo de equilibrio y restringidas necesitan el campo de población.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="297" />
            <source>Write the extra costs as column:cutoff pairs separated by semicolons, e.g. fare:4.40; distance:5000; got '{}'.</source>
            <translation>Escriba los costos adicionales como pares columna:umbral separados por punto y coma, p. ej. fare:4.40; distance:5000; se recibió '{}'.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="310" />
            <source>Write the subzones as limit:weight pairs with increasing positive limits in minutes and weights of 0 or more, e.g. 10:1; 20:0.68; 30:0.22; got '{}'.</source>
            <translation>Escriba las subzonas como pares límite:peso con límites positivos crecientes en minutos y pesos de 0 o más, p. ej. 10:1; 20:0.68; 30:0.22; se recibió '{}'.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="480" />
            <source>{0} matrix rows have no value and {1} a negative one in an extra cost: they were not used.</source>
            <translation>{0} filas de la matriz no tienen valor y {1} tienen uno negativo en un costo adicional: no se usaron.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="521" />
            <source>{0} zones never reach more opportunities ({1}) than they have people, or are no origin: their balancing cost is NULL.</source>
            <translation>{0} zonas nunca alcanzan más oportunidades ({1}) que personas tienen, o no son origen: su costo de equilibrio es NULL.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="529" />
            <source>{0} zones with population reach no opportunity ({1}): their population is not shared out.</source>
            <translation>{0} zonas con población no alcanzan ninguna oportunidad ({1}): su población no se reparte.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="547" />
            <source>the error fell below 0.001</source>
            <translation>el error quedó por debajo de 0.001</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="548" />
            <source>the error stopped improving</source>
            <translation>el error dejó de mejorar</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="549" />
            <source>the maximum of iterations was reached</source>
            <translation>se alcanzó el máximo de iteraciones</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="552" />
            <source>Doubly constrained ({0}): balancing factors fitted in {1} iterations, relative error {2} ({3}).</source>
            <translation>Doblemente restringida ({0}): factores de equilibrio ajustados en {1} iteraciones, error relativo {2} ({3}).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="105" />
            <source>Public transport: without a matrix, give GTFS feeds, a service date and a departure time: the travel times are those of 'Travel-time matrix (public transport)' with the same settings (the percentile over the departure window; walking legs on the street network when one is given, else in a straight line × 1.3 at 3.6 km/h; the mode and the maximum travel time on the network are then not used). Without a matrix, street or public-transport travel times are routed by chunks of origins, each reduced at once to the measure: the matrix is never held whole.</source>
            <translation>Transporte público: sin matriz, indique feeds GTFS, una fecha de servicio y una hora de salida: los tiempos de viaje son los de 'Matriz de tiempos de viaje (transporte público)' con los mismos parámetros (el percentil en la ventana de salida; tramos a pie por la red vial cuando se da una, si no en línea recta × 1,3 a 3,6 km/h; el modo y el tiempo de viaje máximo en la red no se usan entonces). Sin matriz, los tiempos de viaje por la red vial o en transporte público se calculan por bloques de orígenes, cada uno reducido de inmediato a la medida: la matriz nunca se guarda entera.</translation>
        </message>
    </context>
    <context>
        <name>Affordability</name>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="66" />
            <source>Affordability of public transport</source>
            <translation>Asequibilidad del transporte público</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="69" />
            <source>What commuting by public transport costs a month as a share of income, by zone and by income decile, and the share of the population for whom it is above a threshold (10 % by default).

The fare of a trip from a zone is the fare of reaching its opportunities (e.g. jobs) within the travel time: for each destination reached within it, the cheapest fare of the matrix's rows for the pair (a matrix of conecta:transitmatrix with a fare structure, or with fare budgets), averaged over the destinations weighted by their opportunities (or their weighted median). Walking trips cost nothing. A month is that fare × the trips per month (44 = 22 working days × 2), or a monthly pass when cheaper. The share is the monthly cost ÷ income per capita, or × the travellers per household ÷ household income.

Zones with a NULL, zero or negative income, and zones that reach no opportunity within the time, are left out and counted in the log. Income deciles are population-weighted (1 = poorest). Target 11.2 of the SDGs asks for affordable transport; the cost of commuting as a share of income and the share of the population above a threshold are the usual forms of that measure (see the documentation for sources).</source>
            <translation>Lo que cuesta al mes desplazarse en transporte público como proporción del ingreso, por zona y por decil de ingreso, y la proporción de la población para la que supera un umbral (10 % por defecto).

La tarifa de un viaje desde una zona es la tarifa para alcanzar sus oportunidades (p. ej. empleos) dentro del tiempo de viaje: para cada destino alcanzado dentro de él, la tarifa más barata de las filas de la matriz para el par (una matriz de conecta:transitmatrix con una estructura tarifaria, o con presupuestos de tarifa), promediada sobre los destinos ponderados por sus oportunidades (o su mediana ponderada). Los viajes a pie no cuestan nada. Un mes es esa tarifa × los viajes por mes (44 = 22 días laborables × 2), o un abono mensual cuando es más barato. La proporción es el costo mensual ÷ el ingreso per cápita, o × las personas que viajan por hogar ÷ el ingreso del hogar.

Las zonas con ingreso NULL, cero o negativo, y las zonas que no alcanzan ninguna oportunidad dentro del tiempo, se excluyen y se cuentan en el registro. Los deciles de ingreso se ponderan por población (1 = más pobre). La meta 11.2 de los ODS pide un transporte asequible; el costo de los desplazamientos como proporción del ingreso y la proporción de la población por encima de un umbral son las formas habituales de esa medida (véanse las fuentes en la documentación).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="88" />
            <source>Population field</source>
            <translation>Campo de población</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="89" />
            <source>Income field</source>
            <translation>Campo de ingreso</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="90" />
            <source>The income is</source>
            <translation>El ingreso es</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="90" />
            <source>Per capita</source>
            <translation>Per cápita</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="90" />
            <source>Per household</source>
            <translation>Por hogar</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="93" />
            <source>Commuters per household (household income)</source>
            <translation>Personas que viajan por hogar (ingreso del hogar)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="97" />
            <source>Opportunities field (weight of destinations, e.g. jobs)</source>
            <translation>Campo de oportunidades (peso de los destinos, p. ej. empleos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="102" />
            <source>Matrix fare field</source>
            <translation>Campo de tarifa de la matriz</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="103" />
            <source>Travel time to the opportunities (minutes)</source>
            <translation>Tiempo de viaje hasta las oportunidades (minutos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="106" />
            <source>Fare of a trip: over the opportunities reached</source>
            <translation>Tarifa de un viaje: sobre las oportunidades alcanzadas</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="106" />
            <source>Weighted mean</source>
            <translation>Media ponderada</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="106" />
            <source>Weighted median</source>
            <translation>Mediana ponderada</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="110" />
            <source>Trips per month</source>
            <translation>Viajes por mes</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="111" />
            <source>Price of a monthly pass (optional)</source>
            <translation>Precio de un abono mensual (opcional)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="111" />
            <source>The month costs the pass when it is cheaper than the trips.</source>
            <translation>El mes cuesta el abono cuando es más barato que los viajes.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="115" />
            <source>Threshold (% of income)</source>
            <translation>Umbral (% del ingreso)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="122" />
            <source>Affordability by zone</source>
            <translation>Asequibilidad por zona</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="123" />
            <source>Affordability by income decile</source>
            <translation>Asequibilidad por decil de ingreso</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="124" />
            <source>Chart</source>
            <translation>Gráfico</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="124" />
            <source>PNG files (*.png)</source>
            <translation>Archivos PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="128" />
            <source>Share of the population above the threshold (%)</source>
            <translation>Proporción de la población por encima del umbral (%)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="204" />
            <source>{0} zones ({1} people) have a NULL, zero or negative income in {2} and are left out: {3}</source>
            <translation>{0} zonas ({1} personas) tienen un ingreso NULL, cero o negativo en {2} y se excluyen: {3}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="212" />
            <source>{0} zones ({1} people) reach no opportunity within {2} minutes and are left out: {3}</source>
            <translation>{0} zonas ({1} personas) no alcanzan ninguna oportunidad en {2} minutos y se excluyen: {3}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="221" />
            <source>{0} zones have a NULL or negative population in {1}: counted as 0.</source>
            <translation>{0} zonas tienen una población NULL o negativa en {1}: se cuenta como 0.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="228" />
            <source>{0} % of the population ({1} people counted) spend more than {2} % of their income on commuting.</source>
            <translation>El {0} % de la población ({1} personas contadas) gasta más del {2} % de su ingreso en desplazarse.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="240" />
            <source>No zone has both an income and a trip within the time: nothing to measure.</source>
            <translation>Ninguna zona tiene a la vez un ingreso y un viaje dentro del tiempo: no hay nada que medir.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="253" />
            <source>Commuting cost by income decile</source>
            <translation>Costo de los desplazamientos por decil de ingreso</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="254" />
            <source>Income decile (1 = poorest)</source>
            <translation>Decil de ingreso (1 = más pobre)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="255" />
            <source>Monthly cost, % of income (mean)</source>
            <translation>Costo mensual, % del ingreso (media)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="256" />
            <source>Population above {} % of income (%)</source>
            <translation>Población por encima del {} % del ingreso (%)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="261" />
            <source>Chart written to {}</source>
            <translation>Gráfico escrito en {}</translation>
        </message>
    </context>
    <context>
        <name>AnalysisDock</name>
        <message>
            <location filename="../ui/analysis_dock.py" line="124" />
            <source>Conecta — Analysis</source>
            <translation>Conecta — Análisis</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="162" />
            <source>Data</source>
            <translation>Datos</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="164" />
            <source>Streets with highway class, one-way and speed (OpenStreetMap).</source>
            <translation>Calles con clase de vía, sentido único y velocidad (OpenStreetMap).</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="168" />
            <source>Street network</source>
            <translation>Red vial</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="172" />
            <source>Zones</source>
            <translation>Zonas</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="173" />
            <source>Selected zones only</source>
            <translation>Solo zonas seleccionadas</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="176" />
            <source>Zone id</source>
            <translation>Identificador de zona</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="178" />
            <source>Population</source>
            <translation>Población</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="179" />
            <source>Income per capita: the Palma ratio and the income deciles need it.</source>
            <translation>Ingreso per cápita: lo necesitan la razón de Palma y los deciles de ingreso.</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="183" />
            <source>Income (optional)</source>
            <translation>Ingreso (opcional)</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="186" />
            <source>Tick the opportunities to reach: jobs, schools, health care…</source>
            <translation>Marque las oportunidades a alcanzar: empleos, escuelas, salud…</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="189" />
            <source>Opportunities</source>
            <translation>Oportunidades</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="190" />
            <source>Public transport stops, for SDG 11.2.1 (optional).</source>
            <translation>Paradas de transporte público, para el ODS 11.2.1 (opcional).</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="195" />
            <source>Stops (optional)</source>
            <translation>Paradas (opcional)</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="295" />
            <source>Analysis</source>
            <translation>Análisis</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="215" />
            <source>Modes</source>
            <translation>Modos</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="217" />
            <source>Travel times in minutes separated by commas.</source>
            <translation>Tiempos de viaje en minutos separados por comas.</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="218" />
            <source>Cutoffs (minutes)</source>
            <translation>Umbrales (minutos)</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="220" />
            <source>The city's name, for the report and the city sheet.</source>
            <translation>El nombre de la ciudad, para el informe y la ficha de la ciudad.</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="221" />
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="228" />
            <source>Output folder</source>
            <translation>Carpeta de salida</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="229" />
            <source>City report (HTML and PDF)</source>
            <translation>Informe de la ciudad (HTML y PDF)</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="254" />
            <source>Run</source>
            <translation>Ejecutar</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="256" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="259" />
            <source>Open report</source>
            <translation>Abrir informe</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="274" />
            <source>Equivalent qgis_process commands</source>
            <translation>Comandos qgis_process equivalentes</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="280" />
            <source>Run these commands to repeat the analysis without QGIS's window.</source>
            <translation>Ejecute estos comandos para repetir el análisis sin la ventana de QGIS.</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="284" />
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="433" />
            <source>Run the analysis</source>
            <translation>Ejecutar el análisis</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="485" />
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="489" />
            <source>Step {0} of {1}: {2}</source>
            <translation>Paso {0} de {1}: {2}</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="495" />
            <source>Step {0} ({1}) failed: {2}</source>
            <translation>El paso {0} ({1}) falló: {2}</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="496" />
            <source>The results of the steps before it are kept.</source>
            <translation>Se conservan los resultados de los pasos anteriores.</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="502" />
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="506" />
            <source>Done: {0} layers added to the group '{1}'.</source>
            <translation>Listo: {0} capas añadidas al grupo '{1}'.</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="196" />
            <source>The stops' mode (bus, BRT, rail, metro…) or capacity class: SDG 11.2.1 counts 1,000 m around high-capacity stops and 500 m around the others. Empty: every stop is a bus stop.</source>
            <translation>El modo de las paradas (autobús, BRT, tren, metro…) o su clase de capacidad: el ODS 11.2.1 cuenta 1.000 m alrededor de las paradas de alta capacidad y 500 m alrededor de las demás. Vacío: todas las paradas son de autobús.</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="203" />
            <source>Stop mode field</source>
            <translation>Campo del modo de las paradas</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="225" />
            <source>Every run writes its files to a new sub-folder here; the folder is remembered.</source>
            <translation>Cada ejecución escribe sus archivos en una nueva subcarpeta de esta carpeta; la carpeta se recuerda.</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="467" />
            <source>Cannot write to the output folder {0}: {1}. Choose another folder.</source>
            <translation>No se puede escribir en la carpeta de salida {0}: {1}. Elija otra carpeta.</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="296" />
            <source>Scenarios</source>
            <translation>Escenarios</translation>
        </message>
    </context>
    <context>
        <name>BatchExport</name>
        <message>
            <location filename="../ui/batch_export.py" line="54" />
            <source>(none)</source>
            <translation>(ninguna)</translation>
        </message>
        <message>
            <location filename="../ui/batch_export.py" line="55" />
            <source>The layer {} is not read from a file: save it (e.g. as a GeoPackage) to export a batch job.</source>
            <translation>La capa {} no se lee de un archivo: guárdela (p. ej. como GeoPackage) para exportar un trabajo por lotes.</translation>
        </message>
        <message>
            <location filename="../ui/batch_export.py" line="65" />
            <source>Write the cutoffs in minutes, e.g. 30, 60.</source>
            <translation>Escriba los límites en minutos, p. ej. 30, 60.</translation>
        </message>
        <message>
            <location filename="../ui/batch_export.py" line="67" />
            <source>Tick at least one opportunity field.</source>
            <translation>Marque al menos un campo de oportunidades.</translation>
        </message>
        <message>
            <location filename="../ui/batch_export.py" line="69" />
            <source>Choose the zone id field.</source>
            <translation>Elija el campo identificador de zona.</translation>
        </message>
        <message>
            <location filename="../ui/batch_export.py" line="95" />
            <source>Export batch job</source>
            <translation>Exportar trabajo por lotes</translation>
        </message>
        <message>
            <location filename="../ui/batch_export.py" line="95" />
            <source>Batch jobs (*.toml)</source>
            <translation>Trabajos por lotes (*.toml)</translation>
        </message>
        <message>
            <location filename="../ui/batch_export.py" line="104" />
            <source>Conecta batch job exported from QGIS. Run it without QGIS with:
  python -m conecta.batch {} --out results</source>
            <translation>Trabajo por lotes de Conecta exportado desde QGIS. Ejecútelo sin QGIS con:
  python -m conecta.batch {} --out results</translation>
        </message>
        <message>
            <location filename="../ui/batch_export.py" line="108" />
            <source>Every zone of the layer is computed (the selection is not exported).</source>
            <translation>Se calculan todas las zonas de la capa (la selección no se exporta).</translation>
        </message>
        <message>
            <location filename="../ui/batch_export.py" line="113" />
            <source>Batch job written to {}</source>
            <translation>Trabajo por lotes escrito en {}</translation>
        </message>
        <message>
            <location filename="../ui/batch_export.py" line="121" />
            <source>Export batch job…</source>
            <translation>Exportar trabajo por lotes…</translation>
        </message>
        <message>
            <location filename="../ui/batch_export.py" line="122" />
            <source>Write a job file for these inputs, to run the same accessibility for a whole metropolitan region without QGIS (python -m conecta.batch).</source>
            <translation>Escribe un archivo de trabajo con estos datos, para calcular la misma accesibilidad en toda una región metropolitana sin QGIS (python -m conecta.batch).</translation>
        </message>
    </context>
    <context>
        <name>BivariateMap</name>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="79" />
            <source>Bivariate choropleth (3 × 3)</source>
            <translation>Mapa de coropletas bivariado (3 × 3)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="82" />
            <source>Crosses two fields, for example accessibility and income, into a 3 × 3 bivariate map. Each field is split into three classes (low, medium, high) at its terciles, or at the two breaks you give; a value equal to a break goes to the lower class. Each feature gets a class code 'x-y' from '1-1' (both low) to '3-3' (both high), where x is the class of the first field and y that of the second. The output is styled with Joshua Stevens' 3 × 3 palette (first field grey to red, second grey to blue) and a legend image (PNG) with the two axes is written.

Features with a missing value get no class (NULL).

Method: bivariate choropleth maps (Stevens 2015, 'Bivariate Choropleth Maps: A How-to Guide').</source>
            <translation>Cruza dos campos, por ejemplo accesibilidad e ingreso, en un mapa bivariado de 3 × 3. Cada campo se divide en tres clases (bajo, medio, alto) en sus terciles, o en los dos cortes que indique; un valor igual a un corte va a la clase inferior. Cada entidad recibe un código de clase 'x-y' de '1-1' (ambos bajos) a '3-3' (ambos altos), donde x es la clase del primer campo e y la del segundo. La salida usa la paleta 3 × 3 de Joshua Stevens (primer campo de gris a rojo, segundo de gris a azul) y se escribe una imagen de leyenda (PNG) con los dos ejes.

Las entidades con un valor faltante no reciben clase (NULL).

Método: mapas de coropletas bivariados (Stevens 2015, 'Bivariate Choropleth Maps: A How-to Guide').</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="94" />
            <source>Input layer</source>
            <translation>Capa de entrada</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="95" />
            <source>First field (x)</source>
            <translation>Primer campo (x)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="95" />
            <source>Second field (y)</source>
            <translation>Segundo campo (y)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="104" />
            <source>Breaks of the first field (two values, optional)</source>
            <translation>Cortes del primer campo (dos valores, opcional)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="104" />
            <source>Breaks of the second field (two values, optional)</source>
            <translation>Cortes del segundo campo (dos valores, opcional)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="109" />
            <source>Two increasing numbers separated by a comma, e.g. 0.2, 0.5. Empty: terciles.</source>
            <translation>Dos números crecientes separados por una coma, p. ej. 0.2, 0.5. Vacío: terciles.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="114" />
            <source>Class field name</source>
            <translation>Nombre del campo de clase</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="117" />
            <source>Bivariate map</source>
            <translation>Mapa bivariado</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="118" />
            <source>Legend image</source>
            <translation>Imagen de leyenda</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="118" />
            <source>PNG files (*.png)</source>
            <translation>Archivos PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="121" />
            <source>Empty: written next to the output file as &lt;name&gt;_legend.png (or as a temporary file).</source>
            <translation>Vacío: se escribe junto al archivo de salida como &lt;nombre&gt;_legend.png (o como archivo temporal).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="133" />
            <source>The breaks of {} must be two increasing numbers separated by a comma, e.g. 0.2, 0.5.</source>
            <translation>Los cortes de {} deben ser dos números crecientes separados por una coma, p. ej. 0.2, 0.5.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="147" />
            <source>Give a name for the class field.</source>
            <translation>Indique un nombre para el campo de clase.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="152" />
            <source>Both fields need at least one value that is not NULL.</source>
            <translation>Ambos campos necesitan al menos un valor que no sea NULL.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="153" />
            <source>{} features have a NULL value in one of the fields and get no class.</source>
            <translation>{} entidades tienen un valor NULL en uno de los campos y no reciben clase.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="158" />
            <source>Breaks of {0}: {1}; breaks of {2}: {3}</source>
            <translation>Cortes de {0}: {1}; cortes de {2}: {3}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="164" />
            <source>Features per class: {}</source>
            <translation>Entidades por clase: {}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="169" />
            <source>low</source>
            <translation>bajo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="169" />
            <source>medium</source>
            <translation>medio</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="169" />
            <source>high</source>
            <translation>alto</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="171" />
            <source>{0} {1}, {2} {3}</source>
            <translation>{0} {1}, {2} {3}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="193" />
            <source>higher</source>
            <translation>más alto</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="186" />
            <source>Cannot write the legend image {}.</source>
            <translation>No se puede escribir la imagen de leyenda {}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="188" />
            <source>Legend image: {}</source>
            <translation>Imagen de leyenda: {}</translation>
        </message>
    </context>
    <context>
        <name>BusActivity</name>
        <message>
            <location filename="../processing/algorithms/busactivity.py" line="39" />
            <source>Bus activity from GTFS</source>
            <translation>Actividad de autobuses desde GTFS</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busactivity.py" line="42" />
            <source>What the buses of a GTFS feed run on a service date: every stop-to-stop segment of every trip as a line along the trip's shape, with its route, trip, hour, distance and scheduled speed; a table per route (trips, revenue-km, vehicle-hours, mean speed) and a table per hour of the service day. This activity is what bus emissions and e-bus energy are computed from.

Buses are the routes of route_type 3 (bus), 11 (trolleybus) and the extended types 700-899; other modes are left out and counted. Trips of frequencies.txt are expanded into one run every headway. A trip belongs to the time window when its first departure does (24:30 is half past midnight of the same service day); trips of the previous service day are not counted.

Distance: along the shape (shapes.txt), the stops placed by shape_dist_traveled when consistent, else projected on the shape in order. A trip without a shape is measured along straight lines between its stops × the detour factor, with a warning. Stop times missing between timed stops are interpolated by distance along the trip, as GTFS allows. Speed = distance / (arrival at the next stop − departure); segments with a time of zero or less, or a speed outside 2-80 km/h, take their route's mean speed (revenue-km / vehicle-hours) and are counted. Vehicle-hours run from a trip's first departure to its last arrival (layovers excluded).

Method as IPEA's gtfs2gps (Pereira et al.) and gtfstools; shapes and stop times as the GTFS reference defines them.</source>
            <translation>Lo que recorren los autobuses de un feed GTFS en una fecha de servicio: cada tramo entre paradas de cada viaje como una línea a lo largo del trazado (shape) del viaje, con su ruta, viaje, hora, distancia y velocidad programada; una tabla por ruta (viajes, km en servicio, horas-vehículo, velocidad media) y una tabla por hora del día de servicio. Con esta actividad se calculan las emisiones de los autobuses y la energía de los autobuses eléctricos.

Son autobuses las rutas con route_type 3 (autobús), 11 (trolebús) y los tipos extendidos 700-899; los demás modos se dejan fuera y se cuentan. Los viajes de frequencies.txt se expanden en una salida por intervalo. Un viaje pertenece a la ventana horaria cuando su primera salida pertenece a ella (24:30 es medianoche y media del mismo día de servicio); los viajes del día de servicio anterior no se cuentan.

Distancia: a lo largo del trazado (shapes.txt), con las paradas ubicadas por shape_dist_traveled cuando es coherente y, si no, proyectadas en orden sobre el trazado. Un viaje sin trazado se mide en línea recta entre sus paradas × el factor de desvío, con una advertencia. Los horarios que faltan entre paradas con horario se interpolan por la distancia a lo largo del viaje, como permite GTFS. Velocidad = distancia / (llegada a la parada siguiente − salida); los tramos con un tiempo de cero o menos, o con una velocidad fuera de 2-80 km/h, toman la velocidad media de su ruta (km en servicio / horas-vehículo) y se cuentan. Las horas-vehículo van de la primera salida de un viaje a su última llegada (sin las esperas en terminales).

Método como gtfs2gps del IPEA (Pereira et al.) y gtfstools; trazados y horarios como los define la referencia GTFS.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busactivity.py" line="64" />
            <source>Bus segments</source>
            <translation>Tramos de autobuses</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busactivity.py" line="65" />
            <source>Bus activity by route</source>
            <translation>Actividad de autobuses por ruta</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busactivity.py" line="66" />
            <source>Bus activity by hour</source>
            <translation>Actividad de autobuses por hora</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busactivity.py" line="67" />
            <source>Bus trips</source>
            <translation>Viajes de autobuses</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busactivity.py" line="67" />
            <source>Revenue-km</source>
            <translation>Km en servicio</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busactivity.py" line="67" />
            <source>Vehicle-hours</source>
            <translation>Horas-vehículo</translation>
        </message>
    </context>
    <context>
        <name>BusEmissions</name>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="50" />
            <source>Bus emissions from GTFS</source>
            <translation>Emisiones de autobuses desde GTFS</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="53" />
            <source>Emissions of the buses of a GTFS service day, segment by segment: each segment's km (as 'Bus activity from GTFS' computes them) × the route's fleet mix × the emission factor of each vehicle class at the segment's scheduled speed. Outputs: the emissions along the streets (a line per route and stop-to-stop piece of its stop patterns, with its trips, bus-km, mean speed and the day's grams of each pollutant), a table per route and per hour, and with zones the emissions per zone and per km² (bus-km are shared between zones by the length of each piece inside them).

FLEET is a table (CSV file or layer) with route_id (empty = every route not listed; a route id or short name), size (micro, midi, standard, articulated, biarticulated), fuel (diesel, cng, hybrid, electric), euro (I-VI) or model_year, and share of the route's bus-km; shares must sum to 1 per route. Routes without rows get the default mix and are counted; classes the factor source does not document are replaced by the nearest documented one, with a warning.

Factor sources: CETESB (Brazil, g/km by model year, calendar year 2020, diesel buses); EMEP/EEA 2019 Tier 3 hot speed curves by size, fuel and Euro class (slope 0, load 0.5; speed clamped to each curve's range); scaled: the CETESB factor × EMEP/EEA(v) / EMEP/EEA(19 km/h), as IPEA's gtfs2emis does. CO2 and fuel are always computed, with NOx and PM10; CO, HC and CH4 on request.

CO2 is tank-to-wheel fossil CO2 (co2_kg); with a biodiesel blend its biogenic part is reported apart (co2_bio_kg). Electric buses emit no exhaust but use energy (energy_kwh, by size) whose CO2 at the power plants is co2_grid_kg (well-to-wheel): give the grid factor (a country preset such as Brazil, or a value in kg CO2/kWh). Factor tables and sources: docs/factors.md.</source>
            <translation>Emisiones de los autobuses de un día de servicio GTFS, tramo por tramo: los km de cada tramo (como los calcula 'Actividad de autobuses desde GTFS') × la composición de la flota de la ruta × el factor de emisión de cada clase de vehículo a la velocidad programada del tramo. Salidas: las emisiones a lo largo de las calles (una línea por ruta y por tramo entre paradas de sus patrones de paradas, con sus viajes, km de autobús, velocidad media y los gramos del día de cada contaminante), una tabla por ruta y por hora y, con zonas, las emisiones por zona y por km² (los km de autobús se reparten entre zonas según la longitud de cada tramo dentro de ellas).

FLEET es una tabla (archivo CSV o capa) con route_id (vacío = toda línea no listada; un id o un nombre corto de ruta), size (micro, midi, standard, articulated, biarticulated), fuel (diesel, cng, hybrid, electric), euro (I-VI) o model_year, y share de los km de autobús de la ruta; las participaciones deben sumar 1 por ruta. Las rutas sin filas reciben la composición por defecto y se cuentan; las clases que la fuente de factores no documenta se reemplazan por la documentada más cercana, con una advertencia.

Fuentes de factores: CETESB (Brasil, g/km por año de fabricación, año calendario 2020, autobuses diésel); curvas de velocidad en caliente EMEP/EEA 2019 Tier 3 por tamaño, combustible y clase Euro (pendiente 0, carga 0,5; la velocidad se limita al rango de cada curva); escalado: el factor de CETESB × EMEP/EEA(v) / EMEP/EEA(19 km/h), como hace gtfs2emis del IPEA. Siempre se calculan el CO2 y el combustible, con NOx y PM10; CO, HC y CH4 a pedido.

El CO2 es CO2 fósil del tanque a la rueda (co2_kg); con una mezcla de biodiésel su parte biogénica se informa aparte (co2_bio_kg). Los autobuses eléctricos no emiten por el escape pero usan energía (energy_kwh, por tamaño) cuyo CO2 en las centrales es co2_grid_kg (del pozo a la rueda): indique el factor de la red eléctrica (un país predefinido como Brazil, o un valor en kg CO2/kWh). Tablas de factores y fuentes: docs/factors.md.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="77" />
            <source>Fleet (table: route_id, size, fuel, euro or model_year, share)</source>
            <translation>Flota (tabla: route_id, size, fuel, euro o model_year, share)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="77" />
            <source>A CSV file or a table layer; one row per vehicle class and route (see the help).</source>
            <translation>Un archivo CSV o una capa de tabla; una fila por clase de vehículo y ruta (vea la ayuda).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="82" />
            <source>CETESB (Brazil, g/km by model year)</source>
            <translation>CETESB (Brasil, g/km por año de fabricación)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="83" />
            <source>EMEP/EEA 2019 (speed curves by Euro class)</source>
            <translation>EMEP/EEA 2019 (curvas de velocidad por clase Euro)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="84" />
            <source>Scaled: CETESB × EMEP/EEA speed curve (gtfs2emis)</source>
            <translation>Escalado: CETESB × curva de velocidad EMEP/EEA (gtfs2emis)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="86" />
            <source>Emission factors</source>
            <translation>Factores de emisión</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="87" />
            <source>Pollutants</source>
            <translation>Contaminantes</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="87" />
            <source>CO2, FC (fuel consumed), NOx and PM10 are always computed; add CO, HC (VOC), CH4.</source>
            <translation>CO2, FC (combustible consumido), NOx y PM10 se calculan siempre; agregue CO, HC (COV), CH4.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="92" />
            <source>Grid emission factor (country or kg CO2/kWh; needed for electric buses)</source>
            <translation>Factor de emisión de la red eléctrica (país o kg CO2/kWh; necesario para autobuses eléctricos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="92" />
            <source>A country preset (Brazil, Colombia, Mexico, Argentina, Chile; the preset of the service year or the nearest one) or a value in kg CO2/kWh (= t CO2/MWh).</source>
            <translation>Un país predefinido (Brazil, Colombia, Mexico, Argentina, Chile; el valor del año de servicio o el más cercano) o un valor en kg CO2/kWh (= t CO2/MWh).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="100" />
            <source>Biodiesel blend (B12, diesel:0.12, or a country preset; empty = none)</source>
            <translation>Mezcla de biodiésel (B12, diesel:0.12 o un país predefinido; vacío = ninguna)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="100" />
            <source>Share by volume of biodiesel in the diesel burnt: its CO2 is biogenic and reported apart (co2_bio_kg), not in co2_kg.</source>
            <translation>Proporción en volumen de biodiésel en el diésel quemado: su CO2 es biogénico y se informa aparte (co2_bio_kg), no en co2_kg.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="108" />
            <source>Zones (optional)</source>
            <translation>Zonas (opcional)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="111" />
            <source>Zone id field</source>
            <translation>Campo identificador de zona</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="112" />
            <source>Bus emissions along the streets</source>
            <translation>Emisiones de los autobuses a lo largo de las calles</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="115" />
            <source>Bus emissions by route</source>
            <translation>Emisiones de autobuses por ruta</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="116" />
            <source>Bus emissions by hour</source>
            <translation>Emisiones de autobuses por hora</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="117" />
            <source>Bus emissions by zone</source>
            <translation>Emisiones de autobuses por zona</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="123" />
            <source>Revenue-km</source>
            <translation>Km en servicio</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="123" />
            <source>Fossil CO2, tank-to-wheel (t)</source>
            <translation>CO2 fósil, del tanque a la rueda (t)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="123" />
            <source>Biogenic CO2 (t)</source>
            <translation>CO2 biogénico (t)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="123" />
            <source>CO2 of the electricity, well-to-wheel (t)</source>
            <translation>CO2 de la electricidad, del pozo a la rueda (t)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="123" />
            <source>Electricity of electric buses (kWh)</source>
            <translation>Electricidad de los autobuses eléctricos (kWh)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="183" />
            <source>Zones are given but no output for them: set 'Bus emissions by zone'.</source>
            <translation>Se dieron zonas pero ninguna salida para ellas: configure 'Emisiones de autobuses por zona'.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="211" />
            <source>Write the blend as B12, diesel:0.12 or a country name; got '{}'.</source>
            <translation>Escriba la mezcla como B12, diesel:0.12 o el nombre de un país; se recibió '{}'.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="227" />
            <source>{0:,.1f} bus-km ({1:.1%}) run outside every zone.</source>
            <translation>{0:,.1f} km de autobús ({1:.1%}) se recorren fuera de toda zona.</translation>
        </message>
    </context>
    <context>
        <name>BusFleetCost</name>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="45" />
            <source>Bus fleet total cost of ownership</source>
            <translation>Costo total de propiedad de la flota de buses</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="48" />
            <source>Total cost of ownership (TCO) of one bus of each technology, per year and per km, with the formulas of eflips-tco (TU Berlin):
- Capex as annuities A = P × i / (1 − (1 + i)^(−n)) at the interest rate i over each asset's life n: the bus (first battery included), the battery replacement (every battery_life_years, priced per kWh) and the chargers (kW per bus × price per kW).
- Opex: energy (L/km × diesel price, kWh/km × tariff) and maintenance per km, each escalated every year by its rate.
- Each year's cost discounted to the base year at the discount rate; TCO per km = sum of the present values / (annual km × years).
- Break-even year: the first year in which the cumulative present cost of a technology is at or below the reference's (diesel).
With a fleet (the fleet table of 'Bus fleet renewal and local industry': year, technology, count), its yearly cost = buses × the technology's mean yearly cost per bus.

Costs: a table (technology, parameter, value; technology 'all' for the shared ones: annual_km_per_bus, interest_rate, discount_rate, energy_escalation, maintenance_escalation, price_escalation), or the LAC preset, whose values are estimates unless a source is given (the e-bus price follows the IDB's ratio of about 2 to a diesel bus, up to 3). A price missing from a table given is asked for, never assumed. Parameters per technology: vehicle_price, vehicle_life_years, energy_per_km, energy_price, maintenance_per_km; battery_kwh, battery_price_per_kwh, battery_life_years and charger_kw_per_bus, charger_price_per_kw, charger_life_years where they apply.</source>
            <translation>Costo total de propiedad (TCO) de un bus de cada tecnología, por año y por km, con las fórmulas de eflips-tco (TU Berlín):
- Capex como anualidades A = P × i / (1 − (1 + i)^(−n)) a la tasa de interés i sobre la vida n de cada activo: el bus (primera batería incluida), el reemplazo de la batería (cada battery_life_years, con precio por kWh) y los cargadores (kW por bus × precio por kW).
- Opex: energía (L/km × precio del diésel, kWh/km × tarifa) y mantenimiento por km, cada uno con su tasa de aumento anual.
- El costo de cada año se descuenta al año base con la tasa de descuento; TCO por km = suma de los valores presentes / (km anuales × años).
- Año de equilibrio: el primer año en que el costo presente acumulado de una tecnología es menor o igual que el de la referencia (diésel).
Con una flota (la tabla de flota de 'Renovación de la flota de buses e industria local': year, technology, count), su costo anual = buses × el costo anual medio por bus de la tecnología.

Costos: una tabla (technology, parameter, value; tecnología 'all' para los compartidos: annual_km_per_bus, interest_rate, discount_rate, energy_escalation, maintenance_escalation, price_escalation), o los valores predefinidos para ALC, que son estimaciones salvo que se indique una fuente (el precio del bus eléctrico sigue la razón del BID de cerca de 2 veces un bus diésel, hasta 3). Un precio que falte en una tabla dada se pide, nunca se supone. Parámetros por tecnología: vehicle_price, vehicle_life_years, energy_per_km, energy_price, maintenance_per_km; battery_kwh, battery_price_per_kwh, battery_life_years y charger_kw_per_bus, charger_price_per_kw, charger_life_years cuando corresponden.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="73" />
            <source>Fleet (year, technology, count: the fleet table of the renewal)</source>
            <translation>Flota (year, technology, count: la tabla de flota de la renovación)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="78" />
            <source>Costs (technology, parameter, value; empty = LAC preset)</source>
            <translation>Costos (technology, parameter, value; vacío = valores predefinidos para ALC)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="81" />
            <source>Technologies (comma-separated; empty = the fleet's, or diesel and electric)</source>
            <translation>Tecnologías (separadas por comas; vacío = las de la flota, o diésel y eléctrica)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="85" />
            <source>Reference technology (break-even against it)</source>
            <translation>Tecnología de referencia (equilibrio frente a ella)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="86" />
            <source>Horizon (years)</source>
            <translation>Horizonte (años)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="87" />
            <source>Base year (empty = the fleet's first year)</source>
            <translation>Año base (vacío = el primer año de la flota)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="94" />
            <source>Annual km per bus (empty = the costs table's)</source>
            <translation>Km anuales por bus (vacío = los de la tabla de costos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="99" />
            <source>TCO per technology and year</source>
            <translation>TCO por tecnología y año</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="100" />
            <source>Fleet cost per year</source>
            <translation>Costo de la flota por año</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="101" />
            <source>TCO per year (chart)</source>
            <translation>TCO por año (gráfico)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="101" />
            <source>PNG files (*.png)</source>
            <translation>Archivos PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="106" />
            <source>Break-even year</source>
            <translation>Año de equilibrio</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="150" />
            <source>Costs: the LAC preset (USD), {0} of its {1} values are estimates (e.g. {2}). Give your city's costs table for a decision.</source>
            <translation>Costos: los valores predefinidos para ALC (USD), {0} de sus {1} valores son estimaciones (p. ej. {2}). Para decidir, use la tabla de costos de su ciudad.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="164" />
            <source>Costs from {}.</source>
            <translation>Costos de {}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="192" />
            <source>{0}: TCO {1} per km over {2} years; cumulative present cost of a bus {3}; cost per km {4} in {5}, {6} in {7}.</source>
            <translation>{0}: TCO de {1} por km en {2} años; costo presente acumulado de un bus {3}; costo por km {4} en {5}, {6} en {7}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="209" />
            <source>{0} breaks even with {1} in {2}.</source>
            <translation>{0} alcanza el equilibrio con {1} en {2}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="213" />
            <source>{0} does not break even with {1} within the horizon.</source>
            <translation>{0} no alcanza el equilibrio con {1} dentro del horizonte.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="224" />
            <source>Cumulative present cost of one bus</source>
            <translation>Costo presente acumulado de un bus</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="225" />
            <source>Cost per km of each year</source>
            <translation>Costo por km de cada año</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="226" />
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="227" />
            <source>Present cost (currency of the costs)</source>
            <translation>Costo presente (moneda de los costos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="228" />
            <source>Cost per km</source>
            <translation>Costo por km</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="229" />
            <source>break-even {}</source>
            <translation>equilibrio {}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="230" />
            <source>Diesel</source>
            <translation>Diésel</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="230" />
            <source>Electric</source>
            <translation>Eléctrico</translation>
        </message>
    </context>
    <context>
        <name>CityReport</name>
        <message>
            <location filename="../processing/algorithms/report.py" line="77" />
            <source>City report (HTML and PDF)</source>
            <translation>Informe de la ciudad (HTML y PDF)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="102" />
            <source>Zones with indicators</source>
            <translation>Zonas con indicadores</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="103" />
            <source>Accessibility fields to map and summarise</source>
            <translation>Campos de accesibilidad a cartografiar y resumir</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="107" />
            <source>Population field</source>
            <translation>Campo de población</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="108" />
            <source>Income per capita field</source>
            <translation>Campo de ingreso per cápita</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="111" />
            <source>Inequality measures (table of 'Accessibility inequality and poverty')</source>
            <translation>Medidas de desigualdad (tabla de 'Desigualdad y pobreza de accesibilidad')</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="111" />
            <source>Its measures (group 'all') are reported for the first accessibility field. Without it the measures are computed here with the same definitions.</source>
            <translation>Sus medidas (grupo 'all') se informan para el primer campo de accesibilidad. Sin ella, las medidas se calculan aquí con las mismas definiciones.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="119" />
            <source>SDG 11.2.1 table (scenario, field, served, total, indicator_pct)</source>
            <translation>Tabla ODS 11.2.1 (scenario, field, served, total, indicator_pct)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="119" />
            <source>The table output of the SDG 11.2.1 algorithm. Without it the section is left out.</source>
            <translation>La tabla de salida del algoritmo ODS 11.2.1. Sin ella, la sección se omite.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="132" />
            <source>City name</source>
            <translation>Nombre de la ciudad</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="149" />
            <source>Language of the report</source>
            <translation>Idioma del informe</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="148" />
            <source>User's language (QGIS setting)</source>
            <translation>Idioma del usuario (configuración de QGIS)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="151" />
            <source>Runs folder for the city sheet</source>
            <translation>Carpeta de ejecuciones para la ficha de ciudades</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="155" />
            <source>The report's summary is copied to this folder and a one-page city sheet comparing every city reported into it is written there (city_sheet.html and city_sheet.pdf).</source>
            <translation>El resumen del informe se copia en esta carpeta y allí se escribe una ficha de una página que compara todas las ciudades informadas en ella (city_sheet.html y city_sheet.pdf).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="163" />
            <source>Report (HTML)</source>
            <translation>Informe (HTML)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="163" />
            <source>HTML files (*.html)</source>
            <translation>Archivos HTML (*.html)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="167" />
            <source>Report (PDF)</source>
            <translation>Informe (PDF)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="167" />
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="173" />
            <source>Summary of key figures (JSON)</source>
            <translation>Resumen de cifras clave (JSON)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="174" />
            <source>City sheet (HTML)</source>
            <translation>Ficha de ciudades (HTML)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="175" />
            <source>City sheet (PDF)</source>
            <translation>Ficha de ciudades (PDF)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="290" />
            <source>The zone layer needs polygons or points to be mapped.</source>
            <translation>La capa de zonas necesita polígonos o puntos para poder cartografiarse.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="260" />
            <source>The runs folder {} is a file, not a folder.</source>
            <translation>La carpeta de ejecuciones {} es un archivo, no una carpeta.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="317" />
            <source>The inequality table {0} was not computed from field {1} (its mean or population differ): the measures are computed here instead.</source>
            <translation>La tabla de desigualdad {0} no se calculó a partir del campo {1} (su media o su población difieren): las medidas se calculan aquí.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="324" />
            <source>{0} zones have no value in {1}: they are left out of its figures.</source>
            <translation>{0} zonas no tienen valor en {1}: se excluyen de sus cifras.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="331" />
            <source>Field {} has no income value: no figure by income.</source>
            <translation>El campo {} no tiene ningún valor de ingreso: no hay cifras por ingreso.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="234" />
            <source>Report written to {}</source>
            <translation>Informe escrito en {}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="244" />
            <source>City sheet comparing {0} cities written to {1}</source>
            <translation>Ficha que compara {0} ciudades escrita en {1}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="132" />
            <source>The report's title. Left empty, the project's title or file name is used, else the zone layer's name when it is not a generic one (zones, output…).</source>
            <translation>El título del informe. Si se deja vacío, se usa el título o el nombre de archivo del proyecto y, si no, el nombre de la capa de zonas cuando no es genérico (zonas, salida…).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="140" />
            <source>Travel mode of the accessibility fields</source>
            <translation>Modo de viaje de los campos de accesibilidad</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="139" />
            <source>Walking</source>
            <translation>A pie</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="139" />
            <source>Bicycle</source>
            <translation>En bicicleta</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="139" />
            <source>Car</source>
            <translation>En automóvil</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="139" />
            <source>Public transport</source>
            <translation>Transporte público</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="140" />
            <source>Not stated</source>
            <translation>Sin indicar</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="140" />
            <source>How the travel times of the accessibility fields were computed, said in the report's labels (e.g. 'Jobs reachable within 60 min on foot' for acc_jobs_60 walking).</source>
            <translation>Cómo se calcularon los tiempos de viaje de los campos de accesibilidad, dicho en las etiquetas del informe (p. ej. «Empleos alcanzables en 60 min a pie» para acc_jobs_60 a pie).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="342" />
            <source>No city name was given: the report is titled with '{}'. Set the city name to change it.</source>
            <translation>No se indicó el nombre de la ciudad: el informe lleva por título «{}». Indique el nombre de la ciudad para cambiarlo.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="347" />
            <source>No city name was given and the zone layer's name ({}) says nothing about the city: set the city name for the report's title.</source>
            <translation>No se indicó el nombre de la ciudad y el nombre de la capa de zonas ({}) no dice nada de la ciudad: indique el nombre de la ciudad para el título del informe.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="277" />
            <source>The runs folder {0} cannot be created or written to ({1}).</source>
            <translation>La carpeta de ejecuciones {0} no se puede crear ni escribir ({1}).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="80" />
            <source>Writes the report planners take to the council meeting: an HTML page and a PDF (print layout) with, for each accessibility field, a choropleth map (legend, scale bar, north arrow) and its key figures; charts (population by accessibility, mean accessibility by income decile, Lorenz curve); the indicator tables (population-weighted mean accessibility by income quintile, the inequality measures Palma ratio, Gini, Theil T and concentration index, SDG 11.2.1 disaggregated); and the data sources and method notes with citations (Pereira &amp; Herszenhut, accessibility package; Luo &amp; Wang 2003; UN SDG metadata 11.2.1, 2021). With the summary table of 'Compare scenarios', a Scenario section shows who gains: the change by decile and the shares gaining and losing.

The inequality measures are taken from the table of 'Accessibility inequality and poverty' when given (for the first accessibility field), otherwise computed here with the same definitions. The SDG 11.2.1 table is the one of the SDG 11.2.1 algorithm; without it the section is left out.

Language: the report is written in the language chosen, whatever QGIS's own; numbers follow that language's conventions. A summary of the key figures (JSON) is written next to the HTML. With a runs folder, the summary is also copied there and a one-page city sheet (HTML and PDF) compares every city reported into that folder side by side.</source>
            <translation>Escribe el informe que los planificadores llevan a la sesión del concejo: una página HTML y un PDF (diseño de impresión) con, para cada campo de accesibilidad, un mapa de coropletas (leyenda, barra de escala, flecha de norte) y sus cifras clave; gráficos (población según accesibilidad, accesibilidad media por decil de ingreso, curva de Lorenz); las tablas de indicadores (accesibilidad media ponderada por población por quintil de ingreso, las medidas de desigualdad razón de Palma, Gini, T de Theil e índice de concentración, ODS 11.2.1 desagregado); y las fuentes de datos y notas metodológicas con citas (Pereira &amp; Herszenhut, paquete accessibility; Luo &amp; Wang 2003; metadatos ONU del ODS 11.2.1, 2021). Con la tabla resumen de 'Comparar escenarios', una sección Escenario muestra quién gana: el cambio por decil y las proporciones que ganan y pierden.

Las medidas de desigualdad se toman de la tabla de 'Desigualdad y pobreza de accesibilidad' cuando se indica (para el primer campo de accesibilidad); si no, se calculan aquí con las mismas definiciones. La tabla ODS 11.2.1 es la del algoritmo ODS 11.2.1; sin ella, la sección se omite.

Idioma: el informe se escribe en el idioma elegido, sea cual sea el de QGIS; los números siguen las convenciones de ese idioma. Junto al HTML se escribe un resumen de las cifras clave (JSON). Con una carpeta de ejecuciones, el resumen también se copia allí y una ficha de una página (HTML y PDF) compara lado a lado todas las ciudades informadas en esa carpeta.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="124" />
            <source>Scenario: who gains (summary table of 'Compare scenarios')</source>
            <translation>Escenario: quién gana (tabla resumen de 'Comparar escenarios')</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="124" />
            <source>With it the report gets a Scenario section: the change by decile and who gains.</source>
            <translation>Con ella el informe tiene una sección Escenario: el cambio por decil y quién gana.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="128" />
            <source>Affordability by income decile (table of 'Affordability of public transport')</source>
            <translation>Asequibilidad por decil de ingreso (tabla de 'Asequibilidad del transporte público')</translation>
        </message>
    </context>
    <context>
        <name>CompareScenarios</name>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="41" />
            <source>Compare scenarios (who gains)</source>
            <translation>Comparar escenarios (quién gana)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="44" />
            <source>Compares a scenario with the baseline zone by zone: two layers of accessibility (from conecta:accessibility) or of travel times, matched by id (zones in one layer only are counted in the log). Writes the zones with baseline, scenario, change (scenario − baseline) and change_pct (% of the baseline; NULL where the baseline is 0), styled with diverging colours (gains blue, losses red); a summary table; and a bar chart of the change by income decile.

The summary gives, for everybody, each income decile (population-weighted deciles of income per capita, as IPEA's accessibility package) and each group field (a population count per zone: women, men, an age band …), the population-weighted mean before and after, the change, and the shares of the population gaining and losing more than the threshold; then the Gini index (and, with an income field, the Palma ratio) before and after.

Travel times: choose 'travel time' and a lower time counts as a gain (the change stays scenario − baseline, so a negative change is a gain; the map colours it blue). Population, income and groups are read from the baseline layer; without a population field every zone weighs the same.</source>
            <translation>Compara un escenario con la línea base zona por zona: dos capas de accesibilidad (de conecta:accessibility) o de tiempos de viaje, emparejadas por id (las zonas que están en una sola capa se cuentan en el registro). Escribe las zonas con baseline, scenario, change (escenario − línea base) y change_pct (% de la línea base; NULL donde la línea base es 0), con colores divergentes (ganancias en azul, pérdidas en rojo); una tabla resumen; y un gráfico de barras del cambio por decil de ingreso.

El resumen da, para todos, cada decil de ingreso (deciles ponderados por población del ingreso per cápita, como el paquete accessibility del IPEA) y cada campo de grupo (una población por zona: mujeres, hombres, un grupo de edad …), la media ponderada por población antes y después, el cambio, y las proporciones de la población que ganan y pierden más que el umbral; luego el índice de Gini (y, con un campo de ingreso, la razón de Palma) antes y después.

Tiempos de viaje: elija 'tiempo de viaje' y un tiempo menor cuenta como ganancia (el cambio sigue siendo escenario − línea base, así que un cambio negativo es una ganancia; el mapa lo colorea de azul). La población, el ingreso y los grupos se leen de la capa de línea base; sin campo de población todas las zonas pesan lo mismo.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="62" />
            <source>Baseline (accessibility or travel time per zone)</source>
            <translation>Línea base (accesibilidad o tiempo de viaje por zona)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="63" />
            <source>Baseline zone id field</source>
            <translation>Campo de id de zona de la línea base</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="64" />
            <source>Baseline value field</source>
            <translation>Campo de valor de la línea base</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="65" />
            <source>Scenario (the same measure per zone)</source>
            <translation>Escenario (la misma medida por zona)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="66" />
            <source>Scenario zone id field</source>
            <translation>Campo de id de zona del escenario</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="67" />
            <source>Scenario value field (empty: the baseline's name)</source>
            <translation>Campo de valor del escenario (vacío: el nombre de la línea base)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="72" />
            <source>accessibility (a higher value is a gain)</source>
            <translation>accesibilidad (un valor mayor es una ganancia)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="73" />
            <source>travel time (a lower value is a gain)</source>
            <translation>tiempo de viaje (un valor menor es una ganancia)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="75" />
            <source>The values are</source>
            <translation>Los valores son</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="76" />
            <source>Population field</source>
            <translation>Campo de población</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="79" />
            <source>Income per capita field (deciles, Palma ratio)</source>
            <translation>Campo de ingreso per cápita (deciles, razón de Palma)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="83" />
            <source>Group population fields (e.g. women, men)</source>
            <translation>Campos de población por grupo (p. ej. mujeres, hombres)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="87" />
            <source>Gain or loss threshold</source>
            <translation>Umbral de ganancia o pérdida</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="88" />
            <source>Threshold in % of the baseline</source>
            <translation>Umbral en % de la línea base</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="88" />
            <source>Unticked, the threshold is in the values' unit (opportunities, minutes).</source>
            <translation>Sin marcar, el umbral está en la unidad de los valores (oportunidades, minutos).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="92" />
            <source>Change per zone</source>
            <translation>Cambio por zona</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="93" />
            <source>Who gains (summary)</source>
            <translation>Quién gana (resumen)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="94" />
            <source>Chart of the change by income decile</source>
            <translation>Gráfico del cambio por decil de ingreso</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="94" />
            <source>PNG files (*.png)</source>
            <translation>Archivos PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="100" />
            <source>Population-weighted mean change</source>
            <translation>Cambio medio ponderado por población</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="100" />
            <source>Share of the population gaining more than the threshold (%)</source>
            <translation>Proporción de la población que gana más que el umbral (%)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="100" />
            <source>Share of the population losing more than the threshold (%)</source>
            <translation>Proporción de la población que pierde más que el umbral (%)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="100" />
            <source>Gini index, baseline</source>
            <translation>Índice de Gini, línea base</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="100" />
            <source>Gini index, scenario</source>
            <translation>Índice de Gini, escenario</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="100" />
            <source>Palma ratio, baseline</source>
            <translation>Razón de Palma, línea base</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="100" />
            <source>Palma ratio, scenario</source>
            <translation>Razón de Palma, escenario</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="148" />
            <source>Change of {}</source>
            <translation>Cambio de {}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="188" />
            <source>{0} zones of {1} are not in {2} (e.g. {3}): they are not compared.</source>
            <translation>{0} zonas de {1} no están en {2} (p. ej. {3}): no se comparan.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="188" />
            <source>{0} zones of {2} are not in {1} (e.g. {3}): they are not compared.</source>
            <translation>{0} zonas de {2} no están en {1} (p. ej. {3}): no se comparan.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="200" />
            <source>{0} zones have no value in the baseline or the scenario (e.g. {1}): they are not compared.</source>
            <translation>{0} zonas no tienen valor en la línea base o en el escenario (p. ej. {1}): no se comparan.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="208" />
            <source>{} zones have no income: they are in no decile and not in the Palma ratio.</source>
            <translation>{} zonas no tienen ingreso: no están en ningún decil ni en la razón de Palma.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="214" />
            <source>No population field: every zone weighs the same.</source>
            <translation>Sin campo de población: todas las zonas pesan lo mismo.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="216" />
            <source>{0} zones compared: mean {1} → {2} (change {3}); {4:.1f} % of the population gain and {5:.1f} % lose more than the threshold.</source>
            <translation>{0} zonas comparadas: media {1} → {2} (cambio {3}); el {4:.1f} % de la población gana y el {5:.1f} % pierde más que el umbral.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="232" />
            <source>Gini index</source>
            <translation>Índice de Gini</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="232" />
            <source>Palma ratio</source>
            <translation>Razón de Palma</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="233" />
            <source>{0}: {1} → {2}.</source>
            <translation>{0}: {1} → {2}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="251" />
            <source>Everybody</source>
            <translation>Todos</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="253" />
            <source>Change of {} (population-weighted mean)</source>
            <translation>Cambio de {} (media ponderada por población)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="254" />
            <source>Decile of {} (1 = lowest; population-weighted)</source>
            <translation>Decil de {} (1 = el más bajo; ponderado por población)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="256" />
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="257" />
            <source>Change (scenario − baseline)</source>
            <translation>Cambio (escenario − línea base)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="258" />
            <source>No change</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="261" />
            <source>Chart written to {}.</source>
            <translation>Gráfico escrito en {}.</translation>
        </message>
    </context>
    <context>
        <name>CompositeIndex</name>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="108" />
            <source>Composite index</source>
            <translation>Índice compuesto</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="48" />
            <source>Combines several indicator fields (for example accessibility to jobs, to schools and to health care) into one index. Each field is first normalised: min-max to 0–1, z-score (mean 0, population standard deviation 1) or percentile rank 0–1 (ties get their average rank). Fields where a lower value is better (travel time, distance, cost) are listed under 'Fields to invert', so that a high normalised value always means a better situation. The index is the weighted mean of the normalised fields (equal weights unless given; weights are rescaled to sum 1).

Features missing some values get the weighted mean of the fields they have, or NULL if you choose so; features missing all values get NULL. The output keeps every field of the input and adds the normalised fields (suffix _n) and the index, styled as a graduated map.

Method: OECD/JRC Handbook on Constructing Composite Indicators (2008), normalisation and linear aggregation.</source>
            <translation>Combina varios campos de indicadores (por ejemplo, accesibilidad a empleos, a escuelas y a salud) en un índice. Primero se normaliza cada campo: mín-máx a 0–1, puntuación z (media 0, desviación estándar poblacional 1) o rango percentil 0–1 (los empates reciben su rango promedio). Los campos en los que un valor menor es mejor (tiempo de viaje, distancia, costo) se indican en 'Campos a invertir', para que un valor normalizado alto siempre signifique una situación mejor. El índice es la media ponderada de los campos normalizados (pesos iguales salvo que se indiquen; los pesos se reescalan para sumar 1).

Las entidades a las que les faltan algunos valores reciben la media ponderada de los campos que tienen, o NULL si así lo elige; las entidades sin ningún valor reciben NULL. La salida conserva todos los campos de la entrada y añade los campos normalizados (sufijo _n) y el índice, con un estilo graduado.

Método: OCDE/JRC, Handbook on Constructing Composite Indicators (2008), normalización y agregación lineal.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="64" />
            <source>Input layer</source>
            <translation>Capa de entrada</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="65" />
            <source>Indicator fields</source>
            <translation>Campos de indicadores</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="74" />
            <source>Min-max (0 to 1)</source>
            <translation>Mín-máx (0 a 1)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="74" />
            <source>Z-score</source>
            <translation>Puntuación z</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="74" />
            <source>Percentile rank (0 to 1)</source>
            <translation>Rango percentil (0 a 1)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="75" />
            <source>Normalisation</source>
            <translation>Normalización</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="78" />
            <source>Fields to invert (lower is better)</source>
            <translation>Campos a invertir (menor es mejor)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="86" />
            <source>Some of the indicator fields where a low value is the good one, e.g. travel time.</source>
            <translation>Algunos de los campos de indicadores en los que un valor bajo es el bueno, p. ej. el tiempo de viaje.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="90" />
            <source>Weights (comma-separated)</source>
            <translation>Pesos (separados por comas)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="93" />
            <source>One number per indicator field, in the same order, e.g. 2, 1, 1. Empty: equal weights.</source>
            <translation>Un número por campo de indicador, en el mismo orden, p. ej. 2, 1, 1. Vacío: pesos iguales.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="97" />
            <source>Index field name</source>
            <translation>Nombre del campo del índice</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="100" />
            <source>Features with missing values</source>
            <translation>Entidades con valores faltantes</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="100" />
            <source>Use the fields they have</source>
            <translation>Usar los campos que tienen</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="100" />
            <source>Set the index to NULL</source>
            <translation>Dejar el índice en NULL</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="113" />
            <source>An indicator field is listed twice.</source>
            <translation>Un campo de indicador aparece dos veces.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="117" />
            <source>Fields to invert must also be indicator fields: {}</source>
            <translation>Los campos a invertir también deben ser campos de indicadores: {}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="167" />
            <source>Weights must be numbers separated by commas, e.g. 2, 1, 1.</source>
            <translation>Los pesos deben ser números separados por comas, p. ej. 2, 1, 1.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="173" />
            <source>Give one weight per indicator field: {0} weights for {1} fields.</source>
            <translation>Indique un peso por campo de indicador: {0} pesos para {1} campos.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="179" />
            <source>Weights must not be negative and must not all be zero.</source>
            <translation>Los pesos no pueden ser negativos ni todos cero.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="123" />
            <source>Give a name for the index field.</source>
            <translation>Indique un nombre para el campo del índice.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="137" />
            <source>{} values are NULL or not numbers: they are treated as missing.</source>
            <translation>{} valores son NULL o no son números: se tratan como faltantes.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="140" />
            <source>{0} features miss at least one indicator value ({1} miss all: their index is NULL).</source>
            <translation>A {0} entidades les falta al menos un valor de indicador (a {1} les faltan todos: su índice es NULL).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="147" />
            <source>These fields have a single value and do not differentiate features: {}</source>
            <translation>Estos campos tienen un único valor y no diferencian entidades: {}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="152" />
            <source>Weights used: {}</source>
            <translation>Pesos usados: {}</translation>
        </message>
    </context>
    <context>
        <name>ConectaBridge</name>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="202" />
            <source>{0} must be numbers separated by commas, e.g. 30,60; got '{1}'.</source>
            <translation>{0} debe ser números separados por comas, p. ej. 30,60; se recibió '{1}'.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="208" />
            <source>Give a value for {}.</source>
            <translation>Indique un valor para {}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="210" />
            <source>{} must not be negative.</source>
            <translation>{} no debe ser negativo.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="219" />
            <source>{0} must be positive minutes separated by commas, e.g. 10,20,30; got '{1}'.</source>
            <translation>{0} debe ser una lista de minutos positivos separados por comas, p. ej. 10,20,30; se recibió '{1}'.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="231" />
            <source>Write the time interval as two numbers, e.g. 40-60; got '{}'.</source>
            <translation>Escriba el intervalo de tiempo como dos números, p. ej. 40-60; se recibió '{}'.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="235" />
            <source>The time interval must go from a smaller to a larger time, e.g. 40-60.</source>
            <translation>El intervalo de tiempo debe ir de un tiempo menor a uno mayor, p. ej. 40-60.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="288" />
            <source>Cancelled: no output was written.</source>
            <translation>Cancelado: no se escribió ninguna salida.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="300" />
            <source>Not enough memory for this run ({}). Use fewer zones or origins, a shorter maximum time, or write the matrix to a CSV or Parquet file.</source>
            <translation>No hay memoria suficiente para esta ejecución ({}). Use menos zonas u orígenes, un tiempo máximo menor, o escriba la matriz en un archivo CSV o Parquet.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/crs.py" line="175" />
            <source>The coordinates of {0} cannot be placed on the Earth in its declared CRS {1} ({2}): if the layer's CRS is wrong, every distance is wrong. Check the CRS in the layer's properties.</source>
            <translation>Las coordenadas de {0} no pueden ubicarse en la Tierra en su SRC declarado {1} ({2}): si el SRC de la capa es erróneo, todas las distancias son erróneas. Revise el SRC en las propiedades de la capa.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/crs.py" line="183" />
            <source>{0} is declared in {1} ({2}), whose area of use (longitude {3:.2f} to {4:.2f}, latitude {5:.2f} to {6:.2f}) does not contain the layer's data (longitude {7:.2f} to {8:.2f}, latitude {9:.2f} to {10:.2f}): if the layer's CRS is wrong, distances are distorted. Check the CRS in the layer's properties.</source>
            <translation>{0} está declarada en {1} ({2}), cuya área de uso (longitud {3:.2f} a {4:.2f}, latitud {5:.2f} a {6:.2f}) no contiene los datos de la capa (longitud {7:.2f} a {8:.2f}, latitud {9:.2f} a {10:.2f}): si el SRC de la capa es erróneo, las distancias quedan distorsionadas. Revise el SRC en las propiedades de la capa.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/crs.py" line="50" />
            <source>Layer {} has no coordinate reference system (CRS): set one in its properties first.</source>
            <translation>La capa {} no tiene sistema de referencia de coordenadas (SRC): asígnele uno en sus propiedades primero.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/crs.py" line="242" />
            <source>{0} is in {1} ({2}), which distorts distances by {3:.1f} % where its data are; distances are computed in {4} ({5}).</source>
            <translation>{0} está en {1} ({2}), que distorsiona las distancias un {3:.1f} % donde están sus datos; las distancias se calculan en {4} ({5}).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/crs.py" line="264" />
            <source>Layer {} has no extent and no feature with a geometry, so no metric CRS can be chosen for it: check that the layer (and its filter) holds features.</source>
            <translation>La capa {} no tiene extensión ni ninguna entidad con geometría, así que no se puede elegir un SRC métrico para ella: compruebe que la capa (y su filtro) contiene entidades.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/crs.py" line="273" />
            <source>{0} is in geographic coordinates ({1}); distances are computed in {2} ({3}).</source>
            <translation>{0} está en coordenadas geográficas ({1}); las distancias se calculan en {2} ({3}).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/crs.py" line="277" />
            <source>{0} is in a CRS whose units are not metres ({1}); distances are computed in {2} ({3}).</source>
            <translation>{0} está en un SRC cuyas unidades no son metros ({1}); las distancias se calculan en {2} ({3}).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/features.py" line="77" />
            <source>{0} features of {1} have an invalid geometry and were skipped (ids {2}).</source>
            <translation>{0} entidades de {1} tienen una geometría no válida y se omitieron (ids {2}).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/features.py" line="83" />
            <source>{0} features of {1} had an invalid geometry and were repaired (ids {2}); check them: a repaired polygon may not be what was meant.</source>
            <translation>{0} entidades de {1} tenían una geometría no válida y se repararon (ids {2}); revíselas: un polígono reparado puede no ser lo que se quería.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/numbers.py" line="32" />
            <source>Field {} does not exist in the layer.</source>
            <translation>El campo {} no existe en la capa.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/numbers.py" line="35" />
            <source>Field {0} is of type {1}: a numeric field is needed.</source>
            <translation>El campo {0} es de tipo {1}: se necesita un campo numérico.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/numbers.py" line="91" />
            <source>Field {0} holds text that is not a number, e.g. '{1}': choose a numeric field or correct the table (numbers such as 1234.5, 1,234.5, 1234,5 or 1.234,5 are read).</source>
            <translation>El campo {0} contiene texto que no es un número, p. ej. «{1}»: elija un campo numérico o corrija la tabla (se leen números como 1234.5, 1,234.5, 1234,5 o 1.234,5).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/numbers.py" line="98" />
            <source>Field {0} holds '{1}', which reads as a decimal number or as one with a thousands separator, and no other value of the field shows which: write its numbers without thousands separators.</source>
            <translation>El campo {0} contiene «{1}», que se lee como número decimal o como número con separador de miles, y ningún otro valor del campo indica cuál: escriba sus números sin separador de miles.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="61" />
            <source>Zones</source>
            <translation>Zonas</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="62" />
            <source>Zone id field</source>
            <translation>Campo identificador de zona</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="137" />
            <source>Travel-time matrix</source>
            <translation>Matriz de tiempos de viaje</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="137" />
            <source>A table with one row per origin–destination pair, or the path of a CSV, CSV.gz or Parquet file. Leave empty to compute the matrix on the street network below.</source>
            <translation>Una tabla con una fila por par origen–destino, o la ruta de un archivo CSV, CSV.gz o Parquet. Déjela vacía para calcular la matriz sobre la red vial de abajo.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="146" />
            <source>Matrix origin id field</source>
            <translation>Campo de identificador de origen de la matriz</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="146" />
            <source>Matrix destination id field</source>
            <translation>Campo de identificador de destino de la matriz</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="146" />
            <source>Matrix travel time field (minutes)</source>
            <translation>Campo de tiempo de viaje de la matriz (minutos)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="154" />
            <source>Street network (when there is no matrix)</source>
            <translation>Red vial (cuando no hay matriz)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="160" />
            <source>Mode (on the street network)</source>
            <translation>Modo (en la red vial)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="161" />
            <source>Maximum travel time on the network (minutes)</source>
            <translation>Tiempo de viaje máximo en la red (minutos)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="161" />
            <source>Pairs farther than this are left out of the computed matrix.</source>
            <translation>Los pares más lejanos que esto quedan fuera de la matriz calculada.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="177" />
            <source>Give the names of the matrix origin, destination and travel time fields.</source>
            <translation>Indique los nombres de los campos de origen, destino y tiempo de viaje de la matriz.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="192" />
            <source>A travel matrix is given: the street network is not used.</source>
            <translation>Se indicó una matriz de tiempos de viaje: la red vial no se usa.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="200" />
            <source>Give a travel-time matrix, or a street network to compute it on.</source>
            <translation>Indique una matriz de tiempos de viaje, o una red vial para calcularla.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="235" />
            <source>Computing travel times on the street network needs the algorithm {}, which is not available: give a travel-time matrix instead.</source>
            <translation>Calcular tiempos de viaje sobre la red vial requiere el algoritmo {}, que no está disponible: indique una matriz de tiempos de viaje.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="222" />
            <source>The largest cutoff ({0} min) exceeds the maximum travel time on the network ({1} min): pairs farther than {1} min are not counted.</source>
            <translation>El umbral mayor ({0} min) supera el tiempo de viaje máximo en la red ({1} min): los pares a más de {1} min no se cuentan.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="245" />
            <source>Computing the travel-time matrix on the street network ({}).</source>
            <translation>Calculando la matriz de tiempos de viaje sobre la red vial ({}).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="277" />
            <source>The travel-time matrix could not be computed.</source>
            <translation>No se pudo calcular la matriz de tiempos de viaje.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="327" />
            <source>The OD table has no rows.</source>
            <translation>La tabla OD no tiene filas.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="330" />
            <source>The OD table has {0} negative values in field {1}: trips must be zero or positive.</source>
            <translation>La tabla OD tiene {0} valores negativos en el campo {1}: los viajes deben ser cero o positivos.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="337" />
            <source>{0} rows of the OD table have no number in field {1} and were left out.</source>
            <translation>{0} filas de la tabla OD no tienen un número en el campo {1} y se omitieron.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="343" />
            <source>{} rows of the OD table have no origin or destination id and were left out.</source>
            <translation>{} filas de la tabla OD no tienen identificador de origen o de destino y se omitieron.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="350" />
            <source>The OD table has no row with ids and a number of trips.</source>
            <translation>La tabla OD no tiene ninguna fila con identificadores y un número de viajes.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="360" />
            <source>{0} origin-destination pairs appear more than once in the OD table (e.g. {1}): each pair must appear once. Remove or aggregate the repeated rows.</source>
            <translation>{0} pares origen-destino aparecen más de una vez en la tabla OD (p. ej. {1}): cada par debe aparecer una sola vez. Elimine o agregue las filas repetidas.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/readers.py" line="53" />
            <source>{0} has no field {1}; its fields are: {2}.</source>
            <translation>{0} no tiene el campo {1}; sus campos son: {2}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/readers.py" line="111" />
            <source>{0} features of {1} have no id in field {2}: they get no value.</source>
            <translation>{0} entidades de {1} no tienen id en el campo {2}: quedan sin valor.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/readers.py" line="119" />
            <source>Ids must be unique: {0} ids of field {1} in {2} are repeated ({3}).</source>
            <translation>Los ids deben ser únicos: {0} ids del campo {1} en {2} están repetidos ({3}).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/readers.py" line="163" />
            <source>The layer {} has no features.</source>
            <translation>La capa {} no tiene entidades.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/readers.py" line="195" />
            <source>The field {} was chosen for two different columns of the table (origin, destination, value): choose one field for each.</source>
            <translation>El campo {} se eligió para dos columnas distintas de la tabla (origen, destino, valor): elija un campo para cada una.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/readers.py" line="252" />
            <source>The table {0} has no column {1}; its columns are: {2}.</source>
            <translation>La tabla {0} no tiene la columna {1}; sus columnas son: {2}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/writers.py" line="129" />
            <source>Output '{0}' cannot be written to {1}: the folder or file is read-only.</source>
            <translation>La salida '{0}' no se puede escribir en {1}: la carpeta o el archivo son de solo lectura.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/writers.py" line="234" />
            <source>Output '{0}' could not be written: {1}</source>
            <translation>No se pudo escribir la salida '{0}': {1}</translation>
        </message>
        <message>
            <location filename="../processing/bridge/writers.py" line="338" />
            <source>{0} already has fields {1}: the output holds the new values.</source>
            <translation>{0} ya tiene los campos {1}: la salida contiene los valores nuevos.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/writers.py" line="123" />
            <source>The folder {0} of output '{1}' does not exist and cannot be created ({2}).</source>
            <translation>La carpeta {0} de la salida '{1}' no existe y no se puede crear ({2}).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="204" />
            <source>Extra costs ({}) need a travel matrix with those columns: the matrix computed on the street network has travel times only.</source>
            <translation>Los costos adicionales ({}) necesitan una matriz de tiempos de viaje con esas columnas: la matriz calculada sobre la red vial solo tiene tiempos de viaje.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="297" />
            <source>OD table (trips by origin and destination)</source>
            <translation>Tabla OD (viajes por origen y destino)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="302" />
            <source>Origin id field of the OD table</source>
            <translation>Campo identificador de origen de la tabla OD</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="302" />
            <source>Destination id field of the OD table</source>
            <translation>Campo identificador de destino de la tabla OD</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="302" />
            <source>Trips field of the OD table</source>
            <translation>Campo de viajes de la tabla OD</translation>
        </message>
        <message>
            <location filename="../processing/bridge/crs.py" line="61" />
            <source>The coordinates of {0} (e.g. x {1}, y {2}) are not longitudes and latitudes, yet the layer is declared in {3} ({4}): it has no CRS or a wrong one. Set its real CRS in the layer's properties.</source>
            <translation>Las coordenadas de {0} (p. ej. x {1}, y {2}) no son longitudes y latitudes, aunque la capa está declarada en {3} ({4}): no tiene SRC o tiene uno equivocado. Asigne su SRC real en las propiedades de la capa.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="359" />
            <source>Extra costs ({}) need a travel matrix with those columns: travel times computed without a matrix (on the street network or from GTFS feeds) have no other cost.</source>
            <translation>Los costos adicionales ({}) necesitan una matriz de tiempos de viaje con esas columnas: los tiempos de viaje calculados sin matriz (sobre la red vial o a partir de feeds GTFS) no tienen otro costo.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/messages.py" line="64" />
            <source>{0} zones have no value in field {1}: counted as 0.</source>
            <translation>{0} zonas no tienen valor en el campo {1}: se cuentan como 0.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="291" />
            <source>A finished output could not be put in place ({}). Close that file in other programs, or choose another name, and run again.</source>
            <translation>Una salida terminada no pudo colocarse en su lugar ({}). Cierre ese archivo en otros programas, o elija otro nombre, y vuelva a ejecutar.</translation>
        </message>
    </context>
    <context>
        <name>ConectaDependencies</name>
        <message>
            <location filename="../processing/bridge/deps.py" line="26" />
            <source>This algorithm needs the Python library '{0}', which is not installed in the Python used by QGIS. On Windows, open the OSGeo4W Shell and run: python -m pip install {1}. On macOS run: /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install {1}. On Debian/Ubuntu run: sudo apt install {2}. Then restart QGIS.</source>
            <translation>Este algoritmo necesita la biblioteca de Python '{0}', que no está instalada en el Python que usa QGIS. En Windows, abra OSGeo4W Shell y ejecute: python -m pip install {1}. En macOS ejecute: /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install {1}. En Debian/Ubuntu ejecute: sudo apt install {2}. Luego reinicie QGIS.</translation>
        </message>
    </context>
    <context>
        <name>ConectaEnergy</name>
        <message>
            <location filename="../processing/bridge/energy.py" line="135" />
            <source>Start of the time window (HH:MM; empty = the whole service day)</source>
            <translation>Inicio de la ventana horaria (HH:MM; vacío = todo el día de servicio)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="135" />
            <source>Trips whose first departure is at or after this time count, with all their segments. GTFS times past midnight are written 24:30, 25:10…</source>
            <translation>Cuentan los viajes cuya primera salida es a esta hora o después, con todos sus tramos. En GTFS las horas después de medianoche se escriben 24:30, 25:10…</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="143" />
            <source>End of the time window (HH:MM; empty = the whole service day)</source>
            <translation>Fin de la ventana horaria (HH:MM; vacío = todo el día de servicio)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="143" />
            <source>Trips whose first departure is before this time count.</source>
            <translation>Cuentan los viajes cuya primera salida es antes de esta hora.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="148" />
            <source>Routes (route ids or short names, comma-separated; empty = every bus route)</source>
            <translation>Rutas (ids o nombres cortos, separados por comas; vacío = todas las rutas de autobús)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="152" />
            <source>Detour factor of trips without a shape</source>
            <translation>Factor de desvío de los viajes sin trazado</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="152" />
            <source>A trip without a shape is measured along straight lines between its stops times this factor (street distance / straight-line distance; urban networks: 1.2 to 1.4).</source>
            <translation>Un viaje sin trazado se mide en línea recta entre sus paradas por este factor (distancia por la calle / distancia en línea recta; redes urbanas: 1,2 a 1,4).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="180" />
            <source>Reusing the GTFS feed(s) read in a previous run (the files are unchanged).</source>
            <translation>Se reutilizan los feeds GTFS leídos en una ejecución anterior (los archivos no cambiaron).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="214" />
            <source>No bus trip starts between {0} and {1} on {2}: choose another time window.</source>
            <translation>Ningún viaje de autobús sale entre las {0} y las {1} el {2}: elija otra ventana horaria.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="240" />
            <source>Routes not in the feed(s) (neither a route_id nor a short name): {}.</source>
            <translation>Rutas que no están en los feeds (ni route_id ni nombre corto): {}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="246" />
            <source>None of the routes given ({}) is in the GTFS feed(s).</source>
            <translation>Ninguna de las rutas indicadas ({}) está en los feeds GTFS.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="255" />
            <source>No bus route runs on {date}: the {n} routes running that day are {found}.</source>
            <translation>Ninguna ruta de autobús circula el {date}: las {n} rutas que circulan ese día son de {found}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="267" />
            <source>the whole service day, first departure {0}, last {1}</source>
            <translation>todo el día de servicio, primera salida {0}, última {1}</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="269" />
            <source>departures from {0} to {1}</source>
            <translation>salidas de {0} a {1}</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="272" />
            <source>{0} bus trips of {1} routes on {2} ({3}): {4:,.1f} revenue-km, {5:,.1f} vehicle-hours, {6} stop-to-stop segments.</source>
            <translation>{0} viajes de autobús de {1} rutas el {2} ({3}): {4:,.1f} km en servicio, {5:,.1f} horas-vehículo, {6} tramos entre paradas.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="299" />
            <source>{0} routes of other modes (rail, metro…) are left out: {1}.</source>
            <translation>{0} rutas de otros modos (tren, metro…) quedan fuera: {1}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="290" />
            <source>Routes with no bus trip on that day: {}.</source>
            <translation>Rutas sin viajes de autobús ese día: {}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="310" />
            <source>The feed(s) have no shapes.txt: every distance is the straight line between stops × {} (detour factor), and the segments are drawn as straight lines.</source>
            <translation>Los feeds no tienen shapes.txt: cada distancia es la línea recta entre paradas × {} (factor de desvío), y los tramos se dibujan como líneas rectas.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="317" />
            <source>{0} trips have no usable shape (e.g. {1}): their distance is the straight line between stops × {2} (detour factor).</source>
            <translation>{0} viajes no tienen un trazado utilizable (p. ej. {1}): su distancia es la línea recta entre paradas × {2} (factor de desvío).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="327" />
            <source>The shape_dist_traveled of {0} shapes was ignored (not increasing, or in no known unit; e.g. {1}): the stops were placed on those shapes by their position.</source>
            <translation>Se ignoró el shape_dist_traveled de {0} trazados (no creciente, o en una unidad desconocida; p. ej. {1}): las paradas se ubicaron sobre esos trazados por su posición.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="340" />
            <source>{} trips come from frequencies.txt (one run every headway).</source>
            <translation>{} viajes provienen de frequencies.txt (una salida por intervalo).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="346" />
            <source>{0} trips end before or when they start (e.g. {1}): they are left out.</source>
            <translation>{0} viajes terminan antes o cuando empiezan (p. ej. {1}): quedan fuera.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="352" />
            <source>{0} segments have a scheduled time of zero or less (e.g. trips {1}): they take the mean speed of their route.</source>
            <translation>{0} tramos tienen un tiempo programado de cero o menos (p. ej. viajes {1}): toman la velocidad media de su ruta.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="362" />
            <source>{0} segments have a scheduled speed outside {1:g}–{2:g} km/h (e.g. trips {3}): they take the mean speed of their route.</source>
            <translation>{0} tramos tienen una velocidad programada fuera de {1:g}–{2:g} km/h (p. ej. viajes {3}): toman la velocidad media de su ruta.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="522" />
            <source>The zones overlap (zones {} share a piece of a bus route): emissions would be counted twice. Use zones that do not overlap.</source>
            <translation>Las zonas se superponen (las zonas {} comparten un tramo de una ruta de autobús): las emisiones se contarían dos veces. Use zonas que no se superpongan.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="568" />
            <source>{0} FLEET rows: the {1} bus is computed as a {2} bus (the factor source has none).</source>
            <translation>{0} filas de FLEET: el autobús {1} se calcula como un autobús {2} (la fuente de factores no tiene ninguno).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="572" />
            <source>{0} FLEET rows: model year {1} is computed as Euro {2} (Brazil's PROCONVE phase of that year).</source>
            <translation>{0} filas de FLEET: el año de fabricación {1} se calcula como Euro {2} (la fase PROCONVE de Brasil de ese año).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="576" />
            <source>{0} FLEET rows: Euro {1} is computed as Euro {2}, the nearest class the factor source documents.</source>
            <translation>{0} filas de FLEET: Euro {1} se calcula como Euro {2}, la clase más cercana que documenta la fuente de factores.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="580" />
            <source>{0} FLEET rows: Euro {1} is computed as model year {2}, the newest CETESB model year of that class.</source>
            <translation>{0} filas de FLEET: Euro {1} se calcula como año de fabricación {2}, el más reciente de esa clase en CETESB.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="584" />
            <source>{0} FLEET rows: model year {1} is computed as model year {2}, the nearest one CETESB documents.</source>
            <translation>{0} filas de FLEET: el año de fabricación {1} se calcula como {2}, el más cercano que documenta CETESB.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="588" />
            <source>{0} FLEET rows: CETESB's factors of calendar year {2} are used for {1}.</source>
            <translation>{0} filas de FLEET: se usan para {1} los factores de CETESB del año calendario {2}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="596" />
            <source>{0} routes have no FLEET rows: they get the default mix (e.g. {1}).</source>
            <translation>{0} rutas no tienen filas en FLEET: reciben la composición por defecto (p. ej. {1}).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="603" />
            <source>{0} FLEET routes have no bus trip in the activity (not in the feed, not running that day or in that window, or not buses): {1}.</source>
            <translation>{0} rutas de FLEET no tienen viajes de autobús en la actividad (no están en el feed, no circulan ese día o en esa ventana, o no son autobuses): {1}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="614" />
            <source>{0} segments have a speed outside the valid range of their EMEP/EEA curve (e.g. trips {1}): the factor is taken at the nearest end of the range.</source>
            <translation>{0} tramos tienen una velocidad fuera del rango válido de su curva EMEP/EEA (p. ej. viajes {1}): el factor se toma en el extremo más cercano del rango.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="625" />
            <source>Biofuel blend {0}: {1:,.2f} t of biogenic CO2, reported apart (co2_bio_kg) and not in co2_kg.</source>
            <translation>Mezcla de biocombustible {0}: {1:,.2f} t de CO2 biogénico, informadas aparte (co2_bio_kg) y no en co2_kg.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="635" />
            <source>{0:,.1f} bus-km: {1:,.2f} t of fossil CO2 (tank-to-wheel), {2:,.2f} t of fuel, {3:,.2f} kg of NOx, {4:,.3f} kg of PM10.</source>
            <translation>{0:,.1f} km de autobús: {1:,.2f} t de CO2 fósil (del tanque a la rueda), {2:,.2f} t de combustible, {3:,.2f} kg de NOx, {4:,.3f} kg de PM10.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="656" />
            <source>Electric buses: {0:,.1f} km, {1:,.1f} kWh, {2:,.3f} t of CO2 at the power plants (well-to-wheel, co2_grid_kg; grid factor {3} kg CO2/kWh {4}; {5}).</source>
            <translation>Autobuses eléctricos: {0:,.1f} km, {1:,.1f} kWh, {2:,.3f} t de CO2 en las centrales (del pozo a la rueda, co2_grid_kg; factor de la red {3} kg CO2/kWh {4}; {5}).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="672" />
            <source>The grid factor of {} is an estimate: verify it with the national source.</source>
            <translation>El factor de la red eléctrica de {} es una estimación: verifíquelo con la fuente nacional.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="685" />
            <source>Walking</source>
            <translation>A pie</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="686" />
            <source>Cycling</source>
            <translation>En bicicleta</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="687" />
            <source>Car</source>
            <translation>En automóvil</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="688" />
            <source>Motorcycle</source>
            <translation>Motocicleta</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="689" />
            <source>Bus</source>
            <translation>Autobús</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="690" />
            <source>BRT</source>
            <translation>BRT</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="691" />
            <source>Metro</source>
            <translation>Metro</translation>
        </message>
    </context>
    <context>
        <name>ConectaFares</name>
        <message>
            <location filename="../processing/bridge/fares.py" line="49" />
            <source>Fare structure (JSON or r5r zip; optional)</source>
            <translation>Estructura tarifaria (JSON o zip de r5r; opcional)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="49" />
            <source>Fare structures (*.json *.zip)</source>
            <translation>Estructuras tarifarias (*.json *.zip)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="49" />
            <source>Fares by mode, agency or route, transfer discounts within a time window, free feeders and a fare cap (examples for five cities in the plugin's resources/fares folder; r5r's fare structure zip is read as well). With it, travel times are the fastest journeys within the budget and a fare column gives their fare.</source>
            <translation>Tarifas por modo, agencia o ruta, descuentos por transbordo dentro de una ventana de tiempo, alimentadores gratuitos y un tope tarifario (ejemplos para cinco ciudades en la carpeta resources/fares del complemento; también se lee el zip de estructura tarifaria de r5r). Con ella, los tiempos de viaje son los de los viajes más rápidos dentro del presupuesto y una columna de tarifa da su tarifa.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="61" />
            <source>Maximum fare (budget per trip; empty = no limit)</source>
            <translation>Tarifa máxima (presupuesto por viaje; vacío = sin límite)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="61" />
            <source>The fastest journey costing at most this, as r5r's max_fare: pairs that cannot be reached within it are left out.</source>
            <translation>El viaje más rápido que cuesta como máximo esto, como el max_fare de r5r: los pares que no se pueden alcanzar dentro de ella quedan fuera.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="69" />
            <source>Fare budgets for a time × fare frontier (comma-separated)</source>
            <translation>Presupuestos de tarifa para una frontera tiempo × tarifa (separados por comas)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="69" />
            <source>Several budgets, e.g. 4.80, 7.20, 9.60: one row per pair and budget whose travel time differs from the next smaller budget's, with columns fare_budget and fare, as r5r's pareto_frontier.</source>
            <translation>Varios presupuestos, p. ej. 4.80, 7.20, 9.60: una fila por par y presupuesto cuyo tiempo de viaje difiere del del presupuesto inmediatamente menor, con las columnas fare_budget y fare, como el pareto_frontier de r5r.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="88" />
            <source>A maximum fare or fare budgets need a fare structure file.</source>
            <translation>Indique una estructura tarifaria (archivo) para usar una tarifa máxima o presupuestos de tarifa.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="93" />
            <source>Give either a maximum fare or a list of fare budgets, not both.</source>
            <translation>Indique una tarifa máxima o una lista de presupuestos de tarifa, no ambas.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="110" />
            <source>Fare budgets must be numbers of 0 or more separated by commas, e.g. 4.80, 7.20; got '{}'.</source>
            <translation>Los presupuestos de tarifa deben ser números de 0 o más separados por comas, p. ej. 4.80, 7.20; se recibió '{}'.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="121" />
            <source>routes</source>
            <translation>rutas</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="121" />
            <source>agencies</source>
            <translation>agencias</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="121" />
            <source>modes</source>
            <translation>modos</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="128" />
            <source>The fare structure names {0} {1} that the feed does not have (ignored): {2}</source>
            <translation>La estructura tarifaria nombra {0} {1} ausentes del feed, que quedan sin efecto: {2}</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="141" />
            <source>Transfer rules {1} and {2} both apply to {0} with the same precedence: rule {1}, listed first, is used.</source>
            <translation>Las reglas de transbordo {1} y {2} se aplican ambas a {0} con la misma precedencia: se usa la regla {1}, la primera de la lista.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="147" />
            <source>Route {0} is given two fare types (assignments {1} and {2}): assignment {1} is used.</source>
            <translation>La ruta {0} recibe dos tipos de tarifa (asignaciones {1} y {2}): se usa la asignación {1}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="152" />
            <source>{} routes no assignment names take the default fare type.</source>
            <translation>{} rutas que ninguna asignación nombra toman el tipo de tarifa por defecto.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="160" />
            <source>The budget {0} is below every fare (the lowest is {1}): only walking trips and free routes fit in it.</source>
            <translation>El presupuesto {0} es menor que todas las tarifas (la más baja es {1}): solo caben en él los viajes a pie y las rutas gratuitas.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="134" />
            <source>GTFS has no BRT mode: BRT routes are buses (route_type 3, or 702 for express buses). Give them their fare type by route_id or agency_id.</source>
            <translation>GTFS no tiene un modo BRT: las rutas BRT son autobuses (route_type 3, o 702 para autobuses expresos). Asígneles su tipo de tarifa por route_id o agency_id.</translation>
        </message>
    </context>
    <context>
        <name>ConectaFleet</name>
        <message>
            <location filename="../processing/bridge/fleet.py" line="37" />
            <source>São Paulo: no new diesel buses from October 2022</source>
            <translation>São Paulo: ningún bus diésel nuevo desde octubre de 2022</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fleet.py" line="38" />
            <source>Mexico City Metrobús: zero-emission fleet by 2035</source>
            <translation>Metrobús de Ciudad de México: flota cero emisiones en 2035</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fleet.py" line="39" />
            <source>Curitiba: 33 % of the fleet zero-emission by 2030</source>
            <translation>Curitiba: 33 % de la flota cero emisiones en 2030</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fleet.py" line="40" />
            <source>Custom: the purchase policy table</source>
            <translation>Personalizada: la tabla de política de compras</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fleet.py" line="47" />
            <source>Argentina: local content rising from 10 % to 25 %</source>
            <translation>Argentina: contenido local que sube del 10 % al 25 %</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fleet.py" line="48" />
            <source>Brazil: bodies built in the country, cells imported</source>
            <translation>Brasil: carrocerías fabricadas en el país, celdas importadas</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fleet.py" line="49" />
            <source>Custom: the local content table</source>
            <translation>Personalizado: la tabla de contenido local</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fleet.py" line="56" />
            <source>Micro (about 8 m)</source>
            <translation>Micro (unos 8 m)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fleet.py" line="57" />
            <source>Midi (about 10 m)</source>
            <translation>Midi (unos 10 m)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fleet.py" line="58" />
            <source>Standard (12 m)</source>
            <translation>Estándar (12 m)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fleet.py" line="59" />
            <source>Articulated (18 m)</source>
            <translation>Articulado (18 m)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fleet.py" line="60" />
            <source>Bi-articulated (25 m)</source>
            <translation>Biarticulado (25 m)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fleet.py" line="108" />
            <source>{0} must be written size:number, e.g. standard:15; articulated:16; got '{1}'.</source>
            <translation>{0} se escribe tamaño:número, p. ej. standard:15; articulated:16; se recibió '{1}'.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fleet.py" line="115" />
            <source>{0}: unknown bus size {1}; the sizes are {2}.</source>
            <translation>{0}: tamaño de bus desconocido {1}; los tamaños son {2}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fleet.py" line="128" />
            <source>The layovers must be minutes separated by commas, e.g. 0,5,10; got '{}'.</source>
            <translation>Los tiempos de espera en terminal deben ser minutos separados por comas, p. ej. 0,5,10; se recibió '{}'.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fleet.py" line="144" />
            <source>The date {} is not valid: write it as YYYY-MM-DD, for example 2019-05-13.</source>
            <translation>La fecha {} no es válida: escríbala como AAAA-MM-DD, por ejemplo 2019-05-13.</translation>
        </message>
    </context>
    <context>
        <name>ConectaGroups</name>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="45" />
            <source>Network analysis</source>
            <translation>Análisis de redes</translation>
        </message>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="46" />
            <source>Accessibility and inequality</source>
            <translation>Accesibilidad y desigualdad</translation>
        </message>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="47" />
            <source>Mobility demand</source>
            <translation>Demanda de movilidad</translation>
        </message>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="48" />
            <source>SDG indicators</source>
            <translation>Indicadores ODS</translation>
        </message>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="49" />
            <source>Public transport</source>
            <translation>Transporte público</translation>
        </message>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="53" />
            <source>Sample data</source>
            <translation>Datos de ejemplo</translation>
        </message>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="50" />
            <source>Energy and emissions</source>
            <translation>Energía y emisiones</translation>
        </message>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="51" />
            <source>Fleet and industry</source>
            <translation>Flota e industria</translation>
        </message>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="52" />
            <source>Scenarios</source>
            <translation>Escenarios</translation>
        </message>
    </context>
    <context>
        <name>ConectaIsochrones</name>
        <message>
            <location filename="../processing/bridge/isochrones.py" line="48" />
            <source>Starting points</source>
            <translation>Puntos de partida</translation>
        </message>
        <message>
            <location filename="../processing/bridge/isochrones.py" line="38" />
            <source>Id field</source>
            <translation>Campo identificador</translation>
        </message>
        <message>
            <location filename="../processing/bridge/isochrones.py" line="39" />
            <source>Minutes (comma-separated)</source>
            <translation>Minutos (separados por comas)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/isochrones.py" line="43" />
            <source>Minutes</source>
            <translation>Minutos</translation>
        </message>
        <message>
            <location filename="../processing/bridge/isochrones.py" line="57" />
            <source>{0} points are farther than {1} m from the network and get no isochrone: {2}</source>
            <translation>{0} puntos están a más de {1} m de la red y no tienen isócrona: {2}</translation>
        </message>
        <message>
            <location filename="../processing/bridge/isochrones.py" line="104" />
            <source>{} isochrones written.</source>
            <translation>Se escribieron {} isócronas.</translation>
        </message>
    </context>
    <context>
        <name>ConectaMatrix</name>
        <message>
            <location filename="../processing/bridge/longmatrix.py" line="179" />
            <source>The matrix would hold about {0} pairs, about {1} in a temporary layer, more than the {2} of memory available: write it to a file instead (a .csv or .gpkg output, or 'Matrix file' for CSV or Parquet), or use fewer origins or a shorter maximum time.</source>
            <translation>La matriz tendría unos {0} pares, unos {1} en una capa temporal, más que los {2} de memoria disponibles: escríbala en un archivo (una salida .csv o .gpkg, o 'Archivo de matriz' para CSV o Parquet), o use menos orígenes o un tiempo máximo menor.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/longmatrix.py" line="232" />
            <source>Matrix written to {}.</source>
            <translation>Matriz escrita en {}.</translation>
        </message>
    </context>
    <context>
        <name>ConectaModels</name>
        <message>
            <location filename="../processing/provider.py" line="60" />
            <source>Public-transport scenario: who gains (model)</source>
            <translation>Escenario de transporte público: quién gana (modelo)</translation>
        </message>
        <message>
            <location filename="../processing/provider.py" line="83" />
            <source>A public-transport scenario, from routes drawn on the map (or an edits table) to who gains: conecta:gtfsscenario writes the new feed, conecta:transitmatrix computes the travel times (median over the departure window), conecta:accessibility the cumulative accessibility of the zones within the cutoff, and conecta:comparescenarios compares it with a baseline accessibility layer of the same zones, opportunities and cutoff (by income decile when an income field is given). Open it in the Processing modeler to change any step.</source>
            <translation>Un escenario de transporte público, desde rutas dibujadas en el mapa (o una tabla de cambios) hasta quién gana: conecta:gtfsscenario escribe el nuevo feed, conecta:transitmatrix calcula los tiempos de viaje (mediana en la ventana de salidas), conecta:accessibility la accesibilidad acumulada de las zonas dentro del umbral de tiempo, y conecta:comparescenarios la compara con una capa de accesibilidad de línea base de las mismas zonas, oportunidades y umbral (por decil de ingreso cuando se indica un campo de ingreso). Ábralo en el modelador de Procesos para cambiar cualquier paso.</translation>
        </message>
    </context>
    <context>
        <name>ConectaNetwork</name>
        <message>
            <location filename="../processing/bridge/network.py" line="156" />
            <source>Street network</source>
            <translation>Red vial</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="158" />
            <source>Mode</source>
            <translation>Modo</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="159" />
            <source>Speed field (km/h, optional)</source>
            <translation>Campo de velocidad (km/h, opcional)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="159" />
            <source>A field of the network with the speed in km/h of each line; NULL, text or values of 0 or less fall back to the default speed of the line's class (counted in the log).</source>
            <translation>Un campo de la red con la velocidad en km/h de cada línea; los valores NULL, de texto o de 0 o menos usan la velocidad predeterminada de la clase de la línea (se cuentan en el registro).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="166" />
            <source>Direction field (optional)</source>
            <translation>Campo de dirección (opcional)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="166" />
            <source>A field saying in which direction each line can be travelled by car and bicycle, as in QGIS's own network analysis tools: the values for forward, backward and both directions are set below.</source>
            <translation>Un campo que indica en qué sentido puede recorrerse cada línea en automóvil y en bicicleta, como en las herramientas de análisis de redes de QGIS: los valores para sentido directo, inverso y ambos sentidos se indican abajo.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="173" />
            <source>Value for forward direction</source>
            <translation>Valor para sentido directo</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="173" />
            <source>Value for backward direction</source>
            <translation>Valor para sentido inverso</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="173" />
            <source>Value for both directions</source>
            <translation>Valor para ambos sentidos</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="179" />
            <source>Road class field (OSM highway)</source>
            <translation>Campo de clase de vía (highway de OSM)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="183" />
            <source>Road classes excluded for the mode (comma-separated; empty = defaults)</source>
            <translation>Clases de vía excluidas para el modo (separadas por comas; vacío = predeterminadas)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="192" />
            <source>Join line ends closer than</source>
            <translation>Unir extremos de línea a menos de</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="139" />
            <source>Walking speed (km/h)</source>
            <translation>Velocidad a pie (km/h)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="139" />
            <source>Cycling speed (km/h)</source>
            <translation>Velocidad en bicicleta (km/h)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="264" />
            <source>The street network layer is empty.</source>
            <translation>La capa de red vial está vacía.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="269" />
            <source>Reading the street network…</source>
            <translation>Leyendo la red vial…</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="279" />
            <source>The street network has no line with at least two distinct vertices.</source>
            <translation>La red vial no tiene ninguna línea con al menos dos vértices distintos.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="310" />
            <source>One-way and speed limits read from OSM's other_tags field.</source>
            <translation>Sentido único y límites de velocidad leídos del campo other_tags de OSM.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="313" />
            <source>The network has no road class field ({}): every line gets the default speed and no class is excluded.</source>
            <translation>La red no tiene campo de clase de vía ({}): todas las líneas usan la velocidad predeterminada y no se excluye ninguna clase.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="337" />
            <source>Street network: {0} lines, {1} junctions, {2} edges.</source>
            <translation>Red vial: {0} líneas, {1} intersecciones, {2} tramos.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="343" />
            <source>{} lines with empty, NULL or degenerate geometry skipped.</source>
            <translation>Se omitieron {} líneas con geometría vacía, NULL o degenerada.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="346" />
            <source>{} zero-length segments removed.</source>
            <translation>Se eliminaron {} segmentos de longitud cero.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="349" />
            <source>{} line ends joined to a nearby line end.</source>
            <translation>Se unieron {} extremos de línea a un extremo cercano.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="296" />
            <source>No street of the network can be used by this mode: check the road classes excluded.</source>
            <translation>Ninguna vía de la red puede usarse en este modo: revise las clases de vía excluidas.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="361" />
            <source>{0}: {1} usable edges, {2} of them one-way; {3} lines excluded by road class.</source>
            <translation>{0}: {1} tramos utilizables, {2} de ellos de sentido único; {3} líneas excluidas por clase de vía.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="367" />
            <source>{0} lines use their speed limit (maxspeed); {1} lines have no known road class ({2} km/h).</source>
            <translation>{0} líneas usan su límite de velocidad (maxspeed); {1} líneas no tienen una clase de vía conocida ({2} km/h).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="373" />
            <source>{0} lines have no valid speed in field {1} (NULL, text or not positive): the default speed of their class was used.</source>
            <translation>{0} líneas no tienen una velocidad válida en el campo {1} (NULL, texto o no positiva): se usó la velocidad predeterminada de su clase.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="378" />
            <source>{} lines have an unrecognised direction value: OSM one-way rules (or both directions) apply.</source>
            <translation>{} líneas tienen un valor de dirección no reconocido: se aplican las reglas de sentido único de OSM (o ambos sentidos).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="472" />
            <source>Origins</source>
            <translation>Orígenes</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="455" />
            <source>Origin id field</source>
            <translation>Campo identificador de origen</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="456" />
            <source>Destinations (default: the origins)</source>
            <translation>Destinos (predeterminado: los orígenes)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="459" />
            <source>Destination id field</source>
            <translation>Campo identificador de destino</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="411" />
            <source>The {} layer has no feature with a geometry and an id.</source>
            <translation>La capa {} no tiene ninguna entidad con geometría e identificador.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="415" />
            <source>The {0} id field {1} has duplicate values: {2}. Ids must be unique.</source>
            <translation>El campo identificador de {0}, {1}, tiene valores duplicados: {2}. Los identificadores deben ser únicos.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="431" />
            <source>{0}: {1} features with NULL or empty geometry skipped.</source>
            <translation>{0}: se omitieron {1} entidades con geometría NULL o vacía.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="437" />
            <source>{0}: {1} features with a NULL id skipped.</source>
            <translation>{0}: se omitieron {1} entidades con identificador NULL.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="422" />
            <source>{}: polygons are represented by a point on their surface.</source>
            <translation>{}: los polígonos se representan con un punto en su superficie.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="183" />
            <source>Defaults: walking and cycling exclude motorway, trunk and their links; car excludes footway, steps, path, pedestrian, cycleway, bridleway, corridor, elevator and platform; construction, proposed, abandoned, razed, disused, bus_guideway, busway and raceway are excluded for every mode.</source>
            <translation>Predeterminado: a pie y en bicicleta se excluyen motorway, trunk y sus enlaces; en automóvil se excluyen footway, steps, path, pedestrian, cycleway, bridleway, corridor, elevator y platform; construction, proposed, abandoned, razed, disused, bus_guideway, busway y raceway se excluyen para todos los modos.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="478" />
            <source>Destinations</source>
            <translation>Destinos</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="212" />
            <source>Maximum snapping distance to the network</source>
            <translation>Distancia máxima de ajuste a la red</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="222" />
            <source>Buffer around reached streets</source>
            <translation>Búfer alrededor de las calles alcanzadas</translation>
        </message>
    </context>
    <context>
        <name>ConectaPlugin</name>
        <message>
            <location filename="../plugin.py" line="67" />
            <source>&amp;Conecta</source>
            <translation>&amp;Conecta</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="69" />
            <source>Conecta</source>
            <translation>Conecta</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="72" />
            <source>Load sample city (Porto Alegre)</source>
            <translation>Cargar ciudad de ejemplo (Porto Alegre)</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="101" />
            <source>Analysis dock</source>
            <translation>Panel de análisis</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="101" />
            <source>Indicators dock</source>
            <translation>Panel de indicadores</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="81" />
            <source>Help</source>
            <translation>Ayuda</translation>
        </message>
    </context>
    <context>
        <name>ConectaProvider</name>
        <message>
            <location filename="../processing/provider.py" line="117" />
            <source>Conecta — urban connectivity (ECLAC Big Push for Sustainability)</source>
            <translation>Conecta — conectividad urbana (Gran Impulso para la Sostenibilidad, CEPAL)</translation>
        </message>
    </context>
    <context>
        <name>ConectaScenarios</name>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="84" />
            <source>The new-routes layer needs a speed_kmh field (running speed) or a trip_min field (minutes for the whole line).</source>
            <translation>La capa de rutas nuevas necesita un campo speed_kmh (velocidad de marcha) o un campo trip_min (minutos para toda la línea).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="115" />
            <source>{0} new-route features have no route_id (feature ids {1}).</source>
            <translation>{0} entidades de rutas nuevas no tienen route_id (ids de entidad {1}).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="122" />
            <source>New route {} has no line with two distinct points.</source>
            <translation>La nueva ruta {} no tiene una línea con dos puntos distintos.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="127" />
            <source>New route {} is drawn in several pieces: draw each route as one line (merge its pieces).</source>
            <translation>La nueva ruta {} está dibujada en varias partes: dibuje cada ruta como una sola línea (una sus partes).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="201" />
            <source>The new-routes layer {} has no line.</source>
            <translation>La capa de rutas nuevas {} no tiene ninguna línea.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="204" />
            <source>{} new-route features have no line geometry and were skipped.</source>
            <translation>{} entidades de rutas nuevas no tienen geometría de línea y se omitieron.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="221" />
            <source>Stops of route ids that no new route has were not used: {}.</source>
            <translation>No se usaron las paradas de route_id que ninguna ruta nueva tiene: {}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="235" />
            <source>Edits: {0} trips added, {1} removed, {2} retimed; {3} frequencies.txt rows changed.</source>
            <translation>Cambios: {0} viajes añadidos, {1} eliminados, {2} con horarios nuevos; {3} filas de frequencies.txt modificadas.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="240" />
            <source>{0} routes removed with their trips, and {1} shapes only they used.</source>
            <translation>{0} rutas eliminadas con sus viajes, y {1} trazados (shapes) que solo ellas usaban.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="248" />
            <source>{0}: {1} rows removed (they named removed trips or routes).</source>
            <translation>{0}: {1} filas eliminadas (nombraban viajes o rutas eliminados).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="254" />
            <source>Edit without effect (no departure of the route in its band): {}.</source>
            <translation>Cambio sin efecto (la ruta no tiene salidas en su franja horaria): {}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="260" />
            <source>New route {0}: {1} km, {2} stops about {3} m apart, {4} min end to end, {5} departures per direction (service {6}).</source>
            <translation>Nueva ruta {0}: {1} km, {2} paradas separadas unos {3} m, {4} min de extremo a extremo, {5} salidas por sentido (servicio {6}).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="281" />
            <source>Structural validation: no notice (gtfs-validator's codes).</source>
            <translation>Validación estructural: ningún aviso (códigos de gtfs-validator).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="285" />
            <source>{0} {1} in {2}: {3} rows ({4}){5}</source>
            <translation>{0} {1} en {2}: {3} filas ({4}){5}</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="285" />
            <source>, brought by the edits</source>
            <translation>, introducido por los cambios</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="302" />
            <source>Conecta's GTFS reader cannot read the new feed: {}</source>
            <translation>El lector GTFS de Conecta no puede leer el nuevo feed: {}</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="306" />
            <source>Conecta's GTFS reader reads the new feed: {0} stops, {1} routes, {2} trips, {3} stop times; {4} rows skipped.</source>
            <translation>El lector GTFS de Conecta lee el nuevo feed: {0} paradas, {1} rutas, {2} viajes, {3} horarios de parada; {4} filas omitidas.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="312" />
            <source>{0}: {1} rows skipped by the reader (lines {2}).</source>
            <translation>{0}: {1} filas omitidas por el lector (líneas {2}).</translation>
        </message>
    </context>
    <context>
        <name>ConectaServiceAreas</name>
        <message>
            <location filename="../processing/bridge/serviceareas.py" line="194" />
            <source>Population layer (polygons or points)</source>
            <translation>Capa de población (polígonos o puntos)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/serviceareas.py" line="200" />
            <source>Population fields (total first, then disaggregations)</source>
            <translation>Campos de población (primero el total, luego las desagregaciones)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/serviceareas.py" line="200" />
            <source>The first field is the total population of the headline figure; others (women, men, age groups, persons with disabilities …) get their own indicator.</source>
            <translation>El primer campo es la población total de la cifra principal; los demás (mujeres, hombres, grupos de edad, personas con discapacidad …) obtienen su propio indicador.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/serviceareas.py" line="217" />
            <source>{} population features have no geometry: they count as not served.</source>
            <translation>{} entidades de población no tienen geometría: cuentan como no servidas.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/serviceareas.py" line="225" />
            <source>The population field {} sums to zero: choose a field with population.</source>
            <translation>El campo de población {} suma cero: elija un campo con población.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/serviceareas.py" line="236" />
            <source>{0} features have no value in field {1}: counted as 0.</source>
            <translation>{0} entidades no tienen valor en el campo {1}: cuentan como 0.</translation>
        </message>
    </context>
    <context>
        <name>ConectaStreamed</name>
        <message>
            <location filename="../processing/bridge/streamed.py" line="61" />
            <source>Travel-time matrix computed on the network (optional, CSV or Parquet)</source>
            <translation>Matriz de tiempos de viaje calculada en la red (opcional, CSV o Parquet)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed.py" line="61" />
            <source>CSV files (*.csv);;Parquet files (*.parquet)</source>
            <translation>Archivos CSV (*.csv);;Archivos Parquet (*.parquet)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed.py" line="61" />
            <source>Without a travel matrix, travel times are computed on the street network and reduced to the measure origin by origin, without keeping the matrix. Give a file here to write it as well.</source>
            <translation>Sin una matriz de tiempos de viaje, los tiempos se calculan en la red vial y se reducen a la medida origen por origen, sin guardar la matriz. Indique aquí un archivo para escribirla también.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed.py" line="74" />
            <source>Worker processes (0: one per core)</source>
            <translation>Procesos de trabajo (0: uno por núcleo)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed.py" line="74" />
            <source>Processes that route the origins at the same time on the street network. 0 uses every core for large runs and QGIS's own process for small ones.</source>
            <translation>Procesos que calculan las rutas de los orígenes al mismo tiempo en la red vial. 0 usa todos los núcleos en las ejecuciones grandes y el propio proceso de QGIS en las pequeñas.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed.py" line="82" />
            <source>Origins per chunk (0: chosen from the memory available)</source>
            <translation>Orígenes por bloque (0: según la memoria disponible)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed.py" line="82" />
            <source>Origins routed together by one worker. Progress and cancel are checked after each chunk.</source>
            <translation>Orígenes cuyas rutas calcula juntas un proceso de trabajo. El progreso y la cancelación se comprueban después de cada bloque.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed.py" line="101" />
            <source>{0} zones routed in {1} chunks of up to {2} origins on {3} process(es).</source>
            <translation>Rutas de {0} zonas calculadas en {1} bloques de hasta {2} orígenes en {3} proceso(s).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed.py" line="117" />
            <source>A worker process stopped three times while routing chunks {}: the computer may be short of memory. Use fewer worker processes or smaller chunks.</source>
            <translation>Un proceso de trabajo se detuvo tres veces al calcular los bloques {}: puede faltar memoria en el equipo. Use menos procesos de trabajo o bloques más pequeños.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed_transit.py" line="92" />
            <source>Zones</source>
            <translation>Zonas</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed.py" line="161" />
            <source>No zone is within {} m of a street usable by this mode: check the layers' CRS and the mode.</source>
            <translation>Ninguna zona está a menos de {} m de una calle utilizable en este modo: revise el SRC de las capas y el modo.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed.py" line="167" />
            <source>{0} zones are farther than {1} m from the network and reach nothing: {2}</source>
            <translation>{0} zonas están a más de {1} m de la red y no alcanzan nada: {2}</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed.py" line="175" />
            <source>{0} zones lie on small parts of the network disconnected from the main one and reach few zones: {1}</source>
            <translation>{0} zonas están en pequeñas partes de la red desconectadas de la principal y alcanzan pocas zonas: {1}</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed.py" line="188" />
            <source>Worker processes could not be used ({}): the chunks were routed in QGIS's own process.</source>
            <translation>No se pudieron usar procesos de trabajo ({}): los bloques se calcularon en el propio proceso de QGIS.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed.py" line="194" />
            <source>A worker process stopped while routing chunks {}: they were routed again.</source>
            <translation>Un proceso de trabajo se detuvo al calcular los bloques {}: se calcularon de nuevo.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed_transit.py" line="39" />
            <source>GTFS feeds for public transport (when there is no matrix)</source>
            <translation>Feeds GTFS para el transporte público (cuando no hay matriz)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed_transit.py" line="46" />
            <source>Public transport: percentile of travel time over the window</source>
            <translation>Transporte público: percentil del tiempo de viaje en la ventana</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed_transit.py" line="46" />
            <source>The travel time of a pair is this percentile of its travel times over the departure minutes of the window, as the column travel_time_p50 of conecta:transitmatrix for 50.</source>
            <translation>El tiempo de viaje de un par es este percentil de sus tiempos de viaje en los minutos de salida de la ventana, como la columna travel_time_p50 de conecta:transitmatrix para 50.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed_transit.py" line="62" />
            <source>Both a travel-time matrix and GTFS feeds are given: clear one of them (the matrix's travel times are used as they are; the feeds compute travel times by public transport).</source>
            <translation>Se dieron una matriz de tiempos de viaje y feeds GTFS: quite uno de los dos (los tiempos de la matriz se usan tal cual; los feeds calculan tiempos de viaje en transporte público).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed_transit.py" line="99" />
            <source>The largest cutoff ({0} min) exceeds the maximum trip duration ({1} min): pairs farther than {1} min are not counted.</source>
            <translation>El umbral mayor ({0} min) supera la duración máxima del viaje ({1} min): los pares a más de {1} min no se cuentan.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed_transit.py" line="125" />
            <source>No zone has a GTFS stop within {} minutes of walking: check the layers' CRS, that the feeds cover the zones, and the maximum walking time.</source>
            <translation>Ninguna zona tiene una parada GTFS a menos de {} minutos a pie: revise el SRC de las capas, que los feeds cubran las zonas y el tiempo máximo de caminata.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed_transit.py" line="132" />
            <source>{0} zones have no stop within {1} minutes of walking and reach other zones on foot only: {2}</source>
            <translation>{0} zonas no tienen ninguna parada a menos de {1} minutos a pie y solo alcanzan otras zonas a pie: {2}</translation>
        </message>
    </context>
    <context>
        <name>ConectaStreetScenario</name>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="116" />
            <source>The elevation raster's first band must hold numbers (heights in metres).</source>
            <translation>La primera banda del ráster de elevación debe contener números (alturas en metros).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="209" />
            <source>The closed links close no street: draw them along streets (within {} m), or as areas covering the streets to close.</source>
            <translation>Los tramos cerrados no cierran ninguna calle: dibújelos a lo largo de las calles (a menos de {} m), o como áreas que cubran las calles que se cierran.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="216" />
            <source>{} street lines closed.</source>
            <translation>{} líneas de calle cerradas.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="220" />
            <source>{0} new links added; {1} of their ends joined to a street (moved up to {2} m).</source>
            <translation>{0} tramos nuevos añadidos; {1} de sus extremos unidos a una calle (movidos hasta {2} m).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="226" />
            <source>{0} ends of new links are farther than {1} m from any street and stay loose (new links {2}, counted from 0): a link joined at neither end cannot be reached.</source>
            <translation>{0} extremos de tramos nuevos están a más de {1} m de cualquier calle y quedan sueltos (tramos nuevos {2}, contados desde 0): un tramo sin ningún extremo unido no se puede alcanzar.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="246" />
            <source>The elevation raster is used for walking and cycling only: car times are unchanged.</source>
            <translation>El ráster de elevación solo se usa a pie y en bicicleta: los tiempos en automóvil no cambian.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="315" />
            <source>No row of the speed-factor table applies to {} (rows without a mode are for cars): speeds unchanged.</source>
            <translation>Ninguna fila de la tabla de factores de velocidad se aplica a {} (las filas sin modo son para automóviles): velocidades sin cambios.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="321" />
            <source>Speeds at {0}: free-flow speed × factor on {1} edges ({2} rows of the speed-factor table apply).</source>
            <translation>Velocidades a las {0}: velocidad a flujo libre × factor en {1} tramos ({2} filas de la tabla de factores de velocidad se aplican).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="327" />
            <source>The speed-factor table names road classes that no street of the network has: {}.</source>
            <translation>La tabla de factores de velocidad nombra clases de vía que ninguna calle de la red tiene: {}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="336" />
            <source>Slopes from the elevation raster on {0} edges; steepest grade {1} %.</source>
            <translation>Pendientes del ráster de elevación en {0} tramos; pendiente máxima {1} %.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="343" />
            <source>{0} edges ({1} %) lie outside the elevation raster or on no-data pixels and are taken as flat; {2} more are partly outside (those parts flat).</source>
            <translation>{0} tramos ({1} %) están fuera del ráster de elevación o en píxeles sin datos y se toman como planos; otros {2} están en parte fuera (esas partes planas).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="351" />
            <source>{0} segments steeper than {1} % (bridges, raster artefacts) were taken at {1} %.</source>
            <translation>{0} segmentos con pendiente mayor que {1} % (puentes, artefactos del ráster) se tomaron a {1} %.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="377" />
            <source>Speed factors by road class and time (highway, start_time, end_time, factor)</source>
            <translation>Factores de velocidad por clase de vía y hora (highway, start_time, end_time, factor)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="377" />
            <source>Congestion: speed = free-flow speed × factor for the streets of an OSM class (highway; * for all) when the departure time falls in [start_time, end_time) (HH:MM, empty for all day), e.g. primary, 07:00, 09:00, 0.6. Rows apply to cars unless a mode field says walk or bicycle.</source>
            <translation>Congestión: velocidad = velocidad a flujo libre × factor para las calles de una clase OSM (highway; * para todas) cuando la hora de salida cae en [start_time, end_time) (HH:MM, vacío para todo el día), p. ej. primary, 07:00, 09:00, 0.6. Las filas se aplican a automóviles salvo que un campo mode diga walk o bicycle.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="389" />
            <source>Departure time for the speed factors (HH:MM)</source>
            <translation>Hora de salida para los factores de velocidad (HH:MM)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="395" />
            <source>Closed links (lines along streets, or areas)</source>
            <translation>Tramos cerrados (líneas a lo largo de calles, o áreas)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="395" />
            <source>A street is closed when the points at a quarter, half and three quarters of its length lie inside an area or within the tolerance of a line; split a long street to close a part of it.</source>
            <translation>Una calle se cierra cuando los puntos a un cuarto, la mitad y tres cuartos de su longitud están dentro de un área o dentro de la tolerancia de una línea; divida una calle larga para cerrar una parte.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="403" />
            <source>Tolerance of the closed links</source>
            <translation>Tolerancia de los tramos cerrados</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="407" />
            <source>New links (lines)</source>
            <translation>Tramos nuevos (líneas)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="407" />
            <source>Streets to add. They take the network's fields they have (highway, oneway …) and speed_kmh as their car speed; each end is joined to the nearest street within the snapping distance below. A new link meets other streets only at its ends (a bridge or a tunnel).</source>
            <translation>Calles que se añaden. Toman los campos de la red que tengan (highway, oneway …) y speed_kmh como su velocidad en automóvil; cada extremo se une a la calle más cercana dentro de la distancia de ajuste de abajo. Un tramo nuevo solo se cruza con otras calles en sus extremos (un puente o un túnel).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="415" />
            <source>Join new links to streets within</source>
            <translation>Unir los tramos nuevos a calles a menos de</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="419" />
            <source>Elevation raster (slope-aware walking and cycling)</source>
            <translation>Ráster de elevación (caminata y bicicleta según la pendiente)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="419" />
            <source>Heights in metres (band 1). Walking follows Tobler's hiking function and cycling a power balance, both scaled so that flat streets keep the walking and cycling speeds; uphill and downhill differ. Streets outside the raster are flat (counted in the log).</source>
            <translation>Alturas en metros (banda 1). La caminata sigue la función de senderismo de Tobler y la bicicleta un balance de potencia, ambas escaladas para que las calles planas conserven las velocidades a pie y en bicicleta; la subida y la bajada difieren. Las calles fuera del ráster son planas (contadas en el registro).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="368" />
            <source>Street scenarios (advanced parameters): speed factors for walking by road class and time (rows with mode walk, at the departure time), closed or new links and an elevation raster change the walking legs on the street network, as in 'Travel-time matrix (street network)'.</source>
            <translation>Escenarios viales (parámetros avanzados): los factores de velocidad para caminar por clase de vía y horario (filas con modo walk, a la hora de salida), los tramos cerrados o nuevos y un ráster de elevación cambian los tramos a pie sobre la red vial, como en 'Matriz de tiempos de viaje (red vial)'.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="187" />
            <source>The closed links close every street of the network: nothing is left to travel on.</source>
            <translation>Los tramos cerrados cierran todas las calles de la red: no queda nada por donde viajar.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="436" />
            <source>Speed factors, closed or new links and the elevation raster change a street network: give the street network too (without it, walking legs are straight lines).</source>
            <translation>Los factores de velocidad, los tramos cerrados o nuevos y el ráster de elevación cambian una red vial: indique también la red vial (sin ella, los tramos a pie son líneas rectas).</translation>
        </message>
    </context>
    <context>
        <name>ConectaTransit</name>
        <message>
            <location filename="../processing/bridge/transit.py" line="49" />
            <source>no stop_id</source>
            <translation>sin stop_id</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="50" />
            <source>duplicate stop_id</source>
            <translation>stop_id duplicado</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="51" />
            <source>invalid coordinates</source>
            <translation>coordenadas no válidas</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="52" />
            <source>no route_id</source>
            <translation>sin route_id</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="53" />
            <source>duplicate route_id</source>
            <translation>route_id duplicado</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="54" />
            <source>invalid route_type</source>
            <translation>route_type no válido</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="55" />
            <source>no service_id</source>
            <translation>sin service_id</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="56" />
            <source>no trip_id</source>
            <translation>sin trip_id</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="57" />
            <source>duplicate trip_id</source>
            <translation>trip_id duplicado</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="58" />
            <source>unknown route_id</source>
            <translation>route_id desconocido</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="59" />
            <source>invalid stop_sequence</source>
            <translation>stop_sequence no válido</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="60" />
            <source>duplicate stop_sequence</source>
            <translation>stop_sequence duplicado</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="61" />
            <source>unreadable time</source>
            <translation>hora ilegible</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="62" />
            <source>unknown trip_id</source>
            <translation>trip_id desconocido</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="63" />
            <source>unknown stop_id</source>
            <translation>stop_id desconocido</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="64" />
            <source>invalid date</source>
            <translation>fecha no válida</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="65" />
            <source>invalid row</source>
            <translation>fila no válida</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="66" />
            <source>invalid time or headway</source>
            <translation>hora o intervalo no válidos</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="67" />
            <source>trip without a time at its first or last stop</source>
            <translation>viaje sin hora en su primera o última parada</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="178" />
            <source>GTFS feeds (zip files)</source>
            <translation>Feeds GTFS (archivos zip)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="178" />
            <source>One or more GTFS zip files (for example bus and rail) routed together. Rows that cannot be used (unknown stops or trips, unparsable times) are skipped and reported with their file and line.</source>
            <translation>Uno o más archivos GTFS zip (por ejemplo autobús y tren) que se enrutan juntos. Las filas que no se pueden usar (paradas o viajes desconocidos, horas ilegibles) se omiten y se informan con su archivo y línea.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="188" />
            <source>Service date</source>
            <translation>Fecha de servicio</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="191" />
            <source>The day whose timetable is used (text YYYY-MM-DD is accepted).</source>
            <translation>El día cuyo horario se usa (se acepta texto AAAA-MM-DD).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="120" />
            <source>Departure time</source>
            <translation>Hora de salida</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="126" />
            <source>First departure minute (text HH:MM is accepted).</source>
            <translation>Primer minuto de salida (se acepta texto HH:MM).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="127" />
            <source>Departure time window (minutes; 1 = a single departure)</source>
            <translation>Ventana de salida (minutos; 1 = una sola salida)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="127" />
            <source>Trips are computed for every departure minute of the window and summarised by percentiles, as r5r does, so results do not depend on one arbitrary minute.</source>
            <translation>Los viajes se calculan para cada minuto de salida de la ventana y se resumen con percentiles, como hace r5r, para que los resultados no dependan de un minuto arbitrario.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="136" />
            <source>Maximum trip duration (minutes)</source>
            <translation>Duración máxima del viaje (minutos)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="142" />
            <source>Maximum walking time per leg (minutes)</source>
            <translation>Tiempo máximo de caminata por tramo (minutos)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="142" />
            <source>Limit of each walking leg: to the first stop, from the last stop, and of walk-only trips, as r5r's max_walk_time. r5r has no limit by default; 30 minutes keeps city-wide runs fast.</source>
            <translation>Límite de cada tramo a pie: hasta la primera parada, desde la última parada y de los viajes solo a pie, como max_walk_time de r5r. r5r no tiene límite por defecto; 30 minutos mantiene rápidos los cálculos de toda la ciudad.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="149" />
            <source>Maximum number of transfers</source>
            <translation>Número máximo de transbordos</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="149" />
            <source>Transfers between vehicles; n transfers means at most n + 1 rides (r5r's max_rides default of 3 rides is 2 transfers).</source>
            <translation>Transbordos entre vehículos; n transbordos significa como máximo n + 1 tramos en vehículo (el valor por defecto max_rides de r5r, 3 tramos, equivale a 2 transbordos).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="156" />
            <source>Maximum walking distance of a transfer (m)</source>
            <translation>Distancia máxima a pie de un transbordo (m)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="156" />
            <source>Stops closer than this on foot are linked for transfers (R5 uses 1 km); transfers.txt is honoured on top: minimum transfer times are applied and forbidden transfers removed.</source>
            <translation>Las paradas más cercanas que esto a pie se enlazan para transbordos (R5 usa 1 km); además se respeta transfers.txt: se aplican los tiempos mínimos de transbordo y se eliminan los transbordos prohibidos.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="210" />
            <source>Choose at least one GTFS zip file.</source>
            <translation>Elija al menos un archivo GTFS zip.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="213" />
            <source>GTFS file not found: {}</source>
            <translation>Archivo GTFS no encontrado: {}</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="230" />
            <source>Give the service date as YYYY-MM-DD, for example 2019-05-13.</source>
            <translation>Indique la fecha de servicio como AAAA-MM-DD, por ejemplo 2019-05-13.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="242" />
            <source>Give the departure time as HH:MM, for example 07:30.</source>
            <translation>Indique la hora de salida como HH:MM, por ejemplo 07:30.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="302" />
            <source>Reading {} GTFS feed(s)…</source>
            <translation>Leyendo {} feed(s) GTFS…</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="304" />
            <source>GTFS: {0} stops, {1} routes, {2} trips, {3} stop times.</source>
            <translation>GTFS: {0} paradas, {1} rutas, {2} viajes, {3} horarios de parada.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="325" />
            <source>Optional GTFS files absent (not needed): {}.</source>
            <translation>Archivos GTFS opcionales ausentes (no son necesarios): {}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="337" />
            <source>line {0}: {1}</source>
            <translation>línea {0}: {1}</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="341" />
            <source>{0}: {1} rows skipped ({2}).</source>
            <translation>{0}: {1} filas omitidas ({2}).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="344" />
            <source>{} stop times without a time were interpolated between timed stops.</source>
            <translation>{} horarios de parada sin hora se interpolaron entre paradas con hora.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="311" />
            <source>The GTFS feed(s) have no usable stop.</source>
            <translation>Los feeds GTFS no tienen ninguna parada utilizable.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="410" />
            <source>No service runs on {} (a holiday or a weekday without service?): only walking trips are computed.</source>
            <translation>No hay servicio el {} (¿un feriado o un día sin servicio?): solo se calculan viajes a pie.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="420" />
            <source>{0} trips in {1} patterns run between {2} and {3}.</source>
            <translation>{0} viajes en {1} patrones circulan entre las {2} y las {3}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="427" />
            <source>No vehicle departs between {0} and {1} on this date: only walking trips are computed. Check the departure time.</source>
            <translation>Ningún vehículo sale entre las {0} y las {1} en esta fecha: solo se calculan viajes a pie. Revise la hora de salida.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="68" />
            <source>more fields than the header</source>
            <translation>más campos que la cabecera</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="331" />
            <source>{} are not UTF-8 (as GTFS requires) and were read as Latin-1: check accented names.</source>
            <translation>{} no están en UTF-8 (como exige GTFS) y se leyeron como Latin-1: revise los nombres con acentos.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="168" />
            <source>GTFS feed (zip file)</source>
            <translation>Feed GTFS (archivo zip)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="171" />
            <source>Service date (YYYY-MM-DD; empty = a representative weekday of the feed)</source>
            <translation>Fecha de servicio (AAAA-MM-DD; vacío = un día laborable representativo del feed)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="291" />
            <source>No street network: walking legs are the straight-line distance × 1.3 at {} km/h.</source>
            <translation>Sin red vial: los tramos a pie son la distancia en línea recta × 1,3 a {} km/h.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="384" />
            <source>The feed has no calendar.txt or calendar_dates.txt: no service date can be chosen.</source>
            <translation>El feed no tiene calendar.txt ni calendar_dates.txt: no se puede elegir una fecha de servicio.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="391" />
            <source>Service date: {0} ({1}), the weekday with the most trips ({2}) in the first full week (Monday to Sunday) of the feed's calendar, holidays skipped. Give a date to choose another.</source>
            <translation>Fecha de servicio: {0} ({1}), el día laborable con más viajes ({2}) de la primera semana completa (de lunes a domingo) del calendario del feed, sin contar los feriados. Indique una fecha para elegir otra.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="396" />
            <source>Service date: {0} ({1}), the first weekday with service ({2} trips): the feed's calendar has no full week. Give a date to choose another.</source>
            <translation>Fecha de servicio: {0} ({1}), el primer día laborable con servicio ({2} viajes): el calendario del feed no tiene ninguna semana completa. Indique una fecha para elegir otra.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="367" />
            <source>Times must be written HH:MM, for example 07:00 and 09:00; got '{}'.</source>
            <translation>Las horas se escriben HH:MM, por ejemplo 07:00 y 09:00; se recibió '{}'.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="374" />
            <source>The time window must end after it starts: {0} to {1}.</source>
            <translation>La ventana de tiempo debe terminar después de empezar: {0} a {1}.</translation>
        </message>
    </context>
    <context>
        <name>ConectaVocabulary</name>
        <message>
            <location filename="../processing/bridge/vocabulary.py" line="17" />
            <source>Walking</source>
            <translation>A pie</translation>
        </message>
        <message>
            <location filename="../processing/bridge/vocabulary.py" line="18" />
            <source>Cycling</source>
            <translation>En bicicleta</translation>
        </message>
        <message>
            <location filename="../processing/bridge/vocabulary.py" line="19" />
            <source>Car</source>
            <translation>En automóvil</translation>
        </message>
        <message>
            <location filename="../processing/bridge/vocabulary.py" line="20" />
            <source>Public transport</source>
            <translation>Transporte público</translation>
        </message>
    </context>
    <context>
        <name>ConectaZonal</name>
        <message>
            <location filename="../processing/bridge/raster.py" line="91" />
            <source>The raster layer {0} is not a file (provider {1}): save it as a GeoTIFF first (Raster ▸ Conversion ▸ Translate).</source>
            <translation>La capa ráster {0} no es un archivo (proveedor {1}): guárdela primero como GeoTIFF (Ráster ▸ Conversión ▸ Traducir).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/raster.py" line="106" />
            <source>The raster {} has no coordinate reference system (CRS): set one in its properties first.</source>
            <translation>El ráster {} no tiene sistema de referencia de coordenadas (SRC): asígnele uno en sus propiedades primero.</translation>
        </message>
    </context>
    <context>
        <name>DesireLines</name>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="125" />
            <source>Desire lines</source>
            <translation>Líneas de deseo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="68" />
            <source>Minimum number of trips of a line</source>
            <translation>Número mínimo de viajes de una línea</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="69" />
            <source>Keep only the N largest flows (0 = all)</source>
            <translation>Conservar solo los N flujos mayores (0 = todos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="72" />
            <source>Add up both directions (A→B + B→A) in one line</source>
            <translation>Sumar ambos sentidos (A→B + B→A) en una sola línea</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="85" />
            <source>Number of lines</source>
            <translation>Número de líneas</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="86" />
            <source>Trips on the lines</source>
            <translation>Viajes en las líneas</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="132" />
            <source>The zones layer has no features with a geometry and an id.</source>
            <translation>La capa de zonas no tiene entidades con geometría e identificador.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="136" />
            <source>{0} zones without geometry and {1} without an id were left out.</source>
            <translation>Se omitieron {0} zonas sin geometría y {1} sin identificador.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="142" />
            <source>Zone ids must be unique, but field {0} repeats: {1}.</source>
            <translation>Los identificadores de zona deben ser únicos, pero el campo {0} repite: {1}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="152" />
            <source>{0} OD rows ({1:,.1f} trips) refer to ids that are not in the zones layer: {2}.</source>
            <translation>{0} filas OD ({1:,.1f} viajes) se refieren a identificadores que no están en la capa de zonas: {2}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="90" />
            <source>No OD row matches the zone ids: check the zone id field and the id fields of the OD table.</source>
            <translation>Ninguna fila OD coincide con los identificadores de zona: revise el campo identificador de zona y los campos identificadores de la tabla OD.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="158" />
            <source>{0} OD rows within a zone ({1:,.1f} trips) are not drawn.</source>
            <translation>No se dibujan {0} filas OD dentro de una zona ({1:,.1f} viajes).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="163" />
            <source>{0} of {1} lines kept, with {2:,.1f} of {3:,.1f} trips between different zones.</source>
            <translation>Se conservan {0} de {1} líneas, con {2:,.1f} de {3:,.1f} viajes entre zonas distintas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="77" />
            <source>Street network (optional: lines along the fastest route)</source>
            <translation>Red vial (opcional: líneas a lo largo de la ruta más rápida)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="83" />
            <source>Mode on the network</source>
            <translation>Modo en la red</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="183" />
            <source>{} pairs have no route on the network (zones too far from it or not connected): drawn straight.</source>
            <translation>{} pares no tienen ruta en la red (zonas demasiado lejos de ella o no conectadas): se dibujan rectos.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="53" />
            <source>Draws the trips of an OD table as desire lines: one straight line from the origin zone to the destination zone (from a point inside each polygon, or the point itself) with the number of trips, styled with a width proportional to the trips. Trips within a zone are left out. A pair that appears twice in the OD table is refused.

Keep the map readable with a minimum number of trips and/or the N largest flows; the symmetric option adds up both directions (A→B and B→A) in one line.

The lines are drawn in the coordinate reference system of the zones layer. With a street network, each line follows the fastest route on it for the chosen mode instead (drawn in the network's projected CRS); pairs with no route are drawn straight and counted in the log.</source>
            <translation>Dibuja los viajes de una tabla OD como líneas de deseo: una línea recta de la zona de origen a la de destino (desde un punto dentro de cada polígono, o el propio punto) con el número de viajes, con un estilo de grosor proporcional a los viajes. Los viajes dentro de una zona se omiten. Un par que aparece dos veces en la tabla OD se rechaza.

Mantenga el mapa legible con un número mínimo de viajes y/o los N flujos mayores; la opción simétrica suma ambos sentidos (A→B y B→A) en una sola línea.

Las líneas se dibujan en el sistema de referencia de coordenadas (SRC) de la capa de zonas. Con una red vial, cada línea sigue en cambio la ruta más rápida sobre ella para el modo elegido (dibujada en el SRC proyectado de la red); los pares sin ruta se dibujan rectos y se cuentan en el registro.</translation>
        </message>
    </context>
    <context>
        <name>EbusEnergy</name>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="64" />
            <source>E-bus energy and charging from GTFS</source>
            <translation>Energía y carga de autobuses eléctricos desde GTFS</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="67" />
            <source>The daily energy and charging needs of running a GTFS day's buses with battery-electric buses.

Vehicle blocks (the trips one bus runs in a day) come from the feed's block_id, or are inferred when absent, as in most Latin American feeds: each route's trips are chained first in, first out at their terminals when arrival + minimum layover ≤ next departure (terminal stops of a route within 500 m are one terminal). The number of blocks is the fleet the timetable needs.

Energy of a block = Σ km × kWh/km (by bus size and the block's speed class: slow below 15 km/h, medium to 22, fast above) + HVAC power at the ambient temperature × hours in service. Defaults: 12 m bus 1.1-1.3 kWh/km, articulated 1.2 (Mexico City Metrobús, ICCT/ZEBRA); the HVAC curve by °C and its sources are in resources/presets.

A block is feasible when its energy ≤ battery × (usable share − reserve share); otherwise it needs opportunity charging at the terminal where it waits longest, spread over its layovers there; a block that would need more than the terminal charger's power is flagged. Depot chargers = ceil(depot energy / (charger power × efficiency × overnight hours)), with managed charging (an even load over the night). Terminal chargers: one per bus charging at the same moment. Outputs: tables per block, route and terminal, the hourly charging load (kW from the grid) per depot and terminal, and its chart.</source>
            <translation>Las necesidades diarias de energía y de carga para operar con autobuses eléctricos de batería los autobuses de un día GTFS.

Los bloques de vehículo (los viajes que un autobús hace en un día) vienen del block_id del feed o se infieren cuando falta, como en la mayoría de los feeds latinoamericanos: los viajes de cada ruta se encadenan en orden de llegada (primero en llegar, primero en salir) en sus terminales cuando llegada + espera mínima ≤ salida siguiente (las paradas terminales de una ruta a menos de 500 m son una sola terminal). El número de bloques es la flota que necesita el horario.

Energía de un bloque = Σ km × kWh/km (según el tamaño del autobús y la clase de velocidad del bloque: lenta por debajo de 15 km/h, media hasta 22, rápida por encima) + potencia de climatización a la temperatura ambiente × horas en servicio. Valores por defecto: autobús de 12 m 1,1-1,3 kWh/km, articulado 1,2 (Metrobús de Ciudad de México, ICCT/ZEBRA); la curva de climatización por °C y sus fuentes están en resources/presets.

Un bloque es factible cuando su energía ≤ batería × (proporción utilizable − proporción de reserva); si no, necesita carga de oportunidad en la terminal donde más espera, repartida en sus esperas allí; se señala el bloque que necesitaría más que la potencia del cargador de terminal. Cargadores de depósito = techo(energía de depósito / (potencia del cargador × eficiencia × horas nocturnas)), con carga gestionada (una carga pareja durante la noche). Cargadores de terminal: uno por cada autobús que carga en el mismo momento. Salidas: tablas por bloque, ruta y terminal, la carga horaria (kW de la red) por depósito y terminal, y su gráfico.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="88" />
            <source>Minimum layover at terminals (minutes)</source>
            <translation>Espera mínima en las terminales (minutos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="88" />
            <source>A bus can take the next departure from its terminal this long after arriving.</source>
            <translation>Un autobús puede tomar la salida siguiente de su terminal este tiempo después de llegar.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="92" />
            <source>Use the feed's block_id when present</source>
            <translation>Usar el block_id del feed cuando exista</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="96" />
            <source>Bus size</source>
            <translation>Tamaño del autobús</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="97" />
            <source>Fleet (optional: each route's size from its largest share)</source>
            <translation>Flota (opcional: el tamaño de cada ruta según su mayor participación)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="97" />
            <source>The FLEET table of 'Bus emissions from GTFS'; routes it does not cover take the bus size.</source>
            <translation>La tabla FLEET de 'Emisiones de autobuses desde GTFS'; las rutas que no cubre toman el tamaño del autobús.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="101" />
            <source>Ambient temperature (°C)</source>
            <translation>Temperatura ambiente (°C)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="103" />
            <source>Battery capacity (kWh)</source>
            <translation>Capacidad de la batería (kWh)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="104" />
            <source>Usable share of the battery</source>
            <translation>Proporción utilizable de la batería</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="105" />
            <source>Reserve share kept at the end of the day</source>
            <translation>Proporción de reserva al final del día</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="106" />
            <source>Depot charger power (kW)</source>
            <translation>Potencia del cargador de depósito (kW)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="107" />
            <source>Terminal (opportunity) charger power (kW)</source>
            <translation>Potencia del cargador de terminal (de oportunidad) (kW)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="108" />
            <source>Charging efficiency (grid to battery)</source>
            <translation>Eficiencia de carga (de la red a la batería)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="109" />
            <source>Overnight charging window (hours)</source>
            <translation>Ventana de carga nocturna (horas)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="113" />
            <source>Overnight charging starts at (HH:MM)</source>
            <translation>La carga nocturna empieza a las (HH:MM)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="116" />
            <source>E-bus energy by block</source>
            <translation>Energía de autobuses eléctricos por bloque</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="116" />
            <source>E-bus energy by route</source>
            <translation>Energía de autobuses eléctricos por ruta</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="116" />
            <source>Opportunity charging by terminal</source>
            <translation>Carga de oportunidad por terminal</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="116" />
            <source>Charging load by hour (kW)</source>
            <translation>Carga de recarga por hora (kW)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="123" />
            <source>Charging load chart</source>
            <translation>Gráfico de la carga de recarga</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="123" />
            <source>PNG files (*.png)</source>
            <translation>Archivos PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="128" />
            <source>Buses needed (blocks)</source>
            <translation>Autobuses necesarios (bloques)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="128" />
            <source>Energy per day (kWh)</source>
            <translation>Energía por día (kWh)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="128" />
            <source>Depot chargers</source>
            <translation>Cargadores de depósito</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="128" />
            <source>Blocks needing opportunity charging</source>
            <translation>Bloques que necesitan carga de oportunidad</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="172" />
            <source>Charging load of the e-buses by hour</source>
            <translation>Carga de recarga de los autobuses eléctricos por hora</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="173" />
            <source>Hour of the service day</source>
            <translation>Hora del día de servicio</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="174" />
            <source>Power drawn from the grid (kW, hourly mean)</source>
            <translation>Potencia tomada de la red (kW, media horaria)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="175" />
            <source>Depot</source>
            <translation>Depósito</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="176" />
            <source>Other terminals</source>
            <translation>Otras terminales</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="193" />
            <source>Give the start of overnight charging as HH:MM, for example 23:00; got '{}'.</source>
            <translation>Indique el inicio de la carga nocturna como HH:MM, por ejemplo 23:00; se recibió '{}'.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="221" />
            <source>{0} routes are not in FLEET: their buses are of size {1}.</source>
            <translation>{0} rutas no están en FLEET: sus autobuses son de tamaño {1}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="242" />
            <source>{0} vehicle blocks, the buses the timetable needs: {1} from the feed's block_id, {2} inferred by chaining each route's trips at its terminals with a minimum layover of {3:g} min.</source>
            <translation>{0} bloques de vehículo, los autobuses que necesita el horario: {1} del block_id del feed, {2} inferidos encadenando los viajes de cada ruta en sus terminales con una espera mínima de {3:g} min.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="249" />
            <source>Energy: {0:,.0f} kWh a day for {1:,.0f} km ({2:.2f} kWh/km with the HVAC; HVAC of a 12 m bus {3:g} kW at this temperature).</source>
            <translation>Energía: {0:,.0f} kWh por día para {1:,.0f} km ({2:.2f} kWh/km con la climatización; climatización de un autobús de 12 m {3:g} kW a esta temperatura).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="259" />
            <source>{0} blocks need more than the {1:,.0f} kWh the battery can give: they need opportunity charging at a terminal (e.g. {2}).</source>
            <translation>{0} bloques necesitan más que los {1:,.0f} kWh que puede dar la batería: necesitan carga de oportunidad en una terminal (p. ej. {2}).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="268" />
            <source>{0} blocks would need more than the terminal charger's {1:g} kW, or have no layover to charge in (e.g. {2}): they need a larger battery, a faster charger or another block plan.</source>
            <translation>{0} bloques necesitarían más que los {1:g} kW del cargador de terminal, o no tienen esperas en las que cargar (p. ej. {2}): necesitan una batería mayor, un cargador más rápido u otra programación de bloques.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="278" />
            <source>Depot: {0:,.0f} kWh overnight, {1} chargers of {2:g} kW ({3:g} h from {4}).</source>
            <translation>Depósito: {0:,.0f} kWh durante la noche, {1} cargadores de {2:g} kW ({3:g} h desde las {4}).</translation>
        </message>
    </context>
    <context>
        <name>EmissionsInputs</name>
        <message>
            <location filename="../processing/report/emissions.py" line="63" />
            <source>Bus emissions by zone or by segment (of 'Bus emissions from GTFS')</source>
            <translation>Emisiones de autobuses por zona o por tramo (de 'Emisiones de autobuses desde GTFS')</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="63" />
            <source>With any of the three emissions inputs the report gets an emissions section: a map of where the buses emit (CO2 per km² of each zone, or along the streets), the routes that emit most, the 2030 scenario's chart and the method notes.</source>
            <translation>Con cualquiera de las tres entradas de emisiones el informe incluye una sección de emisiones: un mapa de dónde emiten los autobuses (CO2 por km² de cada zona, o a lo largo de las calles), las rutas que más emiten, el gráfico del escenario 2030 y las notas de método.</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="72" />
            <source>Bus emissions by route (table of 'Bus emissions from GTFS')</source>
            <translation>Emisiones de autobuses por ruta (tabla de 'Emisiones de autobuses desde GTFS')</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="76" />
            <source>CO2 scenario by mode and year (table of 'CO2 scenarios to 2030')</source>
            <translation>Escenario de CO2 por modo y año (tabla de 'Escenarios de CO2 a 2030')</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="139" />
            <source>{0} has no field {1}: give the zones or segments written by 'Bus emissions from GTFS'.</source>
            <translation>{0} no tiene el campo {1}: use las zonas o los tramos que escribe 'Emisiones de autobuses desde GTFS'.</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="154" />
            <source>The table {0} has no field {1}.</source>
            <translation>La tabla {0} no tiene el campo {1}.</translation>
        </message>
    </context>
    <context>
        <name>EmissionsSection</name>
        <message>
            <location filename="../processing/report/emissions.py" line="185" />
            <source>Walking</source>
            <translation>A pie</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="186" />
            <source>Cycling</source>
            <translation>En bicicleta</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="187" />
            <source>Car</source>
            <translation>En automóvil</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="188" />
            <source>Motorcycle</source>
            <translation>Motocicleta</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="189" />
            <source>Bus</source>
            <translation>Autobús</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="190" />
            <source>BRT</source>
            <translation>BRT</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="191" />
            <source>Metro</source>
            <translation>Metro</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="200" />
            <source>Bus-km a day</source>
            <translation>Km de autobús por día</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="201" />
            <source>Fossil CO2, tank-to-wheel (t a day)</source>
            <translation>CO2 fósil, del tanque a la rueda (t por día)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="202" />
            <source>NOx (kg a day)</source>
            <translation>NOx (kg por día)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="203" />
            <source>PM10 (kg a day)</source>
            <translation>PM10 (kg por día)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="206" />
            <source>Electricity of electric buses (kWh a day)</source>
            <translation>Electricidad de los autobuses eléctricos (kWh por día)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="211" />
            <source>CO2 of that electricity (t a day)</source>
            <translation>CO2 de esa electricidad (t por día)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="235" />
            <source>Other routes ({})</source>
            <translation>Otras rutas ({})</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="236" />
            <source>All routes</source>
            <translation>Todas las rutas</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="238" />
            <source>Route</source>
            <translation>Ruta</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="239" />
            <source>Bus-km</source>
            <translation>Km de autobús</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="240" />
            <source>CO2 (t)</source>
            <translation>CO2 (t)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="241" />
            <source>NOx (kg)</source>
            <translation>NOx (kg)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="242" />
            <source>PM10 (kg)</source>
            <translation>PM10 (kg)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="243" />
            <source>Electricity (kWh)</source>
            <translation>Electricidad (kWh)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="245" />
            <source>Bus emissions of a day by route (the routes that emit most)</source>
            <translation>Emisiones de autobuses de un día por ruta (las rutas que más emiten)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="265" />
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="266" />
            <source>Scenario (t CO2)</source>
            <translation>Escenario (t CO2)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="267" />
            <source>Business as usual (t CO2)</source>
            <translation>Tendencial (t CO2)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="268" />
            <source>Change (t CO2)</source>
            <translation>Cambio (t CO2)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="270" />
            <source>CO2 of passenger transport, well-to-wheel</source>
            <translation>CO2 del transporte de pasajeros, del pozo a la rueda</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="277" />
            <source>Bus emissions: Conecta reads the city's GTFS feed for one service day, measures every stop-to-stop segment along the route shapes and its scheduled speed, and multiplies the km by the emission factors of the fleet's vehicle classes (CETESB g/km by model year, or the EMEP/EEA 2019 speed curves, or CETESB scaled by the EMEP/EEA curves as IPEA's gtfs2emis does). CO2 is fossil tank-to-wheel CO2; the biogenic CO2 of biodiesel and the CO2 of the electricity of electric buses (well-to-wheel) are reported apart.</source>
            <translation>Emisiones de autobuses: Conecta lee el feed GTFS de la ciudad para un día de servicio, mide cada tramo entre paradas a lo largo de los trazados de las rutas y su velocidad programada, y multiplica los km por los factores de emisión de las clases de vehículos de la flota (CETESB en g/km por año de fabricación, o las curvas de velocidad EMEP/EEA 2019, o CETESB escalado por las curvas EMEP/EEA como hace gtfs2emis del IPEA). El CO2 es CO2 fósil del tanque a la rueda; el CO2 biogénico del biodiésel y el CO2 de la electricidad de los autobuses eléctricos (del pozo a la rueda) se informan aparte.</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="287" />
            <source>The map shows the bus emissions of layer {} (CO2 per km² of each zone, or kg along each street piece).</source>
            <translation>El mapa muestra las emisiones de autobuses de la capa {} (CO2 por km² de cada zona, o kg a lo largo de cada tramo de calle).</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="293" />
            <source>Scenario: passenger-km, energy and CO2 by mode for the base and target years with the Avoid-Shift-Improve-Fuel levers given, against business as usual (the base year's values, population changing), as the ASIF framework of Schipper et al. (2000) sets out.</source>
            <translation>Escenario: pasajeros-km, energía y CO2 por modo para el año base y los años meta con las palancas Evitar-Cambiar-Mejorar-Combustible indicadas, frente al escenario tendencial (los valores del año base, con la población cambiando), como plantea el marco ASIF de Schipper et al. (2000).</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="310" />
            <source>Bus CO2 (kg a day per km²)</source>
            <translation>CO2 de autobuses (kg por día por km²)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="310" />
            <source>Bus CO2 (kg a day)</source>
            <translation>CO2 de autobuses (kg por día)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="313" />
            <source>Map: where the buses emit CO2</source>
            <translation>Mapa: dónde emiten CO2 los autobuses</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="314" />
            <source>Bus emissions: key figures</source>
            <translation>Emisiones de autobuses: cifras clave</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="319" />
            <source>CO2 of passenger transport by mode (well-to-wheel)</source>
            <translation>CO2 del transporte de pasajeros por modo (del pozo a la rueda)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="320" />
            <source>t CO2 (well-to-wheel)</source>
            <translation>t CO2 (del pozo a la rueda)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="321" />
            <source>Business as usual (total)</source>
            <translation>Tendencial (total)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="325" />
            <source>2030 scenario: CO2 by mode and year</source>
            <translation>Escenario 2030: CO2 por modo y año</translation>
        </message>
    </context>
    <context>
        <name>EnergyPage</name>
        <message>
            <location filename="../ui/energy_page.py" line="45" />
            <source>Energy and emissions (buses, from GTFS)</source>
            <translation>Energía y emisiones (autobuses, desde GTFS)</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="46" />
            <source>Bus activity, emissions and e-bus energy of a GTFS day</source>
            <translation>Actividad, emisiones y energía eléctrica de los autobuses de un día GTFS</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="50" />
            <source>GTFS zip files (*.zip)</source>
            <translation>Archivos zip GTFS (*.zip)</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="51" />
            <source>GTFS feeds</source>
            <translation>Feeds GTFS</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="53" />
            <source>Service date</source>
            <translation>Fecha de servicio</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="54" />
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="54" />
            <source>route_id, size, fuel, euro or model_year, share; empty: 12 m diesel Euro V buses.</source>
            <translation>route_id, size, fuel, euro o model_year, share; vacío: autobuses diésel Euro V de 12 m.</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="60" />
            <source>Fleet table (optional)</source>
            <translation>Tabla de la flota (opcional)</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="62" />
            <source>CETESB (Brazil)</source>
            <translation>CETESB (Brasil)</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="62" />
            <source>EMEP/EEA 2019 (speed curves)</source>
            <translation>EMEP/EEA 2019 (curvas de velocidad)</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="62" />
            <source>Scaled (gtfs2emis)</source>
            <translation>Escalado (gtfs2emis)</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="70" />
            <source>Emission factors</source>
            <translation>Factores de emisión</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="72" />
            <source>Brazil, or 0.0385</source>
            <translation>Brazil, o 0.0385</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="73" />
            <source>Grid emission factor for electric buses: a country or kg CO2/kWh.</source>
            <translation>Factor de emisión de la red eléctrica para los autobuses eléctricos: un país o kg CO2/kWh.</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="76" />
            <source>Grid factor</source>
            <translation>Factor de la red eléctrica</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="129" />
            <source>Energy and emissions: choose the GTFS zip file(s).</source>
            <translation>Energía y emisiones: elija el o los archivos zip GTFS.</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="132" />
            <source>Energy and emissions: GTFS file not found: {}.</source>
            <translation>Energía y emisiones: no se encontró el archivo GTFS: {}.</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="136" />
            <source>Energy and emissions: give the service date as YYYY-MM-DD, e.g. 2019-05-13.</source>
            <translation>Energía y emisiones: indique la fecha de servicio como AAAA-MM-DD, p. ej. 2019-05-13.</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="140" />
            <source>Energy and emissions: the fleet table {} does not exist.</source>
            <translation>Energía y emisiones: la tabla de la flota {} no existe.</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="148" />
            <source>No fleet table: every bus is taken as a 12 m diesel Euro V bus.</source>
            <translation>Sin tabla de la flota: cada autobús se toma como un autobús diésel Euro V de 12 m.</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="159" />
            <source>Bus activity from GTFS</source>
            <translation>Actividad de autobuses desde GTFS</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="159" />
            <source>Bus segments (speed)</source>
            <translation>Tramos de autobuses (velocidad)</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="185" />
            <source>Bus emissions from GTFS</source>
            <translation>Emisiones de autobuses desde GTFS</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="185" />
            <source>Bus CO2 by zone</source>
            <translation>CO2 de autobuses por zona</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="185" />
            <source>Bus CO2 along the streets</source>
            <translation>CO2 de los autobuses a lo largo de las calles</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="202" />
            <source>E-bus energy and charging</source>
            <translation>Energía y carga de autobuses eléctricos</translation>
        </message>
    </context>
    <context>
        <name>FareReportText</name>
        <message>
            <location filename="../processing/report/fares.py" line="92" />
            <source>{0}, fare at most {1}</source>
            <translation>{0}, tarifa de hasta {1}</translation>
        </message>
        <message>
            <location filename="../processing/report/fares.py" line="111" />
            <source>Income decile (1 = poorest)</source>
            <translation>Decil de ingreso (1 = más pobre)</translation>
        </message>
        <message>
            <location filename="../processing/report/fares.py" line="112" />
            <source>Population</source>
            <translation>Población</translation>
        </message>
        <message>
            <location filename="../processing/report/fares.py" line="113" />
            <source>Monthly cost of commuting</source>
            <translation>Costo mensual de los desplazamientos</translation>
        </message>
        <message>
            <location filename="../processing/report/fares.py" line="114" />
            <source>Share of income (mean)</source>
            <translation>Proporción del ingreso (media)</translation>
        </message>
        <message>
            <location filename="../processing/report/fares.py" line="115" />
            <source>Population above the threshold</source>
            <translation>Población por encima del umbral</translation>
        </message>
        <message>
            <location filename="../processing/report/fares.py" line="117" />
            <source>Affordability of public transport by income decile</source>
            <translation>Asequibilidad del transporte público por decil de ingreso</translation>
        </message>
        <message>
            <location filename="../processing/report/fares.py" line="125" />
            <source>Affordability of public transport (table {}): the monthly cost of commuting (the fare of reaching the zone's opportunities within the travel time × the trips per month) as a share of income, by population-weighted income decile, and the share of the population above the threshold (see conecta:affordability).</source>
            <translation>Asequibilidad del transporte público (tabla {}): el costo mensual de los desplazamientos (la tarifa para alcanzar las oportunidades de la zona dentro del tiempo de viaje × los viajes por mes) como proporción del ingreso, por decil de ingreso ponderado por población, y la proporción de la población por encima del umbral (véase conecta:affordability).</translation>
        </message>
    </context>
    <context>
        <name>FleetFromGtfs</name>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="47" />
            <source>Bus fleet from GTFS</source>
            <translation>Flota de buses desde GTFS</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="50" />
            <source>How many buses a GTFS timetable needs, per route and for the city, by three estimators side by side, for each layover (minimum time at a terminal) given:
- Blocks: distinct block_id of the route's trips (NULL when the feed has none).
- Cycle time / headway: N = ceil((T_AB + T_BA + 2 × layover) / h), T the mean trip time of each direction and h the mean headway (the window's length / mean departures per direction, as gtfstools' get_route_frequency; over the whole day, the mean interval between departures). A route with one direction is a loop when its trips end where they start (cycle = T + layover); otherwise its return is assumed to take as long (warned).
- Trip chaining: each route's trips chained first in, first out at the terminals: a bus arriving at a terminal takes a later departure from it when arrival + layover ≤ departure. Terminal stops of the same station, or closer than the terminal radius, are one terminal. Buses never run empty between terminals or routes.
The lower bound is the largest number of trips in service at the same moment: no estimator can need fewer buses. Fleet with spares = ceil(chaining × (1 + spare ratio)).

Outputs: the route table (one row per route and layover: route_id, layover_min, fleet_blocks, fleet_cycle, fleet_chaining, concurrent_max, vehicle_km, vehicle_hours, fleet_with_spares), the city totals (blocks counted once, the lower bound over the whole city) and a chart of vehicles in service per hour. Trips belong to the window when they leave in it; vehicle_km and vehicle_hours are in service (revenue) km and hours along the shapes.</source>
            <translation>Cuántos buses necesita un horario GTFS, por línea y para la ciudad, con tres estimadores lado a lado, para cada tiempo de espera en terminal (tiempo mínimo en un terminal) indicado:
- Bloques: block_id distintos de los viajes de la línea (NULL cuando el feed no los tiene).
- Tiempo de ciclo / intervalo: N = ceil((T_AB + T_BA + 2 × espera) / h), T el tiempo medio de viaje de cada sentido y h el intervalo medio (la duración de la ventana / salidas medias por sentido, como get_route_frequency de gtfstools; en el día completo, el intervalo medio entre salidas). Una línea con un solo sentido es circular cuando sus viajes terminan donde empiezan (ciclo = T + espera); si no, se supone un regreso igual de largo (con aviso).
- Encadenamiento de viajes: los viajes de cada línea se encadenan en orden de llegada en los terminales: un bus que llega a un terminal toma una salida posterior desde él cuando llegada + espera ≤ salida. Las paradas terminales de una misma estación, o más cercanas que el radio de terminal, son un solo terminal. Los buses nunca circulan vacíos entre terminales ni entre líneas.
La cota inferior es el mayor número de viajes en servicio al mismo tiempo: ningún estimador puede necesitar menos buses. Flota con reserva = ceil(encadenamiento × (1 + proporción de reserva)).

Salidas: la tabla por línea (una fila por línea y tiempo de espera: route_id, layover_min, fleet_blocks, fleet_cycle, fleet_chaining, concurrent_max, vehicle_km, vehicle_hours, fleet_with_spares), los totales de la ciudad (bloques contados una vez, la cota inferior sobre toda la ciudad) y un gráfico de vehículos en servicio por hora. Un viaje pertenece a la ventana cuando sale en ella; vehicle_km y vehicle_hours son km y horas en servicio (comerciales) a lo largo de los trazados.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="74" />
            <source>Window start (HH:MM; empty = start of the service day)</source>
            <translation>Inicio de la ventana (HH:MM; vacío = inicio del día de servicio)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="77" />
            <source>Window end (HH:MM; empty = end of the service day)</source>
            <translation>Fin de la ventana (HH:MM; vacío = fin del día de servicio)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="80" />
            <source>Layovers (minutes, comma-separated)</source>
            <translation>Tiempos de espera en terminal (minutos, separados por comas)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="80" />
            <source>Minimum time a bus stays at a terminal before its next trip; several values give the fleet's sensitivity to it. 0 is a lower bound: buses need time to turn and drivers a break.</source>
            <translation>Tiempo mínimo que un bus permanece en un terminal antes de su próximo viaje; varios valores dan la sensibilidad de la flota a él. 0 es una cota inferior: los buses necesitan tiempo para dar la vuelta y los conductores un descanso.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="87" />
            <source>Spare ratio (%)</source>
            <translation>Proporción de reserva (%)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="87" />
            <source>Reserve buses on top of the operated fleet (chaining estimate).</source>
            <translation>Buses de reserva además de la flota operada (estimación por encadenamiento).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="98" />
            <source>Terminal radius (m)</source>
            <translation>Radio de terminal (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="98" />
            <source>Terminal stops of a route closer than this are one terminal (a layover area often has one stop per direction).</source>
            <translation>Las paradas terminales de una línea más cercanas que esto son un solo terminal (un área de regulación suele tener una parada por sentido).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="105" />
            <source>Fleet per route and layover</source>
            <translation>Flota por línea y tiempo de espera</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="106" />
            <source>City fleet totals</source>
            <translation>Totales de la flota de la ciudad</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="107" />
            <source>Vehicles in service per hour (chart)</source>
            <translation>Vehículos en servicio por hora (gráfico)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="107" />
            <source>PNG files (*.png)</source>
            <translation>Archivos PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="127" />
            <source>No service runs on {}: choose another date (a weekday, not a holiday).</source>
            <translation>No hay servicio el {}: elija otra fecha (un día laborable, no un feriado).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="166" />
            <source>None of the routes {0} runs on {1}: check their route_id.</source>
            <translation>Ninguna de las líneas {0} circula el {1}: revise sus route_id.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="176" />
            <source>Routes without trips on {0}: {1}.</source>
            <translation>Líneas sin viajes el {0}: {1}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="180" />
            <source>between {0} and {1}</source>
            <translation>entre {0} y {1}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="182" />
            <source>No trip departs {0} on {1}: choose another window or date.</source>
            <translation>Ningún viaje sale {0} el {1}: elija otra ventana u otra fecha.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="185" />
            <source>{0} trips on {1} {2}.</source>
            <translation>{0} viajes el {1} {2}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="186" />
            <source>{0} trips end before they start (e.g. {1}): they were left out; fix their stop times.</source>
            <translation>{0} viajes terminan antes de empezar (p. ej. {1}): se dejaron fuera; corrija sus horarios en stop_times.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="192" />
            <source>{0} trips have no usable shape (e.g. {1}): their km are straight lines between stops × 1.3.</source>
            <translation>{0} viajes no tienen un trazado utilizable (p. ej. {1}): sus km son líneas rectas entre paradas × 1,3.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="205" />
            <source>A layover of 0 min lets a bus leave the moment it arrives: a lower bound, buses need time to turn and drivers a break.</source>
            <translation>Una espera en terminal de 0 min deja que un bus salga en cuanto llega: una cota inferior, los buses necesitan tiempo para dar la vuelta y los conductores un descanso.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="211" />
            <source>{0} routes run in one direction only and do not end where they start (e.g. {1}): their cycle time assumes a return as long as the trip.</source>
            <translation>{0} líneas circulan en un solo sentido y no terminan donde empiezan (p. ej. {1}): su tiempo de ciclo supone un regreso tan largo como el viaje.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="220" />
            <source>{0} loop routes (trips end where they start, e.g. {1}): cycle = trip time + layover.</source>
            <translation>{0} líneas circulares (los viajes terminan donde empiezan, p. ej. {1}): ciclo = tiempo de viaje + espera.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="229" />
            <source>{0} routes have more trips running at once than their cycle estimate (e.g. {1}): their headways are irregular in the window; the chaining estimate follows the timetable.</source>
            <translation>{0} líneas tienen más viajes en curso a la vez que su estimación por ciclo (p. ej. {1}): sus intervalos son irregulares en la ventana; la estimación por encadenamiento sigue el horario.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="239" />
            <source>{} routes have block_id in the feed.</source>
            <translation>{} líneas tienen block_id en el feed.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="243" />
            <source>Layover {0} min: {1} buses by trip chaining ({2} with spares), {3} by cycle time, {4} by block_id; at most {5} trips run at once.</source>
            <translation>Espera en terminal {0} min: {1} buses por encadenamiento de viajes ({2} con reserva), {3} por tiempo de ciclo, {4} por block_id; como máximo {5} viajes en curso a la vez.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="263" />
            <source>Buses in service, layover {} min</source>
            <translation>Buses en servicio, espera {} min</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="267" />
            <source>Vehicles in service per hour (trip chaining)</source>
            <translation>Vehículos en servicio por hora (encadenamiento de viajes)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="268" />
            <source>Hour of the service day</source>
            <translation>Hora del día de servicio</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="269" />
            <source>Vehicles</source>
            <translation>Vehículos</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="270" />
            <source>Trips in service at once (lower bound)</source>
            <translation>Viajes en servicio a la vez (cota inferior)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="91" />
            <source>Routes (route ids, comma-separated; empty = every bus route)</source>
            <translation>Rutas (ids de ruta separados por comas; vacío = todas las rutas de autobús)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="91" />
            <source>Empty: every bus and trolleybus route (rail and metro routes are left out and counted). Routes named here are counted whatever their mode, e.g. a rail line's trainsets.</source>
            <translation>Vacío: todas las rutas de autobús y trolebús (las rutas de tren y metro se dejan fuera y se cuentan). Las rutas nombradas aquí se cuentan sea cual sea su modo, p. ej. los trenes de una línea ferroviaria.</translation>
        </message>
    </context>
    <context>
        <name>FleetPage</name>
        <message>
            <location filename="../ui/fleet_page.py" line="194" />
            <source>Fleet and industry</source>
            <translation>Flota e industria</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="195" />
            <source>Bus fleet from a GTFS feed, its renewal to the target year and its cost of ownership</source>
            <translation>Flota de buses desde un feed GTFS, su renovación hasta el año meta y su costo de propiedad</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="201" />
            <source>GTFS feeds (*.zip)</source>
            <translation>Feeds GTFS (*.zip)</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="203" />
            <source>GTFS feed</source>
            <translation>Feed GTFS</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="205" />
            <source>YYYY-MM-DD (empty: a weekday)</source>
            <translation>AAAA-MM-DD (vacío: un día laborable)</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="206" />
            <source>Service date</source>
            <translation>Fecha de servicio</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="209" />
            <source>HH:MM (empty: whole day)</source>
            <translation>HH:MM (vacío: todo el día)</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="210" />
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="211" />
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="213" />
            <source>Minimum minutes a bus waits at a terminal; several for sensitivity.</source>
            <translation>Minutos mínimos que un bus espera en un terminal; varios para ver la sensibilidad.</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="216" />
            <source>Layovers (minutes)</source>
            <translation>Esperas en terminal (minutos)</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="219" />
            <source>Purchase policy</source>
            <translation>Política de compras</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="222" />
            <source>Local content</source>
            <translation>Contenido local</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="227" />
            <source>Base year</source>
            <translation>Año base</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="228" />
            <source>Target year</source>
            <translation>Año meta</translation>
        </message>
    </context>
    <context>
        <name>FleetRenewal</name>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="66" />
            <source>Bus fleet renewal and local industry</source>
            <translation>Renovación de la flota de buses e industria local</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="69" />
            <source>The buses a city must buy each year to a target year, of which technology, and how much of that purchase could be built in the region.

The fleet: a fleet age table (size, technology, model_year, count), or the fleet of 'Bus fleet from GTFS' (its totals or route table: fleet with spares at the layover chosen, the largest by default) with an assumed age mix: the steady state of the retirement rule, a fleet that bought the same number of buses every year.
Retirement: at a legal maximum age (preset: Porto Alegre, 15 years standard and 16 articulated since 2024; other ages as size:years), a cohort leaving whole in the year its age exceeds it; or by Weibull survival S(a) = exp(−(a/λ)^k) (ICCT Roadmap: k = 5, λ editable), each cohort losing the expected share each year (counts are expected values; units_int rounds the cumulative purchases).
Each year the fleet of each size grows by the growth rate and the buses bought replace those retired. Their technology follows the purchase policy as a step function (a year uses the latest year listed at or before it; diesel before the first): presets São Paulo (no new diesel from October 2022), Mexico City Metrobús (zero-emission by 2035), Curitiba (33 % by 2030), or a table (year, technology, share), or an electrification path (year, new_ev_share: the share of purchases that is electric, the fleet-renewal table of conecta:scenario2030).
Local industry: purchase value = buses × price (size, technology) split into body, chassis, drive train and battery by cost shares, × the local-content share of each component that year (presets: the Argentine rule rising from 10 % to 25 %, ECLAC LC/TS.2022/228; Brazil's bodies; or a table year, component, local_share). Prices are never assumed silently: the preset's estimates (USD per 12 m bus) are used for standard buses and logged; other sizes need a prices table.

Outputs per year: the summary (fleet, retired, bought, electric bought, battery GWh, share electric, value, local and imported value; mode, renewal_rate and new_ev_share for conecta:scenario2030), purchases by size and technology, the fleet by technology and age, the value by component, and a chart.</source>
            <translation>Los buses que una ciudad debe comprar cada año hasta un año meta, de qué tecnología, y cuánto de esa compra podría fabricarse en la región.

La flota: una tabla de edades de la flota (size, technology, model_year, count), o la flota de 'Flota de buses desde GTFS' (su tabla de totales o por línea: flota con reserva en el tiempo de espera elegido, el mayor por defecto) con una distribución de edades supuesta: el estado estacionario de la regla de retiro, una flota que compró el mismo número de buses cada año.
Retiro: a una edad máxima legal (valor predefinido: Porto Alegre, 15 años los estándar y 16 los articulados desde 2024; otras edades como tamaño:años), una cohorte sale entera el año en que su edad la supera; o por supervivencia de Weibull S(a) = exp(−(a/λ)^k) (ICCT Roadmap: k = 5, λ editable), cada cohorte pierde cada año la proporción esperada (las cantidades son valores esperados; units_int redondea las compras acumuladas).
Cada año la flota de cada tamaño crece según la tasa de crecimiento y los buses comprados reemplazan a los retirados. Su tecnología sigue la política de compras como función escalonada (un año usa el último año listado igual o anterior; diésel antes del primero): valores predefinidos São Paulo (ningún diésel nuevo desde octubre de 2022), Metrobús de Ciudad de México (cero emisiones en 2035), Curitiba (33 % en 2030), o una tabla (year, technology, share), o una trayectoria de electrificación (year, new_ev_share: la proporción eléctrica de las compras, la tabla de renovación de flota de conecta:scenario2030).
Industria local: valor de compra = buses × precio (tamaño, tecnología) repartido en carrocería, chasis, tren motriz y batería según proporciones de costo, × la proporción de contenido local de cada componente ese año (valores predefinidos: la regla argentina que sube del 10 % al 25 %, CEPAL LC/TS.2022/228; las carrocerías de Brasil; o una tabla year, component, local_share). Los precios nunca se suponen en silencio: las estimaciones predefinidas (USD por bus de 12 m) se usan para los buses estándar y se informan en el registro; los demás tamaños necesitan una tabla de precios.

Salidas por año: el resumen (flota, retirados, comprados, eléctricos comprados, GWh de baterías, proporción eléctrica, valor, valor local e importado; mode, renewal_rate y new_ev_share para conecta:scenario2030), las compras por tamaño y tecnología, la flota por tecnología y edad, el valor por componente y un gráfico.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="99" />
            <source>Fleet age table (size, technology, model_year, count)</source>
            <translation>Tabla de edades de la flota (size, technology, model_year, count)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="102" />
            <source>Or: fleet from GTFS (totals or route table of 'Bus fleet from GTFS')</source>
            <translation>O bien: flota desde GTFS (tabla de totales o por línea de 'Flota de buses desde GTFS')</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="106" />
            <source>Fleet from GTFS: layover (minutes; empty = the largest)</source>
            <translation>Flota desde GTFS: espera en terminal (minutos; vacío = la mayor)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="110" />
            <source>Fleet from GTFS: bus size</source>
            <translation>Flota desde GTFS: tamaño de bus</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="111" />
            <source>Fleet from GTFS: technology</source>
            <translation>Flota desde GTFS: tecnología</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="112" />
            <source>Base year (fleet counted at its end)</source>
            <translation>Año base (flota contada a su fin)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="113" />
            <source>Target year</source>
            <translation>Año meta</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="114" />
            <source>Retirement</source>
            <translation>Retiro</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="114" />
            <source>Legal maximum age</source>
            <translation>Edad máxima legal</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="114" />
            <source>Weibull survival</source>
            <translation>Supervivencia de Weibull</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="118" />
            <source>Maximum ages (size:years; empty = Porto Alegre's)</source>
            <translation>Edades máximas (tamaño:años; vacío = las de Porto Alegre)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="118" />
            <source>For example standard:12; articulated:14. Sizes not listed keep Porto Alegre's ages.</source>
            <translation>Por ejemplo standard:12; articulated:14. Los tamaños no listados conservan las edades de Porto Alegre.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="122" />
            <source>Weibull λ (years)</source>
            <translation>λ de Weibull (años)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="122" />
            <source>Scale of the survival curve: about 37 % of a cohort is still running at age λ.</source>
            <translation>Escala de la curva de supervivencia: cerca del 37 % de una cohorte sigue en servicio a la edad λ.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="126" />
            <source>Weibull k</source>
            <translation>k de Weibull</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="127" />
            <source>Fleet growth (% per year)</source>
            <translation>Crecimiento de la flota (% por año)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="128" />
            <source>Purchase policy</source>
            <translation>Política de compras</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="129" />
            <source>Purchase policy table (year, technology, share; or year, new_ev_share)</source>
            <translation>Tabla de política de compras (year, technology, share; o year, new_ev_share)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="133" />
            <source>Battery per e-bus (size:kWh; empty = presets)</source>
            <translation>Batería por bus eléctrico (tamaño:kWh; vacío = valores predefinidos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="139" />
            <source>Purchase prices (size, technology, price)</source>
            <translation>Precios de compra (size, technology, price)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="140" />
            <source>Local content</source>
            <translation>Contenido local</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="141" />
            <source>Local content table (year, component, local_share)</source>
            <translation>Tabla de contenido local (year, component, local_share)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="146" />
            <source>Component cost shares (technology, component, cost_share)</source>
            <translation>Proporciones de costo por componente (technology, component, cost_share)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="151" />
            <source>Renewal per year</source>
            <translation>Renovación por año</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="152" />
            <source>Purchases by size and technology</source>
            <translation>Compras por tamaño y tecnología</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="153" />
            <source>Fleet by technology and age</source>
            <translation>Flota por tecnología y edad</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="154" />
            <source>Purchase value by component (local industry)</source>
            <translation>Valor de compra por componente (industria local)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="157" />
            <source>Purchases per year (chart)</source>
            <translation>Compras por año (gráfico)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="157" />
            <source>PNG files (*.png)</source>
            <translation>Archivos PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="215" />
            <source>Retirement by Weibull survival, λ = {0} years, k = {1}.</source>
            <translation>Retiro por supervivencia de Weibull, λ = {0} años, k = {1}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="224" />
            <source>Retirement at a maximum age (years): {}.</source>
            <translation>Retiro a una edad máxima (años): {}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="246" />
            <source>Give either a fleet age table or the fleet from GTFS (one of them, not both).</source>
            <translation>Indique una tabla de edades de la flota o la flota desde GTFS (una de ellas, no ambas).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="259" />
            <source>Fleet from GTFS ({0}): {1} {2} {3} buses (layover {4} min, spares included), ages assumed in the steady state of the retirement rule.</source>
            <translation>Flota desde GTFS ({0}): {1} buses {2} {3} (espera {4} min, reserva incluida), edades supuestas en el estado estacionario de la regla de retiro.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="278" />
            <source>A purchase policy table was given but a preset is chosen: the table is not used.</source>
            <translation>Se indicó una tabla de política de compras pero se eligió un valor predefinido: la tabla no se usa.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="289" />
            <source>The custom purchase policy needs the purchase policy table.</source>
            <translation>La política de compras personalizada necesita la tabla de política de compras.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="301" />
            <source>Purchase prices: the LAC preset's estimates for 12 m buses ({}); other sizes need a prices table.</source>
            <translation>Precios de compra: las estimaciones predefinidas para ALC de buses de 12 m ({}); los demás tamaños necesitan una tabla de precios.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="335" />
            <source>The custom local content needs the local content table.</source>
            <translation>El contenido local personalizado necesita la tabla de contenido local.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="343" />
            <source>{0}: fleet {1}, {2} retired, {3} bought ({4} electric, {5} MWh of batteries); {6} % electric; {7} % of the purchase value producible in the region.</source>
            <translation>{0}: flota {1}, {2} retirados, {3} comprados ({4} eléctricos, {5} MWh de baterías); {6} % eléctrica; {7} % del valor de compra producible en la región.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="359" />
            <source>{0}–{1}: {2} buses bought, {3} GWh of batteries, value {4}: {5} producible in the region, {6} imported (currency of the prices).</source>
            <translation>{0}–{1}: {2} buses comprados, {3} GWh de baterías, valor {4}: {5} producible en la región, {6} importado (moneda de los precios).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="380" />
            <source>Buses bought per year by technology</source>
            <translation>Buses comprados por año según tecnología</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="381" />
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="382" />
            <source>Buses bought</source>
            <translation>Buses comprados</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="383" />
            <source>Share electric of the fleet (%)</source>
            <translation>Proporción eléctrica de la flota (%)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="384" />
            <source>Diesel</source>
            <translation>Diésel</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="384" />
            <source>Electric</source>
            <translation>Eléctrico</translation>
        </message>
    </context>
    <context>
        <name>FleetReportInput</name>
        <message>
            <location filename="../processing/report/fleet.py" line="56" />
            <source>Fleet from GTFS: city totals (table of 'Bus fleet from GTFS')</source>
            <translation>Flota desde GTFS: totales de la ciudad (tabla de 'Flota de buses desde GTFS')</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="57" />
            <source>Fleet renewal per year (table of 'Bus fleet renewal and local industry')</source>
            <translation>Renovación de la flota por año (tabla de 'Renovación de la flota de buses e industria local')</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="60" />
            <source>Fleet renewal: purchases by size and technology</source>
            <translation>Renovación de la flota: compras por tamaño y tecnología</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="61" />
            <source>TCO per technology and year (table of 'Bus fleet total cost of ownership')</source>
            <translation>TCO por tecnología y año (tabla de 'Costo total de propiedad de la flota de buses')</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="66" />
            <source>With any of the fleet tables the report gets a fleet and industry section.</source>
            <translation>Con cualquiera de las tablas de flota el informe incluye una sección de flota e industria.</translation>
        </message>
    </context>
    <context>
        <name>FleetSettings</name>
        <message>
            <location filename="../ui/fleet_page.py" line="57" />
            <source>The algorithm {} is not available: update Conecta.</source>
            <translation>El algoritmo {} no está disponible: actualice Conecta.</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="62" />
            <source>Fleet and industry: choose the GTFS feed (zip file).</source>
            <translation>Flota e industria: elija el feed GTFS (archivo zip).</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="64" />
            <source>Fleet and industry: the GTFS file {} does not exist.</source>
            <translation>Flota e industria: el archivo GTFS {} no existe.</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="66" />
            <source>Fleet and industry: write the date as YYYY-MM-DD, e.g. 2019-05-13.</source>
            <translation>Flota e industria: escriba la fecha como AAAA-MM-DD, p. ej. 2019-05-13.</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="69" />
            <source>Fleet and industry: write times as HH:MM, e.g. 07:00.</source>
            <translation>Flota e industria: escriba las horas como HH:MM, p. ej. 07:00.</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="72" />
            <source>Fleet and industry: layovers are minutes separated by commas, e.g. 0, 5, 10.</source>
            <translation>Flota e industria: las esperas en terminal son minutos separados por comas, p. ej. 0, 5, 10.</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="76" />
            <source>Fleet and industry: the target year {0} is before the base year {1}.</source>
            <translation>Flota e industria: el año meta {0} es anterior al año base {1}.</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="86" />
            <source>Fleet and industry: the fleet of {0}, its renewal from {1} to {2} and its cost of ownership; prices, costs and local content are the presets' estimates (run the algorithms with your own tables to change them).</source>
            <translation>Flota e industria: la flota de {0}, su renovación de {1} a {2} y su costo de propiedad; los precios, costos y contenido local son las estimaciones predefinidas (ejecute los algoritmos con sus propias tablas para cambiarlos).</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="142" />
            <source>Bus fleet from GTFS</source>
            <translation>Flota de buses desde GTFS</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="142" />
            <source>Fleet — city totals</source>
            <translation>Flota — totales de la ciudad</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="150" />
            <source>Fleet renewal to {} and local industry</source>
            <translation>Renovación de la flota hasta {} e industria local</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="150" />
            <source>Fleet — renewal per year</source>
            <translation>Flota — renovación por año</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="158" />
            <source>Total cost of ownership by technology</source>
            <translation>Costo total de propiedad por tecnología</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="158" />
            <source>Fleet — total cost of ownership</source>
            <translation>Flota — costo total de propiedad</translation>
        </message>
    </context>
    <context>
        <name>FleetText</name>
        <message>
            <location filename="../processing/report/fleet.py" line="149" />
            <source>Diesel</source>
            <translation>Diésel</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="149" />
            <source>Electric</source>
            <translation>Eléctrico</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="174" />
            <source>Buses, trip chaining</source>
            <translation>Buses, encadenamiento de viajes</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="175" />
            <source>Buses with spares</source>
            <translation>Buses con reserva</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="176" />
            <source>Buses, cycle time / headway</source>
            <translation>Buses, tiempo de ciclo / intervalo</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="177" />
            <source>Buses, block_id of the feed</source>
            <translation>Buses, block_id del feed</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="178" />
            <source>Trips running at once (lower bound)</source>
            <translation>Viajes en curso a la vez (cota inferior)</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="179" />
            <source>Vehicle-km in service</source>
            <translation>Vehículos-km en servicio</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="180" />
            <source>Vehicle-hours in service</source>
            <translation>Vehículos-hora en servicio</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="186" />
            <source>Estimator</source>
            <translation>Estimador</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="187" />
            <source>Layover {} min</source>
            <translation>Espera {} min</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="189" />
            <source>Fleet and industry: the buses the timetable needs today</source>
            <translation>Flota e industria: los buses que el horario necesita hoy</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="289" />
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="208" />
            <source>Bought: {}</source>
            <translation>Comprados: {}</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="208" />
            <source>Batteries (MWh)</source>
            <translation>Baterías (MWh)</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="208" />
            <source>Share electric of the fleet</source>
            <translation>Proporción eléctrica de la flota</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="213" />
            <source>Fleet and industry: buses bought to {} by technology</source>
            <translation>Flota e industria: buses comprados hasta {} por tecnología</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="232" />
            <source>Purchase value</source>
            <translation>Valor de compra</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="233" />
            <source>Producible in the region</source>
            <translation>Producible en la región</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="234" />
            <source>Imported</source>
            <translation>Importado</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="235" />
            <source>Local share</source>
            <translation>Proporción local</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="237" />
            <source>Fleet and industry: local value of the purchases</source>
            <translation>Flota e industria: valor local de las compras</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="259" />
            <source>Technology</source>
            <translation>Tecnología</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="260" />
            <source>TCO per km</source>
            <translation>TCO por km</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="261" />
            <source>Present cost of a bus, {0}–{1}</source>
            <translation>Costo presente de un bus, {0}–{1}</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="263" />
            <source>Cost per km, {}</source>
            <translation>Costo por km, {}</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="264" />
            <source>Break-even year</source>
            <translation>Año de equilibrio</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="296" />
            <source>Fleet and industry: total cost of ownership by technology</source>
            <translation>Flota e industria: costo total de propiedad por tecnología</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="274" />
            <source>Buses bought per year by technology</source>
            <translation>Buses comprados por año según tecnología</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="276" />
            <source>Buses bought</source>
            <translation>Buses comprados</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="277" />
            <source>Share electric of the fleet (%)</source>
            <translation>Proporción eléctrica de la flota (%)</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="281" />
            <source>Fleet and industry: purchases and the share electric</source>
            <translation>Flota e industria: compras y proporción eléctrica</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="287" />
            <source>Cumulative present cost of one bus</source>
            <translation>Costo presente acumulado de un bus</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="288" />
            <source>Cost per km of each year</source>
            <translation>Costo por km de cada año</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="290" />
            <source>Present cost</source>
            <translation>Costo presente</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="291" />
            <source>Cost per km</source>
            <translation>Costo por km</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="292" />
            <source>break-even {}</source>
            <translation>equilibrio {}</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="304" />
            <source>Fleet (table {}): buses the GTFS timetable needs, by trip chaining (each route's trips chained first in, first out at its terminals with the minimum layover), by cycle time / headway and by the feed's block_id; no estimate can be below the trips running at once. Spares are added to the chaining estimate. A feed of some routes or of part of the day gives the fleet of that service, not the operators' registered fleet.</source>
            <translation>Flota (tabla {}): buses que necesita el horario GTFS, por encadenamiento de viajes (los viajes de cada línea encadenados en orden de llegada en sus terminales con la espera mínima), por tiempo de ciclo / intervalo y por el block_id del feed; ninguna estimación puede ser menor que los viajes en curso a la vez. La reserva se suma a la estimación por encadenamiento. Un feed de algunas líneas o de parte del día da la flota de ese servicio, no la flota registrada de los operadores.</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="311" />
            <source>Renewal and local industry (table {}): buses retire at a legal maximum age or by Weibull survival and are replaced by the technologies of the purchase policy; the purchase value is split into body, chassis, drive train and battery by cost shares, each multiplied by the local-content share of that year (the Argentine rule: Quiroga Barrera Oro 2022). Counts are expected values; values are in the currency of the prices; shipped presets are estimates.</source>
            <translation>Renovación e industria local (tabla {}): los buses se retiran a una edad máxima legal o por supervivencia de Weibull y se reemplazan con las tecnologías de la política de compras; el valor de compra se reparte en carrocería, chasis, tren motriz y batería según proporciones de costo, cada una multiplicada por la proporción de contenido local de ese año (la regla argentina: Quiroga Barrera Oro 2022). Las cantidades son valores esperados; los valores están en la moneda de los precios; los valores predefinidos incluidos son estimaciones.</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="318" />
            <source>Total cost of ownership (table {}): capital costs as annuities, energy and maintenance escalated each year and every cost discounted to the first year, with the formulas of eflips-tco (TU Berlin); the break-even year is the first in which a technology's cumulative present cost is at or below diesel's. The LAC defaults are estimates unless a source is given (e-bus price about twice a diesel bus's, IDB).</source>
            <translation>Costo total de propiedad (tabla {}): costos de capital como anualidades, energía y mantenimiento con aumento anual y cada costo descontado al primer año, con las fórmulas de eflips-tco (TU Berlín); el año de equilibrio es el primero en que el costo presente acumulado de una tecnología es menor o igual que el del diésel. Los valores por defecto para ALC son estimaciones salvo que se indique una fuente (precio del bus eléctrico cerca del doble del de un bus diésel, BID).</translation>
        </message>
    </context>
    <context>
        <name>GtfsScenario</name>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="43" />
            <source>Public-transport scenario (GTFS)</source>
            <translation>Escenario de transporte público (GTFS)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="46" />
            <source>Writes a new GTFS zip from a feed, a table of edits and new routes drawn as lines, so a scenario — a new BRT corridor, a doubled frequency, a regularised informal service — can be analysed with conecta:transitmatrix like any feed. The source feed is never modified; files and columns the edits do not concern are kept as they are.

Edits table (a CSV file or a table layer), fields action, route_id, start_time, end_time, value; the band [start_time, end_time) is HH:MM (hours past 24 allowed), empty for the whole day. Actions: scale_headway (factor: 0.5 doubles the frequency), set_headway (minutes), remove_route, remove_trips (those departing in the band), scale_time (factor on running times, dwell kept) and set_speed (km/h along the shape).

New routes: a line layer with fields route_id, headway_min, speed_kmh (running speed; or trip_min, minutes for the whole line), start_time, end_time (service span, default 05:00–24:00) and mode (a GTFS route_type number, or bus, brt, tram, metro, rail, ferry, trolleybus, informal …); optional dwell_s and route_name. Several features with the same route_id are its time bands, each with its headway (the first one's line, speed and mode are used). Stops are spaced evenly along the line at about the stop spacing, or taken from a stop layer (field route_id). Trips run both ways, written as frequencies.txt (one template trip per direction) or expanded (one trip per departure), on a new calendar covering the feed's dates.

The new feed is validated with the checks and notice codes of MobilityData's gtfs-validator (the notices the edits introduced are warnings) and read back with Conecta's own GTFS reader.</source>
            <translation>Escribe un nuevo zip GTFS a partir de un feed, una tabla de cambios y rutas nuevas dibujadas como líneas, para que un escenario — un nuevo corredor BRT, una frecuencia duplicada, un servicio informal regularizado — se pueda analizar con conecta:transitmatrix como cualquier feed. El feed de origen nunca se modifica; los archivos y columnas que los cambios no tocan se conservan tal cual.

Tabla de cambios (un archivo CSV o una capa de tabla), campos action, route_id, start_time, end_time, value; la franja [start_time, end_time) es HH:MM (se admiten horas después de las 24), vacía para todo el día. Acciones: scale_headway (factor: 0,5 duplica la frecuencia), set_headway (minutos), remove_route, remove_trips (los que salen en la franja), scale_time (factor sobre los tiempos de marcha, se conservan las detenciones) y set_speed (km/h a lo largo del trazado).

Rutas nuevas: una capa de líneas con los campos route_id, headway_min, speed_kmh (velocidad de marcha; o trip_min, minutos para toda la línea), start_time, end_time (horario de servicio, por defecto 05:00–24:00) y mode (un número route_type de GTFS, o bus, brt, tram, metro, rail, ferry, trolleybus, informal …); opcionales dwell_s y route_name. Varias entidades con el mismo route_id son sus franjas horarias, cada una con su intervalo (se usan la línea, la velocidad y el modo de la primera). Las paradas se espacian de forma uniforme a lo largo de la línea a aproximadamente la distancia entre paradas, o se toman de una capa de paradas (campo route_id). Los viajes van en ambos sentidos, escritos como frequencies.txt (un viaje modelo por sentido) o expandidos (un viaje por salida), en un calendario nuevo que cubre las fechas del feed.

El nuevo feed se valida con las comprobaciones y los códigos de aviso de gtfs-validator de MobilityData (los avisos que introdujeron los cambios son advertencias) y se vuelve a leer con el propio lector GTFS de Conecta.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="69" />
            <source>GTFS feed (zip)</source>
            <translation>Feed GTFS (zip)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="70" />
            <source>Edits (action, route_id, start_time, end_time, value)</source>
            <translation>Cambios (action, route_id, start_time, end_time, value)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="70" />
            <source>A CSV file or table layer of edits, applied in order; save it to replay the scenario.</source>
            <translation>Un archivo CSV o una capa de tabla de cambios, aplicados en orden; guárdelo para repetir el escenario.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="78" />
            <source>New routes (lines)</source>
            <translation>Rutas nuevas (líneas)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="78" />
            <source>Fields route_id, headway_min, speed_kmh (or trip_min), start_time, end_time, mode; optional dwell_s, route_name.</source>
            <translation>Campos route_id, headway_min, speed_kmh (o trip_min), start_time, end_time, mode; opcionales dwell_s, route_name.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="88" />
            <source>Stops of the new routes (points, field route_id)</source>
            <translation>Paradas de las rutas nuevas (puntos, campo route_id)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="88" />
            <source>When given, a route's stops are these points moved onto its line (at most 500 m away).</source>
            <translation>Si se indican, las paradas de una ruta son estos puntos llevados a su línea (a 500 m como máximo).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="98" />
            <source>Stop spacing of the new routes (m)</source>
            <translation>Distancia entre paradas de las rutas nuevas (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="98" />
            <source>Stops are spaced evenly along the line, as close to this distance as an even division allows.</source>
            <translation>Las paradas se espacian de forma uniforme a lo largo de la línea, tan cerca de esta distancia como lo permite una división en partes iguales.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="107" />
            <source>Dwell time at each intermediate stop (s)</source>
            <translation>Tiempo de detención en cada parada intermedia (s)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="107" />
            <source>Added to the running time at every stop but the ends: set 0 when speed_kmh is a commercial speed that already includes the stops. A dwell_s field overrides it per route.</source>
            <translation>Se suma al tiempo de marcha en cada parada salvo los extremos: indique 0 cuando speed_kmh es una velocidad comercial que ya incluye las paradas. Un campo dwell_s lo reemplaza por ruta.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="117" />
            <source>New trips written as</source>
            <translation>Viajes nuevos escritos como</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="117" />
            <source>frequencies.txt (one template trip per direction)</source>
            <translation>frequencies.txt (un viaje modelo por sentido)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="117" />
            <source>expanded trips (one per departure)</source>
            <translation>viajes expandidos (uno por salida)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="126" />
            <source>New routes run both ways</source>
            <translation>Las rutas nuevas van en ambos sentidos</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="130" />
            <source>New GTFS feed</source>
            <translation>Nuevo feed GTFS</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="130" />
            <source>GTFS zip (*.zip)</source>
            <translation>Zip GTFS (*.zip)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="135" />
            <source>Rows with ERROR notices</source>
            <translation>Filas con avisos ERROR</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="136" />
            <source>Rows with WARNING notices</source>
            <translation>Filas con avisos WARNING</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="140" />
            <source>The mode of new route {route} must be a GTFS route_type number or a mode name (bus, brt, tram, metro, rail, ferry, trolleybus, informal …), not {value!r}.</source>
            <translation>El modo de la nueva ruta {route} debe ser un número route_type de GTFS o un nombre de modo (bus, brt, tram, metro, rail, ferry, trolleybus, informal …), no {value!r}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="153" />
            <source>Give edits, new routes or both: without them the new feed would be a copy of the source.</source>
            <translation>Indique cambios, rutas nuevas o ambos: sin ellos el nuevo feed sería una copia del de origen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="168" />
            <source>Editing {0}: {1} edits, {2} new routes.</source>
            <translation>Editando {0}: {1} cambios, {2} rutas nuevas.</translation>
        </message>
    </context>
    <context>
        <name>GtfsStops</name>
        <message>
            <location filename="../processing/algorithms/gtfsstops.py" line="68" />
            <source>GTFS stops and frequencies</source>
            <translation>Paradas y frecuencias GTFS</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsstops.py" line="89" />
            <source>Window start (HH:MM)</source>
            <translation>Inicio de la ventana (HH:MM)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsstops.py" line="90" />
            <source>Window end (HH:MM)</source>
            <translation>Fin de la ventana (HH:MM)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsstops.py" line="91" />
            <source>BRT routes (route ids or short names, comma-separated)</source>
            <translation>Rutas BRT (identificadores o nombres cortos, separados por comas)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsstops.py" line="91" />
            <source>These routes get mode brt and the low capacity class, as the SDG metadata says.</source>
            <translation>Estas rutas reciben el modo brt y la clase de baja capacidad, como indican los metadatos del ODS.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsstops.py" line="95" />
            <source>High-capacity modes (comma-separated)</source>
            <translation>Modos de alta capacidad (separados por comas)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsstops.py" line="95" />
            <source>Modes of the high capacity class; every other public transport mode (bus, brt, tram, trolleybus, aerial_lift, funicular …) is low capacity.</source>
            <translation>Modos de la clase de alta capacidad; todo otro modo de transporte público (bus, brt, tram, trolleybus, aerial_lift, funicular …) es de baja capacidad.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsstops.py" line="103" />
            <source>Output CRS</source>
            <translation>SRC de salida</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsstops.py" line="107" />
            <source>GTFS stops</source>
            <translation>Paradas GTFS</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsstops.py" line="108" />
            <source>GTFS route shapes</source>
            <translation>Trazados de rutas GTFS</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsstops.py" line="124" />
            <source>No departure in the window {0}–{1} on {2}: the stops are written with 0 departures. Try another window or date.</source>
            <translation>Ninguna salida en la ventana {0}–{1} el {2}: las paradas se escriben con 0 salidas. Pruebe otra ventana u otra fecha.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsstops.py" line="147" />
            <source>{} stops are served by no route on that date.</source>
            <translation>{} paradas no tienen servicio de ninguna ruta en esa fecha.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsstops.py" line="150" />
            <source>{0} stops written; {1} departures in the window; {2} high-capacity stops.</source>
            <translation>{0} paradas escritas; {1} salidas en la ventana; {2} paradas de alta capacidad.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsstops.py" line="166" />
            <source>The feed has no shapes.txt: no route shapes are written.</source>
            <translation>El feed no tiene shapes.txt: no se escriben trazados de rutas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsstops.py" line="71" />
            <source>Reads a GTFS feed (zip file) offline and writes its stops as points with their mode, the modes of all routes serving them, their capacity class for SDG 11.2.1 (low: bus, tram, BRT; high: rail, metro, ferry), the departures in a time window of a service date, departures per hour, mean headway (window length / departures), wheelchair boarding and number of routes. Route shapes are written too when the feed has shapes.txt.

Feeds with frequencies.txt are expanded into concrete departures every headway; feeds with only calendar_dates.txt work. Broken rows are skipped and counted, naming the file and line. The default date is a representative weekday: the one with the most trips in the first full week (Monday to Sunday) of the feed's calendar, skipping holidays removed in calendar_dates.txt.

BRT routes cannot be told from buses in GTFS: list their route ids or short names to give them mode brt. A stop is high capacity when any high-capacity route serves it.

Method: UN-Habitat, SDG 11.2.1 metadata (2021): capacity classes and the frequency criterion (a stop is frequent with at least 3 departures per hour, a 20-minute headway).</source>
            <translation>Lee un feed GTFS (archivo zip) sin conexión y escribe sus paradas como puntos con su modo, los modos de todas las rutas que las sirven, su clase de capacidad para el ODS 11.2.1 (baja: autobús, tranvía, BRT; alta: tren, metro, ferry), las salidas en una ventana horaria de una fecha de servicio, salidas por hora, intervalo medio (duración de la ventana / salidas), accesibilidad en silla de ruedas y número de rutas. También escribe los trazados de las rutas cuando el feed tiene shapes.txt.

Los feeds con frequencies.txt se expanden en salidas concretas cada intervalo; los feeds con solo calendar_dates.txt funcionan. Las filas dañadas se omiten y se cuentan, indicando el archivo y la línea. La fecha predeterminada es un día laborable representativo: el que tiene más viajes en la primera semana completa (de lunes a domingo) del calendario del feed, omitiendo los feriados suprimidos en calendar_dates.txt.

En GTFS las rutas BRT no se distinguen de los autobuses: indique sus identificadores o nombres cortos para darles el modo brt. Una parada es de alta capacidad cuando la sirve alguna ruta de alta capacidad.

Método: ONU-Hábitat, metadatos del ODS 11.2.1 (2021): clases de capacidad y criterio de frecuencia (una parada es frecuente con al menos 3 salidas por hora, un intervalo de 20 minutos).</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsDock</name>
        <message>
            <location filename="../ui/indicators_dock.py" line="150" />
            <source>Conecta — Indicators</source>
            <translation>Conecta — Indicadores</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="346" />
            <source>Zones</source>
            <translation>Zonas</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="177" />
            <source>Indicator</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="178" />
            <source>Every measure is weighted by the population of the zones.</source>
            <translation>Cada medida se pondera por la población de las zonas.</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="346" />
            <source>Population</source>
            <translation>Población</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="185" />
            <source>Income (optional)</source>
            <translation>Ingreso (opcional)</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="188" />
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="191" />
            <source>Mean (population-weighted)</source>
            <translation>Media (ponderada por población)</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="191" />
            <source>Median (population-weighted)</source>
            <translation>Mediana (ponderada por población)</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="191" />
            <source>Palma ratio</source>
            <translation>Razón de Palma</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="191" />
            <source>Gini index</source>
            <translation>Índice de Gini</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="212" />
            <source>Histogram</source>
            <translation>Histograma</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="212" />
            <source>Income deciles</source>
            <translation>Deciles de ingreso</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="212" />
            <source>Lorenz</source>
            <translation>Lorenz</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="224" />
            <source>Pick a zone on the map</source>
            <translation>Elegir una zona en el mapa</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="230" />
            <source>Select a zone to compare it with the city.</source>
            <translation>Seleccione una zona para compararla con la ciudad.</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="233" />
            <source>Map classification</source>
            <translation>Clasificación del mapa</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="236" />
            <source>Quantiles</source>
            <translation>Cuantiles</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="236" />
            <source>Natural breaks (Jenks)</source>
            <translation>Cortes naturales (Jenks)</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="236" />
            <source>Equal interval</source>
            <translation>Intervalo igual</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="239" />
            <source>Method</source>
            <translation>Método</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="243" />
            <source>Classes</source>
            <translation>Clases</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="247" />
            <source>Colour ramp</source>
            <translation>Rampa de color</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="248" />
            <source>Invert ramp</source>
            <translation>Invertir rampa</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="250" />
            <source>Apply to layer</source>
            <translation>Aplicar a la capa</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="322" />
            <source>The Palma ratio needs an income field.</source>
            <translation>La razón de Palma necesita un campo de ingreso.</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="329" />
            <source>{0} zones, {1} inhabitants.</source>
            <translation>{0} zonas, {1} habitantes.</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="331" />
            <source>{} zones; no population field: every zone weighs the same.</source>
            <translation>{} zonas; sin campo de población: todas las zonas pesan lo mismo.</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="359" />
            <source>Income decile (1 = poorest)</source>
            <translation>Decil de ingreso (1 = más pobre)</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="360" />
            <source>Mean of {}</source>
            <translation>Media de {}</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="364" />
            <source>Choose an income field</source>
            <translation>Elija un campo de ingreso</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="375" />
            <source>Cumulative share of the population</source>
            <translation>Proporción acumulada de la población</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="376" />
            <source>Cumulative share of {}</source>
            <translation>Proporción acumulada de {}</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="377" />
            <source>Gini index {}</source>
            <translation>Índice de Gini {}</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="406" />
            <source>Zone {}: no value.</source>
            <translation>Zona {}: sin valor.</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="409" />
            <source>Zone {0}: {1} = {2}. {3} % of the population lives in zones with this value or less.</source>
            <translation>Zona {0}: {1} = {2}. El {3} % de la población vive en zonas con este valor o menos.</translation>
        </message>
    </context>
    <context>
        <name>Isochrones</name>
        <message>
            <location filename="../processing/algorithms/isochrones.py" line="31" />
            <source>Isochrones (street network)</source>
            <translation>Isócronas (red vial)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/isochrones.py" line="48" />
            <source>One isochrone per point (else dissolved)</source>
            <translation>Una isócrona por punto (si no, disueltas)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/isochrones.py" line="55" />
            <source>Isochrones</source>
            <translation>Isócronas</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/isochrones.py" line="97" />
            <source>{0} points are nearest to a small part of the network cut off from the rest (an island or a one-way dead end): their isochrones start from the nearest street of the main network, as in the travel-time matrix and in r5r: {1}</source>
            <translation>{0} puntos están más cerca de una parte pequeña de la red aislada del resto (una isla o un callejón de sentido único): sus isócronas parten de la calle más cercana de la red principal, como en la matriz de tiempos de viaje y en r5r: {1}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/isochrones.py" line="34" />
            <source>Areas reachable on foot, by bicycle or by car from points within given minutes (for example 10, 20, 30), one area per point or dissolved for all points. Each area is built from the parts of the street network actually reached — streets partly reached are cut at the exact point — buffered by a small distance. The time budget is reduced by the time it takes to walk the buffer distance, so an isochrone never extends beyond the time limit (unlike triangulated isochrones, which interpolate across blocks, rivers and highways).

Speeds, one-way streets, snapping and street scenarios (congestion, closed and new links, slopes) follow 'Travel-time matrix (street network)'.</source>
            <translation>Áreas alcanzables a pie, en bicicleta o en automóvil desde puntos en los minutos indicados (por ejemplo 10, 20, 30), un área por punto o disueltas para todos los puntos. Cada área se construye con las partes de la red vial realmente alcanzadas —las calles alcanzadas en parte se cortan en el punto exacto— con un pequeño búfer. El tiempo disponible se reduce en lo que se tarda en caminar la distancia del búfer, de modo que una isócrona nunca se extiende más allá del límite de tiempo (a diferencia de las isócronas trianguladas, que interpolan a través de manzanas, ríos y autopistas).

Las velocidades, los sentidos únicos, el ajuste a la red y los escenarios viales (congestión, tramos cerrados y nuevos, pendientes) siguen 'Matriz de tiempos de viaje (red vial)'.</translation>
        </message>
    </context>
    <context>
        <name>LoadSampleCity</name>
        <message>
            <location filename="../processing/algorithms/loadsamplecity.py" line="44" />
            <source>Load sample city (Porto Alegre)</source>
            <translation>Cargar ciudad de ejemplo (Porto Alegre)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/loadsamplecity.py" line="47" />
            <source>Loads Conecta's sample city, Porto Alegre (Brazil), for training sessions and to try every algorithm: the OpenStreetMap street network with highway class, one-way and speed limit; 1,227 H3 hexagon zones with population, jobs, schools and health care; and the stops of the bus (EPTC) and urban rail (Trensurb) GTFS feeds with their mode. All layers are in SIRGAS 2000 / UTM zone 22S (EPSG:31982).

Contains OpenStreetMap data © OpenStreetMap contributors (ODbL). Grid, population and opportunity data from the r5r package (IPEA, MIT licence). GTFS by EPTC and Trensurb.</source>
            <translation>Carga la ciudad de ejemplo de Conecta, Porto Alegre (Brasil), para sesiones de capacitación y para probar cada algoritmo: la red vial de OpenStreetMap con clase de vía, sentido único y límite de velocidad; 1.227 zonas hexagonales H3 con población, empleos, escuelas y salud; y las paradas de los feeds GTFS de autobús (EPTC) y tren urbano (Trensurb) con su modo. Todas las capas están en SIRGAS 2000 / UTM zona 22S (EPSG:31982).

Contiene datos de OpenStreetMap © colaboradores de OpenStreetMap (ODbL). Datos de grilla, población y oportunidades del paquete r5r (IPEA, licencia MIT). GTFS de EPTC y Trensurb.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/loadsamplecity.py" line="67" />
            <source>Street network</source>
            <translation>Red vial</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/loadsamplecity.py" line="59" />
            <source>Zones (hexagons)</source>
            <translation>Zonas (hexágonos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/loadsamplecity.py" line="67" />
            <source>Public transport stops</source>
            <translation>Paradas de transporte público</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/loadsamplecity.py" line="64" />
            <source>The sample city is missing from the plugin folder: {}</source>
            <translation>Falta la ciudad de ejemplo en la carpeta del complemento: {}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/loadsamplecity.py" line="67" />
            <source>Zones</source>
            <translation>Zonas</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/loadsamplecity.py" line="77" />
            <source>Cannot read layer {} of the sample city.</source>
            <translation>No se puede leer la capa {} de la ciudad de ejemplo.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/loadsamplecity.py" line="95" />
            <source>{}: {} features</source>
            <translation>{}: {} entidades</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/loadsamplecity.py" line="102" />
            <source>Bus</source>
            <translation>Autobús</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/loadsamplecity.py" line="103" />
            <source>BRT</source>
            <translation>BRT</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/loadsamplecity.py" line="104" />
            <source>Rail</source>
            <translation>Tren</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/loadsamplecity.py" line="105" />
            <source>Metro</source>
            <translation>Metro</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/loadsamplecity.py" line="106" />
            <source>Tram</source>
            <translation>Tranvía</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/loadsamplecity.py" line="107" />
            <source>Ferry</source>
            <translation>Transbordador</translation>
        </message>
    </context>
    <context>
        <name>ModeSplit</name>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="55" />
            <source>Mode split (multinomial logit)</source>
            <translation>Partición modal (logit multinomial)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="77" />
            <source>Walking travel-time matrix</source>
            <translation>Matriz de tiempos de viaje a pie</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="78" />
            <source>Bicycle travel-time matrix</source>
            <translation>Matriz de tiempos de viaje en bicicleta</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="79" />
            <source>Car travel-time matrix</source>
            <translation>Matriz de tiempos de viaje en automóvil</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="80" />
            <source>Public transport travel-time matrix</source>
            <translation>Matriz de tiempos de viaje en transporte público</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="84" />
            <source>Origin id field of the matrices</source>
            <translation>Campo identificador de origen de las matrices</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="84" />
            <source>Destination id field of the matrices</source>
            <translation>Campo identificador de destino de las matrices</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="84" />
            <source>Travel time field of the matrices</source>
            <translation>Campo de tiempo de viaje de las matrices</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="90" />
            <source>Monetary cost field of the matrices</source>
            <translation>Campo de costo monetario de las matrices</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="90" />
            <source>Optional: used with the cost coefficients, in matrices that have this field.</source>
            <translation>Opcional: se usa con los coeficientes de costo, en las matrices que tienen este campo.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="100" />
            <source>Utility coefficients by mode</source>
            <translation>Coeficientes de utilidad por modo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="95" />
            <source>Mode</source>
            <translation>Modo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="96" />
            <source>Constant</source>
            <translation>Constante</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="97" />
            <source>Time coefficient</source>
            <translation>Coeficiente de tiempo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="98" />
            <source>Cost coefficient</source>
            <translation>Coeficiente de costo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="107" />
            <source>Mode is one of walk, bicycle, car, transit. Time coefficients are per unit of the matrices' time (usually minutes) and negative; one constant is usually fixed at 0.</source>
            <translation>El modo es uno de walk, bicycle, car, transit. Los coeficientes de tiempo son por unidad del tiempo de las matrices (normalmente minutos) y negativos; una constante suele fijarse en 0.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="114" />
            <source>Trips by mode (OD table)</source>
            <translation>Viajes por modo (tabla OD)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="115" />
            <source>Mode shares by origin zone</source>
            <translation>Participación modal por zona de origen</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="116" />
            <source>Trips between pairs with no mode</source>
            <translation>Viajes entre pares sin ningún modo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="139" />
            <source>Unknown mode '{0}' in the coefficients table: use {1}.</source>
            <translation>Modo desconocido '{0}' en la tabla de coeficientes: use {1}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="147" />
            <source>The coefficients of mode {} must be numbers.</source>
            <translation>Los coeficientes del modo {} deben ser números.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="152" />
            <source>The coefficients table has no row for {}, which has a matrix.</source>
            <translation>La tabla de coeficientes no tiene fila para {}, que tiene una matriz.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="187" />
            <source>Give the travel-time matrix of at least one mode.</source>
            <translation>Indique la matriz de tiempos de viaje de al menos un modo.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="247" />
            <source>Mode shares: {}.</source>
            <translation>Participación modal: {}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="58" />
            <source>Splits the trips of an OD table between modes with a multinomial logit model (Ortúzar &amp; Willumsen, Modelling Transport, 4th ed., 2011, ch. 7): P_m = exp(V_m) / Σ_k exp(V_k) with V_m = constant_m + time coefficient_m × time_m + cost coefficient_m × cost_m.

Give one travel-time matrix (long table, or CSV, CSV.gz or Parquet file: origin id, destination id, time, and optionally a monetary cost) for each mode to consider: walking, bicycle, car, public transport. A mode is not available for a pair missing from its matrix or without a time (NULL) in it: the trips of that pair go to the other modes. Pairs with no mode available keep their trips in the trips field but get none by mode and are left out of the mode shares (the log and the output TRIPS_WITHOUT_MODE count them). A pair that appears twice in the OD table or in a matrix is refused. The coefficients table has one row per mode; the defaults (no constants, −0.05 per minute) are placeholders: estimate the coefficients from the local OD survey.

Outputs: the OD table with the trips by mode, and a table of mode shares by origin zone.</source>
            <translation>Reparte los viajes de una tabla OD entre modos con un modelo logit multinomial (Ortúzar y Willumsen, Modelling Transport, 4.ª ed., 2011, cap. 7): P_m = exp(V_m) / Σ_k exp(V_k) con V_m = constante_m + coeficiente de tiempo_m × tiempo_m + coeficiente de costo_m × costo_m.

Indique una matriz de tiempos de viaje (tabla larga, o archivo CSV, CSV.gz o Parquet: identificador de origen, de destino, tiempo y opcionalmente un costo monetario) para cada modo a considerar: a pie, en bicicleta, en automóvil, transporte público. Un modo no está disponible para un par ausente de su matriz o sin tiempo (NULL) en ella: los viajes de ese par van a los otros modos. Los pares sin ningún modo disponible conservan sus viajes en el campo de viajes, pero no reciben viajes por modo y quedan fuera de la participación modal (el registro y la salida TRIPS_WITHOUT_MODE los cuentan). Un par que aparece dos veces en la tabla OD o en una matriz se rechaza. La tabla de coeficientes tiene una fila por modo; los valores por defecto (sin constantes, −0,05 por minuto) son provisionales: estime los coeficientes con la encuesta origen-destino local.

Salidas: la tabla OD con los viajes por modo y una tabla de participación modal por zona de origen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="122" />
            <source>{n} origin-destination pairs appear more than once in a travel-time matrix (e.g. {examples}): each pair must appear once. Remove or aggregate the repeated rows.</source>
            <translation>{n} pares origen-destino aparecen más de una vez en una matriz de tiempos de viaje (p. ej. {examples}): cada par debe aparecer una sola vez. Elimine o agregue las filas repetidas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="126" />
            <source>The travel-time matrix given for {matrix} has no rows.</source>
            <translation>La matriz de tiempos de viaje indicada para {matrix} no tiene filas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="168" />
            <source>{0}: the matrix has no field {1}, so this mode has no cost.</source>
            <translation>{0}: la matriz no tiene el campo {1}, por lo que este modo no tiene costo.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="217" />
            <source>{0}: {1} of {2} OD pairs are not in its matrix, so this mode is not available for them.</source>
            <translation>{0}: {1} de {2} pares OD no están en su matriz, por lo que este modo no está disponible para ellos.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="223" />
            <source>{0}: {1} OD pairs ({2:,.1f} trips) have no travel time (NULL) in its matrix: this mode is not available for them, and their trips go to the other modes.</source>
            <translation>{0}: {1} pares OD ({2:,.1f} viajes) no tienen tiempo de viaje (NULL) en su matriz: este modo no está disponible para ellos, y sus viajes van a los otros modos.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="232" />
            <source>{0}: {1} OD pairs have no monetary cost (NULL) in its matrix: this mode is not available for them.</source>
            <translation>{0}: {1} pares OD no tienen costo monetario (NULL) en su matriz: este modo no está disponible para ellos.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="239" />
            <source>{0} OD pairs ({1:,.1f} trips) have no available mode: their trips stay in the trips field but get no trips by mode and are left out of the mode shares (output TRIPS_WITHOUT_MODE).</source>
            <translation>{0} pares OD ({1:,.1f} viajes) no tienen ningún modo disponible: sus viajes se mantienen en el campo de viajes, pero no reciben viajes por modo y quedan fuera de la participación modal (salida TRIPS_WITHOUT_MODE).</translation>
        </message>
    </context>
    <context>
        <name>PipelineRunner</name>
        <message>
            <location filename="../ui/pipeline.py" line="677" />
            <source>The algorithm {} is not available.</source>
            <translation>El algoritmo {} no está disponible.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="731" />
            <source>The algorithm {} failed.</source>
            <translation>El algoritmo {} falló.</translation>
        </message>
    </context>
    <context>
        <name>Planner</name>
        <message>
            <location filename="../ui/pipeline.py" line="249" />
            <source>Walking</source>
            <translation>A pie</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="249" />
            <source>Cycling</source>
            <translation>En bicicleta</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="249" />
            <source>Car</source>
            <translation>En automóvil</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="256" />
            <source>The algorithm {} is not available: update Conecta.</source>
            <translation>El algoritmo {} no está disponible: actualice Conecta.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="279" />
            <source>Choose the street network (a line layer).</source>
            <translation>Elija la red vial (una capa de líneas).</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="281" />
            <source>The street network must be a line layer.</source>
            <translation>La red vial debe ser una capa de líneas.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="283" />
            <source>The street network layer {} has no features.</source>
            <translation>La capa de red vial {} no tiene entidades.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="263" />
            <source>Choose the zone layer (polygons or points).</source>
            <translation>Elija la capa de zonas (polígonos o puntos).</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="290" />
            <source>The zone layer {} has no features.</source>
            <translation>La capa de zonas {} no tiene entidades.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="292" />
            <source>No zone is selected: select zones on the map or untick 'Selected zones only'.</source>
            <translation>No hay zonas seleccionadas: seleccione zonas en el mapa o desmarque 'Solo zonas seleccionadas'.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="302" />
            <source>Choose the zone id field.</source>
            <translation>Elija el campo identificador de zona.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="310" />
            <source>Field {} does not exist in the zone layer.</source>
            <translation>El campo {} no existe en la capa de zonas.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="306" />
            <source>Choose the population field: inequality and SDG 11.2.1 are weighted by it.</source>
            <translation>Elija el campo de población: la desigualdad y el ODS 11.2.1 se ponderan por él.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="312" />
            <source>Field {} is not numeric: choose a field with numbers.</source>
            <translation>El campo {} no es numérico: elija un campo con números.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="314" />
            <source>Choose at least one opportunity field (jobs, schools, health care…).</source>
            <translation>Elija al menos un campo de oportunidades (empleos, escuelas, salud…).</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="267" />
            <source>Choose at least one mode.</source>
            <translation>Elija al menos un modo.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="321" />
            <source>Give at least one cutoff in minutes, e.g. 30, 60.</source>
            <translation>Indique al menos un umbral en minutos, p. ej. 30, 60.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="323" />
            <source>Cutoffs must be positive numbers of minutes separated by commas, e.g. 30, 60.</source>
            <translation>Los umbrales deben ser números positivos de minutos separados por comas, p. ej. 30, 60.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="271" />
            <source>The stops layer must be a point layer.</source>
            <translation>La capa de paradas debe ser una capa de puntos.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="375" />
            <source>The layers are in different or geographic coordinate reference systems (CRS): the algorithms reproject them to a projected CRS for the analysis.</source>
            <translation>Las capas están en sistemas de referencia de coordenadas (SRC) distintos o geográficos: los algoritmos las reproyectan a un SRC proyectado para el análisis.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="382" />
            <source>No stops layer: SDG 11.2.1 is skipped.</source>
            <translation>Sin capa de paradas: se omite el ODS 11.2.1.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="404" />
            <source>SDG 11.2.1 is skipped: its algorithm is not available.</source>
            <translation>Se omite el ODS 11.2.1: su algoritmo no está disponible.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="406" />
            <source>The city report is skipped: its algorithm is not available.</source>
            <translation>Se omite el informe de la ciudad: su algoritmo no está disponible.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="408" />
            <source>The zone layer is a temporary layer: save it to repeat the commands headless.</source>
            <translation>La capa de zonas es una capa temporal: guárdela para repetir los comandos sin interfaz.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="428" />
            <source>Travel times ({})</source>
            <translation>Tiempos de viaje ({})</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="457" />
            <source>Accessibility ({})</source>
            <translation>Accesibilidad ({})</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="457" />
            <source>Accessibility — {}</source>
            <translation>Accesibilidad — {}</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="470" />
            <source>Inequality of {0} ({1})</source>
            <translation>Desigualdad de {0} ({1})</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="470" />
            <source>Inequality — {0} ({1})</source>
            <translation>Desigualdad — {0} ({1})</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="492" />
            <source>SDG 11.2.1: convenient access to public transport</source>
            <translation>ODS 11.2.1: acceso conveniente al transporte público</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="492" />
            <source>SDG 11.2.1 — served area</source>
            <translation>ODS 11.2.1 — área servida</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="492" />
            <source>SDG 11.2.1 — indicator</source>
            <translation>ODS 11.2.1 — indicador</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="526" />
            <source>City report (HTML and PDF)</source>
            <translation>Informe de la ciudad (HTML y PDF)</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="342" />
            <source>Temporary layers ({}) exist only in this QGIS session: save them to files (Export → Save Features As…) before running these commands.</source>
            <translation>Las capas temporales ({}) solo existen en esta sesión de QGIS: guárdelas en archivos (Exportar → Guardar objetos como…) antes de ejecutar estos comandos.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="362" />
            <source>The output folder {} is a temporary folder: its files are deleted when QGIS closes. Choose a folder of your own to keep them.</source>
            <translation>La carpeta de salida {} es una carpeta temporal: sus archivos se borran al cerrar QGIS. Elija una carpeta propia para conservarlos.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="369" />
            <source>No city name given: the report is titled '{}'.</source>
            <translation>No se indicó el nombre de la ciudad: el informe se titula '{}'.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="384" />
            <source>No stop mode field: SDG 11.2.1 counts every stop as a bus stop (500 m), rail and metro included.</source>
            <translation>Sin campo del modo de las paradas: el ODS 11.2.1 cuenta todas las paradas como paradas de autobús (500 m), incluidas las de tren y metro.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="391" />
            <source>SDG 11.2.1 reads each stop's capacity from the field {}: 1,000 m around rail, metro and BRT, 500 m around the others.</source>
            <translation>El ODS 11.2.1 lee la capacidad de cada parada del campo {}: 1.000 m alrededor del tren, el metro y el BRT, 500 m alrededor de las demás.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="398" />
            <source>The city report covers the first mode chosen ({}); every mode gets its layers.</source>
            <translation>El informe de la ciudad cubre el primer modo elegido ({}); cada modo tiene sus capas.</translation>
        </message>
    </context>
    <context>
        <name>ReportLabels</name>
        <message>
            <location filename="../processing/report/labels.py" line="146" />
            <source>on foot</source>
            <translation>a pie</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="147" />
            <source>by bicycle</source>
            <translation>en bicicleta</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="148" />
            <source>by car</source>
            <translation>en automóvil</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="149" />
            <source>by public transport</source>
            <translation>en transporte público</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="156" />
            <source>jobs</source>
            <translation>empleos</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="157" />
            <source>schools</source>
            <translation>escuelas</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="158" />
            <source>health facilities</source>
            <translation>establecimientos de salud</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="159" />
            <source>people</source>
            <translation>personas</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="166" />
            <source>the nearest job</source>
            <translation>el empleo más cercano</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="167" />
            <source>the nearest school</source>
            <translation>la escuela más cercana</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="168" />
            <source>the nearest health facility</source>
            <translation>el establecimiento de salud más cercano</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="171" />
            <source>the nearest opportunity ({})</source>
            <translation>la oportunidad más cercana ({})</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="178" />
            <source>within {} min</source>
            <translation>en {} min</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="180" />
            <source>linear decay to zero at {} min</source>
            <translation>decaimiento lineal hasta cero en {} min</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="182" />
            <source>stepped decay at {} min</source>
            <translation>decaimiento escalonado en {} min</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="184" />
            <source>logistic decay, median {0} min, standard deviation {1} min</source>
            <translation>decaimiento logístico, mediana {0} min, desviación estándar {1} min</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="186" />
            <source>logistic decay, median {} min</source>
            <translation>decaimiento logístico, mediana {} min</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="188" />
            <source>negative exponential decay</source>
            <translation>decaimiento exponencial negativo</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="189" />
            <source>inverse power decay</source>
            <translation>decaimiento potencial inverso</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="193" />
            <source>{0}, parameter {1}</source>
            <translation>{0}, parámetro {1}</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="211" />
            <source>{0} reachable within {1} min {2}</source>
            <translation>{0} alcanzables en {1} min {2}</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="213" />
            <source>{0} reachable within {1} to {2} min {3} (median over the cutoffs)</source>
            <translation>{0} alcanzables en {1} a {2} min {3} (mediana de los tiempos de corte)</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="218" />
            <source>Minutes to {0} {1}</source>
            <translation>Minutos hasta {0} {1}</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="219" />
            <source>Minutes to reach {0} {1} {2}</source>
            <translation>Minutos para alcanzar {0} {1} {2}</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="224" />
            <source>{0} who can reach the zone within {1} min {2}</source>
            <translation>{0} que pueden llegar a la zona en {1} min {2}</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="226" />
            <source>{0} who can reach the zone, gravity-weighted by travel time {1} ({2})</source>
            <translation>{0} que pueden llegar a la zona, con ponderación gravitacional por tiempo de viaje {1} ({2})</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="230" />
            <source>{0}, gravity-weighted by travel time {1} ({2})</source>
            <translation>{0}, con ponderación gravitacional por tiempo de viaje {1} ({2})</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="233" />
            <source>{0} per person within {1} min {2} ({3})</source>
            <translation>{0} por persona en {1} min {2} ({3})</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="234" />
            <source>{0} per person, gravity-weighted by travel time {1} ({2}, {3})</source>
            <translation>{0} por persona, con ponderación gravitacional por tiempo de viaje {1} ({2}, {3})</translation>
        </message>
    </context>
    <context>
        <name>ReportMessages</name>
        <message>
            <location filename="../processing/report/document.py" line="225" />
            <source>The map of {} could not be drawn.</source>
            <translation>No se pudo dibujar el mapa de {}.</translation>
        </message>
        <message>
            <location filename="../processing/report/document.py" line="231" />
            <source>The PDF could not be written to {}.</source>
            <translation>No se pudo escribir el PDF en {}.</translation>
        </message>
        <message>
            <location filename="../processing/report/document.py" line="285" />
            <source>The city sheet could not be written to {}.</source>
            <translation>No se pudo escribir la ficha de ciudades en {}.</translation>
        </message>
    </context>
    <context>
        <name>ReportText</name>
        <message>
            <location filename="../processing/report/content.py" line="209" />
            <source>Mean accessibility (population-weighted)</source>
            <translation>Accesibilidad media (ponderada por población)</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="94" />
            <source>Median accessibility (population-weighted)</source>
            <translation>Accesibilidad mediana (ponderada por población)</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="95" />
            <source>Palma ratio (wealthiest 10 % / poorest 40 %)</source>
            <translation>Razón de Palma (10 % más rico / 40 % más pobre)</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="96" />
            <source>Gini index</source>
            <translation>Índice de Gini</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="97" />
            <source>Theil T index</source>
            <translation>Índice T de Theil</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="98" />
            <source>Concentration index (ranked by income)</source>
            <translation>Índice de concentración (ordenado por ingreso)</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="99" />
            <source>Concentration index, Erreygers-corrected</source>
            <translation>Índice de concentración, corregido por Erreygers</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="100" />
            <source>FGT0: share of the population below the poverty line</source>
            <translation>FGT0: proporción de la población bajo la línea de pobreza</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="101" />
            <source>FGT1: poverty gap</source>
            <translation>FGT1: brecha de pobreza</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="102" />
            <source>FGT2: poverty severity</source>
            <translation>FGT2: severidad de la pobreza</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="278" />
            <source>Population</source>
            <translation>Población</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="104" />
            <source>Zones</source>
            <translation>Zonas</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="105" />
            <source>Richest / poorest quintile (Q5 / Q1)</source>
            <translation>Quintil más rico / más pobre (Q5 / Q1)</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="111" />
            <source>All stops (500 m low capacity, 1,000 m high capacity)</source>
            <translation>Todas las paradas (500 m baja capacidad, 1.000 m alta capacidad)</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="112" />
            <source>Low-capacity stops (500 m)</source>
            <translation>Paradas de baja capacidad (500 m)</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="113" />
            <source>High-capacity stops (1,000 m)</source>
            <translation>Paradas de alta capacidad (1.000 m)</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="114" />
            <source>Stops with frequent service (20 min or less between departures)</source>
            <translation>Paradas con servicio frecuente (20 min o menos entre salidas)</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="115" />
            <source>Low-capacity stops with frequent service</source>
            <translation>Paradas de baja capacidad con servicio frecuente</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="116" />
            <source>High-capacity stops with frequent service</source>
            <translation>Paradas de alta capacidad con servicio frecuente</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="123" />
            <source>Key figures</source>
            <translation>Cifras clave</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="124" />
            <source>Maps</source>
            <translation>Mapas</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="125" />
            <source>Charts</source>
            <translation>Gráficos</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="126" />
            <source>Indicators</source>
            <translation>Indicadores</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="127" />
            <source>Data sources and methods</source>
            <translation>Fuentes de datos y métodos</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="128" />
            <source>References</source>
            <translation>Referencias</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="133" />
            <source>Map: {}</source>
            <translation>Mapa: {}</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="139" />
            <source>Conecta for QGIS {0} · methods of ECLAC's Big Push for Sustainability · {1}</source>
            <translation>Conecta para QGIS {0} · métodos del Gran Impulso para la Sostenibilidad de la CEPAL · {1}</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="145" />
            <source>d MMMM yyyy</source>
            <translation>d 'de' MMMM 'de' yyyy</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="166" />
            <source>Accessibility report: {}</source>
            <translation>Informe de accesibilidad: {}</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="166" />
            <source>Accessibility report</source>
            <translation>Informe de accesibilidad</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="170" />
            <source>{0} · zones: {1} · population: {2}</source>
            <translation>{0} · zonas: {1} · población: {2}</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="366" />
            <source>SDG 11.2.1: convenient access to public transport</source>
            <translation>ODS 11.2.1: acceso conveniente al transporte público</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="198" />
            <source>Population by accessibility</source>
            <translation>Población según accesibilidad</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="201" />
            <source>Mean</source>
            <translation>Media</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="207" />
            <source>Mean accessibility by income decile</source>
            <translation>Accesibilidad media por decil de ingreso</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="208" />
            <source>Income decile (1 = poorest)</source>
            <translation>Decil de ingreso (1 = más pobre)</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="210" />
            <source>Lorenz curve of accessibility</source>
            <translation>Curva de Lorenz de la accesibilidad</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="211" />
            <source>Cumulative share of the population</source>
            <translation>Proporción acumulada de la población</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="212" />
            <source>Cumulative share of accessibility</source>
            <translation>Proporción acumulada de la accesibilidad</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="213" />
            <source>Lorenz curve (Gini index {})</source>
            <translation>Curva de Lorenz (índice de Gini {})</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="214" />
            <source>Line of equality</source>
            <translation>Línea de igualdad</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="226" />
            <source>Measure</source>
            <translation>Medida</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="228" />
            <source>Accessibility and its inequality</source>
            <translation>Accesibilidad y su desigualdad</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="238" />
            <source>Q1 (poorest 20 %)</source>
            <translation>Q1 (20 % más pobre)</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="239" />
            <source>Q2</source>
            <translation>Q2</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="240" />
            <source>Q3</source>
            <translation>Q3</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="241" />
            <source>Q4</source>
            <translation>Q4</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="242" />
            <source>Q5 (wealthiest 20 %)</source>
            <translation>Q5 (20 % más rico)</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="256" />
            <source>Mean accessibility by income quintile (population-weighted)</source>
            <translation>Accesibilidad media por quintil de ingreso (ponderada por población)</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="256" />
            <source>Income quintile</source>
            <translation>Quintil de ingreso</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="275" />
            <source>Stops and service area</source>
            <translation>Paradas y área de servicio</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="276" />
            <source>Population group (field)</source>
            <translation>Grupo de población (campo)</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="277" />
            <source>Population served</source>
            <translation>Población servida</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="279" />
            <source>Share</source>
            <translation>Proporción</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="281" />
            <source>SDG 11.2.1: share of the population with convenient access to public transport</source>
            <translation>ODS 11.2.1: proporción de la población con acceso conveniente al transporte público</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="288" />
            <source>Data: zones of layer {0} ({1} zones); accessibility fields {2}; population field {3}.</source>
            <translation>Datos: zonas de la capa {0} ({1} zonas); campos de accesibilidad {2}; campo de población {3}.</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="296" />
            <source>Accessibility: Conecta computes it with the measures of IPEA's accessibility package (Pereira &amp; Herszenhut 2023): cumulative opportunities within a travel time, gravity with a decay function, travel time to the closest opportunity, floating catchment areas (2SFCA, Luo &amp; Wang 2003; BFCA, Paez et al. 2019) and passive accessibility.</source>
            <translation>Accesibilidad: Conecta la calcula con las medidas del paquete accessibility del IPEA (Pereira &amp; Herszenhut 2023): oportunidades acumuladas dentro de un tiempo de viaje, gravitacional con una función de decaimiento, tiempo a la oportunidad más cercana, áreas de captación flotante (2SFCA, Luo &amp; Wang 2003; BFCA, Paez et al. 2019) y accesibilidad pasiva.</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="302" />
            <source>Every mean, median, share and inequality measure is weighted by the population of the zones; zones with no value or no population are left out of the figures of that field.</source>
            <translation>Toda media, mediana, proporción y medida de desigualdad se pondera por la población de las zonas; las zonas sin valor o sin población se excluyen de las cifras de ese campo.</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="306" />
            <source>Gini index: twice the area between the Lorenz curve of accessibility and the line of equality (0: everyone has the same accessibility; 1: one zone has it all). Theil T index (Theil 1967): 0 for equality, higher for more inequality.</source>
            <translation>Índice de Gini: el doble del área entre la curva de Lorenz de la accesibilidad y la línea de igualdad (0: todos tienen la misma accesibilidad; 1: una zona la tiene toda). Índice T de Theil (Theil 1967): 0 con igualdad, mayor cuanto más desigualdad.</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="313" />
            <source>Income: field {}. Palma ratio (Palma 2011; Cobham &amp; Sumner 2013): mean accessibility of the wealthiest 10 % of the population divided by that of the poorest 40 %, the groups being population-weighted quantiles of income per capita; above 1 the wealthy have more access. Income quintiles are built the same way (Q1: the poorest 20 %). The concentration index (Wagstaff, Paci &amp; van Doorslaer 1991; Erreygers 2009) ranks the population by income: positive when accessibility is concentrated among the wealthier.</source>
            <translation>Ingreso: campo {}. Razón de Palma (Palma 2011; Cobham &amp; Sumner 2013): accesibilidad media del 10 % más rico de la población dividida por la del 40 % más pobre, siendo los grupos cuantiles del ingreso per cápita ponderados por población; por encima de 1 los más ricos tienen más acceso. Los quintiles de ingreso se construyen del mismo modo (Q1: el 20 % más pobre). El índice de concentración (Wagstaff, Paci &amp; van Doorslaer 1991; Erreygers 2009) ordena la población por ingreso: es positivo cuando la accesibilidad se concentra entre los más ricos.</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="324" />
            <source>The inequality measures of {0} come from the table {1} of the algorithm 'Accessibility inequality and poverty' (FGT poverty measures: Foster, Greer &amp; Thorbecke 1984).</source>
            <translation>Las medidas de desigualdad de {0} provienen de la tabla {1} del algoritmo 'Desigualdad y pobreza de accesibilidad' (medidas de pobreza FGT: Foster, Greer &amp; Thorbecke 1984).</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="331" />
            <source>SDG 11.2.1 (table {}): proportion of the population with convenient access to public transport, that is living within 500 m walking of a low-capacity stop (bus, BRT, tram) or 1,000 m of a high-capacity one (rail, metro, ferry), following the UN SDG indicator metadata (2021); disaggregated by the population groups of the table.</source>
            <translation>ODS 11.2.1 (tabla {}): proporción de la población con acceso conveniente al transporte público, es decir, que vive a menos de 500 m a pie de una parada de baja capacidad (bus, BRT, tranvía) o de 1.000 m de una de alta capacidad (tren, metro, ferry), según los metadatos del indicador ODS de la ONU (2021); desagregada por los grupos de población de la tabla.</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="354" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="363" />
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="367" />
            <source>Indicator</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="369" />
            <source>Cities side by side</source>
            <translation>Ciudades lado a lado</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="373" />
            <source>City sheet: accessibility compared</source>
            <translation>Ficha de ciudades: accesibilidad comparada</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="374" />
            <source>{0} reports collected in {1} · {2}</source>
            <translation>{0} informes reunidos en {1} · {2}</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="377" />
            <source>City sheet</source>
            <translation>Ficha de ciudades</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="382" />
            <source>Mean accessibility: {}</source>
            <translation>Accesibilidad media: {}</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="383" />
            <source>Gini index: {}</source>
            <translation>Índice de Gini: {}</translation>
        </message>
    </context>
    <context>
        <name>Scenario2030</name>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="51" />
            <source>CO2 scenarios to 2030 (ASIF)</source>
            <translation>Escenarios de CO2 a 2030 (ASIF)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="54" />
            <source>Passenger-km, vehicle-km, energy and CO2 of a city's passenger transport by mode, for a base year and target years, and their change against business as usual (ASIF: Activity × Structure × Intensity × Fuel; Schipper, Marie-Lilliu &amp; Gorham 2000).

Base-year activity, in this order of priority: the OD table of 'Mode split' (trips_walk, trips_bicycle, trips_car, trips_transit) × a distance table (from_id, to_id, distance in km) gives the trips and passenger-km by mode; or a modes table (mode, share, trip_km; other columns optional: occupancy, fuel, mj_per_km, kwh_per_km, ev_share) × the trips per day; or a city preset (São Paulo OD 2017, Bogotá 2019, Mexico City EOD 2017, Buenos Aires estimates), each value with its source in resources/presets. Values given replace the preset's.

Levers (a table: year, lever, mode, value; a value holds until another year changes it): Avoid — population, trips_per_person, trip_length_factor; Shift — share of every mode in that year, trip_km; Improve — occupancy, mj_per_km, kwh_per_km, ev_share (or a fleet-renewal table: mode, year, renewal_rate, new_ev_share); Fuel — grid_factor, bio_diesel, bio_gasoline. Business as usual keeps the base year's values except population.

Per mode and year: pkm; vkm = pkm / occupancy; energy MJ (fuel) and kWh (electricity); CO2 tank-to-wheel (fossil; biogenic apart) and well-to-wheel (with the fuels' well-to-tank emissions and the grid's CO2); BAU and the change vs BAU. Figures per day × days per year.</source>
            <translation>Pasajeros-km, vehículos-km, energía y CO2 del transporte de pasajeros de una ciudad por modo, para un año base y años meta, y su cambio frente al escenario tendencial (ASIF: Actividad × Estructura × Intensidad × Combustible; Schipper, Marie-Lilliu y Gorham 2000).

Actividad del año base, en este orden de prioridad: la tabla OD de 'Partición modal' (trips_walk, trips_bicycle, trips_car, trips_transit) × una tabla de distancias (from_id, to_id, distancia en km) da los viajes y los pasajeros-km por modo; o una tabla de modos (mode, share, trip_km; otras columnas opcionales: occupancy, fuel, mj_per_km, kwh_per_km, ev_share) × los viajes por día; o una ciudad predefinida (São Paulo OD 2017, Bogotá 2019, Ciudad de México EOD 2017, estimaciones de Buenos Aires), cada valor con su fuente en resources/presets. Los valores indicados reemplazan a los predefinidos.

Palancas (una tabla: year, lever, mode, value; un valor rige hasta que otro año lo cambie): Evitar — population, trips_per_person, trip_length_factor; Cambiar — share de todos los modos en ese año, trip_km; Mejorar — occupancy, mj_per_km, kwh_per_km, ev_share (o una tabla de renovación de flota: mode, year, renewal_rate, new_ev_share); Combustible — grid_factor, bio_diesel, bio_gasoline. El escenario tendencial mantiene los valores del año base salvo la población.

Por modo y año: pkm; vkm = pkm / ocupación; energía en MJ (combustible) y kWh (electricidad); CO2 del tanque a la rueda (fósil; el biogénico aparte) y del pozo a la rueda (con las emisiones del pozo al tanque de los combustibles y el CO2 de la red eléctrica); tendencial y cambio frente al tendencial. Cifras por día × días por año.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="76" />
            <source>None (give the values)</source>
            <translation>Ninguna (indique los valores)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="77" />
            <source>São Paulo (Metrô-SP OD survey 2017)</source>
            <translation>São Paulo (encuesta OD 2017 del Metrô-SP)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="78" />
            <source>Bogotá (Encuesta de Movilidad 2019)</source>
            <translation>Bogotá (Encuesta de Movilidad 2019)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="79" />
            <source>Mexico City (INEGI EOD 2017)</source>
            <translation>Ciudad de México (EOD 2017 del INEGI)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="80" />
            <source>Buenos Aires (estimates to replace)</source>
            <translation>Buenos Aires (estimaciones a reemplazar)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="82" />
            <source>City preset</source>
            <translation>Ciudad predefinida</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="83" />
            <source>OD table with trips by mode (output of 'Mode split')</source>
            <translation>Tabla OD con viajes por modo (salida de 'Partición modal')</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="86" />
            <source>Distances between zones (from_id, to_id, km)</source>
            <translation>Distancias entre zonas (from_id, to_id, km)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="87" />
            <source>Distance field (km)</source>
            <translation>Campo de distancia (km)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="89" />
            <source>Public transport trips of the OD table run by</source>
            <translation>Los viajes en transporte público de la tabla OD se hacen en</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="90" />
            <source>Modes table (mode, share, trip_km …)</source>
            <translation>Tabla de modos (mode, share, trip_km …)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="91" />
            <source>Levers (year, lever, mode, value)</source>
            <translation>Palancas (year, lever, mode, value)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="92" />
            <source>Fleet renewal (mode, year, renewal_rate, new_ev_share)</source>
            <translation>Renovación de flota (mode, year, renewal_rate, new_ev_share)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="96" />
            <source>Base year (0 = the preset's)</source>
            <translation>Año base (0 = el predefinido)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="97" />
            <source>Population (0 = the preset's)</source>
            <translation>Población (0 = la predefinida)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="98" />
            <source>Trips per day (0 = from the OD table or the preset)</source>
            <translation>Viajes por día (0 = de la tabla OD o los predefinidos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="101" />
            <source>Grid emission factor (country or kg CO2/kWh; empty = the preset's)</source>
            <translation>Factor de emisión de la red eléctrica (país o kg CO2/kWh; vacío = el predefinido)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="105" />
            <source>Days per year</source>
            <translation>Días por año</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="105" />
            <source>Survey figures are for a working day: 365 counts every day as one; about 300 counts weekends and holidays as lighter days. 1 gives figures per day.</source>
            <translation>Las cifras de las encuestas son de un día hábil: 365 cuenta cada día como uno de ellos; unos 300 cuentan los fines de semana y feriados como días más livianos. 1 da cifras por día.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="112" />
            <source>Scenario by mode and year</source>
            <translation>Escenario por modo y año</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="113" />
            <source>Scenario chart</source>
            <translation>Gráfico del escenario</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="113" />
            <source>PNG files (*.png)</source>
            <translation>Archivos PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="118" />
            <source>Base-year CO2, well-to-wheel (t)</source>
            <translation>CO2 del año base, del pozo a la rueda (t)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="119" />
            <source>Last target year's CO2, well-to-wheel (t)</source>
            <translation>CO2 del último año meta, del pozo a la rueda (t)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="155" />
            <source>CO2 of passenger transport by mode (well-to-wheel)</source>
            <translation>CO2 del transporte de pasajeros por modo (del pozo a la rueda)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="156" />
            <source>t CO2 (well-to-wheel)</source>
            <translation>t CO2 (del pozo a la rueda)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="157" />
            <source>Business as usual (total)</source>
            <translation>Tendencial (total)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="173" />
            <source>The OD table needs the distances between zones (from_id, to_id and a distance in km).</source>
            <translation>La tabla OD necesita las distancias entre zonas (from_id, to_id y una distancia en km).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="185" />
            <source>The {0} table has no field {1}; its fields are: {2}.</source>
            <translation>La tabla {0} no tiene el campo {1}; sus campos son: {2}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="194" />
            <source>{0} OD pairs ({1:,.1f} trips) have no distance (e.g. {2}): their trips count with the mean trip length of their mode.</source>
            <translation>{0} pares OD ({1:,.1f} viajes) no tienen distancia (p. ej. {2}): sus viajes cuentan con la longitud media de viaje de su modo.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="221" />
            <source>Base year {0}: {1:,.0f} trips a day; passenger-km by mode: {2}.</source>
            <translation>Año base {0}: {1:,.0f} viajes por día; pasajeros-km por modo: {2}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="229" />
            <source>{0}: {1:,.1f} t CO2 well-to-wheel ({2:,.1f} t tank-to-wheel); business as usual {3:,.1f} t; change {4:+,.1f} t.</source>
            <translation>{0}: {1:,.1f} t CO2 del pozo a la rueda ({2:,.1f} t del tanque a la rueda); tendencial {3:,.1f} t; cambio {4:+,.1f} t.</translation>
        </message>
    </context>
    <context>
        <name>ScenarioPlanner</name>
        <message>
            <location filename="../ui/scenarios_page.py" line="153" />
            <source>Choose the baseline: a layer of accessibility per zone (a run's result).</source>
            <translation>Elija la línea base: una capa de accesibilidad por zona (el resultado de una ejecución).</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="157" />
            <source>Choose the baseline's zone id, accessibility, opportunity and population fields.</source>
            <translation>Elija los campos de id de zona, accesibilidad, oportunidades y población de la línea base.</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="161" />
            <source>Choose the GTFS feed (zip) the new route is added to.</source>
            <translation>Elija el feed GTFS (zip) al que se añade la nueva ruta.</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="163" />
            <source>Draw the new route, or choose a line layer holding it.</source>
            <translation>Dibuje la nueva ruta, o elija una capa de líneas que la contenga.</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="165" />
            <source>Give the service date (a day of the feed's calendar).</source>
            <translation>Indique la fecha de servicio (un día del calendario del feed).</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="174" />
            <source>New GTFS feed</source>
            <translation>Nuevo feed GTFS</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="177" />
            <source>Public-transport travel times with the new route</source>
            <translation>Tiempos de viaje en transporte público con la nueva ruta</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="182" />
            <source>Accessibility with the new route</source>
            <translation>Accesibilidad con la nueva ruta</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="188" />
            <source>Who gains</source>
            <translation>Quién gana</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="188" />
            <source>Who gains: change of {}</source>
            <translation>Quién gana: cambio de {}</translation>
        </message>
    </context>
    <context>
        <name>ScenarioReportText</name>
        <message>
            <location filename="../processing/report/scenario.py" line="35" />
            <source>Scenario: who gains</source>
            <translation>Escenario: quién gana</translation>
        </message>
        <message>
            <location filename="../processing/report/scenario.py" line="40" />
            <source>Everybody</source>
            <translation>Todos</translation>
        </message>
        <message>
            <location filename="../processing/report/scenario.py" line="42" />
            <source>Decile {}</source>
            <translation>Decil {}</translation>
        </message>
        <message>
            <location filename="../processing/report/scenario.py" line="43" />
            <source>Gini index</source>
            <translation>Índice de Gini</translation>
        </message>
        <message>
            <location filename="../processing/report/scenario.py" line="43" />
            <source>Palma ratio</source>
            <translation>Razón de Palma</translation>
        </message>
        <message>
            <location filename="../processing/report/scenario.py" line="48" />
            <source>Change by decile (population-weighted mean)</source>
            <translation>Cambio por decil (media ponderada por población)</translation>
        </message>
        <message>
            <location filename="../processing/report/scenario.py" line="49" />
            <source>Decile (1 = lowest)</source>
            <translation>Decil (1 = el más bajo)</translation>
        </message>
        <message>
            <location filename="../processing/report/scenario.py" line="50" />
            <source>Change (scenario − baseline)</source>
            <translation>Cambio (escenario − línea base)</translation>
        </message>
        <message>
            <location filename="../processing/report/scenario.py" line="51" />
            <source>No change</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <location filename="../processing/report/scenario.py" line="81" />
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <location filename="../processing/report/scenario.py" line="82" />
            <source>Population</source>
            <translation>Población</translation>
        </message>
        <message>
            <location filename="../processing/report/scenario.py" line="83" />
            <source>Baseline</source>
            <translation>Línea base</translation>
        </message>
        <message>
            <location filename="../processing/report/scenario.py" line="84" />
            <source>Scenario</source>
            <translation>Escenario</translation>
        </message>
        <message>
            <location filename="../processing/report/scenario.py" line="85" />
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <location filename="../processing/report/scenario.py" line="86" />
            <source>Gaining beyond the threshold</source>
            <translation>Ganan más que el umbral</translation>
        </message>
        <message>
            <location filename="../processing/report/scenario.py" line="87" />
            <source>Losing beyond the threshold</source>
            <translation>Pierden más que el umbral</translation>
        </message>
    </context>
    <context>
        <name>ScenariosPage</name>
        <message>
            <location filename="../ui/scenarios_page.py" line="229" />
            <source>What would a new route do for access to opportunities, and for whom? Pick the accessibility of a baseline run, draw the route on the map, set its headway and speed, and run.</source>
            <translation>¿Qué haría una nueva ruta por el acceso a las oportunidades, y para quién? Elija la accesibilidad de una ejecución de línea base, dibuje la ruta en el mapa, indique su intervalo y su velocidad, y ejecute.</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="242" />
            <source>Baseline</source>
            <translation>Línea base</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="244" />
            <source>Accessibility per zone from a baseline run (public transport).</source>
            <translation>Accesibilidad por zona de una ejecución de línea base (transporte público).</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="248" />
            <source>Baseline accessibility</source>
            <translation>Accesibilidad de línea base</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="252" />
            <source>Zone id</source>
            <translation>Identificador de zona</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="252" />
            <source>Accessibility field</source>
            <translation>Campo de accesibilidad</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="252" />
            <source>Opportunities</source>
            <translation>Oportunidades</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="252" />
            <source>Population</source>
            <translation>Población</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="252" />
            <source>Income (optional)</source>
            <translation>Ingreso (opcional)</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="259" />
            <source>Cutoff (minutes)</source>
            <translation>Umbral (minutos)</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="428" />
            <source>New route</source>
            <translation>Nueva ruta</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="267" />
            <source>GTFS zip (*.zip)</source>
            <translation>Zip GTFS (*.zip)</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="266" />
            <source>GTFS feed to change</source>
            <translation>Feed GTFS que se cambia</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="267" />
            <source>Feeds routed with it, unchanged (rail, another operator).</source>
            <translation>Feeds que se enrutan con él, sin cambios (tren, otro operador).</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="272" />
            <source>Other feeds (optional)</source>
            <translation>Otros feeds (opcional)</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="274" />
            <source>Route line(s)</source>
            <translation>Línea(s) de la ruta</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="275" />
            <source>Draw…</source>
            <translation>Dibujar…</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="276" />
            <source>Add a line layer for the new route and start drawing it.</source>
            <translation>Añade una capa de líneas para la nueva ruta y empieza a dibujarla.</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="280" />
            <source>Headway (minutes)</source>
            <translation>Intervalo (minutos)</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="282" />
            <source>Running speed between stops; the dwell time is added at each stop.</source>
            <translation>Velocidad de marcha entre paradas; el tiempo de detención se suma en cada parada.</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="285" />
            <source>Speed (km/h)</source>
            <translation>Velocidad (km/h)</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="287" />
            <source>Dwell at each stop (s)</source>
            <translation>Detención en cada parada (s)</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="289" />
            <source>Stop spacing (m)</source>
            <translation>Distancia entre paradas (m)</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="293" />
            <source>Bus</source>
            <translation>Autobús</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="293" />
            <source>BRT</source>
            <translation>BRT</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="293" />
            <source>Tram</source>
            <translation>Tranvía</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="293" />
            <source>Metro</source>
            <translation>Metro</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="293" />
            <source>Rail</source>
            <translation>Tren</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="294" />
            <source>Ferry</source>
            <translation>Transbordador</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="294" />
            <source>Informal service (vans, colectivos)</source>
            <translation>Servicio informal (combis, colectivos)</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="298" />
            <source>Mode</source>
            <translation>Modo</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="303" />
            <source>Service from – to (HH:MM)</source>
            <translation>Servicio desde – hasta (HH:MM)</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="335" />
            <source>Run</source>
            <translation>Ejecutar</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="309" />
            <source>Streets for the walking legs (empty: straight lines × 1.3).</source>
            <translation>Calles para los tramos a pie (vacío: líneas rectas × 1,3).</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="314" />
            <source>Street network for walking</source>
            <translation>Red vial para caminar</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="319" />
            <source>Service date</source>
            <translation>Fecha de servicio</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="322" />
            <source>Departure time</source>
            <translation>Hora de salida</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="326" />
            <source>Departure window (minutes)</source>
            <translation>Ventana de salidas (minutos)</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="330" />
            <source>Output folder</source>
            <translation>Carpeta de salida</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="335" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="350" />
            <source>The equivalent qgis_process commands of the last run.</source>
            <translation>Los comandos qgis_process equivalentes de la última ejecución.</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="448" />
            <source>Cannot write to the output folder {0}: {1}.</source>
            <translation>No se puede escribir en la carpeta de salida {0}: {1}.</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="457" />
            <source>Conecta — scenario — {}</source>
            <translation>Conecta — escenario — {}</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="463" />
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="467" />
            <source>Done: {0:.1f} % of the people gain more than 10 %, {1:.1f} % lose more than 10 %.</source>
            <translation>Listo: el {0:.1f} % de las personas gana más del 10 %, el {1:.1f} % pierde más del 10 %.</translation>
        </message>
    </context>
    <context>
        <name>Sdg1121</name>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="101" />
            <source>SDG 11.2.1 access to public transport</source>
            <translation>ODS 11.2.1 acceso al transporte público</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="104" />
            <source>Share of the population with convenient access to public transport (SDG indicator 11.2.1): people living within 500 m walking along the street network of a low-capacity stop (bus, tram, BRT, paratransit) or within 1,000 m of a high-capacity stop (rail, metro, ferry). Both distances are parameters, so national variants (for example Argentina's 300 m) can be computed.

Method (UN-Habitat, SDG 11.2.1 metadata, 2021): from every stop, the streets reachable on foot within the distance are found on the network (streets partly reached are cut at the exact point; the walk from the stop to the nearest street counts); the reached streets are buffered by a small distance (default 50 m) that stands for the buildings along them, and the areas of all stops are dissolved. Population in polygons partly covered is apportioned by area; points count when inside; with a population raster, pixels are apportioned by their exact covered area.

The stop's capacity class comes from a class field (low/high), else from a mode field (bus, tram, brt → low; rail, metro, subway, ferry → high; GTFS route_type numbers also work), else the default class. With a frequency field, the same areas are also computed for frequent stops only (the recommended secondary criterion: at least 3 departures per hour, i.e. a headway of 20 minutes or less). The GTFS stops algorithm of Conecta writes all these fields.

Outputs: the served areas per scenario (all, low, high and their frequent versions), the population layer with the served share of each feature, and a table with the indicator overall and for every population field chosen (women, men, age groups, persons with disabilities …).</source>
            <translation>Proporción de la población con acceso conveniente al transporte público (indicador ODS 11.2.1): personas que viven a menos de 500 m a pie por la red vial de una parada de baja capacidad (autobús, tranvía, BRT, transporte informal) o a menos de 1.000 m de una parada de alta capacidad (tren, metro, ferry). Ambas distancias son parámetros, de modo que pueden calcularse variantes nacionales (por ejemplo los 300 m de Argentina).

Método (ONU-Hábitat, metadatos del ODS 11.2.1, 2021): desde cada parada se buscan en la red las calles alcanzables a pie dentro de la distancia (las calles alcanzadas en parte se cortan en el punto exacto; cuenta la caminata desde la parada hasta la calle más cercana); las calles alcanzadas se amplían con un búfer pequeño (50 m por defecto) que representa los edificios a lo largo de ellas, y se disuelven las áreas de todas las paradas. La población de polígonos cubiertos en parte se reparte por área; los puntos cuentan si están dentro; con un ráster de población, los píxeles se reparten por su área cubierta exacta.

La clase de capacidad de la parada proviene de un campo de clase (low/high), si no de un campo de modo (bus, tram, brt → baja; rail, metro, subway, ferry → alta; también sirven los números route_type de GTFS), si no de la clase predeterminada. Con un campo de frecuencia, las mismas áreas se calculan también solo para las paradas frecuentes (el criterio secundario recomendado: al menos 3 salidas por hora, es decir un intervalo de 20 minutos o menos). El algoritmo de paradas GTFS de Conecta escribe todos estos campos.

Salidas: las áreas servidas por escenario (all, low, high y sus versiones frecuentes), la capa de población con la proporción servida de cada entidad y una tabla con el indicador global y para cada campo de población elegido (mujeres, hombres, grupos de edad, personas con discapacidad …).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="128" />
            <source>Public transport stops</source>
            <translation>Paradas de transporte público</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="129" />
            <source>Capacity class field (low/high, optional)</source>
            <translation>Campo de clase de capacidad (low/high, opcional)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="129" />
            <source>A field with the values low or high for each stop.</source>
            <translation>Un campo con los valores low o high para cada parada.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="133" />
            <source>Mode field (optional, used when there is no class field)</source>
            <translation>Campo de modo (opcional, se usa cuando no hay campo de clase)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="133" />
            <source>A field with the mode of each stop (bus, tram, brt, rail, metro, subway, ferry …) or its GTFS route_type; modes are mapped to capacity classes as in the SDG metadata.</source>
            <translation>Un campo con el modo de cada parada (bus, tram, brt, rail, metro, subway, ferry …) o su route_type de GTFS; los modos se asignan a clases de capacidad como en los metadatos del ODS.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="141" />
            <source>Class of stops without class or mode</source>
            <translation>Clase de las paradas sin clase ni modo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="141" />
            <source>Low capacity</source>
            <translation>Baja capacidad</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="141" />
            <source>High capacity</source>
            <translation>Alta capacidad</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="145" />
            <source>Walking distance to low-capacity stops (m)</source>
            <translation>Distancia a pie a paradas de baja capacidad (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="149" />
            <source>Walking distance to high-capacity stops (m)</source>
            <translation>Distancia a pie a paradas de alta capacidad (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="153" />
            <source>Frequency field (optional)</source>
            <translation>Campo de frecuencia (opcional)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="160" />
            <source>The frequency field holds</source>
            <translation>El campo de frecuencia contiene</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="160" />
            <source>Departures per hour</source>
            <translation>Salidas por hora</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="160" />
            <source>Headway (minutes)</source>
            <translation>Intervalo (minutos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="164" />
            <source>Minimum departures per hour of a frequent stop</source>
            <translation>Mínimo de salidas por hora de una parada frecuente</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="164" />
            <source>3 departures per hour is a headway of 20 minutes. With a headway field, a stop is frequent when its headway is at most 60 / this value minutes.</source>
            <translation>3 salidas por hora equivalen a un intervalo de 20 minutos. Con un campo de intervalo, una parada es frecuente cuando su intervalo es como máximo 60 / este valor minutos.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="173" />
            <source>Population raster (instead of fields)</source>
            <translation>Ráster de población (en lugar de campos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="173" />
            <source>A population grid such as WorldPop or GHS-POP. The polygons of the population layer, when given, are the zones (and the city); otherwise the whole raster is the city.</source>
            <translation>Una grilla de población como WorldPop o GHS-POP. Los polígonos de la capa de población, si se indican, son las zonas (y la ciudad); si no, todo el ráster es la ciudad.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="182" />
            <source>Buffer around reached streets (m)</source>
            <translation>Búfer alrededor de las calles alcanzadas (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="185" />
            <source>Maximum distance from a stop to the street network (m)</source>
            <translation>Distancia máxima de una parada a la red vial (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="189" />
            <source>Served areas</source>
            <translation>Áreas servidas</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="190" />
            <source>Population with served share</source>
            <translation>Población con proporción servida</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="194" />
            <source>SDG 11.2.1 indicator</source>
            <translation>Indicador ODS 11.2.1</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="323" />
            <source>{0} stops have a value other than low or high in field {1}: they get the default class.</source>
            <translation>{0} paradas tienen un valor distinto de low o high en el campo {1}: reciben la clase predeterminada.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="332" />
            <source>{0} stops have an unknown mode ({1}): they get the default class.</source>
            <translation>{0} paradas tienen un modo desconocido ({1}): reciben la clase predeterminada.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="339" />
            <source>{} stops have a mode that is not public transport for the indicator (taxi, air): left out.</source>
            <translation>{} paradas tienen un modo que no es transporte público para el indicador (taxi, avión): se dejan fuera.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="355" />
            <source>{0} stops have no value in field {1}: they are not counted as frequent.</source>
            <translation>{0} paradas no tienen valor en el campo {1}: no cuentan como frecuentes.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="361" />
            <source>{0} of {1} stops are frequent (at least {2} departures per hour).</source>
            <translation>{0} de {1} paradas son frecuentes (al menos {2} salidas por hora).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="202" />
            <source>The stops layer is empty.</source>
            <translation>La capa de paradas está vacía.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="287" />
            <source>Give a population layer with at least one population field, or a population raster.</source>
            <translation>Indique una capa de población con al menos un campo de población, o un ráster de población.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="295" />
            <source>With a population raster, the population layer must hold polygons (zones).</source>
            <translation>Con un ráster de población, la capa de población debe contener polígonos (zonas).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="308" />
            <source>The stops layer has no feature with a geometry.</source>
            <translation>La capa de paradas no tiene ninguna entidad con geometría.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="309" />
            <source>{} stops without geometry skipped.</source>
            <translation>{} paradas sin geometría omitidas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="215" />
            <source>{0} low-capacity stops ({1} m) and {2} high-capacity stops ({3} m).</source>
            <translation>{0} paradas de baja capacidad ({1} m) y {2} paradas de alta capacidad ({3} m).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="390" />
            <source>{0} stops are farther than {1} m from the street network and serve no one (feature ids): {2}</source>
            <translation>{0} paradas están a más de {1} m de la red vial y no sirven a nadie (identificadores de entidad): {2}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="428" />
            <source>Cannot read the raster {0}: {1}</source>
            <translation>No se puede leer el ráster {0}: {1}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="248" />
            <source>SDG 11.2.1, {0}: {1} % of the population is served.</source>
            <translation>ODS 11.2.1, {0}: el {1} % de la población está servida.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="390" />
            <source>{0} stops are farther than {1} m from the street network and serve no one (stop_id): {2}</source>
            <translation>{0} paradas están a más de {1} m de la red vial y no sirven a nadie (stop_id): {2}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="402" />
            <source>{0} stops stand on a piece of the street network cut off from the rest: they serve only the streets of that piece. Check the network there (a missing link, a footway not joined to the streets): {1}</source>
            <translation>{0} paradas están sobre un tramo de la red vial aislado del resto: solo sirven a las calles de ese tramo. Revise la red allí (un enlace faltante, un sendero peatonal no unido a las calles): {1}</translation>
        </message>
    </context>
    <context>
        <name>Sdg1131</name>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="103" />
            <source>SDG 11.3.1 land consumption rate to population growth rate</source>
            <translation>ODS 11.3.1 relación entre la tasa de consumo de suelo y la tasa de crecimiento de la población</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="106" />
            <source>Computes SDG indicator 11.3.1, the ratio of land consumption rate to population growth rate (LCRPGR), for the whole city and, when zones are given, for each zone, following the UN SDG metadata of 11.3.1 (2021-03-01):
LCR = (V_present − V_past) / V_past / t, where V is the built-up area and t the years between the two dates (the legacy form ln(V_present / V_past) / t, used before 2021, is an option);
PGR = ln(Pop_present / Pop_past) / t;
LCRPGR = LCR / PGR.
It also gives the built-up area per capita (m² per person) at both dates. Rates are fractions per year (0.01 = 1 % a year).

Built-up area at each date: a polygon layer (areas are measured in a projected CRS; overlapping polygons count once) or a raster such as GHSL GHS-BUILT: either pixels with a value above 0, or pixels equal to a given value, count as built-up with their whole area (measured on the ellipsoid for rasters in geographic coordinates), or the pixel values are the built-up surface in m² (GHS-BUILT-S). Rasters are apportioned to zones with exact pixel coverage.

Population at each date: a number for the whole city (without zones), a field of the zones layer, or a population raster (e.g. WorldPop, GHS-POP) summed over the zones or over the whole raster.

Warnings are given where the population barely changed (PGR near zero: the ratio becomes unstable, read LCR and PGR separately) or fell (negative PGR: the sign of the ratio flips).</source>
            <translation>Calcula el indicador ODS 11.3.1, la relación entre la tasa de consumo de suelo y la tasa de crecimiento de la población (LCRPGR), para toda la ciudad y, si se indican zonas, para cada zona, según los metadatos de la ONU del indicador 11.3.1 (2021-03-01):
LCR = (V_presente − V_pasado) / V_pasado / t, donde V es el área construida y t los años entre las dos fechas (la forma anterior ln(V_presente / V_pasado) / t, usada antes de 2021, es una opción);
PGR = ln(Pob_presente / Pob_pasado) / t;
LCRPGR = LCR / PGR.
También da el área construida per cápita (m² por persona) en ambas fechas. Las tasas son fracciones por año (0.01 = 1 % al año).

Área construida en cada fecha: una capa de polígonos (las áreas se miden en un SRC proyectado; los polígonos superpuestos cuentan una vez) o un ráster como GHSL GHS-BUILT: los píxeles con valor mayor que 0, o los píxeles iguales a un valor dado, cuentan como construidos con toda su área (medida sobre el elipsoide para rásteres en coordenadas geográficas), o bien los valores de los píxeles son la superficie construida en m² (GHS-BUILT-S). Los rásteres se reparten entre zonas con cobertura exacta de píxel.

Población en cada fecha: un número para toda la ciudad (sin zonas), un campo de la capa de zonas o un ráster de población (p. ej. WorldPop, GHS-POP) sumado sobre las zonas o sobre todo el ráster.

Se emiten advertencias donde la población casi no cambió (PGR cercana a cero: la relación se vuelve inestable, lea LCR y PGR por separado) o disminuyó (PGR negativa: el signo de la relación se invierte).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="130" />
            <source>Built-up area, past date (raster or polygons)</source>
            <translation>Área construida, fecha pasada (ráster o polígonos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="130" />
            <source>Built-up area, present date (raster or polygons)</source>
            <translation>Área construida, fecha presente (ráster o polígonos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="136" />
            <source>Pixels with a value above 0 are built-up</source>
            <translation>Los píxeles con valor mayor que 0 son construidos</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="137" />
            <source>Pixels equal to the built-up value are built-up</source>
            <translation>Los píxeles iguales al valor de construido son construidos</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="138" />
            <source>Pixel values are the built-up surface in m² (GHS-BUILT-S)</source>
            <translation>Los valores de los píxeles son la superficie construida en m² (GHS-BUILT-S)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="140" />
            <source>Built-up rasters</source>
            <translation>Rásteres de área construida</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="140" />
            <source>How built-up area is read from rasters (ignored for polygon layers).</source>
            <translation>Cómo se lee el área construida de los rásteres (se ignora para capas de polígonos).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="144" />
            <source>Built-up value</source>
            <translation>Valor de construido</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="145" />
            <source>Year of the past date</source>
            <translation>Año de la fecha pasada</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="146" />
            <source>Year of the present date</source>
            <translation>Año de la fecha presente</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="147" />
            <source>Zones (optional)</source>
            <translation>Zonas (opcional)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="150" />
            <source>Zone id field</source>
            <translation>Campo de identificador de zona</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="151" />
            <source>Population at the past date (whole city)</source>
            <translation>Población en la fecha pasada (toda la ciudad)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="151" />
            <source>Population at the present date (whole city)</source>
            <translation>Población en la fecha presente (toda la ciudad)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="156" />
            <source>Population field of the zones, past date</source>
            <translation>Campo de población de las zonas, fecha pasada</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="156" />
            <source>Population field of the zones, present date</source>
            <translation>Campo de población de las zonas, fecha presente</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="161" />
            <source>Population raster, past date</source>
            <translation>Ráster de población, fecha pasada</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="161" />
            <source>Population raster, present date</source>
            <translation>Ráster de población, fecha presente</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="166" />
            <source>Land consumption rate formula</source>
            <translation>Fórmula de la tasa de consumo de suelo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="166" />
            <source>Linear (SDG metadata 2021)</source>
            <translation>Lineal (metadatos ODS 2021)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="166" />
            <source>Logarithmic (legacy, before 2021)</source>
            <translation>Logarítmica (anterior a 2021)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="170" />
            <source>Population growth rate considered near zero (per year)</source>
            <translation>Tasa de crecimiento de la población considerada cercana a cero (por año)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="170" />
            <source>A warning is given where |PGR| is below this value: 0.001 is 0.1 % a year.</source>
            <translation>Se emite una advertencia donde |PGR| está por debajo de este valor: 0.001 es 0.1 % al año.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="175" />
            <source>SDG 11.3.1</source>
            <translation>ODS 11.3.1</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="259" />
            <source>The built-up layer {} has no features.</source>
            <translation>La capa de área construida {} no tiene entidades.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="264" />
            <source>The built-up area must be a raster or a polygon layer: {} is neither.</source>
            <translation>El área construida debe ser un ráster o una capa de polígonos: {} no es ninguno de los dos.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="308" />
            <source>past</source>
            <translation>pasada</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="312" />
            <source>present</source>
            <translation>presente</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="283" />
            <source>Give the population at the {} date in one way: a number, a field of the zones or a raster.</source>
            <translation>Indique la población en la fecha {} de una sola forma: un número, un campo de las zonas o un ráster.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="290" />
            <source>With zones, give the population at the {} date as a field of the zones or as a raster; a single number only works for the whole city without zones.</source>
            <translation>Con zonas, indique la población en la fecha {} como un campo de las zonas o como un ráster; un único número solo sirve para toda la ciudad sin zonas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="296" />
            <source>The population at the {} date must be above 0.</source>
            <translation>La población en la fecha {} debe ser mayor que 0.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="300" />
            <source>A population field needs the zones layer it belongs to.</source>
            <translation>Un campo de población necesita la capa de zonas a la que pertenece.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="429" />
            <source>{0} zones are outside or partly outside the raster {1}: {2}</source>
            <translation>{0} zonas están fuera o parcialmente fuera del ráster {1}: {2}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="412" />
            <source>{0} zones have no population in field {1} (NULL or not a number).</source>
            <translation>{0} zonas no tienen población en el campo {1} (NULL o no numérico).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="198" />
            <source>The present year ({0}) must come after the past year ({1}).</source>
            <translation>El año presente ({0}) debe ser posterior al año pasado ({1}).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="332" />
            <source>Some zones have no id in field {}.</source>
            <translation>Algunas zonas no tienen identificador en el campo {}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="351" />
            <source>{} zones have no geometry: their built-up area is 0.</source>
            <translation>{} zonas no tienen geometría: su área construida es 0.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="238" />
            <source>Whole city: LCR {0:.5f} per year, PGR {1:.5f} per year, LCRPGR {2:.3f}; built-up area per person {3:.1f} m² → {4:.1f} m².</source>
            <translation>Toda la ciudad: LCR {0:.5f} por año, PGR {1:.5f} por año, LCRPGR {2:.3f}; área construida por persona {3:.1f} m² → {4:.1f} m².</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="462" />
            <source>The city's population barely changed (PGR {:.5f} per year): LCRPGR is unstable, read LCR and PGR separately.</source>
            <translation>La población de la ciudad casi no cambió (PGR {:.5f} por año): LCRPGR es inestable, lea LCR y PGR por separado.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="462" />
            <source>The city's population fell (PGR {:.5f} per year): LCRPGR is negative even if built-up area grew.</source>
            <translation>La población de la ciudad disminuyó (PGR {:.5f} por año): LCRPGR es negativa aunque el área construida haya crecido.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="478" />
            <source>{0} zones with population growth near zero (LCRPGR unstable): {1}</source>
            <translation>{0} zonas con crecimiento de la población cercano a cero (LCRPGR inestable): {1}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="478" />
            <source>{0} zones lost population (negative PGR, the ratio's sign flips): {1}</source>
            <translation>{0} zonas perdieron población (PGR negativa, el signo de la relación se invierte): {1}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="478" />
            <source>{0} zones have no built-up area at the past date or no population at a date; their rates are NULL: {1}</source>
            <translation>{0} zonas no tienen área construida en la fecha pasada o no tienen población en alguna fecha; sus tasas son NULL: {1}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="179" />
            <source>No built-up area was found at the past date: check the built-up layer (features without geometry add no area; with a raster, check how its pixels are read and the built-up value).</source>
            <translation>No se encontró área construida en la fecha pasada: revise la capa de área construida (las entidades sin geometría no suman área; con un ráster, revise cómo se leen sus píxeles y el valor de área construida).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="183" />
            <source>No built-up area was found at the present date: check the built-up layer (features without geometry add no area; with a raster, check how its pixels are read and the built-up value).</source>
            <translation>No se encontró área construida en la fecha actual: revise la capa de área construida (las entidades sin geometría no suman área; con un ráster, revise cómo se leen sus píxeles y el valor de área construida).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="383" />
            <source>{0} features of {1} have no polygon geometry: they add no built-up area.</source>
            <translation>{0} entidades de {1} no tienen geometría de polígono: no suman área construida.</translation>
        </message>
    </context>
    <context>
        <name>Sdg1171</name>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="63" />
            <source>SDG 11.7.1 open public space</source>
            <translation>ODS 11.7.1 espacio público abierto</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="66" />
            <source>SDG indicator 11.7.1 (UN-Habitat metadata, 2021): the share of the city's area that is open public space, and the share of the population living within a walking distance (default 400 m) of an open public space, along the street network.

Fee-charging or private spaces can be left out with a field and its values. The city is the city boundary layer, or else the union of the population polygons.

Entrances are approximated by points every N metres (default 25 m) along each open space's boundary, joined to the nearest street; the streets reachable on foot within the distance from any entrance are buffered by a small distance (the street frontage) and dissolved with the open spaces themselves. Population in polygons partly covered is apportioned by area; points count when inside.

The table gives the area share (scenario open_space_area) and the population share per population field (scenario population_within_distance).</source>
            <translation>Indicador ODS 11.7.1 (metadatos de ONU-Hábitat, 2021): la proporción del área de la ciudad que es espacio público abierto y la proporción de la población que vive a menos de una distancia a pie (400 m por defecto) de un espacio público abierto, por la red vial.

Los espacios con cobro de entrada o privados pueden excluirse con un campo y sus valores. La ciudad es la capa de límite de la ciudad o, si no, la unión de los polígonos de población.

Las entradas se aproximan con puntos cada N metros (25 m por defecto) a lo largo del borde de cada espacio abierto, unidos a la calle más cercana; las calles alcanzables a pie dentro de la distancia desde cualquier entrada se amplían con un búfer pequeño (el frente de la calle) y se disuelven junto con los propios espacios abiertos. La población de polígonos cubiertos en parte se reparte por área; los puntos cuentan si están dentro.

La tabla da la proporción de área (escenario open_space_area) y la proporción de población por campo de población (escenario population_within_distance).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="82" />
            <source>Open public spaces</source>
            <translation>Espacios públicos abiertos</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="83" />
            <source>Field to exclude spaces by (optional)</source>
            <translation>Campo para excluir espacios (opcional)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="89" />
            <source>Values to exclude (comma-separated)</source>
            <translation>Valores a excluir (separados por comas)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="89" />
            <source>For example yes,private for a field saying whether a fee is charged.</source>
            <translation>Por ejemplo yes,private para un campo que indica si se cobra entrada.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="93" />
            <source>City boundary (optional)</source>
            <translation>Límite de la ciudad (opcional)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="99" />
            <source>Walking distance (m)</source>
            <translation>Distancia a pie (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="100" />
            <source>Entrance points along the boundary every (m)</source>
            <translation>Puntos de entrada a lo largo del borde cada (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="100" />
            <source>Buffer around reached streets (m)</source>
            <translation>Búfer alrededor de las calles alcanzadas (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="100" />
            <source>Maximum distance from an entrance to the street network (m)</source>
            <translation>Distancia máxima de una entrada a la red vial (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="110" />
            <source>Area within walking distance of open space</source>
            <translation>Área a distancia a pie de un espacio abierto</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="115" />
            <source>SDG 11.7.1 indicator</source>
            <translation>Indicador ODS 11.7.1</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="165" />
            <source>With a population layer of points, give the city boundary layer.</source>
            <translation>Con una capa de población de puntos, indique la capa de límite de la ciudad.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="204" />
            <source>{0} open spaces excluded by field {1}.</source>
            <translation>{0} espacios abiertos excluidos por el campo {1}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="210" />
            <source>No open space polygon is left to analyse.</source>
            <translation>No queda ningún polígono de espacio abierto para analizar.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="219" />
            <source>The city boundary layer has no polygon.</source>
            <translation>La capa de límite de la ciudad no tiene ningún polígono.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="183" />
            <source>{0} of {1} entrance points are farther than {2} m from the street network.</source>
            <translation>{0} de {1} puntos de entrada están a más de {2} m de la red vial.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="147" />
            <source>Open public space: {0} % of the city area; {1} % of the population within {2} m.</source>
            <translation>Espacio público abierto: {0} % del área de la ciudad; {1} % de la población a menos de {2} m.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="223" />
            <source>The population layer has no polygon to define the city area: give a city boundary layer.</source>
            <translation>La capa de población no tiene ningún polígono que defina el área de la ciudad: indique una capa de límite de la ciudad.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="233" />
            <source>{0}: {1} features without geometry skipped, {2} invalid polygons repaired.</source>
            <translation>{0}: se omitieron {1} entidades sin geometría y se repararon {2} polígonos no válidos.</translation>
        </message>
    </context>
    <context>
        <name>TransitIsochrones</name>
        <message>
            <location filename="../processing/algorithms/transitisochrones.py" line="33" />
            <source>Isochrones (public transport)</source>
            <translation>Isócronas (transporte público)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitisochrones.py" line="59" />
            <source>Percentile of travel time over the window</source>
            <translation>Percentil del tiempo de viaje en la ventana</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitisochrones.py" line="63" />
            <source>Street network for walking</source>
            <translation>Red vial para caminar</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitisochrones.py" line="66" />
            <source>Public-transport isochrones</source>
            <translation>Isócronas de transporte público</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitisochrones.py" line="83" />
            <source>Arrival times at the stops…</source>
            <translation>Horas de llegada a las paradas…</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitisochrones.py" line="92" />
            <source>{0} points have no stop within {1} minutes of walking: walking only. {2}</source>
            <translation>{0} puntos no tienen ninguna parada a menos de {1} minutos a pie: solo a pie. {2}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitisochrones.py" line="36" />
            <source>Areas reachable from each point by public transport and walking within given minutes (for example 15, 30, 45, 60), for a departure time or a departure window summarised by a percentile (the median by default), from one or more GTFS feeds, offline.

The arrival time at every stop is computed with the public-transport router of 'Travel-time matrix (public transport)' (RAPTOR over the departure window, r5r's conventions); then the street network is walked from the starting point and from every reached stop with the time left, and the reached parts of the streets (cut at the exact point) are buffered and dissolved per point and interval. Stop times are known to the whole minute (as r5r reports them), so each stop is taken at the last second of its minute, and the percentile is taken per stop before walking on: the areas never extend beyond the time limit (they may fall short of it by up to a minute). The buffer distance is taken off the time budget, as in 'Isochrones (street network)'. A point whose nearest street is cut off from the rest of the network (an island) is linked to the nearest street of the main network within the snapping distance, as the travel-time matrix and r5r link points.</source>
            <translation>Zonas alcanzables desde cada punto en transporte público y a pie en los minutos indicados (por ejemplo 15, 30, 45, 60), para una hora de salida o una ventana de salida resumida por un percentil (la mediana por defecto), a partir de uno o más feeds GTFS, sin conexión.

La hora de llegada a cada parada se calcula con el enrutador de transporte público de 'Matriz de tiempos de viaje (transporte público)' (RAPTOR sobre la ventana de salida, convenciones de r5r); luego se camina por la red vial desde el punto de partida y desde cada parada alcanzada con el tiempo restante, y las partes de calles alcanzadas (cortadas en el punto exacto) se amplían con un búfer y se disuelven por punto e intervalo. Las horas en las paradas se conocen al minuto entero (como las informa r5r), así que cada parada se toma en el último segundo de su minuto, y el percentil se toma por parada antes de seguir a pie: las zonas nunca superan el límite de tiempo (pueden quedarse cortas hasta un minuto). La distancia del búfer se descuenta del presupuesto de tiempo, como en 'Isócronas (red vial)'. Un punto cuya calle más cercana está separada del resto de la red (una isla) se enlaza con la calle más cercana de la red principal dentro de la distancia de ajuste, como enlazan los puntos la matriz de tiempos de viaje y r5r.</translation>
        </message>
    </context>
    <context>
        <name>TransitMatrix</name>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="42" />
            <source>Travel-time matrix (public transport)</source>
            <translation>Matriz de tiempos de viaje (transporte público)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="78" />
            <source>Percentiles of travel time (comma-separated)</source>
            <translation>Percentiles del tiempo de viaje (separados por comas)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="79" />
            <source>Street network for walking (optional: straight line × 1.3 without it)</source>
            <translation>Red vial para caminar (opcional: sin ella, línea recta × 1,3)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="83" />
            <source>Maximum snapping distance to the network (m)</source>
            <translation>Distancia máxima de ajuste a la red (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="87" />
            <source>Column name when there is one percentile (empty = travel_time_pNN)</source>
            <translation>Nombre de la columna cuando hay un solo percentil (vacío = travel_time_pNN)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="87" />
            <source>With a single percentile, the travel-time column can be given another name, for example travel_time (the default field of conecta:accessibility and of r5r's older output).</source>
            <translation>Con un solo percentil, la columna de tiempo de viaje puede tener otro nombre, por ejemplo travel_time (el campo por defecto de conecta:accessibility y de la salida antigua de r5r).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="97" />
            <source>Public-transport travel-time matrix</source>
            <translation>Matriz de tiempos de viaje en transporte público</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="98" />
            <source>Pairs within the maximum trip duration</source>
            <translation>Pares dentro de la duración máxima del viaje</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="99" />
            <source>Origins with no stop within walking</source>
            <translation>Orígenes sin parada a distancia caminable</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="110" />
            <source>Percentiles must be whole numbers from 1 to 100 separated by commas, for example 25,50,75.</source>
            <translation>Los percentiles deben ser números enteros de 1 a 100 separados por comas, por ejemplo 25,50,75.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="117" />
            <source>A single column name can only be used with one percentile; clear it or give one percentile.</source>
            <translation>Un nombre de columna único solo puede usarse con un percentil; bórrelo o indique un solo percentil.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="123" />
            <source>The column name {} is already used.</source>
            <translation>El nombre de columna {} ya está en uso.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="153" />
            <source>Routing {0} origins × {1} departure minutes…</source>
            <translation>Enrutando {0} orígenes × {1} minutos de salida…</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="238" />
            <source>{0} origins have no stop within {1} minutes of walking and get walk-only travel times: {2}</source>
            <translation>{0} orígenes no tienen ninguna parada a menos de {1} minutos a pie y solo obtienen tiempos a pie: {2}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="248" />
            <source>{0} destinations have no stop within {1} minutes of walking: {2}</source>
            <translation>{0} destinos no tienen ninguna parada a menos de {1} minutos a pie: {2}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="216" />
            <source>{0} stops are farther than {1} m from the street network and are not used: {2}</source>
            <translation>{0} paradas están a más de {1} m de la red vial y no se usan: {2}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="226" />
            <source>{0} origins are farther than {1} m from the street network: {2}</source>
            <translation>{0} orígenes están a más de {1} m de la red vial: {2}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="232" />
            <source>{0} destinations are farther than {1} m from the street network: {2}</source>
            <translation>{0} destinos están a más de {1} m de la red vial: {2}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="176" />
            <source>{0} origin-destination pairs reached ({1} origins × {2} destinations, {3} departures in the window).</source>
            <translation>{0} pares origen-destino alcanzados ({1} orígenes × {2} destinos, {3} salidas en la ventana).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="45" />
            <source>Computes door-to-door travel times by public transport and walking between origins and destinations from one or more GTFS feeds, offline, and writes the long table from_id, to_id, travel_time_p50 (minutes; one column per percentile) — the format conecta:accessibility reads (set its travel time field to travel_time_p50).

Method: a round-based RAPTOR router (Delling, Pajor &amp; Werneck 2012) run for every departure minute of the time window, reusing the work of later minutes (rRAPTOR). As in r5r (Pereira et al. 2021): the travel time of a minute is the arrival minus that minute (the wait at the origin counts); walk-only trips count when faster; the percentile over the window is the sorted value at rank ceil(p/100 × n) without interpolation, truncated to whole minutes; times above the maximum trip duration are unreachable; a vehicle is boarded only when it leaves more than 60 s after the arrival at the stop (R5's rule: one leaving exactly 60 s later is missed); n transfers means at most n + 1 rides. Frequency-based trips are expanded into their scheduled departures (deterministic, where R5 draws random offsets).

Walking legs (to the first stop, from the last stop, transfers and walk-only trips) follow the street network when one is given; without it they are the straight-line distance × 1.3 at walking speed. Transfers are limited to the transfer distance (1 km, as R5) and transfers.txt is honoured. Origins with no stop within the walking limit get walk-only results and are listed in the log.

Fares (optional): with a fare structure (Conecta's JSON or r5r's zip), journeys are searched on two criteria, time and fare (a McRAPTOR-style Pareto search, as R5 does for r5r): each pair gets the fastest journey within the maximum fare and its fare (column fare; fare_pNN with several percentiles: the fare of the journey at that percentile), or with fare budgets one row per budget whose travel time differs from the next smaller budget's (column fare_budget), as r5r's pareto_frontier. Walking trips cost nothing. Without a fare structure nothing changes.</source>
            <translation>Calcula tiempos de viaje puerta a puerta en transporte público y a pie entre orígenes y destinos a partir de uno o más feeds GTFS, sin conexión, y escribe la tabla larga from_id, to_id, travel_time_p50 (minutos; una columna por percentil), el formato que lee conecta:accessibility (indique travel_time_p50 como su campo de tiempo de viaje).

Método: un enrutador RAPTOR por rondas (Delling, Pajor y Werneck 2012) ejecutado para cada minuto de salida de la ventana, reutilizando el trabajo de los minutos posteriores (rRAPTOR). Como en r5r (Pereira et al. 2021): el tiempo de viaje de un minuto es la llegada menos ese minuto (cuenta la espera en el origen); los viajes solo a pie cuentan cuando son más rápidos; el percentil en la ventana es el valor ordenado en la posición ceil(p/100 × n) sin interpolación, truncado a minutos enteros; los tiempos por encima de la duración máxima son inalcanzables; solo se aborda un vehículo que sale más de 60 s después de la llegada a la parada (la regla de R5: uno que sale exactamente 60 s después se pierde); n transbordos significa como máximo n + 1 tramos en vehículo. Los viajes basados en frecuencias se expanden en sus salidas programadas (determinista, mientras R5 sortea desfases aleatorios).

Los tramos a pie (hasta la primera parada, desde la última, transbordos y viajes solo a pie) siguen la red vial cuando se indica una; sin ella son la distancia en línea recta × 1,3 a velocidad de caminata. Los transbordos se limitan a la distancia de transbordo (1 km, como R5) y se respeta transfers.txt. Los orígenes sin ninguna parada dentro del límite a pie obtienen resultados solo a pie y se listan en el registro.

Tarifas (opcional): con una estructura tarifaria (el JSON de Conecta o el zip de r5r), los viajes se buscan con dos criterios, tiempo y tarifa (una búsqueda de Pareto al estilo McRAPTOR, como hace R5 para r5r): cada par obtiene el viaje más rápido dentro de la tarifa máxima y su tarifa (columna fare; fare_pNN con varios percentiles: la tarifa del viaje en ese percentil), o, con presupuestos de tarifa, una fila por presupuesto cuyo tiempo de viaje difiere del del presupuesto inmediatamente menor (columna fare_budget), como el pareto_frontier de r5r. Los viajes a pie no cuestan nada. Sin estructura tarifaria nada cambia.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="182" />
            <source>No pair is reachable within the fare budget.</source>
            <translation>Ningún par es alcanzable dentro del presupuesto de tarifa.</translation>
        </message>
    </context>
    <context>
        <name>TransitStep</name>
        <message>
            <location filename="../ui/transit_step.py" line="73" />
            <source>Public transport (optional)</source>
            <translation>Transporte público (opcional)</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="78" />
            <source>GTFS feeds (*.zip)</source>
            <translation>Feeds GTFS (*.zip)</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="79" />
            <source>GTFS feeds</source>
            <translation>Feeds GTFS</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="81" />
            <source>Service date</source>
            <translation>Fecha de servicio</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="83" />
            <source>Departure time</source>
            <translation>Hora de salida</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="84" />
            <source>Fare structures (*.json *.zip)</source>
            <translation>Estructuras tarifarias (*.json *.zip)</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="84" />
            <source>Fares by mode, agency or route and transfer discounts (resources/fares has examples).</source>
            <translation>Tarifas por modo, agencia o ruta y descuentos por transbordo (resources/fares tiene ejemplos).</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="90" />
            <source>Fare structure (optional)</source>
            <translation>Estructura tarifaria (opcional)</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="92" />
            <source>Budget per trip: jobs reachable within the cutoffs and this fare are counted too.</source>
            <translation>Presupuesto por viaje: también se cuentan los empleos alcanzables dentro de los umbrales y de esta tarifa.</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="97" />
            <source>Budget per trip (optional)</source>
            <translation>Presupuesto por viaje (opcional)</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="126" />
            <source>The algorithm {} is not available: update Conecta.</source>
            <translation>El algoritmo {} no está disponible: actualice Conecta.</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="131" />
            <source>File not found: {}</source>
            <translation>Archivo no encontrado: {}</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="133" />
            <source>Give the service date of the GTFS feeds (YYYY-MM-DD).</source>
            <translation>Indique la fecha de servicio de los feeds GTFS (AAAA-MM-DD).</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="135" />
            <source>The budget per trip must be a number of 0 or more.</source>
            <translation>El presupuesto por viaje debe ser un número de 0 o más.</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="137" />
            <source>A budget per trip needs a fare structure.</source>
            <translation>Un presupuesto por viaje necesita una estructura tarifaria.</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="153" />
            <source>Travel times (public transport)</source>
            <translation>Tiempos de viaje (transporte público)</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="178" />
            <source>Accessibility (public transport)</source>
            <translation>Accesibilidad (transporte público)</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="178" />
            <source>Accessibility — public transport</source>
            <translation>Accesibilidad — transporte público</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="184" />
            <source>Accessibility within the budget (public transport)</source>
            <translation>Accesibilidad dentro del presupuesto (transporte público)</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="185" />
            <source>Accessibility within the budget — public transport</source>
            <translation>Accesibilidad dentro del presupuesto — transporte público</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="190" />
            <source>Affordability of public transport</source>
            <translation>Asequibilidad del transporte público</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="190" />
            <source>Affordability</source>
            <translation>Asequibilidad</translation>
        </message>
    </context>
    <context>
        <name>TravelTimeMatrix</name>
        <message>
            <location filename="../processing/algorithms/traveltimematrix.py" line="32" />
            <source>Travel-time matrix (street network)</source>
            <translation>Matriz de tiempos de viaje (red vial)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/traveltimematrix.py" line="59" />
            <source>Maximum travel time (minutes)</source>
            <translation>Tiempo de viaje máximo (minutos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/traveltimematrix.py" line="61" />
            <source>Travel-time matrix</source>
            <translation>Matriz de tiempos de viaje</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/traveltimematrix.py" line="67" />
            <source>Matrix file (CSV or Parquet, for very large matrices)</source>
            <translation>Archivo de matriz (CSV o Parquet, para matrices muy grandes)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/traveltimematrix.py" line="67" />
            <source>CSV files (*.csv);;Parquet files (*.parquet)</source>
            <translation>Archivos CSV (*.csv);;Archivos Parquet (*.parquet)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/traveltimematrix.py" line="75" />
            <source>Pairs within the maximum time</source>
            <translation>Pares dentro del tiempo máximo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/traveltimematrix.py" line="76" />
            <source>Points beyond the snapping distance</source>
            <translation>Puntos más allá de la distancia de ajuste</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/traveltimematrix.py" line="136" />
            <source>No origin is within {} m of a street usable by this mode: check the layers' CRS and the snapping distance.</source>
            <translation>Ningún origen está a menos de {} m de una calle utilizable en este modo: revise el SRC de las capas y la distancia de ajuste.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/traveltimematrix.py" line="111" />
            <source>{0} origin-destination pairs within {1} minutes ({2} origins × {3} destinations).</source>
            <translation>{0} pares origen-destino dentro de {1} minutos ({2} orígenes × {3} destinos).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/traveltimematrix.py" line="142" />
            <source>{0} origins are farther than {1} m from the network and get no travel time: {2}</source>
            <translation>{0} orígenes están a más de {1} m de la red y no tienen tiempo de viaje: {2}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/traveltimematrix.py" line="148" />
            <source>{0} destinations are farther than {1} m from the network: {2}</source>
            <translation>{0} destinos están a más de {1} m de la red: {2}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/traveltimematrix.py" line="177" />
            <source>{0} origins ({1:.1f} %) lie on small parts of the network disconnected from the main one and reach few destinations: {2}</source>
            <translation>{0} orígenes ({1:.1f} %) están en partes pequeñas de la red desconectadas de la principal y alcanzan pocos destinos: {2}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/traveltimematrix.py" line="162" />
            <source>{0} origins ({1:.1f} %) are nearest to a small part of the network cut off from the rest (an island or a one-way dead end): they were linked to the nearest street of the main network instead, as r5r does: {2}</source>
            <translation>{0} orígenes ({1:.1f} %) están más cerca de una parte pequeña de la red aislada del resto (una isla o un callejón de sentido único): se vincularon a la calle más cercana de la red principal, como hace r5r: {2}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/traveltimematrix.py" line="121" />
            <source>The origins reach {0:.0f} % of the network within the limit: routed with a contraction hierarchy ({1} shortcut arcs), faster than one search per origin.</source>
            <translation>Los orígenes alcanzan el {0:.0f} % de la red dentro del límite: se calculó con una jerarquía de contracción ({1} arcos de atajo), más rápida que una búsqueda por origen.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/traveltimematrix.py" line="35" />
            <source>Computes travel times on foot, by bicycle or by car between origins and destinations (points, or polygons through a point on their surface) along a street network, and writes the long table from_id, to_id, travel_time (minutes) with only the pairs reached within the maximum time — the format of r5r and of IPEA's accessibility package, so matrices from those tools and from Conecta are interchangeable.

Speeds: walking 3.6 km/h and cycling 12 km/h (r5r's defaults); cars by OpenStreetMap road class, overridden by the line's speed limit (maxspeed) and by a speed field. One-way streets are honoured by car and bicycle (OSM oneway, including -1, or a direction field like QGIS's network tools). OSM layers read by GDAL keep oneway and maxspeed in other_tags: they are read from there.

Points are snapped onto the nearest street (not only its vertices) within the snapping distance; the leg from the point to the street is walked. Points farther away are listed in the log. Shortest paths are computed many origins at a time on a contracted graph, in blocks of bounded memory, and can be cancelled. Geographic layers are reprojected to the UTM zone of the network.

For very large matrices, write straight to a CSV or Parquet file with 'Matrix file'.

Street scenarios (advanced parameters): speed factors by road class and time of day with a departure time (congestion: speed = free-flow speed × factor), closed links, new links, and an elevation raster for slope-aware walking (Tobler's hiking function) and cycling (a power balance), with different times uphill and downhill.</source>
            <translation>Calcula tiempos de viaje a pie, en bicicleta o en automóvil entre orígenes y destinos (puntos, o polígonos mediante un punto en su superficie) sobre una red vial, y escribe la tabla larga from_id, to_id, travel_time (minutos) solo con los pares alcanzados dentro del tiempo máximo — el formato de r5r y del paquete accessibility del IPEA, de modo que las matrices de esas herramientas y de Conecta son intercambiables.

Velocidades: a pie 3,6 km/h y en bicicleta 12 km/h (los valores predeterminados de r5r); en automóvil según la clase de vía de OpenStreetMap, reemplazada por el límite de velocidad de la línea (maxspeed) y por un campo de velocidad. Los sentidos únicos se respetan en automóvil y en bicicleta (oneway de OSM, incluido -1, o un campo de dirección como en las herramientas de redes de QGIS). Las capas OSM leídas por GDAL guardan oneway y maxspeed en other_tags: se leen de allí.

Los puntos se ajustan a la calle más cercana (no solo a sus vértices) dentro de la distancia de ajuste; el tramo del punto a la calle se recorre a pie. Los puntos más lejanos se listan en el registro. Los caminos más cortos se calculan para muchos orígenes a la vez sobre un grafo contraído, en bloques de memoria acotada, y se pueden cancelar. Las capas geográficas se reproyectan a la zona UTM de la red.

Para matrices muy grandes, escriba directamente a un archivo CSV o Parquet con 'Archivo de matriz'.

Escenarios viales (parámetros avanzados): factores de velocidad por clase de vía y hora del día con una hora de salida (congestión: velocidad = velocidad a flujo libre × factor), tramos cerrados, tramos nuevos y un ráster de elevación para caminar (función de senderismo de Tobler) y andar en bicicleta (un balance de potencia) según la pendiente, con tiempos distintos en subida y en bajada.</translation>
        </message>
    </context>
    <context>
        <name>TripDistribution</name>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="61" />
            <source>Trip distribution (gravity model)</source>
            <translation>Distribución de viajes (modelo gravitacional)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="85" />
            <source>Zones (polygons, points or a table)</source>
            <translation>Zonas (polígonos, puntos o una tabla)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="86" />
            <source>Productions field (trips leaving each zone)</source>
            <translation>Campo de producciones (viajes que salen de cada zona)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="86" />
            <source>Attractions field (trips arriving in each zone)</source>
            <translation>Campo de atracciones (viajes que llegan a cada zona)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="91" />
            <source>Cost matrix (long table or CSV file)</source>
            <translation>Matriz de costos (tabla larga o archivo CSV)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="99" />
            <source>Origin id field of the matrix</source>
            <translation>Campo identificador de origen de la matriz</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="99" />
            <source>Destination id field of the matrix</source>
            <translation>Campo identificador de destino de la matriz</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="99" />
            <source>Cost field of the matrix</source>
            <translation>Campo de costo de la matriz</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="125" />
            <source>Deterrence function</source>
            <translation>Función de disuasión</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="120" />
            <source>Exponential: exp(−β·cost)</source>
            <translation>Exponencial: exp(−β·costo)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="121" />
            <source>Power: cost^(−β)</source>
            <translation>Potencial: costo^(−β)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="122" />
            <source>Combined (gamma): cost^b · exp(c·cost)</source>
            <translation>Combinada (gamma): costo^b · exp(c·costo)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="123" />
            <source>Table of factors by cost band</source>
            <translation>Tabla de factores por tramo de costo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="126" />
            <source>β (deterrence parameter)</source>
            <translation>β (parámetro de disuasión)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="126" />
            <source>Per unit of cost; about 1 / mean trip cost when nothing better is known.</source>
            <translation>Por unidad de costo; aproximadamente 1 / costo medio de viaje si no se sabe nada mejor.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="130" />
            <source>Calibrate β to this observed mean trip cost (0 = do not calibrate)</source>
            <translation>Calibrar β a este costo medio de viaje observado (0 = no calibrar)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="130" />
            <source>Mean cost of the trips in the OD survey, in the unit of the cost matrix. β is then found with Hyman's method so the model reproduces it (exponential and power functions).</source>
            <translation>Costo medio de los viajes de la encuesta OD, en la unidad de la matriz de costos. β se obtiene entonces con el método de Hyman para que el modelo lo reproduzca (funciones exponencial y potencial).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="138" />
            <source>Combined function: exponent b of cost^b</source>
            <translation>Función combinada: exponente b de costo^b</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="138" />
            <source>Combined function: coefficient c of exp(c·cost)</source>
            <translation>Función combinada: coeficiente c de exp(c·costo)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="143" />
            <source>Deterrence table: upper bound of each cost band and its factor</source>
            <translation>Tabla de disuasión: límite superior de cada tramo de costo y su factor</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="143" />
            <source>Cost up to</source>
            <translation>Costo hasta</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="143" />
            <source>Factor</source>
            <translation>Factor</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="150" />
            <source>Used with the table function: costs from the previous bound (0 for the first band) up to this bound get this factor; costs above the last bound get 0.</source>
            <translation>Se usa con la función de tabla: los costos desde el límite anterior (0 para el primer tramo) hasta este límite reciben este factor; los costos por encima del último límite reciben 0.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="162" />
            <source>Constraint</source>
            <translation>Restricción</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="158" />
            <source>Doubly constrained (productions and attractions)</source>
            <translation>Doblemente restringido (producciones y atracciones)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="159" />
            <source>Production constrained</source>
            <translation>Restringido en las producciones</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="160" />
            <source>Attraction constrained</source>
            <translation>Restringido en las atracciones</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="168" />
            <source>When total productions and attractions differ</source>
            <translation>Cuando los totales de producciones y atracciones difieren</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="164" />
            <source>Scale attractions to total productions</source>
            <translation>Escalar las atracciones al total de producciones</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="165" />
            <source>Scale productions to total attractions</source>
            <translation>Escalar las producciones al total de atracciones</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="166" />
            <source>Scale both to the mean of the two totals</source>
            <translation>Escalar ambas a la media de los dos totales</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="171" />
            <source>Cost of trips within a zone</source>
            <translation>Costo de los viajes dentro de una zona</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="171" />
            <source>Replaces the cost of every trip within a zone. Leave empty to keep the matrix's own values and use half the cost to the nearest zone where the matrix has none (or zero).</source>
            <translation>Reemplaza el costo de todos los viajes dentro de una zona. Déjelo vacío para conservar los valores de la matriz y usar la mitad del costo a la zona más cercana donde la matriz no tiene ninguno (o cero).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="179" />
            <source>Balancing tolerance (largest relative error of a zone total)</source>
            <translation>Tolerancia del balanceo (mayor error relativo del total de una zona)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="183" />
            <source>Maximum balancing iterations</source>
            <translation>Máximo de iteraciones de balanceo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="106" />
            <source>Trips (OD table)</source>
            <translation>Viajes (tabla OD)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="107" />
            <source>Total trips</source>
            <translation>Total de viajes</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="107" />
            <source>Mean trip cost</source>
            <translation>Costo medio de viaje</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="107" />
            <source>β used or calibrated</source>
            <translation>β usado o calibrado</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="107" />
            <source>Balancing iterations</source>
            <translation>Iteraciones de balanceo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="107" />
            <source>Largest relative error of a zone total</source>
            <translation>Mayor error relativo del total de una zona</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="115" />
            <source>Balancing converged</source>
            <translation>El balanceo convergió</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="190" />
            <source>The cost matrix has no rows.</source>
            <translation>La matriz de costos no tiene filas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="313" />
            <source>{0} rows of the cost matrix have no number in field {1}: those pairs are unreachable.</source>
            <translation>{0} filas de la matriz de costos no tienen un número en el campo {1}: esos pares son inalcanzables.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="308" />
            <source>{0} rows of the cost matrix refer to {1} ids that are not zones and were left out: {2}.</source>
            <translation>{0} filas de la matriz de costos se refieren a {1} identificadores que no son zonas y se omitieron: {2}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="320" />
            <source>{} zones have no cost (or zero) for trips within the zone: half the cost to their nearest zone is used.</source>
            <translation>{} zonas no tienen costo (o es cero) para los viajes dentro de la zona: se usa la mitad del costo a su zona más cercana.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="231" />
            <source>The deterrence table must hold numbers only (cost bound and factor).</source>
            <translation>La tabla de disuasión solo debe contener números (límite de costo y factor).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="235" />
            <source>The deterrence table needs at least one row, positive cost bounds in increasing order and factors of zero or more.</source>
            <translation>La tabla de disuasión necesita al menos una fila, límites de costo positivos en orden creciente y factores de cero o más.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="325" />
            <source>{0} of {1} origin-destination pairs have no cost: they are unreachable and get no trips.</source>
            <translation>{0} de {1} pares origen-destino no tienen costo: son inalcanzables y no reciben viajes.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="302" />
            <source>{0} zones have 0 in field {1}.</source>
            <translation>{0} zonas tienen 0 en el campo {1}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="336" />
            <source>Hyman calibration: β = {0:.6g} after {1} runs (observed mean cost {2:.4g}, modelled {3:.4g}).</source>
            <translation>Calibración de Hyman: β = {0:.6g} tras {1} corridas (costo medio observado {2:.4g}, modelado {3:.4g}).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="349" />
            <source>The calibration did not reach the observed mean trip cost: check that the cost matrix and the observed mean use the same unit.</source>
            <translation>La calibración no alcanzó el costo medio de viaje observado: compruebe que la matriz de costos y la media observada usan la misma unidad.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="283" />
            <source>{} origin-destination pairs with trips written.</source>
            <translation>Se escribieron {} pares origen-destino con viajes.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="360" />
            <source>attractions were scaled to total productions</source>
            <translation>las atracciones se escalaron al total de producciones</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="361" />
            <source>productions were scaled to total attractions</source>
            <translation>las producciones se escalaron al total de atracciones</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="362" />
            <source>both were scaled to the mean of the two totals</source>
            <translation>ambas se escalaron a la media de los dos totales</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="364" />
            <source>Total productions ({0:,.1f}) and attractions ({1:,.1f}) differ: {2} (productions × {3:.6g}, attractions × {4:.6g}; total {5:,.1f}).</source>
            <translation>Los totales de producciones ({0:,.1f}) y atracciones ({1:,.1f}) difieren: {2} (producciones × {3:.6g}, atracciones × {4:.6g}; total {5:,.1f}).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="395" />
            <source>{0} zones produce trips but cannot reach any attracting zone: {1}.</source>
            <translation>{0} zonas producen viajes pero no alcanzan ninguna zona que atraiga viajes: {1}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="401" />
            <source>{0} zones attract trips but no producing zone reaches them: {1}.</source>
            <translation>{0} zonas atraen viajes pero ninguna zona productora las alcanza: {1}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="409" />
            <source>exponential</source>
            <translation>exponencial</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="410" />
            <source>power</source>
            <translation>potencial</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="411" />
            <source>combined (gamma)</source>
            <translation>combinada (gamma)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="412" />
            <source>table</source>
            <translation>tabla</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="415" />
            <source>Deterrence function: {0} ({1}).</source>
            <translation>Función de disuasión: {0} ({1}).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="416" />
            <source>{0} zones; {1:,.1f} trips; {2} balancing iterations; largest relative error of a zone total {3:.3g}; mean trip cost {4:.4g}.</source>
            <translation>{0} zonas; {1:,.1f} viajes; {2} iteraciones de balanceo; mayor error relativo del total de una zona {3:.3g}; costo medio de viaje {4:.4g}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="427" />
            <source>The balancing did not converge within the iteration limit (largest error {:.3g}): the trips are written, but raise the maximum iterations or check zones that cannot be reached.</source>
            <translation>El balanceo no convergió dentro del límite de iteraciones (mayor error {:.3g}): los viajes se escriben, pero aumente el máximo de iteraciones o revise las zonas que no se pueden alcanzar.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="389" />
            <source>The zones form {} groups between which no trip is possible (for example an island of the network): attractions were scaled within each group to its productions.</source>
            <translation>Las zonas forman {} grupos entre los que no es posible ningún viaje (por ejemplo, una isla de la red): las atracciones se escalaron dentro de cada grupo a sus producciones.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="64" />
            <source>Distributes the trips produced and attracted by each zone between every pair of zones with the gravity model T_ij = A_i O_i B_j D_j f(c_ij) (Ortúzar &amp; Willumsen, Modelling Transport, 4th ed., 2011, ch. 5), doubly constrained (Furness balancing) or constrained on productions or attractions only.

The deterrence function f is exponential exp(−β c), power c^(−β), combined (gamma) c^b · exp(c₁ c) or a table of factors by cost band. A typical starting β is 1 / mean trip time (about 0.017/min public transport, 0.03/min car, 0.08/min walking and cycling). Give an observed mean trip cost (from an OD survey) to calibrate β with Hyman's method instead.

The cost matrix is a long table (one row per origin and destination) from a layer, or a CSV, CSV.gz or Parquet file, e.g. the output of a travel-time matrix. Pairs absent from it, or without a cost, are unreachable and get no trips; a pair that appears twice is refused. When the matrix has no cost within a zone, half the cost to the nearest zone is used. Unequal totals of productions and attractions are balanced first (reported).

The model works on zones × zones matrices (16 bytes per pair of zones): a run that would not fit in the memory available is refused with the size it needs.

Output: a table from_id, to_id, trips, cost. The log reports iterations, the final error, the mean trip cost and the calibrated parameters.</source>
            <translation>Distribuye los viajes producidos y atraídos por cada zona entre todos los pares de zonas con el modelo gravitacional T_ij = A_i O_i B_j D_j f(c_ij) (Ortúzar y Willumsen, Modelling Transport, 4.ª ed., 2011, cap. 5), doblemente restringido (balanceo de Furness) o restringido solo en las producciones o en las atracciones.

La función de disuasión f es exponencial exp(−β c), potencial c^(−β), combinada (gamma) c^b · exp(c₁ c) o una tabla de factores por tramo de costo. Un β inicial típico es 1 / tiempo medio de viaje (unos 0,017/min en transporte público, 0,03/min en automóvil, 0,08/min a pie y en bicicleta). Indique en su lugar un costo medio de viaje observado (de una encuesta origen-destino) para calibrar β con el método de Hyman.

La matriz de costos es una tabla larga (una fila por origen y destino) de una capa, o de un archivo CSV, CSV.gz o Parquet, p. ej. la salida de una matriz de tiempos de viaje. Los pares ausentes, o sin costo, son inalcanzables y no reciben viajes; un par que aparece dos veces se rechaza. Cuando la matriz no tiene costo dentro de una zona, se usa la mitad del costo a la zona más cercana. Si los totales de producciones y atracciones difieren, primero se balancean (se informa).

El modelo trabaja con matrices de zonas × zonas (16 bytes por par de zonas): una ejecución que no cabría en la memoria disponible se rechaza indicando el tamaño que necesita.

Salida: una tabla from_id, to_id, trips, cost. El registro informa las iteraciones, el error final, el costo medio de viaje y los parámetros calibrados.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="91" />
            <source>One row per origin and destination with their ids and the cost (travel time in minutes, distance or generalised cost). A CSV, CSV.gz or Parquet file is read directly, in chunks, which is much faster for big matrices.</source>
            <translation>Una fila por origen y destino con sus identificadores y el costo (tiempo de viaje en minutos, distancia o costo generalizado). Un archivo CSV, CSV.gz o Parquet se lee directamente, por partes, mucho más rápido para matrices grandes.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="191" />
            <source>No row of the cost matrix matches the zone ids (matrix ids such as {matrix_ids}; zone ids such as {zone_ids}): check the zone id field and the id fields of the matrix.</source>
            <translation>Ninguna fila de la matriz de costos coincide con los identificadores de zona (identificadores de la matriz como {matrix_ids}; de las zonas como {zone_ids}): revise el campo identificador de zona y los campos identificadores de la matriz.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="195" />
            <source>{n} origin-destination pairs appear more than once in the cost matrix (e.g. {examples}): each pair must appear once. Remove or aggregate the repeated rows.</source>
            <translation>{n} pares origen-destino aparecen más de una vez en la matriz de costos (p. ej. {examples}): cada par debe aparecer una sola vez. Elimine o agregue las filas repetidas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="199" />
            <source>The observed mean trip cost {observed:.4g} cannot be reached: with these zones and this cost matrix the mean trip cost is at most {max_mean:.4g} (no deterrence at all). Check that both use the same unit and that the matrix's time limit covers the trips observed.</source>
            <translation>El costo medio de viaje observado {observed:.4g} no se puede alcanzar: con estas zonas y esta matriz de costos el costo medio de viaje es como máximo {max_mean:.4g} (sin ninguna disuasión). Compruebe que ambos usen la misma unidad y que el límite de tiempo de la matriz cubra los viajes observados.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="206" />
            <source>The observed mean trip cost {observed:.4g} is too low for these zones and this cost matrix: the gravity model cannot bring its mean that low, its balancing fails as the trips crowd onto the cheapest pairs. Check that the matrix and the observed mean use the same unit.</source>
            <translation>El costo medio de viaje observado {observed:.4g} es demasiado bajo para estas zonas y esta matriz de costos: el modelo gravitacional no puede bajar tanto su media, su balanceo falla cuando los viajes se concentran en los pares más baratos. Verifique que la matriz y la media observada usen la misma unidad.</translation>
        </message>
    </context>
    <context>
        <name>TripGeneration</name>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="66" />
            <source>Trip generation</source>
            <translation>Generación de viajes</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="69" />
            <source>Estimates the trips produced and attracted by each zone in a day (Ortúzar &amp; Willumsen, Modelling Transport, 4th ed., 2011, ch. 4) and adds them as two new fields.

Productions: cross-classification (a trip rate for each category, e.g. income group, times a count such as the population; the default rates 1.6 / 2.0 / 2.5 trips per inhabitant per day for low / middle / high income are LAC working values around the 2.0 average of the CAF Urban Mobility Observatory — replace them with rates from the local OD survey), rates on zone fields (Σ field × rate), or a linear regression fitted on zones with an observed number of trips. Several category fields are combined by writing their values separated by ';' in the rate table (e.g. 'low;1').

Attractions: rates on zone fields (e.g. jobs, school places) or a regression.

Productions and attractions are then balanced to equal totals (by default attractions are scaled to the productions, which are usually the better estimate); the log reports the totals before and after and the factors.</source>
            <translation>Estima los viajes diarios producidos y atraídos por cada zona (Ortúzar y Willumsen, Modelling Transport, 4.ª ed., 2011, cap. 4) y los agrega como dos campos nuevos.

Producciones: clasificación cruzada (una tasa de viajes por categoría, p. ej. grupo de ingreso, multiplicada por un conteo como la población; las tasas por defecto 1,6 / 2,0 / 2,5 viajes por habitante por día para ingreso bajo / medio / alto son valores de trabajo para América Latina y el Caribe en torno al promedio de 2,0 del Observatorio de Movilidad Urbana de CAF; reemplácelas por tasas de la encuesta origen-destino local), tasas sobre campos de la zona (Σ campo × tasa) o una regresión lineal ajustada en las zonas con un número de viajes observado. Varios campos de categoría se combinan escribiendo sus valores separados por ';' en la tabla de tasas (p. ej. 'low;1').

Atracciones: tasas sobre campos de la zona (p. ej. empleos, plazas escolares) o una regresión.

Luego se balancean producciones y atracciones a totales iguales (por defecto las atracciones se escalan a las producciones, que suelen ser la mejor estimación); el registro informa los totales antes y después y los factores.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="96" />
            <source>Zones (polygons, points or a table)</source>
            <translation>Zonas (polígonos, puntos o una tabla)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="134" />
            <source>Productions method</source>
            <translation>Método de producciones</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="130" />
            <source>Cross-classification: rate by category × count field</source>
            <translation>Clasificación cruzada: tasa por categoría × campo de conteo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="209" />
            <source>Rates on zone fields</source>
            <translation>Tasas sobre campos de la zona</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="210" />
            <source>Regression on zone fields (observed trips field)</source>
            <translation>Regresión sobre campos de la zona (campo de viajes observados)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="135" />
            <source>Category fields (cross-classification, e.g. income group)</source>
            <translation>Campos de categoría (clasificación cruzada, p. ej. grupo de ingreso)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="139" />
            <source>Count field (persons or households per zone)</source>
            <translation>Campo de conteo (personas u hogares por zona)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="143" />
            <source>Trip rates by category (trips per person or household per day)</source>
            <translation>Tasas de viajes por categoría (viajes por persona u hogar por día)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="143" />
            <source>Category value(s)</source>
            <translation>Valor(es) de categoría</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="143" />
            <source>Rate</source>
            <translation>Tasa</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="150" />
            <source>One row per category value of the category field; with several category fields write the values in the same order separated by ';'. Ignored when a rate table layer is given.</source>
            <translation>Una fila por valor de categoría del campo de categoría; con varios campos de categoría escriba los valores en el mismo orden separados por ';'. Se ignora si se indica una capa de tabla de tasas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="157" />
            <source>Rate table layer (instead of the rates above)</source>
            <translation>Capa de tabla de tasas (en lugar de las tasas anteriores)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="157" />
            <source>A table with one field named like each category field and a rate field.</source>
            <translation>Una tabla con un campo con el nombre de cada campo de categoría y un campo de tasa.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="162" />
            <source>Rate field of the rate table</source>
            <translation>Campo de tasa de la tabla de tasas</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="172" />
            <source>Production fields (rates on zone fields or regression)</source>
            <translation>Campos de producción (tasas sobre campos de la zona o regresión)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="172" />
            <source>Production rates, one per production field (comma-separated)</source>
            <translation>Tasas de producción, una por campo de producción (separadas por comas)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="172" />
            <source>One rate for every field, or one per field in the same order, separated by commas (or by ';' when decimals are written with a comma).</source>
            <translation>Una tasa para todos los campos, o una por campo en el mismo orden, separadas por comas (o por ';' si los decimales se escriben con coma).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="172" />
            <source>Observed productions field (regression; zones without a value are predicted)</source>
            <translation>Campo de producciones observadas (regresión; se predicen las zonas sin valor)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="212" />
            <source>Attractions method</source>
            <translation>Método de atracciones</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="213" />
            <source>Attraction fields (e.g. jobs, school places)</source>
            <translation>Campos de atracción (p. ej. empleos, plazas escolares)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="213" />
            <source>Attraction rates, one per attraction field (comma-separated)</source>
            <translation>Tasas de atracción, una por campo de atracción (separadas por comas)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="213" />
            <source>Trips attracted per unit of each field. When attractions are scaled to productions only the ratios between the rates matter.</source>
            <translation>Viajes atraídos por unidad de cada campo. Si las atracciones se escalan a las producciones, solo importan las proporciones entre las tasas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="213" />
            <source>Observed attractions field (regression; zones without a value are predicted)</source>
            <translation>Campo de atracciones observadas (regresión; se predicen las zonas sin valor)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="105" />
            <source>Balance the totals</source>
            <translation>Balancear los totales</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="100" />
            <source>Scale attractions to total productions</source>
            <translation>Escalar las atracciones al total de producciones</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="101" />
            <source>Scale productions to total attractions</source>
            <translation>Escalar las producciones al total de atracciones</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="102" />
            <source>Scale both to the mean of the two totals</source>
            <translation>Escalar ambas a la media de los dos totales</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="103" />
            <source>Do not balance</source>
            <translation>No balancear</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="106" />
            <source>Name of the productions field</source>
            <translation>Nombre del campo de producciones</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="106" />
            <source>Name of the attractions field</source>
            <translation>Nombre del campo de atracciones</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="111" />
            <source>Zones with productions and attractions</source>
            <translation>Zonas con producciones y atracciones</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="114" />
            <source>Total productions before balancing</source>
            <translation>Total de producciones antes del balanceo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="114" />
            <source>Total attractions before balancing</source>
            <translation>Total de atracciones antes del balanceo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="114" />
            <source>Total productions</source>
            <translation>Total de producciones</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="114" />
            <source>Total attractions</source>
            <translation>Total de atracciones</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="114" />
            <source>Factor applied to productions</source>
            <translation>Factor aplicado a las producciones</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="114" />
            <source>Factor applied to attractions</source>
            <translation>Factor aplicado a las atracciones</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="252" />
            <source>The {0} rates '{1}' are not numbers separated by commas.</source>
            <translation>Las tasas de {0} '{1}' no son números separados por comas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="258" />
            <source>{0} {1} fields but {2} rates: give one rate, or one per field.</source>
            <translation>{0} campos de {1} pero {2} tasas: indique una tasa, o una por campo.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="279" />
            <source>Choose at least one {} field.</source>
            <translation>Elija al menos un campo de {}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="481" />
            <source>{0} NULL values in the {1} fields were counted as 0.</source>
            <translation>{0} valores NULL en los campos de {1} se contaron como 0.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="488" />
            <source>{0} = {1}</source>
            <translation>{0} = {1}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="272" />
            <source>The {} regression needs explanatory fields and an observed trips field.</source>
            <translation>La regresión de {} necesita campos explicativos y un campo de viajes observados.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="497" />
            <source>{0} regression: {1} (R² = {2:.3f}, {3} zones observed, {4} predicted).</source>
            <translation>Regresión de {0}: {1} (R² = {2:.3f}, {3} zonas observadas, {4} predichas).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="503" />
            <source>{0} zones could not be predicted (NULL explanatory values) and {1} got a negative prediction: both were set to 0.</source>
            <translation>{0} zonas no se pudieron predecir (valores explicativos NULL) y {1} obtuvieron una predicción negativa: ambas se fijaron en 0.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="335" />
            <source>The rate table has no field {0}: it needs a field named like each category field and a rate field.</source>
            <translation>La tabla de tasas no tiene el campo {0}: necesita un campo con el nombre de cada campo de categoría y un campo de tasa.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="350" />
            <source>The rate table row '{0}' has {1} values but {2} category fields were chosen: separate the values with ';' in the order of the fields.</source>
            <translation>La fila '{0}' de la tabla de tasas tiene {1} valores pero se eligieron {2} campos de categoría: separe los valores con ';' en el orden de los campos.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="299" />
            <source>Choose at least one category field for cross-classification, or use rates on zone fields (e.g. population × 2.0).</source>
            <translation>Elija al menos un campo de categoría para la clasificación cruzada, o use tasas sobre campos de la zona (p. ej. población × 2,0).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="513" />
            <source>{} zones have no category (NULL) and produce no trips.</source>
            <translation>{} zonas no tienen categoría (NULL) y no producen viajes.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="519" />
            <source>{0} zones belong to categories without a rate and produce no trips: {1}.</source>
            <translation>{0} zonas pertenecen a categorías sin tasa y no producen viajes: {1}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="524" />
            <source>Cross-classification on {0} × {1} with {2} rates.</source>
            <translation>Clasificación cruzada sobre {0} × {1} con {2} tasas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="452" />
            <source>productions</source>
            <translation>producciones</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="453" />
            <source>attractions</source>
            <translation>atracciones</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="541" />
            <source>attractions scaled to total productions</source>
            <translation>atracciones escaladas al total de producciones</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="542" />
            <source>productions scaled to total attractions</source>
            <translation>producciones escaladas al total de atracciones</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="543" />
            <source>both scaled to the mean of the two totals</source>
            <translation>ambas escaladas a la media de los dos totales</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="545" />
            <source>Balance: total productions {0:,.1f} and attractions {1:,.1f} before; {2} (productions × {3:.6g}, attractions × {4:.6g}); both {5:,.1f} after.</source>
            <translation>Balanceo: total de producciones {0:,.1f} y de atracciones {1:,.1f} antes; {2} (producciones × {3:.6g}, atracciones × {4:.6g}); ambos {5:,.1f} después.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="534" />
            <source>Not balanced: total productions {0:,.1f}, total attractions {1:,.1f}.</source>
            <translation>Sin balancear: total de producciones {0:,.1f}, total de atracciones {1:,.1f}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="318" />
            <source>The productions and attractions fields need different names.</source>
            <translation>Los campos de producciones y atracciones necesitan nombres distintos.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="69" />
            <source>Rates from the local OD survey: give its trips table and its persons (or households) table, both with the category fields; each category's rate is its expanded trips divided by its expanded persons, and the log lists them. They take the place of the rates above.</source>
            <translation>Tasas de la encuesta origen-destino local: indique su tabla de viajes y su tabla de personas (u hogares), ambas con los campos de categoría; la tasa de cada categoría es la suma expandida de sus viajes dividida por la de sus personas, y el registro las lista. Sustituyen a las tasas anteriores.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="185" />
            <source>OD survey: trips table (rates estimated from the survey, instead of the rates above)</source>
            <translation>Encuesta OD: tabla de viajes (tasas estimadas a partir de la encuesta, en lugar de las tasas anteriores)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="185" />
            <source>One row per surveyed trip with the category fields (named like the zones' category fields) and optionally an expansion factor. The rate of a category is its weighted trips divided by its weighted persons in the persons table.</source>
            <translation>Una fila por viaje encuestado con los campos de categoría (con los mismos nombres que los campos de categoría de las zonas) y, opcionalmente, un factor de expansión. La tasa de una categoría es la suma ponderada de sus viajes dividida por la de sus personas en la tabla de personas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="185" />
            <source>Expansion factor of the trips (empty: 1 per trip)</source>
            <translation>Factor de expansión de los viajes (vacío: 1 por viaje)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="185" />
            <source>OD survey: persons or households table</source>
            <translation>Encuesta OD: tabla de personas u hogares</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="185" />
            <source>One row per surveyed person or household (or per category, with the count as the weight), with the same category fields; the same unit as the zones' count field.</source>
            <translation>Una fila por persona u hogar encuestado (o por categoría, con el recuento como peso), con los mismos campos de categoría; la misma unidad que el campo de recuento de las zonas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="185" />
            <source>Expansion factor of the persons (empty: 1 per row)</source>
            <translation>Factor de expansión de las personas (vacío: 1 por fila)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="386" />
            <source>Rates from an OD survey need both the trips table and the persons table.</source>
            <translation>Las tasas de una encuesta OD necesitan la tabla de viajes y la tabla de personas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="389" />
            <source>trips</source>
            <translation>viajes</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="398" />
            <source>persons</source>
            <translation>personas</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="368" />
            <source>The survey's {0} table has no field {1}: it needs the category fields of the zones.</source>
            <translation>La tabla de {0} de la encuesta no tiene el campo {1}: necesita los campos de categoría de las zonas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="377" />
            <source>The survey's {} table is empty.</source>
            <translation>La tabla de {} de la encuesta está vacía.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="403" />
            <source>{0} categories have surveyed trips but no persons and get no rate: {1}.</source>
            <translation>{0} categorías tienen viajes encuestados pero ninguna persona y no reciben tasa: {1}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="414" />
            <source>Trip rates from the survey (trips / persons by category):</source>
            <translation>Tasas de viaje de la encuesta (viajes / personas por categoría):</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="289" />
            <source>The OD survey tables give rates by category: they are used only by cross-classification and were ignored.</source>
            <translation>Las tablas de la encuesta OD dan tasas por categoría: solo las usa la clasificación cruzada y se ignoraron.</translation>
        </message>
    </context>
    <context>
        <name>ZonalStatistics</name>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="46" />
            <source>Zonal statistics (exact coverage)</source>
            <translation>Estadísticas de zona (cobertura exacta)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="68" />
            <source>Raster layer</source>
            <translation>Capa ráster</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="69" />
            <source>Band number</source>
            <translation>Número de banda</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="70" />
            <source>Zones</source>
            <translation>Zonas</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="72" />
            <source>Sum</source>
            <translation>Suma</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="73" />
            <source>Mean</source>
            <translation>Media</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="74" />
            <source>Count (covered pixels)</source>
            <translation>Conteo (píxeles cubiertos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="75" />
            <source>Minimum</source>
            <translation>Mínimo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="76" />
            <source>Maximum</source>
            <translation>Máximo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="77" />
            <source>Standard deviation</source>
            <translation>Desviación estándar</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="78" />
            <source>Range</source>
            <translation>Rango</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="80" />
            <source>Statistics to calculate</source>
            <translation>Estadísticas a calcular</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="89" />
            <source>Output column prefix</source>
            <translation>Prefijo de columna de salida</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="89" />
            <source>New fields are named prefix + statistic, e.g. pop_sum for a population raster.</source>
            <translation>Los campos nuevos se llaman prefijo + estadística, p. ej. pop_sum para un ráster de población.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="93" />
            <source>Zonal statistics</source>
            <translation>Estadísticas de zona</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="107" />
            <source>Band {0} does not exist: the raster has {1} band(s).</source>
            <translation>La banda {0} no existe: el ráster tiene {1} banda(s).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="140" />
            <source>The zones are reprojected from {0} to the raster's CRS {1} for the computation.</source>
            <translation>Las zonas se reproyectan de {0} al SRC del ráster {1} para el cálculo.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="120" />
            <source>Cannot read the raster {0}: {1}</source>
            <translation>No se puede leer el ráster {0}: {1}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="130" />
            <source>Sum over the zones: {}</source>
            <translation>Suma sobre las zonas: {}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="152" />
            <source>{0} zones have no polygon geometry (NULL, empty or not a polygon); their statistics are NULL: {1}</source>
            <translation>{0} zonas no tienen geometría poligonal (NULL, vacía o no poligonal); sus estadísticas son NULL: {1}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="152" />
            <source>{0} zones are outside the raster; their count is 0 and their other statistics are NULL: {1}</source>
            <translation>{0} zonas están fuera del ráster; su conteo es 0 y sus demás estadísticas son NULL: {1}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="152" />
            <source>{0} zones are partly outside the raster; only the part inside counts: {1}</source>
            <translation>{0} zonas están parcialmente fuera del ráster; solo cuenta la parte interior: {1}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="152" />
            <source>{0} zones cover only nodata pixels; their count is 0 and their other statistics are NULL: {1}</source>
            <translation>{0} zonas cubren solo píxeles sin datos; su conteo es 0 y sus demás estadísticas son NULL: {1}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="49" />
            <source>Summarises a raster band (for example WorldPop or GHSL population) over polygon zones: sum, mean, count, minimum, maximum, standard deviation and range.

Each pixel counts with the exact share of its area that the polygon covers, not by whether its centre falls inside, so a population raster is apportioned between zones at their edges and the sum over zones that tile the raster equals the raster sum. Count is the covered area of valid pixels in pixel units (fractional); mean and standard deviation are weighted by the covered area; minimum and maximum consider every pixel a zone touches.

Pixels equal to the band's nodata value and NaN pixels (whatever the nodata value) have no value: they are left out of every statistic, and the zones that cover some are reported with the share of their area on such pixels.

The raster may be in any coordinate reference system (CRS): the zones are reprojected to it for the computation only, and the output keeps the zones' CRS and geometry. The raster is read one zone window at a time, so a country-size raster does not need to fit in memory. Zones outside or partly outside the raster and zones with only nodata pixels are reported.

Method: exact pixel coverage fractions as in exactextract (Baston, ISciences).</source>
            <translation>Resume una banda de un ráster (por ejemplo, población de WorldPop o GHSL) sobre zonas poligonales: suma, media, conteo, mínimo, máximo, desviación estándar y rango.

Cada píxel cuenta con la fracción exacta de su área que cubre el polígono, no según si su centro cae dentro, de modo que un ráster de población se reparte entre zonas en sus bordes y la suma sobre zonas que cubren el ráster es igual a la suma del ráster. El conteo es el área cubierta de píxeles válidos en unidades de píxel (fraccionaria); la media y la desviación estándar se ponderan por el área cubierta; el mínimo y el máximo consideran todo píxel que toca la zona.

Los píxeles iguales al valor sin datos de la banda y los píxeles NaN (sea cual sea el valor sin datos) no tienen valor: quedan fuera de todas las estadísticas, y se informan las zonas que cubren alguno con la fracción de su área sobre esos píxeles.

El ráster puede estar en cualquier sistema de referencia de coordenadas (SRC): las zonas se reproyectan a él solo para el cálculo y la salida conserva el SRC y la geometría de las zonas. El ráster se lee una ventana por zona, así que un ráster del tamaño de un país no necesita caber en memoria. Se informan las zonas fuera o parcialmente fuera del ráster y las zonas con solo píxeles sin datos.

Método: fracciones exactas de cobertura de píxel como en exactextract (Baston, ISciences).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="180" />
            <source>{0} zones cover some nodata or NaN pixels (up to {1} % of a zone's area), left out of their statistics: {2}</source>
            <translation>{0} zonas cubren algunos píxeles sin datos o NaN (hasta el {1} % del área de una zona), que quedan fuera de sus estadísticas: {2}</translation>
        </message>
    </context>
</TS>
