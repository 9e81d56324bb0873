<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
    <context>
        <name>@default</name>
        <message>
            <location filename="../core/access_family.py" line="70" />
            <source>Alpha must be a number ≥ 0 (got {alpha}).</source>
            <translation>Alfa deve ser um número ≥ 0 (recebido {alpha}).</translation>
        </message>
        <message>
            <location filename="../core/access_family.py" line="78" />
            <source>Unknown constraint '{constraint}': use total, singly or doubly.</source>
            <translation>Restrição desconhecida '{constraint}': use total, simples ou dupla.</translation>
        </message>
        <message>
            <location filename="../core/access_family.py" line="90" />
            <source>The cutoff of cost {name} must be a number ≥ 0 (got {value}).</source>
            <translation>O limite do custo {name} deve ser um número ≥ 0 (recebido {value}).</translation>
        </message>
        <message>
            <location filename="../core/access_family.py" line="103" />
            <source>The cost step must be a number &gt; 0 (got {increment}).</source>
            <translation>O passo de custo deve ser um número &gt; 0 (recebido {increment}).</translation>
        </message>
        <message>
            <location filename="../core/access_family.py" line="314" />
            <source>Doubly constrained accessibility needs as much demand as supply: {demand} adds up to {demand_total} in the zones that are origins and {supply} to {supply_total} in the zones that are destinations.</source>
            <translation>A acessibilidade duplamente restrita precisa de tanta demanda quanto oferta: {demand} soma {demand_total} nas zonas que são origens e {supply} soma {supply_total} nas zonas que são destinos.</translation>
        </message>
        <message>
            <location filename="../core/accessibility.py" line="801" />
            <source>The passive form exists for the cumulative, interval, gravity, travel time to the closest and total or singly constrained measures only.</source>
            <translation>A forma passiva existe apenas para as medidas cumulativa, de intervalo, gravitacional, tempo até a mais próxima e restrita total ou simples.</translation>
        </message>
        <message>
            <location filename="../core/accessibility.py" line="809" />
            <source>Cutoffs on extra costs apply to the cumulative opportunities measure only.</source>
            <translation>Os limites em custos adicionais se aplicam apenas à medida de oportunidades cumulativas.</translation>
        </message>
        <message>
            <location filename="../core/demand/flows.py" line="63" />
            <source>No OD row matches the zone ids: check the zone id field and the id fields of the OD table.</source>
            <translation>Nenhuma linha OD corresponde aos identificadores de zona: verifique o campo identificador da zona e os campos identificadores da tabela OD.</translation>
        </message>
        <message>
            <location filename="../core/demand/generation.py" line="260" />
            <source>Too few zones have an observed value in field {field} and every explanatory field to fit the regression.</source>
            <translation>Poucas zonas têm um valor observado no campo {field} e em todos os campos explicativos para ajustar a regressão.</translation>
        </message>
        <message>
            <location filename="../core/demand/generation.py" line="288" />
            <source>Every trip rate must be a number of zero or more.</source>
            <translation>Cada taxa de viagens deve ser um número igual ou maior que zero.</translation>
        </message>
        <message>
            <location filename="../core/demand/generation.py" line="297" />
            <source>The rate table repeats a category ({examples}): each needs exactly one rate.</source>
            <translation>A tabela de taxas repete uma categoria ({examples}): cada uma precisa de exatamente uma taxa.</translation>
        </message>
        <message>
            <location filename="../core/demand/generation.py" line="431" />
            <source>Cannot balance: total productions are {productions:,.1f} and total attractions {attractions:,.1f}. Check the fields and rates that give zero.</source>
            <translation>Não é possível balancear: o total de produções é {productions:,.1f} e o de atrações {attractions:,.1f}. Verifique os campos e taxas que dão zero.</translation>
        </message>
        <message>
            <location filename="../core/demand/model.py" line="86" />
            <source>A distribution between {zones} zones needs about {needed} of memory (its {zones} × {zones} matrices and the output table), more than the {available} available. Aggregate the zones into fewer, larger ones, or run it on a computer with more memory.</source>
            <translation>Uma distribuição entre {zones} zonas precisa de cerca de {needed} de memória (suas matrizes de {zones} × {zones} e a tabela de saída), mais que os {available} disponíveis. Agrupe as zonas em menos zonas maiores, ou execute-a em um computador com mais memória.</translation>
        </message>
        <message>
            <location filename="../core/demand/model.py" line="107" />
            <source>Field {field} has {n} negative values: trips must be zero or positive.</source>
            <translation>O campo {field} tem {n} valores negativos: as viagens devem ser zero ou positivas.</translation>
        </message>
        <message>
            <location filename="../core/demand/model.py" line="114" />
            <source>Every zone has 0 in field {field}: there are no trips to distribute.</source>
            <translation>Todas as zonas têm 0 no campo {field}: não há viagens a distribuir.</translation>
        </message>
        <message>
            <location filename="../core/demand/model.py" line="127" />
            <source>The cost matrix has no rows.</source>
            <translation>A matriz de custos não tem linhas.</translation>
        </message>
        <message>
            <location filename="../core/demand/model.py" line="129" />
            <source>The cost matrix has {n} negative costs: costs must be zero or positive.</source>
            <translation>A matriz de custos tem {n} custos negativos: os custos devem ser zero ou positivos.</translation>
        </message>
        <message>
            <location filename="../core/demand/model.py" line="137" />
            <source>No row of the cost matrix matches the zone ids (matrix ids such as {matrix_ids}; zone ids such as {zone_ids}): check the zone id field and the id fields of the matrix.</source>
            <translation>Nenhuma linha da matriz de custos corresponde aos identificadores de zona (identificadores da matriz como {matrix_ids}; das zonas como {zone_ids}): verifique o campo identificador da zona e os campos identificadores da matriz.</translation>
        </message>
        <message>
            <location filename="../core/demand/model.py" line="145" />
            <source>No row of the cost matrix has a cost in field {field} for two zones: there is nothing to distribute on.</source>
            <translation>Nenhuma linha da matriz de custos tem um custo no campo {field} entre duas zonas: não há nada sobre o que distribuir.</translation>
        </message>
        <message>
            <location filename="../core/demand/model.py" line="170" />
            <source>Calibration to a mean trip cost works with the exponential or the power function only.</source>
            <translation>A calibração para um custo médio de viagem só funciona com a função exponencial ou a potência.</translation>
        </message>
        <message>
            <location filename="../core/demand/model.py" line="235" />
            <source>The cost matrix has {n} zero costs, but the power and combined functions need costs above zero: use the exponential function or set a cost for trips within a zone.</source>
            <translation>A matriz de custos tem {n} custos zero, mas as funções potência e combinada precisam de custos maiores que zero: use a função exponencial ou informe um custo para as viagens dentro de uma zona.</translation>
        </message>
        <message>
            <location filename="../core/demand/modesplit.py" line="186" />
            <source>The travel-time matrix given for {matrix} has no rows.</source>
            <translation>A matriz de tempos de viagem informada para {matrix} não tem linhas.</translation>
        </message>
        <message>
            <location filename="../core/demand/modesplit.py" line="192" />
            <source>The travel-time matrix given for {matrix} has {n} negative travel times on pairs of the OD table: times must be zero or positive.</source>
            <translation>A matriz de tempos de viagem informada para {matrix} tem {n} tempos de viagem negativos em pares da tabela OD: os tempos devem ser zero ou positivos.</translation>
        </message>
        <message>
            <location filename="../core/indicators/sdg1131.py" line="162" />
            <source>No built-up area was found at the {date} date: check the built-up layer (features without geometry add no area; with a raster, check how its pixels are read and the built-up value).</source>
            <translation>Nenhuma área construída foi encontrada na data {date}: verifique a camada de área construída (feições sem geometria não somam área; com um raster, verifique como seus pixels são lidos e o valor de construído).</translation>
        </message>
        <message>
            <location filename="../core/od.py" line="114" />
            <source>The travel matrix was read without the cost column {name}: give it among the extra costs.</source>
            <translation>A matriz de tempos de viagem foi lida sem a coluna de custo {name}: informe-a entre os custos adicionais.</translation>
        </message>
        <message>
            <location filename="../core/od.py" line="315" />
            <source>{n} origin-destination pairs appear more than once in the table (e.g. {examples}): each pair must appear once. Remove or aggregate the repeated rows.</source>
            <translation>{n} pares origem-destino aparecem mais de uma vez na tabela (p. ex. {examples}): cada par deve aparecer uma única vez. Remova ou agregue as linhas repetidas.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/bands.py" line="37" />
            <source>The {what} {value!r} is not a clock time: write HH:MM or HH:MM:SS (hours past 24 are allowed).</source>
            <translation>{what} {value!r} não é um horário: escreva HH:MM ou HH:MM:SS (horas depois das 24 são aceitas).</translation>
        </message>
        <message>
            <location filename="../core/scenarios/bands.py" line="61" />
            <source>The time band {start}–{end}{where} lies outside the service day (00:00 to 48:00).</source>
            <translation>A faixa horária {start}–{end}{where} está fora do dia de serviço (00:00 a 48:00).</translation>
        </message>
        <message>
            <location filename="../core/scenarios/bands.py" line="67" />
            <source>The time band {start}–{end}{where} is empty: its end must be after its start.</source>
            <translation>A faixa horária {start}–{end}{where} está vazia: seu fim deve ser posterior ao início.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/compare.py" line="73" />
            <source>The baseline and the scenario have no zone id in common (baseline e.g. {baseline}; scenario e.g. {scenario}): compare two results of the same zones.</source>
            <translation>A linha de base e o cenário não têm nenhum id de zona em comum (linha de base p. ex. {baseline}; cenário p. ex. {scenario}): compare dois resultados das mesmas zonas.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/compare.py" line="142" />
            <source>The threshold must be zero or positive; got {value}.</source>
            <translation>O limiar deve ser zero ou positivo; recebido {value}.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_edit.py" line="139" />
            <source>The edits table lacks the field(s) {fields}; it needs action, route_id, start_time, end_time, value.</source>
            <translation>Faltam à tabela de alterações os campos {fields}; ela precisa de action, route_id, start_time, end_time, value.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_edit.py" line="170" />
            <source>Unknown edit action(s) {actions} (rows {rows}); the actions are {valid}.</source>
            <translation>Ações de alteração desconhecidas {actions} (linhas {rows}); as ações são {valid}.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_edit.py" line="185" />
            <source>Row {row} ({action}) needs a headway value above zero, not {value!r}.</source>
            <translation>A linha {row} ({action}) precisa de um intervalo maior que zero, não {value!r}.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_edit.py" line="192" />
            <source>Row {row} ({action}) needs a value above zero (a factor, or a speed in km/h), not {value!r}.</source>
            <translation>A linha {row} ({action}) precisa de um valor maior que zero (um fator, ou uma velocidade em km/h), não {value!r}.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_edit.py" line="217" />
            <source>The edits name {n} route(s) absent from the feed: {routes}.</source>
            <translation>As alterações citam {n} rotas ausentes do feed: {routes}.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_edit.py" line="229" />
            <source>Row {row}: remove_route removes the whole route and takes no time band; use remove_trips to remove the trips of a band.</source>
            <translation>Linha {row}: remove_route remove a rota inteira e não aceita faixa horária; use remove_trips para remover as viagens de uma faixa.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_edit.py" line="238" />
            <source>The time band {start}–{end} of row {row} lies outside the feed's service day ({first} to {last}).</source>
            <translation>A faixa horária {start}–{end} da linha {row} está fora do dia de serviço do feed ({first} a {last}).</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_edit.py" line="662" />
            <source>The new feed must not overwrite its source {path}; choose another file.</source>
            <translation>O novo feed não deve sobrescrever sua origem {path}; escolha outro arquivo.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="132" />
            <source>The line of new route {route} needs at least two points with finite coordinates (and as many projected as lon/lat points).</source>
            <translation>A linha da nova rota {route} precisa de pelo menos dois pontos com coordenadas finitas (e tantos pontos projetados quanto lon/lat).</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="154" />
            <source>New route {route} needs headways above zero minutes, not {value!r}.</source>
            <translation>A nova rota {route} precisa de intervalos maiores que zero minutos, não {value!r}.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="161" />
            <source>The headway band {start}–{end} of new route {route} lies outside its service span {first}–{last}.</source>
            <translation>A faixa de intervalo {start}–{end} da nova rota {route} está fora de seu horário de serviço {first}–{last}.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="176" />
            <source>The headway bands of new route {route} overlap; give each time of day one headway.</source>
            <translation>As faixas de intervalo da nova rota {route} se sobrepõem; dê um só intervalo a cada hora do dia.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="188" />
            <source>The new route id {route!r} is empty or already used by the feed; give the new route its own id.</source>
            <translation>O id da nova rota {route!r} está vazio ou já é usado pelo feed; dê à nova rota um id próprio.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="198" />
            <source>The mode of new route {route} must be a GTFS route_type number (3 bus, 0 tram, 1 metro …), not {value!r}.</source>
            <translation>O modo da nova rota {route} deve ser um número route_type do GTFS (3 ônibus, 0 bonde, 1 metrô …), não {value!r}.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="220" />
            <source>A stop of new route {route} lies {distance:.0f} m from its line (at most {limit:.0f} m).</source>
            <translation>Uma parada da nova rota {route} está a {distance:.0f} m de sua linha (no máximo {limit:.0f} m).</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="231" />
            <source>New route {route} needs at least two distinct stops on its line.</source>
            <translation>A nova rota {route} precisa de pelo menos duas paradas distintas em sua linha.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="239" />
            <source>The stop spacing of new route {route} must be above zero metres.</source>
            <translation>O espaçamento entre paradas da nova rota {route} deve ser maior que zero metros.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="245" />
            <source>The line of new route {route} is {length:.0f} m long, shorter than the stop spacing ({spacing:.0f} m): draw a longer line or give a smaller spacing.</source>
            <translation>A linha da nova rota {route} mede {length:.0f} m, menos que o espaçamento entre paradas ({spacing:.0f} m): desenhe uma linha mais longa ou indique um espaçamento menor.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="266" />
            <source>The speed of new route {route} must be above zero km/h.</source>
            <translation>A velocidade da nova rota {route} deve ser maior que zero km/h.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="279" />
            <source>New route {route} has {n} segments between stops but {k} segment times were given.</source>
            <translation>A nova rota {route} tem {n} trechos entre paradas, mas foram dados {k} tempos de trecho.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="289" />
            <source>The travel times of new route {route} must be above zero.</source>
            <translation>Os tempos de viagem da nova rota {route} devem ser maiores que zero.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="295" />
            <source>New route {route} needs either a speed (km/h) or travel times, not both or neither.</source>
            <translation>A nova rota {route} precisa de uma velocidade (km/h) ou de tempos de viagem, não ambos nem nenhum.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="310" />
            <source>The service_id {service!r} of new route {route} is not in the feed's calendars.</source>
            <translation>O service_id {service!r} da nova rota {route} não está nos calendários do feed.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_new_route.py" line="323" />
            <source>The feed has no calendar dates to run new route {route} on; give an existing service_id.</source>
            <translation>O feed não tem datas de calendário para operar a nova rota {route}; indique um service_id existente.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_tables.py" line="114" />
            <source>The GTFS feed {path} cannot be opened as a zip file ({reason}).</source>
            <translation>O feed GTFS {path} não pode ser aberto como arquivo zip ({reason}).</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_tables.py" line="134" />
            <source>The GTFS feed {path} lacks the required file(s) {files}.</source>
            <translation>Faltam ao feed GTFS {path} os arquivos obrigatórios {files}.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/gtfs_tables.py" line="147" />
            <source>The GTFS feed {path} lacks required column(s): {columns}.</source>
            <translation>Faltam ao feed GTFS {path} colunas obrigatórias: {columns}.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/streets.py" line="135" />
            <source>The speed-factor table lacks the field(s) {fields}; it needs highway, start_time, end_time, factor.</source>
            <translation>Faltam à tabela de fatores de velocidade os campos {fields}; ela precisa de highway, start_time, end_time, factor.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/streets.py" line="150" />
            <source>Row {row} of the speed-factor table needs a factor above zero, not {value!r} (close a street with the closed-links input instead).</source>
            <translation>A linha {row} da tabela de fatores de velocidade precisa de um fator maior que zero, não {value!r} (para fechar uma via use a entrada de trechos fechados).</translation>
        </message>
        <message>
            <location filename="../core/scenarios/streets.py" line="170" />
            <source>The speed-factor table gives class {highway} two factors at once (rows {rows}); give each class one factor per time of day.</source>
            <translation>A tabela de fatores de velocidade dá à classe {highway} dois fatores ao mesmo tempo (linhas {rows}); dê a cada classe um fator por hora do dia.</translation>
        </message>
        <message>
            <location filename="../core/scenarios/streets.py" line="184" />
            <source>A departure time is needed to apply the speed factors.</source>
            <translation>É necessário um horário de partida para aplicar os fatores de velocidade.</translation>
        </message>
        <message>
            <location filename="../core/inequality.py" line="491" />
            <source>The poverty line must be a positive number.</source>
            <translation>A linha de pobreza deve ser um número positivo.</translation>
        </message>
        <message>
            <location filename="../core/inequality.py" line="498" />
            <source>No zone has both an accessibility value and a population above 0.</source>
            <translation>Nenhuma zona tem ao mesmo tempo um valor de acessibilidade e uma população maior que 0.</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="159" />
            <source>The inequality table {name} has no row of group 'all'.</source>
            <translation>A tabela de desigualdade {name} não tem nenhuma linha do grupo 'all'.</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="193" />
            <source>No zone has a population above 0 in field {field}.</source>
            <translation>Nenhuma zona tem população maior que 0 no campo {field}.</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="209" />
            <source>No zone has both a value in {field} and a population above 0.</source>
            <translation>Nenhuma zona tem ao mesmo tempo um valor em {field} e população maior que 0.</translation>
        </message>
        <message>
            <location filename="../core/gtfs/files.py" line="96" />
            <source>{name} is not a GTFS zip file: {details}</source>
            <translation>{name} não é um arquivo zip GTFS: {details}</translation>
        </message>
        <message>
            <location filename="../core/gtfs/files.py" line="139" />
            <source>{file} of {name} cannot be read as a table: {details}</source>
            <translation>{file} de {name} não pode ser lido como tabela: {details}</translation>
        </message>
        <message>
            <location filename="../core/gtfs/reader.py" line="31" />
            <source>{name} has no {file}: it is not a usable GTFS feed.</source>
            <translation>{name} não tem {file}: não é um feed GTFS utilizável.</translation>
        </message>
        <message>
            <location filename="../core/gtfs/reader.py" line="42" />
            <source>{file} of {name} lacks the required columns {columns}.</source>
            <translation>Faltam em {file} de {name} as colunas obrigatórias {columns}.</translation>
        </message>
        <message>
            <location filename="../core/gtfs/services.py" line="58" />
            <source>The GTFS feed(s) have no calendar.txt or calendar_dates.txt: no trip can be placed on a date.</source>
            <translation>Os feeds GTFS não têm calendar.txt nem calendar_dates.txt: nenhuma viagem pode ser situada em uma data.</translation>
        </message>
        <message>
            <location filename="../core/gtfs/services.py" line="65" />
            <source>The date {date} is outside the GTFS calendar: the feed(s) run from {first} to {last}. Choose a date in that range.</source>
            <translation>A data {date} está fora do calendário GTFS: os feeds vão de {first} a {last}. Escolha uma data nesse intervalo.</translation>
        </message>
        <message>
            <location filename="../core/fleet/blocks.py" line="62" />
            <source>The trip table lacks the columns {columns}.</source>
            <translation>Faltam à tabela de viagens as colunas {columns}.</translation>
        </message>
        <message>
            <location filename="../core/fleet/estimators.py" line="203" />
            <source>Layovers must be zero or positive minutes (got {values}).</source>
            <translation>Os tempos de espera no terminal devem ser zero ou minutos positivos (recebido {values}).</translation>
        </message>
        <message>
            <location filename="../core/fleet/blocks.py" line="225" />
            <source>{n} trips end before they start (e.g. {examples}): fix their stop times.</source>
            <translation>{n} viagens terminam antes de começar (p. ex. {examples}): corrija seus horários em stop_times.</translation>
        </message>
        <message>
            <location filename="../core/fleet/cost.py" line="85" />
            <source>A useful life must be positive (got {years} years).</source>
            <translation>A vida útil deve ser positiva (recebido {years} anos).</translation>
        </message>
        <message>
            <location filename="../core/fleet/cost.py" line="65" />
            <source>No cost parameters for the technology '{technology}': give its prices (none is assumed).</source>
            <translation>Não há parâmetros de custo para a tecnologia '{technology}': informe seus preços (nenhum é suposto).</translation>
        </message>
        <message>
            <location filename="../core/fleet/cost.py" line="91" />
            <source>Missing cost parameters for {technology}: {parameters}. Give them: none is assumed.</source>
            <translation>Faltam parâmetros de custo para {technology}: {parameters}. Informe-os: nenhum é suposto.</translation>
        </message>
        <message>
            <location filename="../core/fleet/cost.py" line="118" />
            <source>The horizon must be at least one year (got {years}).</source>
            <translation>O horizonte deve ser de pelo menos um ano (recebido {years}).</translation>
        </message>
        <message>
            <location filename="../core/fleet/cost.py" line="188" />
            <source>The fleet has technologies without costs: {technologies}. Give their costs.</source>
            <translation>A frota tem tecnologias sem custos: {technologies}. Informe seus custos.</translation>
        </message>
        <message>
            <location filename="../core/fleet/cost.py" line="215" />
            <source>The annual kilometres per bus must be positive (got {value}).</source>
            <translation>Os quilômetros anuais por ônibus devem ser positivos (recebido {value}).</translation>
        </message>
        <message>
            <location filename="../core/fleet/estimators.py" line="200" />
            <source>Give at least one layover (minutes).</source>
            <translation>Informe pelo menos um tempo de espera no terminal (minutos).</translation>
        </message>
        <message>
            <location filename="../core/fleet/estimators.py" line="209" />
            <source>The spare ratio must be zero or positive (got {value}).</source>
            <translation>A proporção de reserva deve ser zero ou positiva (recebido {value}).</translation>
        </message>
        <message>
            <location filename="../core/fleet/estimators.py" line="215" />
            <source>The time window must end after it starts (start {start} s, end {end} s).</source>
            <translation>A janela de tempo deve terminar depois de começar (início {start} s, fim {end} s).</translation>
        </message>
        <message>
            <location filename="../core/fleet/plan.py" line="80" />
            <source>The fleet table has no row with a layover.</source>
            <translation>A tabela de frota não tem nenhuma linha com tempo de espera no terminal.</translation>
        </message>
        <message>
            <location filename="../core/fleet/plan.py" line="84" />
            <source>The fleet table has no layover of {layover} min; its layovers: {layovers}.</source>
            <translation>A tabela de frota não tem tempo de espera no terminal de {layover} min; seus tempos: {layovers}.</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="74" />
            <source>Technology shares must be between 0 and 1 (got {values}).</source>
            <translation>As proporções por tecnologia devem estar entre 0 e 1 (recebido {values}).</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="82" />
            <source>The fleet age table lacks the columns {columns}.</source>
            <translation>Faltam à tabela de idades da frota as colunas {columns}.</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="90" />
            <source>The target year {target} is before the base year {base}.</source>
            <translation>O ano-meta {target} é anterior ao ano-base {base}.</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="98" />
            <source>The fleet age table has model years after the base year {base}: {years}. A bus counted in the base year cannot be built later: correct the table or the base year.</source>
            <translation>A tabela de idades da frota tem anos de modelo posteriores ao ano-base {base}: {years}. Um ônibus contado no ano-base não pode ser fabricado depois: corrija a tabela ou o ano-base.</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="108" />
            <source>The fleet age table has {n} negative counts.</source>
            <translation>A tabela de idades da frota tem {n} quantidades negativas.</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="117" />
            <source>The technology shares of a year must add up to 1 (years {years}: {sums}).</source>
            <translation>As proporções por tecnologia de um ano devem somar 1 (anos {years}: {sums}).</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="384" />
            <source>No maximum age for the bus sizes {sizes}: give one.</source>
            <translation>Não há idade máxima para os tamanhos de ônibus {sizes}: informe uma.</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="160" />
            <source>Give either a maximum age per size or a Weibull λ, not both or neither.</source>
            <translation>Informe uma idade máxima por tamanho ou um λ de Weibull, não ambos nem nenhum.</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="166" />
            <source>The growth rate must be above −100 % a year (got {value}).</source>
            <translation>A taxa de crescimento deve ser maior que −100 % ao ano (recebido {value}).</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="208" />
            <source>No battery size (kWh per e-bus) for the bus sizes {sizes}: give one.</source>
            <translation>Não há tamanho de bateria (kWh por ônibus elétrico) para os tamanhos de ônibus {sizes}: informe um.</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="242" />
            <source>No purchase price for {pairs} (size/technology): give one, prices are never assumed.</source>
            <translation>Não há preço de compra para {pairs} (tamanho/tecnologia): informe um, os preços nunca são supostos.</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="251" />
            <source>Local-content and component cost shares must be between 0 and 1 (got {values}).</source>
            <translation>As proporções de conteúdo local e de custo por componente devem estar entre 0 e 1 (recebido {values}).</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="260" />
            <source>No component cost shares for the technologies {technologies}: give them.</source>
            <translation>Não há proporções de custo por componente para as tecnologias {technologies}: informe-as.</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="302" />
            <source>Unknown preset {preset} of {table}: use one of {presets}.</source>
            <translation>Predefinição {preset} de {table} desconhecida: use uma de {presets}.</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="319" />
            <source>The purchase policy needs the columns year, technology and share (or year and new_ev_share for an electrification path); it lacks {columns}.</source>
            <translation>A política de compras precisa das colunas year, technology e share (ou year e new_ev_share para uma trajetória de eletrificação); faltam {columns}.</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="335" />
            <source>The electrification path has no rows of mode {mode} (its modes: {modes}).</source>
            <translation>A trajetória de eletrificação não tem linhas do modo {mode} (seus modos: {modes}).</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="356" />
            <source>The Weibull λ must be positive (got {value}).</source>
            <translation>O λ de Weibull deve ser positivo (recebido {value}).</translation>
        </message>
        <message>
            <location filename="../core/fleet/renewal.py" line="362" />
            <source>The Weibull k must be positive (got {value}).</source>
            <translation>O k de Weibull deve ser positivo (recebido {value}).</translation>
        </message>
        <message>
            <location filename="../core/scenarios/streets.py" line="115" />
            <source>The speed-factor table names unknown mode(s) {modes}; the modes are walk, bicycle and car.</source>
            <translation>A tabela de fatores de velocidade cita modos desconhecidos {modes}; os modos são walk, bicycle e car.</translation>
        </message>
        <message>
            <location filename="../core/activity.py" line="151" />
            <source>No trip runs on {date} (a holiday, or a weekday without service?): the feed(s) have service from {first} to {last}. Choose a date with service.</source>
            <translation>Nenhuma viagem circula em {date} (um feriado, ou um dia sem serviço?): os feeds têm serviço de {first} a {last}. Escolha uma data com serviço.</translation>
        </message>
        <message>
            <location filename="../core/activity.py" line="168" />
            <source>No route of the modes {modes} runs on {date}: the {n} routes running that day are {found}.</source>
            <translation>Nenhuma rota dos modos {modes} circula em {date}: as {n} rotas que circulam nesse dia são de {found}.</translation>
        </message>
        <message>
            <location filename="../core/activity.py" line="204" />
            <source>None of the routes {routes} runs on {date}.</source>
            <translation>Nenhuma das rotas {routes} circula em {date}.</translation>
        </message>
        <message>
            <location filename="../core/activity.py" line="738" />
            <source>The time window must end after it starts (start {start}, end {end}).</source>
            <translation>A janela horária deve terminar depois de começar (início {start}, fim {end}).</translation>
        </message>
        <message>
            <location filename="../core/activity.py" line="749" />
            <source>The detour factor must be at least 1 (got {detour}).</source>
            <translation>O fator de desvio deve ser pelo menos 1 (recebido {detour}).</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="103" />
            <source>The modes table lacks the field(s) {fields}.</source>
            <translation>Faltam à tabela de modos os campos {fields}.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="111" />
            <source>Mode '{mode}' is listed twice.</source>
            <translation>O modo '{mode}' aparece duas vezes.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="119" />
            <source>Mode {mode}: fuel must be one of {fuels}.</source>
            <translation>Modo {mode}: fuel deve ser um de {fuels}.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="133" />
            <source>ev_share must lie between 0 and 1.</source>
            <translation>ev_share deve estar entre 0 e 1.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="135" />
            <source>occupancy must be positive (leave it empty for intensities per passenger-km).</source>
            <translation>occupancy deve ser positiva (deixe-a vazia para intensidades por passageiro-km).</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="142" />
            <source>A mode with pkm given needs a positive share to derive its trip length.</source>
            <translation>Um modo com pkm informado precisa de uma participação positiva para derivar o comprimento de suas viagens.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="150" />
            <source>Mode {mode} has no trip length (trip_km or pkm).</source>
            <translation>O modo {mode} não tem comprimento de viagem (trip_km ou pkm).</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="160" />
            <source>Mode shares of {label} must be numbers from 0 to 1.</source>
            <translation>As participações modais de {label} devem ser números de 0 a 1.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="166" />
            <source>Mode shares of {label} sum to {total}, not 1.</source>
            <translation>As participações modais de {label} somam {total}, não 1.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="177" />
            <source>The levers table lacks the field(s) {fields}.</source>
            <translation>Faltam à tabela de alavancas os campos {fields}.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="191" />
            <source>Unknown lever '{lever}'; levers: {levers}.</source>
            <translation>Alavanca desconhecida '{lever}'; alavancas: {levers}.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="198" />
            <source>Lever years must be after the base year {year}.</source>
            <translation>Os anos das alavancas devem ser posteriores ao ano-base {year}.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="202" />
            <source>Lever '{lever}' has no numeric value.</source>
            <translation>A alavanca '{lever}' não tem valor numérico.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="210" />
            <source>Lever {lever} names mode '{mode}', not in the modes table ({modes}).</source>
            <translation>A alavanca {lever} nomeia o modo '{mode}', que não está na tabela de modos ({modes}).</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="218" />
            <source>Lever '{lever}' applies to all modes: leave mode empty.</source>
            <translation>A alavanca '{lever}' se aplica a todos os modos: deixe mode vazio.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="225" />
            <source>Target shares of {year} must be given for every mode ({modes}).</source>
            <translation>As participações-meta de {year} devem ser informadas para todos os modos ({modes}).</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="242" />
            <source>The fleet-renewal table lacks the field(s) {fields}.</source>
            <translation>Faltam à tabela de renovação de frota os campos {fields}.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="251" />
            <source>Fleet-renewal mode '{mode}' is not in the modes table.</source>
            <translation>O modo '{mode}' da renovação de frota não está na tabela de modos.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="258" />
            <source>Fleet-renewal year '{value}' is not a year.</source>
            <translation>O ano de renovação da frota '{value}' não é um ano.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="267" />
            <source>Fleet-renewal {field} must lie between 0 and 1.</source>
            <translation>{field} da renovação de frota deve estar entre 0 e 1.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="376" />
            <source>Base population, trips per day and days per year must be positive, the grid factor not negative.</source>
            <translation>A população-base, as viagens por dia e os dias por ano devem ser positivos, e o fator da rede elétrica não negativo.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="392" />
            <source>Mode {mode} has both ev_share levers and a fleet-renewal path: keep one.</source>
            <translation>O modo {mode} tem alavancas ev_share e uma trajetória de renovação de frota: mantenha só uma.</translation>
        </message>
        <message>
            <location filename="../core/asif.py" line="429" />
            <source>No scenario preset for '{city}'; presets: {presets}.</source>
            <translation>Não há cenário predefinido para '{city}'; predefinidos: {presets}.</translation>
        </message>
        <message>
            <location filename="../core/asif_base.py" line="62" />
            <source>The OD table has no trips by mode (fields {fields}): give the OD table of the mode split.</source>
            <translation>A tabela OD não tem viagens por modo (campos {fields}): use a tabela OD da divisão modal.</translation>
        </message>
        <message>
            <location filename="../core/asif_base.py" line="71" />
            <source>Distances must not be negative.</source>
            <translation>As distâncias não devem ser negativas.</translation>
        </message>
        <message>
            <location filename="../core/asif_base.py" line="93" />
            <source>The OD table has no trips by mode.</source>
            <translation>A tabela OD não tem viagens por modo.</translation>
        </message>
        <message>
            <location filename="../core/asif_base.py" line="131" />
            <source>Mode {mode} has no default parameters (known modes: {known}): give its {fields} in the modes table.</source>
            <translation>O modo {mode} não tem parâmetros padrão (modos conhecidos: {known}): informe seus {fields} na tabela de modos.</translation>
        </message>
        <message>
            <location filename="../core/asif_base.py" line="177" />
            <source>Give the base-year activity: a city preset, the OD table of the mode split with distances, or a modes table (mode, share, trip_km).</source>
            <translation>Informe a atividade do ano-base: uma cidade predefinida, a tabela OD da divisão modal com distâncias, ou uma tabela de modos (mode, share, trip_km).</translation>
        </message>
        <message>
            <location filename="../core/asif_base.py" line="188" />
            <source>Give the scenario's {fields} (or choose a city preset that has them).</source>
            <translation>Informe {fields} do cenário (ou escolha uma cidade predefinida que os tenha).</translation>
        </message>
        <message>
            <location filename="../core/emissions/fleet.py" line="105" />
            <source>Euro class '{value}' in FLEET is not a Euro class (write I-VI, 1-6 or EEV).</source>
            <translation>A classe Euro '{value}' de FLEET não é uma classe Euro (escreva I-VI, 1-6 ou EEV).</translation>
        </message>
        <message>
            <location filename="../core/emissions/fleet.py" line="152" />
            <source>FLEET lacks the field(s) {fields}; its fields are {present}.</source>
            <translation>Faltam a FLEET os campos {fields}; seus campos são {present}.</translation>
        </message>
        <message>
            <location filename="../core/emissions/fleet.py" line="162" />
            <source>FLEET row {row}: {field} '{value}' is not one of {allowed}.</source>
            <translation>Linha {row} de FLEET: {field} '{value}' não é um de {allowed}.</translation>
        </message>
        <message>
            <location filename="../core/emissions/fleet.py" line="172" />
            <source>FLEET row {row}: share '{value}' is not a number from 0 to 1.</source>
            <translation>Linha {row} de FLEET: share '{value}' não é um número de 0 a 1.</translation>
        </message>
        <message>
            <location filename="../core/emissions/fleet.py" line="183" />
            <source>FLEET row {row}: model_year '{value}' is not a year.</source>
            <translation>Linha {row} de FLEET: model_year '{value}' não é um ano.</translation>
        </message>
        <message>
            <location filename="../core/emissions/fleet.py" line="193" />
            <source>FLEET row {row}: give the bus's euro class or model_year.</source>
            <translation>Linha {row} de FLEET: informe a classe euro ou o model_year do ônibus.</translation>
        </message>
        <message>
            <location filename="../core/emissions/fleet.py" line="210" />
            <source>FLEET shares must sum to 1 per route; they do not for {n} route(s) (route: sum of shares): {examples}.</source>
            <translation>As participações de FLEET devem somar 1 por rota; não somam em {n} rota(s) (rota: soma das participações): {examples}.</translation>
        </message>
        <message>
            <location filename="../core/emissions/fleet.py" line="310" />
            <source>CETESB factors cover diesel buses only; FLEET rows with fuel {fuels} need the EMEP/EEA source.</source>
            <translation>Os fatores da CETESB cobrem apenas ônibus a diesel; as linhas de FLEET com combustível {fuels} precisam da fonte EMEP/EEA.</translation>
        </message>
        <message>
            <location filename="../core/emissions/fleet.py" line="390" />
            <source>{n} route(s) of the activity have no FLEET rows and FLEET has no default rows (empty route_id): e.g. {examples}. Add rows with an empty route_id for the other routes.</source>
            <translation>{n} rota(s) da atividade não têm linhas em FLEET e FLEET não tem linhas padrão (route_id vazio): p. ex. {examples}. Acrescente linhas com route_id vazio para as demais rotas.</translation>
        </message>
        <message>
            <location filename="../core/emissions/fuels.py" line="54" />
            <source>Blend given for '{fuel}': blends apply to diesel and gasoline (biodiesel in diesel, ethanol in gasoline).</source>
            <translation>Mistura informada para '{fuel}': as misturas se aplicam ao diesel e à gasolina (biodiesel no diesel, etanol na gasolina).</translation>
        </message>
        <message>
            <location filename="../core/emissions/fuels.py" line="66" />
            <source>Blend share of {fuel} is {share}: give the biofuel's share by volume between 0 and 1.</source>
            <translation>A proporção de mistura de {fuel} é {share}: informe a proporção do biocombustível em volume entre 0 e 1.</translation>
        </message>
        <message>
            <location filename="../core/emissions/fuels.py" line="109" />
            <source>No blend preset for '{country}' (presets: {listed}); give the blend shares.</source>
            <translation>Não há mistura predefinida para '{country}' (predefinidas: {listed}); informe as proporções de mistura.</translation>
        </message>
        <message>
            <location filename="../core/emissions/fuels.py" line="118" />
            <source>No blend preset for '{country}' in or before {year}; give the blend shares.</source>
            <translation>Não há mistura predefinida para '{country}' em {year} ou antes; informe as proporções de mistura.</translation>
        </message>
        <message>
            <location filename="../core/emissions/fuels.py" line="140" />
            <source>No grid emission factor preset for '{country}' (presets: {listed}); give a value in kg CO2/kWh (= t CO2/MWh).</source>
            <translation>Não há fator de emissão da rede elétrica predefinido para '{country}' (predefinidos: {listed}); informe um valor em kg CO2/kWh (= t CO2/MWh).</translation>
        </message>
        <message>
            <location filename="../core/emissions/fuels.py" line="170" />
            <source>The fleet has electric buses: give a grid emission factor (kg CO2/kWh, or a country preset: {listed}) so their CO2 is counted.</source>
            <translation>A frota tem ônibus elétricos: informe um fator de emissão da rede elétrica (kg CO2/kWh, ou um país predefinido: {listed}) para contar seu CO2.</translation>
        </message>
        <message>
            <location filename="../core/emissions/fuels.py" line="185" />
            <source>Grid emission factor {value} is not a non-negative number of kg CO2/kWh.</source>
            <translation>O fator de emissão da rede elétrica {value} não é um número não negativo de kg CO2/kWh.</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="125" />
            <source>The battery must hold a positive energy (got {kwh} kWh).</source>
            <translation>A bateria deve armazenar uma energia positiva (recebido {kwh} kWh).</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="131" />
            <source>The battery shares must satisfy 0 ≤ reserve &lt; usable ≤ 1 (got usable {usable}, reserve {reserve}).</source>
            <translation>As proporções da bateria devem satisfazer 0 ≤ reserva &lt; utilizável ≤ 1 (recebido utilizável {usable}, reserva {reserve}).</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="140" />
            <source>Charger powers must be positive and the charging efficiency above 0 and at most 1 (got depot {depot} kW, terminal {terminal} kW, efficiency {efficiency}).</source>
            <translation>As potências dos carregadores devem ser positivas e a eficiência de carga maior que 0 e no máximo 1 (recebido garagem {depot} kW, terminal {terminal} kW, eficiência {efficiency}).</translation>
        </message>
        <message>
            <location filename="../core/energy.py" line="150" />
            <source>The overnight charging window must last more than 0 and at most 24 hours (got {hours}).</source>
            <translation>A janela de recarga noturna deve durar mais de 0 e no máximo 24 horas (recebido {hours}).</translation>
        </message>
        <message>
            <location filename="../core/affordability.py" line="94" />
            <source>These affordability settings must be above 0: {settings}.</source>
            <translation>Estes parâmetros de acessibilidade financeira devem ser maiores que 0: {settings}.</translation>
        </message>
        <message>
            <location filename="../core/affordability.py" line="100" />
            <source>Unknown fare summary '{summary}': use mean or median.</source>
            <translation>Resumo de tarifa desconhecido '{summary}': use mean ou median.</translation>
        </message>
        <message>
            <location filename="../core/affordability.py" line="117" />
            <source>The matrix has {n} negative fares: fares must be 0 or more.</source>
            <translation>A matriz tem {n} tarifas negativas: as tarifas devem ser 0 ou mais.</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="173" />
            <source>The fare structure gives {what} as '{value}', not a number.</source>
            <translation>A estrutura tarifária dá {what} como '{value}', que não é um número.</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="230" />
            <source>The transfers of a transfer rule must be like 1, 2-4 or 3- (got '{text}').</source>
            <translation>As transferências de uma regra de transferência devem ser escritas como 1, 2-4 ou 3- (recebido '{text}').</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="245" />
            <source>Transfer rule {line} must give exactly one of price, discount or total.</source>
            <translation>A regra de transferência {line} deve dar exatamente um de price, discount ou total.</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="338" />
            <source>The r5r fare structure lacks {files}.</source>
            <translation>Falta à estrutura tarifária do r5r {files}.</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="393" />
            <source>Fare structure file not found: {path}</source>
            <translation>Arquivo de estrutura tarifária não encontrado: {path}</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="402" />
            <source>The fare structure {path} cannot be read: {details}</source>
            <translation>A estrutura tarifária {path} não pode ser lida: {details}</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="435" />
            <source>The fare structure has no fare type.</source>
            <translation>A estrutura tarifária não tem nenhum tipo de tarifa.</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="496" />
            <source>Fares cannot be negative: {n} negative amounts ({examples}).</source>
            <translation>As tarifas não podem ser negativas: {n} valores negativos ({examples}).</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="507" />
            <source>The fare structure names fare types it does not define: {types}.</source>
            <translation>A estrutura tarifária cita tipos de tarifa que não define: {types}.</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="470" />
            <source>A discount is a percent from 0 to 100: {rules}.</source>
            <translation>Um desconto é uma porcentagem de 0 a 100: {rules}.</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="477" />
            <source>The number of discounted transfers and the transfer window cannot be negative.</source>
            <translation>O número de transferências com desconto e a janela de transferência não podem ser negativos.</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="482" />
            <source>transfer_window_from must be previous_boarding or first_boarding (got '{value}').</source>
            <translation>transfer_window_from deve ser previous_boarding ou first_boarding (recebido '{value}').</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="665" />
            <source>{n} routes of the feed have no fare in the fare structure ({examples}): assign them a fare type by route, agency or mode, or give a default fare type.</source>
            <translation>{n} rotas do feed não têm tarifa na estrutura tarifária ({examples}): atribua-lhes um tipo de tarifa por rota, agência ou modo, ou informe um tipo de tarifa padrão.</translation>
        </message>
        <message>
            <location filename="../core/streamed.py" line="599" />
            <source>The chunk size must be a whole number of origins of 1 or more (got {chunk_size}).</source>
            <translation>O tamanho do bloco deve ser um número inteiro de origens, 1 ou mais (recebido {chunk_size}).</translation>
        </message>
        <message>
            <location filename="../core/streamed.py" line="607" />
            <source>A chunk of {chunk_size} origins needs about {need} of memory per worker, and {available} is available to each of the {workers} workers: use chunks of at most {fits} origins, or leave the chunk size empty to have it chosen.</source>
            <translation>Um bloco de {chunk_size} origens precisa de cerca de {need} de memória por processo de trabalho, e há {available} disponíveis para cada um dos {workers} processos: use blocos de no máximo {fits} origens, ou deixe o tamanho do bloco vazio para que seja escolhido.</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="188" />
            <source>The fare structure gives {what} as '{value}', not a whole number.</source>
            <translation>A estrutura tarifária dá {what} como '{value}', que não é um número inteiro.</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="213" />
            <source>In the fare structure, {part} must be a list of objects (see docs/algorithms/fares.md).</source>
            <translation>Na estrutura tarifária, {part} deve ser uma lista de objetos (veja docs/algorithms/fares.md).</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="267" />
            <source>The fare structure must be a JSON object with fare_types, routes and transfers (see docs/algorithms/fares.md).</source>
            <translation>A estrutura tarifária deve ser um objeto JSON com fare_types, routes e transfers (veja docs/algorithms/fares.md).</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="442" />
            <source>Every fare type needs an id and a fare (0 for a free type): {types}.</source>
            <translation>Cada tipo de tarifa precisa de um id e de uma tarifa (0 para um tipo gratuito): {types}.</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="450" />
            <source>The fare structure defines fare types more than once: {types}.</source>
            <translation>A estrutura tarifária define tipos de tarifa mais de uma vez: {types}.</translation>
        </message>
        <message>
            <location filename="../core/transit/fares.py" line="457" />
            <source>Route assignments {lines} name no route_id, agency_id or mode.</source>
            <translation>As atribuições de rotas {lines} não citam nenhum route_id, agency_id nem mode.</translation>
        </message>
        <message>
            <location filename="../core/transit/fares_raptor.py" line="376" />
            <source>A journey can cost up to {worst} with this fare structure, more than the {limit} the router counts: give the amounts in a larger unit (e.g. thousands) or a maximum fare.</source>
            <translation>Uma viagem pode custar até {worst} com esta estrutura tarifária, mais que os {limit} que o roteador conta: informe os valores em uma unidade maior (p. ex. milhares) ou uma tarifa máxima.</translation>
        </message>
    </context>
    <context>
        <name>AccessInequality</name>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="224" />
            <source>Accessibility inequality and poverty</source>
            <translation>Desigualdade e pobreza de acessibilidade</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="84" />
            <source>Zones with accessibility</source>
            <translation>Zonas com acessibilidade</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="85" />
            <source>Accessibility field</source>
            <translation>Campo de acessibilidade</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="86" />
            <source>Population field</source>
            <translation>Campo de população</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="87" />
            <source>Income per capita field</source>
            <translation>Campo de renda per capita</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="90" />
            <source>Group field (income decile, sex, race…)</source>
            <translation>Campo de grupo (decil de renda, sexo, raça…)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="90" />
            <source>Every measure is also computed for each value of this field.</source>
            <translation>Cada medida também é calculada para cada valor deste campo.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="94" />
            <source>Zone id field (order of zones with equal income)</source>
            <translation>Campo de identificador de zona (ordem das zonas com renda igual)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="94" />
            <source>The concentration index ranks zones by income; zones with equal income are taken in the order of this field, as the accessibility package does. Empty: the layer's order.</source>
            <translation>O índice de concentração ordena as zonas pela renda; zonas com renda igual são tomadas na ordem deste campo, como faz o pacote accessibility. Vazio: a ordem da camada.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="102" />
            <source>Poverty line of accessibility (FGT measures)</source>
            <translation>Linha de pobreza de acessibilidade (medidas FGT)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="102" />
            <source>Zones whose accessibility is below this value are 'poor in access', e.g. 50000 jobs.</source>
            <translation>Zonas cuja acessibilidade está abaixo deste valor são 'pobres em acesso', p. ex. 50000 empregos.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="109" />
            <source>Inequality measures</source>
            <translation>Medidas de desigualdade</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="110" />
            <source>Chart</source>
            <translation>Gráfico</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="110" />
            <source>PNG files (*.png)</source>
            <translation>Arquivos PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="114" />
            <source>Report</source>
            <translation>Relatório</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="115" />
            <source>Palma ratio</source>
            <translation>Razão de Palma</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="122" />
            <source>Gini index</source>
            <translation>Índice de Gini</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="121" />
            <source>Palma ratio: mean accessibility of the wealthiest 10 % / of the poorest 40 %</source>
            <translation>Razão de Palma: acessibilidade média dos 10 % mais ricos / dos 40 % mais pobres</translation>
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
            <translation>T de Theil, parte dentro dos grupos</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="126" />
            <source>Concentration index (ranked by income)</source>
            <translation>Índice de concentração (ordenado pela renda)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="127" />
            <source>Concentration index, Erreygers-corrected</source>
            <translation>Índice de concentração, corrigido por Erreygers</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="128" />
            <source>FGT0: share of the population below the poverty line</source>
            <translation>FGT0: proporção da população abaixo da linha de pobreza</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="129" />
            <source>FGT1: poverty gap</source>
            <translation>FGT1: hiato de pobreza</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="130" />
            <source>FGT2: poverty severity</source>
            <translation>FGT2: severidade da pobreza</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="131" />
            <source>Mean accessibility (population-weighted)</source>
            <translation>Acessibilidade média (ponderada pela população)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="132" />
            <source>Median accessibility (population-weighted)</source>
            <translation>Acessibilidade mediana (ponderada pela população)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="133" />
            <source>Population</source>
            <translation>População</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="134" />
            <source>Zones</source>
            <translation>Zonas</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="154" />
            <source>The input layer has no features.</source>
            <translation>A camada de entrada não tem feições.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="180" />
            <source>{0} zones have no value in {1}: they are left out.</source>
            <translation>{0} zonas não têm valor em {1}: são excluídas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="186" />
            <source>{0} zones have a NULL or negative population in {1}: they are left out.</source>
            <translation>{0} zonas têm população NULL ou negativa em {1}: são excluídas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="193" />
            <source>{0} zones ({1} people) have no income in {2}: they are left out of the Palma ratio, the concentration index and the income deciles.</source>
            <translation>{0} zonas ({1} pessoas) não têm renda em {2}: são excluídas da razão de Palma, do índice de concentração e dos decis de renda.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="202" />
            <source>{0} zones ({1} people) have no value in {2}: they are in no group.</source>
            <translation>{0} zonas ({1} pessoas) não têm valor em {2}: não estão em nenhum grupo.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="173" />
            <source>Palma ratio: {}</source>
            <translation>Razão de Palma: {}</translation>
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
            <translation>Descrição</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessinequality.py" line="226" />
            <source>Chart written to {0}; report to {1}</source>
            <translation>Gráfico gravado em {0}; relatório em {1}</translation>
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
            <translation>Mede quão desigual é a acessibilidade entre a população, com as definições do pacote accessibility do IPEA (Pereira &amp; Herszenhut, pacote de R 'accessibility'). Cada medida é ponderada pela população das zonas:
- Razão de Palma: acessibilidade média dos 10 % mais ricos dividida pela dos 40 % mais pobres; os cortes de renda são quantis da renda per capita ponderados pela população.
- Índice de Gini (área entre a curva de Lorenz e a linha de igualdade).
- Índice T de Theil; com um campo de grupo, dividido em partes entre grupos e dentro dos grupos.
- Índice de concentração da acessibilidade ordenada pela renda, padrão e corrigido por Erreygers (2009); positivo quando os mais ricos têm mais acesso.
- Medidas de pobreza FGT (Foster, Greer &amp; Thorbecke 1984) para uma linha de pobreza de acessibilidade: FGT0 proporção da população abaixo da linha, FGT1 hiato de pobreza, FGT2 severidade. Uma zona cuja acessibilidade é igual à linha não é pobre, como no pacote.
- Acessibilidade média e mediana ponderadas pela população.

A tabela tem uma linha por medida, para todas as zonas (grupo 'all') e para cada valor do campo de grupo (decil de renda, sexo, raça…); dentro de um grupo a razão de Palma mantém os cortes de renda de toda a área, como faz o pacote. O gráfico (PNG) mostra a acessibilidade média por decil de renda e a curva de Lorenz; ao lado dele é escrito um relatório HTML com o gráfico e a tabela.

Zonas com acessibilidade NULL ou população NULL/negativa são excluídas; zonas com renda NULL são excluídas das medidas baseadas na renda (Palma, índice de concentração, decis). Ambas são contadas no registro. Zonas com renda igual são ordenadas pelo campo de identificador de zona (o pacote ordena pelo identificador).</translation>
        </message>
    </context>
    <context>
        <name>Accessibility</name>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="53" />
            <source>Accessibility to opportunities</source>
            <translation>Acessibilidade a oportunidades</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="121" />
            <source>Opportunity fields (jobs, schools…)</source>
            <translation>Campos de oportunidades (empregos, escolas…)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="125" />
            <source>Population field (floating catchment and passive measures)</source>
            <translation>Campo de população (medidas de captação flutuante e passiva)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="130" />
            <source>Cumulative opportunities</source>
            <translation>Oportunidades cumulativas</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="131" />
            <source>Cumulative opportunities, time interval</source>
            <translation>Oportunidades cumulativas, intervalo de tempo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="132" />
            <source>Gravity</source>
            <translation>Gravitacional</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="133" />
            <source>Travel time to the closest opportunity</source>
            <translation>Tempo de viagem até a oportunidade mais próxima</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="134" />
            <source>Two-step floating catchment area (2SFCA)</source>
            <translation>Área de captação flutuante em duas etapas (2SFCA)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="135" />
            <source>Balanced floating catchment area (BFCA)</source>
            <translation>Área de captação flutuante balanceada (BFCA)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="136" />
            <source>Passive accessibility (population reaching each zone)</source>
            <translation>Acessibilidade passiva (população que alcança cada zona)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="143" />
            <source>Measure</source>
            <translation>Medida</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="144" />
            <source>Cutoff (minutes)</source>
            <translation>Limite (minutos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="144" />
            <source>One or more travel times separated by commas, e.g. 30,60. For the time interval measure write the interval, e.g. 40-60. For the stepped decay function: the steps, e.g. 15,30,45.</source>
            <translation>Um ou mais tempos de viagem separados por vírgulas, p. ex. 30,60. Para a medida de intervalo de tempo escreva o intervalo, p. ex. 40-60. Para a função de decaimento escalonada: os degraus, p. ex. 15,30,45.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="152" />
            <source>Binary (cutoff)</source>
            <translation>Binária (limite)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="153" />
            <source>Negative exponential</source>
            <translation>Exponencial negativa</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="154" />
            <source>Inverse power</source>
            <translation>Potência inversa</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="155" />
            <source>Linear</source>
            <translation>Linear</translation>
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
            <translation>Função de decaimento</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="320" />
            <source>Decay value</source>
            <translation>Valor de decaimento</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="160" />
            <source>Exponential and power: β, one or more separated by commas (e.g. 0.05). Logistic: the standard deviation in minutes. Stepped: the weight from each step on (e.g. 0.75,0.5,0.25).</source>
            <translation>Exponencial e potência: β, um ou mais separados por vírgulas (p. ex. 0.05). Logística: o desvio padrão em minutos. Escalonada: o peso a partir de cada degrau (p. ex. 0.75,0.5,0.25).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="167" />
            <source>Number of closest opportunities (travel time to the closest)</source>
            <translation>Número de oportunidades mais próximas (tempo até a mais próxima)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="172" />
            <source>Accessibility</source>
            <translation>Acessibilidade</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="319" />
            <source>Cutoff</source>
            <translation>Limite</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="335" />
            <source>The linear decay function needs positive cutoffs.</source>
            <translation>A função de decaimento linear precisa de limites positivos.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="336" />
            <source>The logistic decay function needs positive cutoffs (median) and a positive decay value (standard deviation in minutes).</source>
            <translation>A função de decaimento logística precisa de limites positivos (mediana) e de um valor de decaimento positivo (desvio padrão em minutos).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="340" />
            <source>The stepped decay function needs increasing steps in the cutoff (e.g. 15,30,45) and as many weights between 0 and 1 in the decay value (e.g. 0.75,0.5,0.25).</source>
            <translation>A função de decaimento escalonada precisa de degraus crescentes no limite (p. ex. 15,30,45) e de outros tantos pesos entre 0 e 1 no valor de decaimento (p. ex. 0.75,0.5,0.25).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="416" />
            <source>Reading the travel matrix from {} in chunks.</source>
            <translation>Lendo a matriz de tempos de viagem de {} em blocos.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="261" />
            <source>Choose at least one opportunity field (e.g. jobs).</source>
            <translation>Escolha pelo menos um campo de oportunidades (p. ex. empregos).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="354" />
            <source>{} zones read.</source>
            <translation>{} zonas lidas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="376" />
            <source>No row of the travel matrix links two zones: check that its ids are those of field {}.</source>
            <translation>Nenhuma linha da matriz de tempos de viagem liga duas zonas: verifique se seus identificadores são os do campo {}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="460" />
            <source>Travel matrix: {0} rows, {1} used.</source>
            <translation>Matriz de tempos de viagem: {0} linhas, {1} usadas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="462" />
            <source>{0} matrix rows have an origin and {1} a destination that is not a zone ({2} such ids, e.g. {3}): they were not used.</source>
            <translation>{0} linhas da matriz têm uma origem e {1} um destino que não é uma zona ({2} identificadores assim, p. ex. {3}): não foram usadas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="474" />
            <source>{0} matrix rows have no travel time and {1} a negative one: they were not used.</source>
            <translation>{0} linhas da matriz não têm tempo de viagem e {1} o têm negativo: não foram usadas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="485" />
            <source>{0} zones are never an origin in the matrix (e.g. {1}): they reach nothing (accessibility 0, travel time to the closest NULL).</source>
            <translation>{0} zonas nunca são origem na matriz (p. ex. {1}): não alcançam nada (acessibilidade 0, tempo até a mais próxima NULL).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="494" />
            <source>{0} zones are never a destination in the matrix (e.g. {1}): nobody reaches their opportunities.</source>
            <translation>{0} zonas nunca são destino na matriz (p. ex. {1}): ninguém alcança suas oportunidades.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="508" />
            <source>Field {0}: {1} zones have NULL and {2} negative values (e.g. zones {3}); they were taken as 0.</source>
            <translation>Campo {0}: {1} zonas têm valores NULL e {2} negativos (p. ex. zonas {3}); foram tomados como 0.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="520" />
            <source>{0} zones reach no opportunity ({1}): their travel time is NULL.</source>
            <translation>{0} zonas não alcançam nenhuma oportunidade ({1}): seu tempo de viagem é NULL.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="525" />
            <source>{0} zones reach no other zone ({1}): their accessibility is 0.</source>
            <translation>{0} zonas não alcançam nenhuma zona ({1}): sua acessibilidade é 0.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="529" />
            <source>{0} zones with opportunities are reached by no population ({1}): their opportunities are not shared out.</source>
            <translation>Nenhuma população alcança {0} zonas com oportunidades ({1}): suas oportunidades não são repartidas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="409" />
            <source>Reusing the travel matrix read from {} in a previous run (the file is unchanged).</source>
            <translation>Reutilizando a matriz de tempos de viagem lida de {} em uma execução anterior (o arquivo não mudou).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="434" />
            <source>{0} within {1} min: population-weighted mean {2} ({3} % of the city's {0}).</source>
            <translation>{0} em {1} min: média ponderada pela população {2} ({3} % dos {0} da cidade).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="437" />
            <source>{0} within {1} min: mean over the zones {2} ({3} % of the city's {0}; no population field to weight by).</source>
            <translation>{0} em {1} min: média das zonas {2} ({3} % dos {0} da cidade; não há campo de população para ponderar).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="441" />
            <source>{4}: population-weighted mean {2} ({3} % of the city's {0}).</source>
            <translation>{4}: média ponderada pela população {2} ({3} % dos {0} da cidade).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="442" />
            <source>{4}: mean over the zones {2} ({3} % of the city's {0}; no population field to weight by).</source>
            <translation>{4}: média das zonas {2} ({3} % dos {0} da cidade; não há campo de população para ponderar).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="445" />
            <source>{4}: population-weighted mean {2}.</source>
            <translation>{4}: média ponderada pela população {2}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="446" />
            <source>{4}: mean over the zones {2} (no population field to weight by).</source>
            <translation>{4}: média das zonas {2} (não há campo de população para ponderar).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="231" />
            <source>{n} origin-destination pairs appear more than once in the travel matrix (e.g. {examples}): each pair must appear once. Remove or aggregate the repeated rows.</source>
            <translation>{n} pares origem-destino aparecem mais de uma vez na matriz de tempos de viagem (p. ex. {examples}): cada par deve aparecer uma única vez. Remova ou agregue as linhas repetidas.</translation>
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
            <translation>Calcula, para cada zona, quantas oportunidades (empregos, escolas, saúde…) seus moradores conseguem alcançar, com as medidas do pacote accessibility do IPEA (Pereira &amp; Herszenhut, pacote de R 'accessibility', projeto Acesso a Oportunidades):
- Oportunidades cumulativas: oportunidades alcançáveis dentro de cada limite (t ≤ T), p. ex. 30,60.
- Intervalo cumulativo: mediana da medida cumulativa sobre cada minuto de um intervalo escrito 40-60 (Tomasiello et al. 2023), truncada para um inteiro como no pacote.
- Gravitacional: soma das oportunidades ponderadas por uma função de decaimento do tempo de viagem.
- Tempo até a mais próxima: tempo para alcançar as N oportunidades mais próximas.
- 2SFCA: área de captação flutuante em duas etapas, com competição da população pelas oportunidades (Luo &amp; Wang 2003).
- BFCA: área de captação flutuante balanceada (Paez, Higgins &amp; Vivona 2019): como a 2SFCA, com os pesos de viagem normalizados por origem e por destino para que nem a população nem as oportunidades sejam contadas duas vezes.
- Passiva: população que consegue alcançar cada zona (usa o campo de população).
- Disponibilidade espacial (Soukhov et al. 2023): as oportunidades de cada zona são repartidas entre as zonas que as alcançam, em proporção a população^alfa × decaimento; os valores somam as oportunidades.
- Custo de equilíbrio (Barboza et al. 2021): o tempo de viagem em que uma zona alcança mais oportunidades do que pessoas tem, procurado a cada passo de custo (NULL se nunca).
- Acessibilidade restrita (Soukhov et al. 2025): total (as oportunidades da cidade repartidas segundo decaimento × oportunidades), simples (como a disponibilidade espacial com alfa 1) ou dupla (modelo de Wilson ajustado para que os fluxos coincidam com a população e com as oportunidades, que devem somar o mesmo total; os campos são seus fatores de equilíbrio A e B).
- E2SFCA (Luo &amp; Qi 2009) e 3SFCA (Wan et al. 2012): 2SFCA ponderada por subzonas de tempo de viagem; a 3SFCA também pela parte de cada destino nas escolhas da zona, como o PySAL access.

A opção passiva dá em vez disso a população que alcança cada zona (cumulativa, intervalo, gravitacional, tempo até a mais próxima, restrita total e simples). Os custos adicionais limitam a medida cumulativa aos pares dentro de um limite também em outras colunas da matriz, p. ex. fare:4.40; distance:5000 (com viagens alternativas por par, um par conta uma única vez).

Funções de decaimento: binária (limite), exponencial exp(-β t) e potência t^-β (valor de decaimento β), linear max(0, 1 - t/limite), logística (limite = mediana, valor de decaimento = desvio padrão), escalonada (limite = os degraus em minutos, valor de decaimento = o peso a partir de cada degrau). Vários limites ou valores de decaimento separados por vírgulas dão um campo cada.

A matriz de tempos de viagem é uma tabela com uma linha por par origem–destino (from_id, to_id, travel_time em minutos, como escrita pelo r5r, pelo pacote accessibility e pelo Conecta): uma camada, ou o caminho de um arquivo CSV, CSV.gz ou Parquet (lido em blocos). Sem matriz, informe uma malha viária e um modo: a matriz é calculada na hora.

A saída é a camada de zonas com um campo novo por oportunidade e limite, chamado por exemplo acc_jobs_30 (cumulativa), grav_jobs_e005 (gravitacional, exponencial 0.05), time_jobs_1 (tempo até a mais próxima), fca_jobs_30 (2SFCA), bfca_jobs_30 (BFCA), pas_population_30 (passiva), sa_jobs_e01 (disponibilidade espacial), bal_jobs (custo de equilíbrio), tca_jobs_e01, sca_jobs_e01, dca_jobs_e01_a e dca_jobs_e01_b (restrita), e2fca_jobs_z10_20_30 (E2SFCA), fca3_jobs_z10_20_30_60 (3SFCA) ou acc_jobs_60_fare4_4 (com um custo adicional).

Zonas que não alcançam nada recebem 0 (NULL para o tempo até a mais próxima). Oportunidades e populações NULL ou negativas são tomadas como 0 e contadas no registro. Identificadores da matriz que não são zonas, e zonas ausentes da matriz, são contados no registro. Identificadores de zona duplicados são um erro.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="137" />
            <source>Spatial availability</source>
            <translation>Disponibilidade espacial</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="138" />
            <source>Balancing cost</source>
            <translation>Custo de equilíbrio</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="139" />
            <source>Constrained accessibility (total, singly or doubly)</source>
            <translation>Acessibilidade restrita (total, simples ou dupla)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="140" />
            <source>Enhanced two-step floating catchment area (E2SFCA)</source>
            <translation>Área de captação flutuante em duas etapas aprimorada (E2SFCA)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="141" />
            <source>Three-step floating catchment area (3SFCA)</source>
            <translation>Área de captação flutuante em três etapas (3SFCA)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="178" />
            <source>Passive: population reaching each zone</source>
            <translation>Passiva: população que alcança cada zona</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="178" />
            <source>Cumulative, interval, gravity, travel time to the closest, total and singly constrained: measure by destination how many people (population field) reach each zone.</source>
            <translation>Cumulativa, intervalo, gravitacional, tempo até a mais próxima, restrita total e simples: medir por destino quantas pessoas (campo de população) alcançam cada zona.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="187" />
            <source>Interval measure: step between cutoffs (minutes)</source>
            <translation>Medida de intervalo: passo entre limites (minutos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="194" />
            <source>Interval measure: summary</source>
            <translation>Medida de intervalo: resumo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="194" />
            <source>Median</source>
            <translation>Mediana</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="194" />
            <source>Mean</source>
            <translation>Média</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="198" />
            <source>Interval measure: truncate to an integer</source>
            <translation>Medida de intervalo: truncar para um inteiro</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="202" />
            <source>Spatial availability: alpha (weight of population)</source>
            <translation>Disponibilidade espacial: alfa (peso da população)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="202" />
            <source>Below 1 opportunities go faster to small populations, above 1 to large ones.</source>
            <translation>Abaixo de 1 as oportunidades vão antes para as populações pequenas, acima de 1 para as grandes.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="206" />
            <source>Constrained accessibility: constraint</source>
            <translation>Acessibilidade restrita: restrição</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="206" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="206" />
            <source>Singly</source>
            <translation>Simples</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="206" />
            <source>Doubly</source>
            <translation>Dupla</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="210" />
            <source>Balancing cost: cost step</source>
            <translation>Custo de equilíbrio: passo de custo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="211" />
            <source>E2SFCA and 3SFCA: subzones (limit:weight)</source>
            <translation>E2SFCA e 3SFCA: subzonas (limite:peso)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="211" />
            <source>Upper limit of each subzone in minutes and its weight, e.g. 10:1; 20:0.68; 30:0.22. Empty: the papers' values (E2SFCA 10:1; 20:0.68; 30:0.22, 3SFCA 10:0.962; 20:0.704; 30:0.377; 60:0.042).</source>
            <translation>Limite superior de cada subzona em minutos e seu peso, p. ex. 10:1; 20:0.68; 30:0.22. Vazio: os valores dos artigos (E2SFCA 10:1; 20:0.68; 30:0.22, 3SFCA 10:0.962; 20:0.704; 30:0.377; 60:0.042).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="219" />
            <source>Cumulative: cutoffs on extra cost columns (column:cutoff)</source>
            <translation>Cumulativa: limites em colunas de custos adicionais (coluna:limite)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="219" />
            <source>Columns of the travel matrix with other costs and the largest value to count, e.g. fare:4.40; distance:5000: a pair counts when its travel time and every extra cost are within their cutoffs.</source>
            <translation>Colunas da matriz de tempos de viagem com outros custos e o maior valor a contar, p. ex. fare:4.40; distance:5000: um par conta quando seu tempo de viagem e cada custo adicional estão dentro de seus limites.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="235" />
            <source>Alpha must be a number ≥ 0 (got {alpha}).</source>
            <translation>Alfa deve ser um número ≥ 0 (recebido {alpha}).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="236" />
            <source>The cutoff of cost {name} must be a number ≥ 0 (got {value}).</source>
            <translation>O limite do custo {name} deve ser um número ≥ 0 (recebido {value}).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="237" />
            <source>The cost step must be a number &gt; 0 (got {increment}).</source>
            <translation>O passo de custo deve ser um número &gt; 0 (recebido {increment}).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="263" />
            <source>The floating catchment, passive, spatial availability, balancing cost and constrained measures need the population field.</source>
            <translation>As medidas de captação flutuante, passiva, disponibilidade espacial, custo de equilíbrio e restritas precisam do campo de população.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="297" />
            <source>Write the extra costs as column:cutoff pairs separated by semicolons, e.g. fare:4.40; distance:5000; got '{}'.</source>
            <translation>Escreva os custos adicionais como pares coluna:limite separados por ponto e vírgula, p. ex. fare:4.40; distance:5000; recebido '{}'.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="310" />
            <source>Write the subzones as limit:weight pairs with increasing positive limits in minutes and weights of 0 or more, e.g. 10:1; 20:0.68; 30:0.22; got '{}'.</source>
            <translation>Escreva as subzonas como pares limite:peso com limites positivos crescentes em minutos e pesos de 0 ou mais, p. ex. 10:1; 20:0.68; 30:0.22; recebido '{}'.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="480" />
            <source>{0} matrix rows have no value and {1} a negative one in an extra cost: they were not used.</source>
            <translation>{0} linhas da matriz não têm valor e {1} têm um negativo em um custo adicional: não foram usadas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="521" />
            <source>{0} zones never reach more opportunities ({1}) than they have people, or are no origin: their balancing cost is NULL.</source>
            <translation>{0} zonas nunca alcançam mais oportunidades ({1}) do que pessoas têm, ou não são origem: seu custo de equilíbrio é NULL.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="529" />
            <source>{0} zones with population reach no opportunity ({1}): their population is not shared out.</source>
            <translation>{0} zonas com população não alcançam nenhuma oportunidade ({1}): sua população não é repartida.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="547" />
            <source>the error fell below 0.001</source>
            <translation>o erro ficou abaixo de 0.001</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="548" />
            <source>the error stopped improving</source>
            <translation>o erro parou de melhorar</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="549" />
            <source>the maximum of iterations was reached</source>
            <translation>o máximo de iterações foi atingido</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="552" />
            <source>Doubly constrained ({0}): balancing factors fitted in {1} iterations, relative error {2} ({3}).</source>
            <translation>Duplamente restrita ({0}): fatores de equilíbrio ajustados em {1} iterações, erro relativo {2} ({3}).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="105" />
            <source>Public transport: without a matrix, give GTFS feeds, a service date and a departure time: the travel times are those of 'Travel-time matrix (public transport)' with the same settings (the percentile over the departure window; walking legs on the street network when one is given, else in a straight line × 1.3 at 3.6 km/h; the mode and the maximum travel time on the network are then not used). Without a matrix, street or public-transport travel times are routed by chunks of origins, each reduced at once to the measure: the matrix is never held whole.</source>
            <translation>Transporte público: sem matriz, informe feeds GTFS, uma data de serviço e um horário de partida: os tempos de viagem são os de 'Matriz de tempos de viagem (transporte público)' com os mesmos parâmetros (o percentil na janela de partida; trechos a pé pela malha viária quando uma é dada, senão em linha reta × 1,3 a 3,6 km/h; o modo e o tempo de viagem máximo na malha não são usados então). Sem matriz, os tempos de viagem pela malha viária ou por transporte público são calculados por blocos de origens, cada um reduzido de imediato à medida: a matriz nunca é mantida inteira.</translation>
        </message>
    </context>
    <context>
        <name>Affordability</name>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="66" />
            <source>Affordability of public transport</source>
            <translation>Acessibilidade financeira do transporte público</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="69" />
            <source>What commuting by public transport costs a month as a share of income, by zone and by income decile, and the share of the population for whom it is above a threshold (10 % by default).

The fare of a trip from a zone is the fare of reaching its opportunities (e.g. jobs) within the travel time: for each destination reached within it, the cheapest fare of the matrix's rows for the pair (a matrix of conecta:transitmatrix with a fare structure, or with fare budgets), averaged over the destinations weighted by their opportunities (or their weighted median). Walking trips cost nothing. A month is that fare × the trips per month (44 = 22 working days × 2), or a monthly pass when cheaper. The share is the monthly cost ÷ income per capita, or × the travellers per household ÷ household income.

Zones with a NULL, zero or negative income, and zones that reach no opportunity within the time, are left out and counted in the log. Income deciles are population-weighted (1 = poorest). Target 11.2 of the SDGs asks for affordable transport; the cost of commuting as a share of income and the share of the population above a threshold are the usual forms of that measure (see the documentation for sources).</source>
            <translation>O que custa por mês deslocar-se por transporte público como parcela da renda, por zona e por decil de renda, e a parcela da população para a qual ela passa de um limiar (10 % por padrão).

A tarifa de uma viagem a partir de uma zona é a tarifa para alcançar suas oportunidades (p. ex. empregos) dentro do tempo de viagem: para cada destino alcançado dentro dele, a tarifa mais barata das linhas da matriz para o par (uma matriz do conecta:transitmatrix com uma estrutura tarifária, ou com orçamentos de tarifa), com a média sobre os destinos ponderados por suas oportunidades (ou sua mediana ponderada). Viagens a pé não custam nada. Um mês é essa tarifa × as viagens por mês (44 = 22 dias úteis × 2), ou um passe mensal quando for mais barato. A parcela é o custo mensal ÷ a renda per capita, ou × as pessoas que viajam por domicílio ÷ a renda domiciliar.

As zonas com renda NULL, zero ou negativa, e as zonas que não alcançam nenhuma oportunidade dentro do tempo, são excluídas e contadas no registro. Os decis de renda são ponderados pela população (1 = mais pobre). A meta 11.2 dos ODS pede transporte acessível em preço; o custo dos deslocamentos como parcela da renda e a parcela da população acima de um limiar são as formas usuais dessa medida (veja as fontes na documentação).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="88" />
            <source>Population field</source>
            <translation>Campo de população</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="89" />
            <source>Income field</source>
            <translation>Campo de renda</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="90" />
            <source>The income is</source>
            <translation>A renda é</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="90" />
            <source>Per capita</source>
            <translation>Per capita</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="90" />
            <source>Per household</source>
            <translation>Por domicílio</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="93" />
            <source>Commuters per household (household income)</source>
            <translation>Pessoas que viajam por domicílio (renda domiciliar)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="97" />
            <source>Opportunities field (weight of destinations, e.g. jobs)</source>
            <translation>Campo de oportunidades (peso dos destinos, p. ex. empregos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="102" />
            <source>Matrix fare field</source>
            <translation>Campo de tarifa da matriz</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="103" />
            <source>Travel time to the opportunities (minutes)</source>
            <translation>Tempo de viagem até as oportunidades (minutos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="106" />
            <source>Fare of a trip: over the opportunities reached</source>
            <translation>Tarifa de uma viagem: sobre as oportunidades alcançadas</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="106" />
            <source>Weighted mean</source>
            <translation>Média ponderada</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="106" />
            <source>Weighted median</source>
            <translation>Mediana ponderada</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="110" />
            <source>Trips per month</source>
            <translation>Viagens por mês</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="111" />
            <source>Price of a monthly pass (optional)</source>
            <translation>Preço de um passe mensal (opcional)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="111" />
            <source>The month costs the pass when it is cheaper than the trips.</source>
            <translation>O mês custa o passe quando ele é mais barato que as viagens.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="115" />
            <source>Threshold (% of income)</source>
            <translation>Limiar (% da renda)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="122" />
            <source>Affordability by zone</source>
            <translation>Acessibilidade financeira por zona</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="123" />
            <source>Affordability by income decile</source>
            <translation>Acessibilidade financeira por decil de renda</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="124" />
            <source>Chart</source>
            <translation>Gráfico</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="124" />
            <source>PNG files (*.png)</source>
            <translation>Arquivos PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="128" />
            <source>Share of the population above the threshold (%)</source>
            <translation>Parcela da população acima do limiar (%)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="204" />
            <source>{0} zones ({1} people) have a NULL, zero or negative income in {2} and are left out: {3}</source>
            <translation>{0} zonas ({1} pessoas) têm renda NULL, zero ou negativa em {2} e são excluídas: {3}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="212" />
            <source>{0} zones ({1} people) reach no opportunity within {2} minutes and are left out: {3}</source>
            <translation>{0} zonas ({1} pessoas) não alcançam nenhuma oportunidade em {2} minutos e são excluídas: {3}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="221" />
            <source>{0} zones have a NULL or negative population in {1}: counted as 0.</source>
            <translation>{0} zonas têm população NULL ou negativa em {1}: conta-se como 0.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="228" />
            <source>{0} % of the population ({1} people counted) spend more than {2} % of their income on commuting.</source>
            <translation>{0} % da população ({1} pessoas contadas) gasta mais de {2} % da renda com deslocamentos.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="240" />
            <source>No zone has both an income and a trip within the time: nothing to measure.</source>
            <translation>Nenhuma zona tem ao mesmo tempo renda e uma viagem dentro do tempo: não há nada a medir.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="253" />
            <source>Commuting cost by income decile</source>
            <translation>Custo dos deslocamentos por decil de renda</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="254" />
            <source>Income decile (1 = poorest)</source>
            <translation>Decil de renda (1 = mais pobre)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="255" />
            <source>Monthly cost, % of income (mean)</source>
            <translation>Custo mensal, % da renda (média)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="256" />
            <source>Population above {} % of income (%)</source>
            <translation>População acima de {} % da renda (%)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/affordability.py" line="261" />
            <source>Chart written to {}</source>
            <translation>Gráfico gravado em {}</translation>
        </message>
    </context>
    <context>
        <name>AnalysisDock</name>
        <message>
            <location filename="../ui/analysis_dock.py" line="124" />
            <source>Conecta — Analysis</source>
            <translation>Conecta — Análise</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="162" />
            <source>Data</source>
            <translation>Dados</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="164" />
            <source>Streets with highway class, one-way and speed (OpenStreetMap).</source>
            <translation>Vias com classe, mão única e velocidade (OpenStreetMap).</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="168" />
            <source>Street network</source>
            <translation>Malha viária</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="172" />
            <source>Zones</source>
            <translation>Zonas</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="173" />
            <source>Selected zones only</source>
            <translation>Somente zonas selecionadas</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="176" />
            <source>Zone id</source>
            <translation>Identificador da zona</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="178" />
            <source>Population</source>
            <translation>População</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="179" />
            <source>Income per capita: the Palma ratio and the income deciles need it.</source>
            <translation>Renda per capita: a razão de Palma e os decis de renda precisam dela.</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="183" />
            <source>Income (optional)</source>
            <translation>Renda (opcional)</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="186" />
            <source>Tick the opportunities to reach: jobs, schools, health care…</source>
            <translation>Marque as oportunidades a alcançar: empregos, escolas, saúde…</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="189" />
            <source>Opportunities</source>
            <translation>Oportunidades</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="190" />
            <source>Public transport stops, for SDG 11.2.1 (optional).</source>
            <translation>Paradas de transporte público, para o ODS 11.2.1 (opcional).</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="195" />
            <source>Stops (optional)</source>
            <translation>Paradas (opcional)</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="295" />
            <source>Analysis</source>
            <translation>Análise</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="215" />
            <source>Modes</source>
            <translation>Modos</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="217" />
            <source>Travel times in minutes separated by commas.</source>
            <translation>Tempos de viagem em minutos separados por vírgulas.</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="218" />
            <source>Cutoffs (minutes)</source>
            <translation>Limites (minutos)</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="220" />
            <source>The city's name, for the report and the city sheet.</source>
            <translation>O nome da cidade, para o relatório e a ficha da cidade.</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="221" />
            <source>City</source>
            <translation>Cidade</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="228" />
            <source>Output folder</source>
            <translation>Pasta de saída</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="229" />
            <source>City report (HTML and PDF)</source>
            <translation>Relatório da cidade (HTML e PDF)</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="254" />
            <source>Run</source>
            <translation>Executar</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="256" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="259" />
            <source>Open report</source>
            <translation>Abrir relatório</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="274" />
            <source>Equivalent qgis_process commands</source>
            <translation>Comandos qgis_process equivalentes</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="280" />
            <source>Run these commands to repeat the analysis without QGIS's window.</source>
            <translation>Execute estes comandos para repetir a análise sem a janela do QGIS.</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="284" />
            <source>Copy</source>
            <translation>Copiar</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="433" />
            <source>Run the analysis</source>
            <translation>Executar a análise</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="485" />
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="489" />
            <source>Step {0} of {1}: {2}</source>
            <translation>Etapa {0} de {1}: {2}</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="495" />
            <source>Step {0} ({1}) failed: {2}</source>
            <translation>A etapa {0} ({1}) falhou: {2}</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="496" />
            <source>The results of the steps before it are kept.</source>
            <translation>Os resultados das etapas anteriores são mantidos.</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="502" />
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="506" />
            <source>Done: {0} layers added to the group '{1}'.</source>
            <translation>Concluído: {0} camadas adicionadas ao grupo '{1}'.</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="196" />
            <source>The stops' mode (bus, BRT, rail, metro…) or capacity class: SDG 11.2.1 counts 1,000 m around high-capacity stops and 500 m around the others. Empty: every stop is a bus stop.</source>
            <translation>O modo das paradas (ônibus, BRT, trem, metrô…) ou sua classe de capacidade: o ODS 11.2.1 conta 1.000 m ao redor das paradas de alta capacidade e 500 m ao redor das demais. Vazio: todas as paradas são de ônibus.</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="203" />
            <source>Stop mode field</source>
            <translation>Campo do modo das paradas</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="225" />
            <source>Every run writes its files to a new sub-folder here; the folder is remembered.</source>
            <translation>Cada execução grava seus arquivos em uma nova subpasta desta pasta; a pasta é lembrada.</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="467" />
            <source>Cannot write to the output folder {0}: {1}. Choose another folder.</source>
            <translation>Não é possível gravar na pasta de saída {0}: {1}. Escolha outra pasta.</translation>
        </message>
        <message>
            <location filename="../ui/analysis_dock.py" line="296" />
            <source>Scenarios</source>
            <translation>Cenários</translation>
        </message>
    </context>
    <context>
        <name>BatchExport</name>
        <message>
            <location filename="../ui/batch_export.py" line="54" />
            <source>(none)</source>
            <translation>(nenhuma)</translation>
        </message>
        <message>
            <location filename="../ui/batch_export.py" line="55" />
            <source>The layer {} is not read from a file: save it (e.g. as a GeoPackage) to export a batch job.</source>
            <translation>A camada {} não é lida de um arquivo: salve-a (p. ex. como GeoPackage) para exportar um trabalho em lote.</translation>
        </message>
        <message>
            <location filename="../ui/batch_export.py" line="65" />
            <source>Write the cutoffs in minutes, e.g. 30, 60.</source>
            <translation>Escreva os limites em minutos, p. ex. 30, 60.</translation>
        </message>
        <message>
            <location filename="../ui/batch_export.py" line="67" />
            <source>Tick at least one opportunity field.</source>
            <translation>Marque pelo menos um campo de oportunidades.</translation>
        </message>
        <message>
            <location filename="../ui/batch_export.py" line="69" />
            <source>Choose the zone id field.</source>
            <translation>Escolha o campo identificador da zona.</translation>
        </message>
        <message>
            <location filename="../ui/batch_export.py" line="95" />
            <source>Export batch job</source>
            <translation>Exportar trabalho em lote</translation>
        </message>
        <message>
            <location filename="../ui/batch_export.py" line="95" />
            <source>Batch jobs (*.toml)</source>
            <translation>Trabalhos em lote (*.toml)</translation>
        </message>
        <message>
            <location filename="../ui/batch_export.py" line="104" />
            <source>Conecta batch job exported from QGIS. Run it without QGIS with:
  python -m conecta.batch {} --out results</source>
            <translation>Trabalho em lote do Conecta exportado do QGIS. Execute-o sem o QGIS com:
  python -m conecta.batch {} --out results</translation>
        </message>
        <message>
            <location filename="../ui/batch_export.py" line="108" />
            <source>Every zone of the layer is computed (the selection is not exported).</source>
            <translation>Todas as zonas da camada são calculadas (a seleção não é exportada).</translation>
        </message>
        <message>
            <location filename="../ui/batch_export.py" line="113" />
            <source>Batch job written to {}</source>
            <translation>Trabalho em lote gravado em {}</translation>
        </message>
        <message>
            <location filename="../ui/batch_export.py" line="121" />
            <source>Export batch job…</source>
            <translation>Exportar trabalho em lote…</translation>
        </message>
        <message>
            <location filename="../ui/batch_export.py" line="122" />
            <source>Write a job file for these inputs, to run the same accessibility for a whole metropolitan region without QGIS (python -m conecta.batch).</source>
            <translation>Grava um arquivo de trabalho com estes dados, para calcular a mesma acessibilidade em toda uma região metropolitana sem o QGIS (python -m conecta.batch).</translation>
        </message>
    </context>
    <context>
        <name>BivariateMap</name>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="79" />
            <source>Bivariate choropleth (3 × 3)</source>
            <translation>Mapa coroplético bivariado (3 × 3)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="82" />
            <source>Crosses two fields, for example accessibility and income, into a 3 × 3 bivariate map. Each field is split into three classes (low, medium, high) at its terciles, or at the two breaks you give; a value equal to a break goes to the lower class. Each feature gets a class code 'x-y' from '1-1' (both low) to '3-3' (both high), where x is the class of the first field and y that of the second. The output is styled with Joshua Stevens' 3 × 3 palette (first field grey to red, second grey to blue) and a legend image (PNG) with the two axes is written.

Features with a missing value get no class (NULL).

Method: bivariate choropleth maps (Stevens 2015, 'Bivariate Choropleth Maps: A How-to Guide').</source>
            <translation>Cruza dois campos, por exemplo acessibilidade e renda, em um mapa bivariado 3 × 3. Cada campo é dividido em três classes (baixo, médio, alto) em seus tercis, ou nas duas quebras informadas; um valor igual a uma quebra vai para a classe inferior. Cada feição recebe um código de classe 'x-y' de '1-1' (ambos baixos) a '3-3' (ambos altos), onde x é a classe do primeiro campo e y a do segundo. A saída usa a paleta 3 × 3 de Joshua Stevens (primeiro campo de cinza a vermelho, segundo de cinza a azul) e é gravada uma imagem de legenda (PNG) com os dois eixos.

Feições com um valor ausente não recebem classe (NULL).

Método: mapas coropléticos bivariados (Stevens 2015, 'Bivariate Choropleth Maps: A How-to Guide').</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="94" />
            <source>Input layer</source>
            <translation>Camada de entrada</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="95" />
            <source>First field (x)</source>
            <translation>Primeiro campo (x)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="95" />
            <source>Second field (y)</source>
            <translation>Segundo campo (y)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="104" />
            <source>Breaks of the first field (two values, optional)</source>
            <translation>Quebras do primeiro campo (dois valores, opcional)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="104" />
            <source>Breaks of the second field (two values, optional)</source>
            <translation>Quebras do segundo campo (dois valores, opcional)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="109" />
            <source>Two increasing numbers separated by a comma, e.g. 0.2, 0.5. Empty: terciles.</source>
            <translation>Dois números crescentes separados por vírgula, p. ex. 0.2, 0.5. Vazio: tercis.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="114" />
            <source>Class field name</source>
            <translation>Nome do campo de classe</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="117" />
            <source>Bivariate map</source>
            <translation>Mapa bivariado</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="118" />
            <source>Legend image</source>
            <translation>Imagem da legenda</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="118" />
            <source>PNG files (*.png)</source>
            <translation>Arquivos PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="121" />
            <source>Empty: written next to the output file as &lt;name&gt;_legend.png (or as a temporary file).</source>
            <translation>Vazio: gravada ao lado do arquivo de saída como &lt;nome&gt;_legend.png (ou como arquivo temporário).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="133" />
            <source>The breaks of {} must be two increasing numbers separated by a comma, e.g. 0.2, 0.5.</source>
            <translation>As quebras de {} devem ser dois números crescentes separados por vírgula, p. ex. 0.2, 0.5.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="147" />
            <source>Give a name for the class field.</source>
            <translation>Informe um nome para o campo de classe.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="152" />
            <source>Both fields need at least one value that is not NULL.</source>
            <translation>Os dois campos precisam de pelo menos um valor que não seja NULL.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="153" />
            <source>{} features have a NULL value in one of the fields and get no class.</source>
            <translation>{} feições têm um valor NULL em um dos campos e não recebem classe.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="158" />
            <source>Breaks of {0}: {1}; breaks of {2}: {3}</source>
            <translation>Quebras de {0}: {1}; quebras de {2}: {3}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="164" />
            <source>Features per class: {}</source>
            <translation>Feições por classe: {}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="169" />
            <source>low</source>
            <translation>baixo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="169" />
            <source>medium</source>
            <translation>médio</translation>
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
            <translation>mais alto</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="186" />
            <source>Cannot write the legend image {}.</source>
            <translation>Não é possível gravar a imagem da legenda {}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/bivariatemap.py" line="188" />
            <source>Legend image: {}</source>
            <translation>Imagem da legenda: {}</translation>
        </message>
    </context>
    <context>
        <name>BusActivity</name>
        <message>
            <location filename="../processing/algorithms/busactivity.py" line="39" />
            <source>Bus activity from GTFS</source>
            <translation>Atividade dos ônibus a partir do GTFS</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busactivity.py" line="42" />
            <source>What the buses of a GTFS feed run on a service date: every stop-to-stop segment of every trip as a line along the trip's shape, with its route, trip, hour, distance and scheduled speed; a table per route (trips, revenue-km, vehicle-hours, mean speed) and a table per hour of the service day. This activity is what bus emissions and e-bus energy are computed from.

Buses are the routes of route_type 3 (bus), 11 (trolleybus) and the extended types 700-899; other modes are left out and counted. Trips of frequencies.txt are expanded into one run every headway. A trip belongs to the time window when its first departure does (24:30 is half past midnight of the same service day); trips of the previous service day are not counted.

Distance: along the shape (shapes.txt), the stops placed by shape_dist_traveled when consistent, else projected on the shape in order. A trip without a shape is measured along straight lines between its stops × the detour factor, with a warning. Stop times missing between timed stops are interpolated by distance along the trip, as GTFS allows. Speed = distance / (arrival at the next stop − departure); segments with a time of zero or less, or a speed outside 2-80 km/h, take their route's mean speed (revenue-km / vehicle-hours) and are counted. Vehicle-hours run from a trip's first departure to its last arrival (layovers excluded).

Method as IPEA's gtfs2gps (Pereira et al.) and gtfstools; shapes and stop times as the GTFS reference defines them.</source>
            <translation>O que os ônibus de um feed GTFS percorrem em uma data de serviço: cada trecho entre paradas de cada viagem como uma linha ao longo do traçado (shape) da viagem, com sua rota, viagem, hora, distância e velocidade programada; uma tabela por rota (viagens, km em serviço, horas-veículo, velocidade média) e uma tabela por hora do dia de serviço. É com essa atividade que se calculam as emissões dos ônibus e a energia dos ônibus elétricos.

São ônibus as rotas com route_type 3 (ônibus), 11 (trólebus) e os tipos estendidos 700-899; os demais modos ficam de fora e são contados. As viagens de frequencies.txt são expandidas em uma partida a cada intervalo. Uma viagem pertence à janela horária quando sua primeira partida pertence a ela (24:30 é meia-noite e meia do mesmo dia de serviço); as viagens do dia de serviço anterior não são contadas.

Distância: ao longo do traçado (shapes.txt), com as paradas localizadas por shape_dist_traveled quando coerente e, senão, projetadas em ordem sobre o traçado. Uma viagem sem traçado é medida em linha reta entre suas paradas × o fator de desvio, com um aviso. Os horários que faltam entre paradas com horário são interpolados pela distância ao longo da viagem, como o GTFS permite. Velocidade = distância / (chegada à parada seguinte − partida); os trechos com tempo zero ou menor, ou com velocidade fora de 2-80 km/h, recebem a velocidade média de sua rota (km em serviço / horas-veículo) e são contados. As horas-veículo vão da primeira partida de uma viagem à sua última chegada (sem as esperas nos terminais).

Método como o gtfs2gps do IPEA (Pereira et al.) e o gtfstools; traçados e horários como a referência GTFS os define.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busactivity.py" line="64" />
            <source>Bus segments</source>
            <translation>Trechos dos ônibus</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busactivity.py" line="65" />
            <source>Bus activity by route</source>
            <translation>Atividade dos ônibus por rota</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busactivity.py" line="66" />
            <source>Bus activity by hour</source>
            <translation>Atividade dos ônibus por hora</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busactivity.py" line="67" />
            <source>Bus trips</source>
            <translation>Viagens de ônibus</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busactivity.py" line="67" />
            <source>Revenue-km</source>
            <translation>Km em serviço</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busactivity.py" line="67" />
            <source>Vehicle-hours</source>
            <translation>Horas-veículo</translation>
        </message>
    </context>
    <context>
        <name>BusEmissions</name>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="50" />
            <source>Bus emissions from GTFS</source>
            <translation>Emissões dos ônibus a partir do GTFS</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="53" />
            <source>Emissions of the buses of a GTFS service day, segment by segment: each segment's km (as 'Bus activity from GTFS' computes them) × the route's fleet mix × the emission factor of each vehicle class at the segment's scheduled speed. Outputs: the emissions along the streets (a line per route and stop-to-stop piece of its stop patterns, with its trips, bus-km, mean speed and the day's grams of each pollutant), a table per route and per hour, and with zones the emissions per zone and per km² (bus-km are shared between zones by the length of each piece inside them).

FLEET is a table (CSV file or layer) with route_id (empty = every route not listed; a route id or short name), size (micro, midi, standard, articulated, biarticulated), fuel (diesel, cng, hybrid, electric), euro (I-VI) or model_year, and share of the route's bus-km; shares must sum to 1 per route. Routes without rows get the default mix and are counted; classes the factor source does not document are replaced by the nearest documented one, with a warning.

Factor sources: CETESB (Brazil, g/km by model year, calendar year 2020, diesel buses); EMEP/EEA 2019 Tier 3 hot speed curves by size, fuel and Euro class (slope 0, load 0.5; speed clamped to each curve's range); scaled: the CETESB factor × EMEP/EEA(v) / EMEP/EEA(19 km/h), as IPEA's gtfs2emis does. CO2 and fuel are always computed, with NOx and PM10; CO, HC and CH4 on request.

CO2 is tank-to-wheel fossil CO2 (co2_kg); with a biodiesel blend its biogenic part is reported apart (co2_bio_kg). Electric buses emit no exhaust but use energy (energy_kwh, by size) whose CO2 at the power plants is co2_grid_kg (well-to-wheel): give the grid factor (a country preset such as Brazil, or a value in kg CO2/kWh). Factor tables and sources: docs/factors.md.</source>
            <translation>Emissões dos ônibus de um dia de serviço GTFS, trecho por trecho: os km de cada trecho (como os calcula 'Atividade dos ônibus a partir do GTFS') × a composição da frota da rota × o fator de emissão de cada classe de veículo à velocidade programada do trecho. Saídas: as emissões ao longo das ruas (uma linha por rota e por trecho entre paradas de seus padrões de paradas, com suas viagens, km de ônibus, velocidade média e os gramas do dia de cada poluente), uma tabela por rota e por hora e, com zonas, as emissões por zona e por km² (os km de ônibus são repartidos entre zonas pelo comprimento de cada trecho dentro delas).

FLEET é uma tabela (arquivo CSV ou camada) com route_id (vazio = toda rota não listada; um id ou nome curto de rota), size (micro, midi, standard, articulated, biarticulated), fuel (diesel, cng, hybrid, electric), euro (I-VI) ou model_year, e share dos km de ônibus da rota; as participações devem somar 1 por rota. As rotas sem registros recebem a composição padrão e são contadas; as classes que a fonte de fatores não documenta são substituídas pela documentada mais próxima, com um aviso.

Fontes de fatores: CETESB (Brasil, g/km por ano de fabricação, ano-calendário 2020, ônibus a diesel); curvas de velocidade a quente EMEP/EEA 2019 Tier 3 por tamanho, combustível e classe Euro (declividade 0, carga 0,5; a velocidade é limitada à faixa de cada curva); escalonado: o fator da CETESB × EMEP/EEA(v) / EMEP/EEA(19 km/h), como faz o gtfs2emis do IPEA. CO2 e combustível são sempre calculados, com NOx e PM10; CO, HC e CH4 sob pedido.

O CO2 é CO2 fóssil do tanque à roda (co2_kg); com uma mistura de biodiesel sua parte biogênica é informada à parte (co2_bio_kg). Os ônibus elétricos não emitem pelo escapamento mas usam energia (energy_kwh, por tamanho) cujo CO2 nas usinas é co2_grid_kg (do poço à roda): informe o fator da rede elétrica (um país predefinido como Brazil, ou um valor em kg CO2/kWh). Tabelas de fatores e fontes: docs/factors.md.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="77" />
            <source>Fleet (table: route_id, size, fuel, euro or model_year, share)</source>
            <translation>Frota (tabela: route_id, size, fuel, euro ou model_year, share)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="77" />
            <source>A CSV file or a table layer; one row per vehicle class and route (see the help).</source>
            <translation>Um arquivo CSV ou uma camada de tabela; uma linha por classe de veículo e rota de ônibus (veja a ajuda).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="82" />
            <source>CETESB (Brazil, g/km by model year)</source>
            <translation>CETESB (Brasil, g/km por ano de fabricação)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="83" />
            <source>EMEP/EEA 2019 (speed curves by Euro class)</source>
            <translation>EMEP/EEA 2019 (curvas de velocidade por classe Euro)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="84" />
            <source>Scaled: CETESB × EMEP/EEA speed curve (gtfs2emis)</source>
            <translation>Escalonado: CETESB × curva de velocidade EMEP/EEA (gtfs2emis)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="86" />
            <source>Emission factors</source>
            <translation>Fatores de emissão</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="87" />
            <source>Pollutants</source>
            <translation>Poluentes</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="87" />
            <source>CO2, FC (fuel consumed), NOx and PM10 are always computed; add CO, HC (VOC), CH4.</source>
            <translation>CO2, FC (combustível consumido), NOx e PM10 são sempre calculados; acrescente CO, HC (COV), CH4.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="92" />
            <source>Grid emission factor (country or kg CO2/kWh; needed for electric buses)</source>
            <translation>Fator de emissão da rede elétrica (país ou kg CO2/kWh; necessário para ônibus elétricos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="92" />
            <source>A country preset (Brazil, Colombia, Mexico, Argentina, Chile; the preset of the service year or the nearest one) or a value in kg CO2/kWh (= t CO2/MWh).</source>
            <translation>Um país predefinido (Brazil, Colombia, Mexico, Argentina, Chile; o valor do ano de serviço ou o mais próximo) ou um valor em kg CO2/kWh (= t CO2/MWh).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="100" />
            <source>Biodiesel blend (B12, diesel:0.12, or a country preset; empty = none)</source>
            <translation>Mistura de biodiesel (B12, diesel:0.12 ou um país predefinido; vazio = nenhuma)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="100" />
            <source>Share by volume of biodiesel in the diesel burnt: its CO2 is biogenic and reported apart (co2_bio_kg), not in co2_kg.</source>
            <translation>Proporção em volume de biodiesel no diesel queimado: seu CO2 é biogênico e é informado à parte (co2_bio_kg), não em co2_kg.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="108" />
            <source>Zones (optional)</source>
            <translation>Zonas (opcional)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="111" />
            <source>Zone id field</source>
            <translation>Campo identificador da zona</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="112" />
            <source>Bus emissions along the streets</source>
            <translation>Emissões dos ônibus ao longo das ruas</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="115" />
            <source>Bus emissions by route</source>
            <translation>Emissões dos ônibus por rota</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="116" />
            <source>Bus emissions by hour</source>
            <translation>Emissões dos ônibus por hora</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="117" />
            <source>Bus emissions by zone</source>
            <translation>Emissões dos ônibus por zona</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="123" />
            <source>Revenue-km</source>
            <translation>Km em serviço</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="123" />
            <source>Fossil CO2, tank-to-wheel (t)</source>
            <translation>CO2 fóssil, do tanque à roda (t)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="123" />
            <source>Biogenic CO2 (t)</source>
            <translation>CO2 biogênico (t)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="123" />
            <source>CO2 of the electricity, well-to-wheel (t)</source>
            <translation>CO2 da eletricidade, do poço à roda (t)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="123" />
            <source>Electricity of electric buses (kWh)</source>
            <translation>Eletricidade dos ônibus elétricos (kWh)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="183" />
            <source>Zones are given but no output for them: set 'Bus emissions by zone'.</source>
            <translation>Foram dadas zonas mas nenhuma saída para elas: configure 'Emissões dos ônibus por zona'.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="211" />
            <source>Write the blend as B12, diesel:0.12 or a country name; got '{}'.</source>
            <translation>Escreva a mistura como B12, diesel:0.12 ou o nome de um país; recebido '{}'.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busemissions.py" line="227" />
            <source>{0:,.1f} bus-km ({1:.1%}) run outside every zone.</source>
            <translation>{0:,.1f} km de ônibus ({1:.1%}) são percorridos fora de todas as zonas.</translation>
        </message>
    </context>
    <context>
        <name>BusFleetCost</name>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="45" />
            <source>Bus fleet total cost of ownership</source>
            <translation>Custo total de propriedade da frota de ônibus</translation>
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
            <translation>Custo total de propriedade (TCO) de um ônibus de cada tecnologia, por ano e por km, com as fórmulas do eflips-tco (TU Berlim):
- Capex como anuidades A = P × i / (1 − (1 + i)^(−n)) à taxa de juros i ao longo da vida n de cada ativo: o ônibus (primeira bateria incluída), a troca da bateria (a cada battery_life_years, com preço por kWh) e os carregadores (kW por ônibus × preço por kW).
- Opex: energia (L/km × preço do diesel, kWh/km × tarifa) e manutenção por km, cada um com sua taxa de aumento anual.
- O custo de cada ano é descontado ao ano-base pela taxa de desconto; TCO por km = soma dos valores presentes / (km anuais × anos).
- Ano de equilíbrio: o primeiro ano em que o custo presente acumulado de uma tecnologia é menor ou igual ao da referência (diesel).
Com uma frota (a tabela de frota de 'Renovação da frota de ônibus e indústria local': year, technology, count), seu custo anual = ônibus × o custo anual médio por ônibus da tecnologia.

Custos: uma tabela (technology, parameter, value; tecnologia 'all' para os compartilhados: annual_km_per_bus, interest_rate, discount_rate, energy_escalation, maintenance_escalation, price_escalation), ou os valores predefinidos para a ALC, que são estimativas salvo quando uma fonte é indicada (o preço do ônibus elétrico segue a razão do BID de cerca de 2 vezes um ônibus diesel, até 3). Um preço que falte numa tabela informada é pedido, nunca suposto. Parâmetros por tecnologia: vehicle_price, vehicle_life_years, energy_per_km, energy_price, maintenance_per_km; battery_kwh, battery_price_per_kwh, battery_life_years e charger_kw_per_bus, charger_price_per_kw, charger_life_years quando se aplicam.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="73" />
            <source>Fleet (year, technology, count: the fleet table of the renewal)</source>
            <translation>Frota (year, technology, count: a tabela de frota da renovação)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="78" />
            <source>Costs (technology, parameter, value; empty = LAC preset)</source>
            <translation>Custos (technology, parameter, value; vazio = valores predefinidos para a ALC)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="81" />
            <source>Technologies (comma-separated; empty = the fleet's, or diesel and electric)</source>
            <translation>Tecnologias (separadas por vírgulas; vazio = as da frota, ou diesel e elétrica)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="85" />
            <source>Reference technology (break-even against it)</source>
            <translation>Tecnologia de referência (equilíbrio em relação a ela)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="86" />
            <source>Horizon (years)</source>
            <translation>Horizonte (anos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="87" />
            <source>Base year (empty = the fleet's first year)</source>
            <translation>Ano-base (vazio = o primeiro ano da frota)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="94" />
            <source>Annual km per bus (empty = the costs table's)</source>
            <translation>Km anuais por ônibus (vazio = os da tabela de custos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="99" />
            <source>TCO per technology and year</source>
            <translation>TCO por tecnologia e ano</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="100" />
            <source>Fleet cost per year</source>
            <translation>Custo da frota por ano</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="101" />
            <source>TCO per year (chart)</source>
            <translation>TCO por ano (gráfico)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="101" />
            <source>PNG files (*.png)</source>
            <translation>Arquivos PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="106" />
            <source>Break-even year</source>
            <translation>Ano de equilíbrio</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="150" />
            <source>Costs: the LAC preset (USD), {0} of its {1} values are estimates (e.g. {2}). Give your city's costs table for a decision.</source>
            <translation>Custos: os valores predefinidos para a ALC (USD), {0} de seus {1} valores são estimativas (p. ex. {2}). Para decidir, use a tabela de custos da sua cidade.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="164" />
            <source>Costs from {}.</source>
            <translation>Custos de {}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="192" />
            <source>{0}: TCO {1} per km over {2} years; cumulative present cost of a bus {3}; cost per km {4} in {5}, {6} in {7}.</source>
            <translation>{0}: TCO de {1} por km em {2} anos; custo presente acumulado de um ônibus {3}; custo por km {4} em {5}, {6} em {7}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="209" />
            <source>{0} breaks even with {1} in {2}.</source>
            <translation>{0} atinge o equilíbrio com {1} em {2}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="213" />
            <source>{0} does not break even with {1} within the horizon.</source>
            <translation>{0} não atinge o equilíbrio com {1} dentro do horizonte.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="224" />
            <source>Cumulative present cost of one bus</source>
            <translation>Custo presente acumulado de um ônibus</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="225" />
            <source>Cost per km of each year</source>
            <translation>Custo por km de cada ano</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="226" />
            <source>Year</source>
            <translation>Ano</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="227" />
            <source>Present cost (currency of the costs)</source>
            <translation>Custo presente (moeda dos custos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="228" />
            <source>Cost per km</source>
            <translation>Custo por km</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="229" />
            <source>break-even {}</source>
            <translation>equilíbrio {}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="230" />
            <source>Diesel</source>
            <translation>Diesel</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/busfleetcost.py" line="230" />
            <source>Electric</source>
            <translation>Elétrico</translation>
        </message>
    </context>
    <context>
        <name>CityReport</name>
        <message>
            <location filename="../processing/algorithms/report.py" line="77" />
            <source>City report (HTML and PDF)</source>
            <translation>Relatório da cidade (HTML e PDF)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="102" />
            <source>Zones with indicators</source>
            <translation>Zonas com indicadores</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="103" />
            <source>Accessibility fields to map and summarise</source>
            <translation>Campos de acessibilidade a mapear e resumir</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="107" />
            <source>Population field</source>
            <translation>Campo de população</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="108" />
            <source>Income per capita field</source>
            <translation>Campo de renda per capita</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="111" />
            <source>Inequality measures (table of 'Accessibility inequality and poverty')</source>
            <translation>Medidas de desigualdade (tabela de 'Desigualdade e pobreza de acessibilidade')</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="111" />
            <source>Its measures (group 'all') are reported for the first accessibility field. Without it the measures are computed here with the same definitions.</source>
            <translation>Suas medidas (grupo 'all') são apresentadas para o primeiro campo de acessibilidade. Sem ela, as medidas são calculadas aqui com as mesmas definições.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="119" />
            <source>SDG 11.2.1 table (scenario, field, served, total, indicator_pct)</source>
            <translation>Tabela ODS 11.2.1 (scenario, field, served, total, indicator_pct)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="119" />
            <source>The table output of the SDG 11.2.1 algorithm. Without it the section is left out.</source>
            <translation>A tabela de saída do algoritmo ODS 11.2.1. Sem ela, a seção é omitida.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="132" />
            <source>City name</source>
            <translation>Nome da cidade</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="149" />
            <source>Language of the report</source>
            <translation>Idioma do relatório</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="148" />
            <source>User's language (QGIS setting)</source>
            <translation>Idioma do usuário (configuração do QGIS)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="151" />
            <source>Runs folder for the city sheet</source>
            <translation>Pasta de execuções para a ficha de cidades</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="155" />
            <source>The report's summary is copied to this folder and a one-page city sheet comparing every city reported into it is written there (city_sheet.html and city_sheet.pdf).</source>
            <translation>O resumo do relatório é copiado para esta pasta e nela é gravada uma ficha de uma página que compara todas as cidades relatadas nela (city_sheet.html e city_sheet.pdf).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="163" />
            <source>Report (HTML)</source>
            <translation>Relatório (HTML)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="163" />
            <source>HTML files (*.html)</source>
            <translation>Arquivos HTML (*.html)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="167" />
            <source>Report (PDF)</source>
            <translation>Relatório (PDF)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="167" />
            <source>PDF files (*.pdf)</source>
            <translation>Arquivos PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="173" />
            <source>Summary of key figures (JSON)</source>
            <translation>Resumo dos números-chave (JSON)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="174" />
            <source>City sheet (HTML)</source>
            <translation>Ficha de cidades (HTML)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="175" />
            <source>City sheet (PDF)</source>
            <translation>Ficha de cidades (PDF)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="290" />
            <source>The zone layer needs polygons or points to be mapped.</source>
            <translation>A camada de zonas precisa de polígonos ou pontos para ser mapeada.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="260" />
            <source>The runs folder {} is a file, not a folder.</source>
            <translation>A pasta de execuções {} é um arquivo, não uma pasta.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="317" />
            <source>The inequality table {0} was not computed from field {1} (its mean or population differ): the measures are computed here instead.</source>
            <translation>A tabela de desigualdade {0} não foi calculada a partir do campo {1} (sua média ou população diferem): as medidas são calculadas aqui.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="324" />
            <source>{0} zones have no value in {1}: they are left out of its figures.</source>
            <translation>{0} zonas não têm valor em {1}: são excluídas de seus números.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="331" />
            <source>Field {} has no income value: no figure by income.</source>
            <translation>O campo {} não tem nenhum valor de renda: não há números por renda.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="234" />
            <source>Report written to {}</source>
            <translation>Relatório gravado em {}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="244" />
            <source>City sheet comparing {0} cities written to {1}</source>
            <translation>Ficha que compara {0} cidades gravada em {1}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="132" />
            <source>The report's title. Left empty, the project's title or file name is used, else the zone layer's name when it is not a generic one (zones, output…).</source>
            <translation>O título do relatório. Se deixado vazio, usa-se o título ou o nome do arquivo do projeto e, senão, o nome da camada de zonas quando não for genérico (zonas, saída…).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="140" />
            <source>Travel mode of the accessibility fields</source>
            <translation>Modo de viagem dos campos de acessibilidade</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="139" />
            <source>Walking</source>
            <translation>A pé</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="139" />
            <source>Bicycle</source>
            <translation>De bicicleta</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="139" />
            <source>Car</source>
            <translation>De carro</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="139" />
            <source>Public transport</source>
            <translation>Transporte público</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="140" />
            <source>Not stated</source>
            <translation>Não informado</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="140" />
            <source>How the travel times of the accessibility fields were computed, said in the report's labels (e.g. 'Jobs reachable within 60 min on foot' for acc_jobs_60 walking).</source>
            <translation>Como os tempos de viagem dos campos de acessibilidade foram calculados, dito nos rótulos do relatório (p. ex. “Empregos acessíveis em até 60 min a pé” para acc_jobs_60 a pé).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="342" />
            <source>No city name was given: the report is titled with '{}'. Set the city name to change it.</source>
            <translation>O nome da cidade não foi informado: o relatório tem o título “{}”. Informe o nome da cidade para mudá-lo.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="347" />
            <source>No city name was given and the zone layer's name ({}) says nothing about the city: set the city name for the report's title.</source>
            <translation>O nome da cidade não foi informado e o nome da camada de zonas ({}) nada diz sobre a cidade: informe o nome da cidade para o título do relatório.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="277" />
            <source>The runs folder {0} cannot be created or written to ({1}).</source>
            <translation>A pasta de execuções {0} não pode ser criada nem gravada ({1}).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="80" />
            <source>Writes the report planners take to the council meeting: an HTML page and a PDF (print layout) with, for each accessibility field, a choropleth map (legend, scale bar, north arrow) and its key figures; charts (population by accessibility, mean accessibility by income decile, Lorenz curve); the indicator tables (population-weighted mean accessibility by income quintile, the inequality measures Palma ratio, Gini, Theil T and concentration index, SDG 11.2.1 disaggregated); and the data sources and method notes with citations (Pereira &amp; Herszenhut, accessibility package; Luo &amp; Wang 2003; UN SDG metadata 11.2.1, 2021). With the summary table of 'Compare scenarios', a Scenario section shows who gains: the change by decile and the shares gaining and losing.

The inequality measures are taken from the table of 'Accessibility inequality and poverty' when given (for the first accessibility field), otherwise computed here with the same definitions. The SDG 11.2.1 table is the one of the SDG 11.2.1 algorithm; without it the section is left out.

Language: the report is written in the language chosen, whatever QGIS's own; numbers follow that language's conventions. A summary of the key figures (JSON) is written next to the HTML. With a runs folder, the summary is also copied there and a one-page city sheet (HTML and PDF) compares every city reported into that folder side by side.</source>
            <translation>Grava o relatório que os planejadores levam à reunião da câmara: uma página HTML e um PDF (layout de impressão) com, para cada campo de acessibilidade, um mapa coroplético (legenda, barra de escala, seta de norte) e seus números-chave; gráficos (população por acessibilidade, acessibilidade média por decil de renda, curva de Lorenz); as tabelas de indicadores (acessibilidade média ponderada pela população por quintil de renda, as medidas de desigualdade razão de Palma, Gini, T de Theil e índice de concentração, ODS 11.2.1 desagregado); e as fontes de dados e notas metodológicas com citações (Pereira &amp; Herszenhut, pacote accessibility; Luo &amp; Wang 2003; metadados da ONU do ODS 11.2.1, 2021). Com a tabela resumo de 'Comparar cenários', uma seção Cenário mostra quem ganha: a mudança por decil e as parcelas que ganham e perdem.

As medidas de desigualdade são tomadas da tabela de 'Desigualdade e pobreza de acessibilidade' quando informada (para o primeiro campo de acessibilidade); caso contrário, são calculadas aqui com as mesmas definições. A tabela ODS 11.2.1 é a do algoritmo ODS 11.2.1; sem ela, a seção é omitida.

Idioma: o relatório é gravado no idioma escolhido, qualquer que seja o do QGIS; os números seguem as convenções desse idioma. Um resumo dos números-chave (JSON) é gravado ao lado do HTML. Com uma pasta de execuções, o resumo também é copiado para lá e uma ficha de uma página (HTML e PDF) compara lado a lado todas as cidades relatadas nessa pasta.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="124" />
            <source>Scenario: who gains (summary table of 'Compare scenarios')</source>
            <translation>Cenário: quem ganha (tabela resumo de 'Comparar cenários')</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="124" />
            <source>With it the report gets a Scenario section: the change by decile and who gains.</source>
            <translation>Com ela o relatório ganha uma seção Cenário: a mudança por decil e quem ganha.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/report.py" line="128" />
            <source>Affordability by income decile (table of 'Affordability of public transport')</source>
            <translation>Acessibilidade financeira por decil de renda (tabela de 'Acessibilidade financeira do transporte público')</translation>
        </message>
    </context>
    <context>
        <name>CompareScenarios</name>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="41" />
            <source>Compare scenarios (who gains)</source>
            <translation>Comparar cenários (quem ganha)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="44" />
            <source>Compares a scenario with the baseline zone by zone: two layers of accessibility (from conecta:accessibility) or of travel times, matched by id (zones in one layer only are counted in the log). Writes the zones with baseline, scenario, change (scenario − baseline) and change_pct (% of the baseline; NULL where the baseline is 0), styled with diverging colours (gains blue, losses red); a summary table; and a bar chart of the change by income decile.

The summary gives, for everybody, each income decile (population-weighted deciles of income per capita, as IPEA's accessibility package) and each group field (a population count per zone: women, men, an age band …), the population-weighted mean before and after, the change, and the shares of the population gaining and losing more than the threshold; then the Gini index (and, with an income field, the Palma ratio) before and after.

Travel times: choose 'travel time' and a lower time counts as a gain (the change stays scenario − baseline, so a negative change is a gain; the map colours it blue). Population, income and groups are read from the baseline layer; without a population field every zone weighs the same.</source>
            <translation>Compara um cenário com a linha de base zona por zona: duas camadas de acessibilidade (de conecta:accessibility) ou de tempos de viagem, pareadas por id (as zonas que estão em uma só camada são contadas no registro). Grava as zonas com baseline, scenario, change (cenário − linha de base) e change_pct (% da linha de base; NULL onde a linha de base é 0), com cores divergentes (ganhos em azul, perdas em vermelho); uma tabela resumo; e um gráfico de barras da mudança por decil de renda.

O resumo dá, para todos, cada decil de renda (decis ponderados pela população da renda per capita, como o pacote accessibility do IPEA) e cada campo de grupo (uma população por zona: mulheres, homens, uma faixa etária …), a média ponderada pela população antes e depois, a mudança, e as parcelas da população que ganham e perdem mais que o limiar; depois o índice de Gini (e, com um campo de renda, a razão de Palma) antes e depois.

Tempos de viagem: escolha 'tempo de viagem' e um tempo menor conta como ganho (a mudança continua sendo cenário − linha de base, então uma mudança negativa é um ganho; o mapa a colore de azul). A população, a renda e os grupos são lidos da camada de linha de base; sem campo de população todas as zonas pesam o mesmo.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="62" />
            <source>Baseline (accessibility or travel time per zone)</source>
            <translation>Linha de base (acessibilidade ou tempo de viagem por zona)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="63" />
            <source>Baseline zone id field</source>
            <translation>Campo de id de zona da linha de base</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="64" />
            <source>Baseline value field</source>
            <translation>Campo de valor da linha de base</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="65" />
            <source>Scenario (the same measure per zone)</source>
            <translation>Cenário (a mesma medida por zona)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="66" />
            <source>Scenario zone id field</source>
            <translation>Campo de id de zona do cenário</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="67" />
            <source>Scenario value field (empty: the baseline's name)</source>
            <translation>Campo de valor do cenário (vazio: o nome da linha de base)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="72" />
            <source>accessibility (a higher value is a gain)</source>
            <translation>acessibilidade (um valor maior é um ganho)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="73" />
            <source>travel time (a lower value is a gain)</source>
            <translation>tempo de viagem (um valor menor é um ganho)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="75" />
            <source>The values are</source>
            <translation>Os valores são</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="76" />
            <source>Population field</source>
            <translation>Campo de população</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="79" />
            <source>Income per capita field (deciles, Palma ratio)</source>
            <translation>Campo de renda per capita (decis, razão de Palma)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="83" />
            <source>Group population fields (e.g. women, men)</source>
            <translation>Campos de população por grupo (p. ex. mulheres, homens)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="87" />
            <source>Gain or loss threshold</source>
            <translation>Limiar de ganho ou perda</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="88" />
            <source>Threshold in % of the baseline</source>
            <translation>Limiar em % da linha de base</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="88" />
            <source>Unticked, the threshold is in the values' unit (opportunities, minutes).</source>
            <translation>Desmarcado, o limiar está na unidade dos valores (oportunidades, minutos).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="92" />
            <source>Change per zone</source>
            <translation>Mudança por zona</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="93" />
            <source>Who gains (summary)</source>
            <translation>Quem ganha (resumo)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="94" />
            <source>Chart of the change by income decile</source>
            <translation>Gráfico da mudança por decil de renda</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="94" />
            <source>PNG files (*.png)</source>
            <translation>Arquivos PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="100" />
            <source>Population-weighted mean change</source>
            <translation>Mudança média ponderada pela população</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="100" />
            <source>Share of the population gaining more than the threshold (%)</source>
            <translation>Parcela da população que ganha mais que o limiar (%)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="100" />
            <source>Share of the population losing more than the threshold (%)</source>
            <translation>Parcela da população que perde mais que o limiar (%)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="100" />
            <source>Gini index, baseline</source>
            <translation>Índice de Gini, linha de base</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="100" />
            <source>Gini index, scenario</source>
            <translation>Índice de Gini, cenário</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="100" />
            <source>Palma ratio, baseline</source>
            <translation>Razão de Palma, linha de base</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="100" />
            <source>Palma ratio, scenario</source>
            <translation>Razão de Palma, cenário</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="148" />
            <source>Change of {}</source>
            <translation>Mudança de {}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="188" />
            <source>{0} zones of {1} are not in {2} (e.g. {3}): they are not compared.</source>
            <translation>{0} zonas de {1} não estão em {2} (p. ex. {3}): não são comparadas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="188" />
            <source>{0} zones of {2} are not in {1} (e.g. {3}): they are not compared.</source>
            <translation>{0} zonas de {2} não estão em {1} (p. ex. {3}): não são comparadas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="200" />
            <source>{0} zones have no value in the baseline or the scenario (e.g. {1}): they are not compared.</source>
            <translation>{0} zonas não têm valor na linha de base ou no cenário (p. ex. {1}): não são comparadas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="208" />
            <source>{} zones have no income: they are in no decile and not in the Palma ratio.</source>
            <translation>{} zonas não têm renda: não estão em nenhum decil nem na razão de Palma.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="214" />
            <source>No population field: every zone weighs the same.</source>
            <translation>Sem campo de população: todas as zonas pesam o mesmo.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="216" />
            <source>{0} zones compared: mean {1} → {2} (change {3}); {4:.1f} % of the population gain and {5:.1f} % lose more than the threshold.</source>
            <translation>{0} zonas comparadas: média {1} → {2} (mudança {3}); {4:.1f} % da população ganham e {5:.1f} % perdem mais que o limiar.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="232" />
            <source>Gini index</source>
            <translation>Índice de Gini</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="232" />
            <source>Palma ratio</source>
            <translation>Razão de Palma</translation>
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
            <translation>Mudança de {} (média ponderada pela população)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="254" />
            <source>Decile of {} (1 = lowest; population-weighted)</source>
            <translation>Decil de {} (1 = o mais baixo; ponderado pela população)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="256" />
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="257" />
            <source>Change (scenario − baseline)</source>
            <translation>Mudança (cenário − linha de base)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="258" />
            <source>No change</source>
            <translation>Sem mudança</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/comparescenarios.py" line="261" />
            <source>Chart written to {}.</source>
            <translation>Gráfico gravado em {}.</translation>
        </message>
    </context>
    <context>
        <name>CompositeIndex</name>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="108" />
            <source>Composite index</source>
            <translation>Índice composto</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="48" />
            <source>Combines several indicator fields (for example accessibility to jobs, to schools and to health care) into one index. Each field is first normalised: min-max to 0–1, z-score (mean 0, population standard deviation 1) or percentile rank 0–1 (ties get their average rank). Fields where a lower value is better (travel time, distance, cost) are listed under 'Fields to invert', so that a high normalised value always means a better situation. The index is the weighted mean of the normalised fields (equal weights unless given; weights are rescaled to sum 1).

Features missing some values get the weighted mean of the fields they have, or NULL if you choose so; features missing all values get NULL. The output keeps every field of the input and adds the normalised fields (suffix _n) and the index, styled as a graduated map.

Method: OECD/JRC Handbook on Constructing Composite Indicators (2008), normalisation and linear aggregation.</source>
            <translation>Combina vários campos de indicadores (por exemplo, acessibilidade a empregos, a escolas e a saúde) em um índice. Primeiro cada campo é normalizado: mín-máx para 0–1, escore z (média 0, desvio padrão populacional 1) ou posto percentil 0–1 (empates recebem o posto médio). Os campos em que um valor menor é melhor (tempo de viagem, distância, custo) são indicados em 'Campos a inverter', para que um valor normalizado alto sempre signifique uma situação melhor. O índice é a média ponderada dos campos normalizados (pesos iguais, a menos que informados; os pesos são reescalados para somar 1).

Feições sem alguns valores recebem a média ponderada dos campos que têm, ou NULL se você preferir; feições sem nenhum valor recebem NULL. A saída mantém todos os campos da entrada e acrescenta os campos normalizados (sufixo _n) e o índice, com estilo graduado.

Método: OCDE/JRC, Handbook on Constructing Composite Indicators (2008), normalização e agregação linear.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="64" />
            <source>Input layer</source>
            <translation>Camada de entrada</translation>
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
            <translation>Escore z</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="74" />
            <source>Percentile rank (0 to 1)</source>
            <translation>Posto percentil (0 a 1)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="75" />
            <source>Normalisation</source>
            <translation>Normalização</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="78" />
            <source>Fields to invert (lower is better)</source>
            <translation>Campos a inverter (menor é melhor)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="86" />
            <source>Some of the indicator fields where a low value is the good one, e.g. travel time.</source>
            <translation>Alguns dos campos de indicadores em que um valor baixo é o bom, p. ex. o tempo de viagem.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="90" />
            <source>Weights (comma-separated)</source>
            <translation>Pesos (separados por vírgulas)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="93" />
            <source>One number per indicator field, in the same order, e.g. 2, 1, 1. Empty: equal weights.</source>
            <translation>Um número por campo de indicador, na mesma ordem, p. ex. 2, 1, 1. Vazio: pesos iguais.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="97" />
            <source>Index field name</source>
            <translation>Nome do campo do índice</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="100" />
            <source>Features with missing values</source>
            <translation>Feições com valores ausentes</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="100" />
            <source>Use the fields they have</source>
            <translation>Usar os campos que têm</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="100" />
            <source>Set the index to NULL</source>
            <translation>Deixar o índice como NULL</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="113" />
            <source>An indicator field is listed twice.</source>
            <translation>Um campo de indicador aparece duas vezes.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="117" />
            <source>Fields to invert must also be indicator fields: {}</source>
            <translation>Os campos a inverter também devem ser campos de indicadores: {}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="167" />
            <source>Weights must be numbers separated by commas, e.g. 2, 1, 1.</source>
            <translation>Os pesos devem ser números separados por vírgulas, p. ex. 2, 1, 1.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="173" />
            <source>Give one weight per indicator field: {0} weights for {1} fields.</source>
            <translation>Informe um peso por campo de indicador: {0} pesos para {1} campos.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="179" />
            <source>Weights must not be negative and must not all be zero.</source>
            <translation>Os pesos não podem ser negativos nem todos zero.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="123" />
            <source>Give a name for the index field.</source>
            <translation>Informe um nome para o campo do índice.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="137" />
            <source>{} values are NULL or not numbers: they are treated as missing.</source>
            <translation>{} valores são NULL ou não são números: são tratados como ausentes.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="140" />
            <source>{0} features miss at least one indicator value ({1} miss all: their index is NULL).</source>
            <translation>{0} feições não têm pelo menos um valor de indicador ({1} não têm nenhum: seu índice é NULL).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/compositeindex.py" line="147" />
            <source>These fields have a single value and do not differentiate features: {}</source>
            <translation>Estes campos têm um único valor e não diferenciam feições: {}</translation>
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
            <translation>{0} deve ser números separados por vírgulas, p. ex. 30,60; recebido '{1}'.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="208" />
            <source>Give a value for {}.</source>
            <translation>Informe um valor para {}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="210" />
            <source>{} must not be negative.</source>
            <translation>{} não deve ser negativo.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="219" />
            <source>{0} must be positive minutes separated by commas, e.g. 10,20,30; got '{1}'.</source>
            <translation>{0} deve ser uma lista de minutos positivos separados por vírgulas, p. ex. 10,20,30; recebido '{1}'.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="231" />
            <source>Write the time interval as two numbers, e.g. 40-60; got '{}'.</source>
            <translation>Escreva o intervalo de tempo como dois números, p. ex. 40-60; recebido '{}'.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="235" />
            <source>The time interval must go from a smaller to a larger time, e.g. 40-60.</source>
            <translation>O intervalo de tempo deve ir de um tempo menor a um maior, p. ex. 40-60.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="288" />
            <source>Cancelled: no output was written.</source>
            <translation>Cancelado: nenhuma saída foi gravada.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="300" />
            <source>Not enough memory for this run ({}). Use fewer zones or origins, a shorter maximum time, or write the matrix to a CSV or Parquet file.</source>
            <translation>Não há memória suficiente para esta execução ({}). Use menos zonas ou origens, um tempo máximo menor, ou grave a matriz em um arquivo CSV ou Parquet.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/crs.py" line="175" />
            <source>The coordinates of {0} cannot be placed on the Earth in its declared CRS {1} ({2}): if the layer's CRS is wrong, every distance is wrong. Check the CRS in the layer's properties.</source>
            <translation>As coordenadas de {0} não podem ser situadas na Terra no SRC declarado {1} ({2}): se o SRC da camada estiver errado, todas as distâncias estarão erradas. Verifique o SRC nas propriedades da camada.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/crs.py" line="183" />
            <source>{0} is declared in {1} ({2}), whose area of use (longitude {3:.2f} to {4:.2f}, latitude {5:.2f} to {6:.2f}) does not contain the layer's data (longitude {7:.2f} to {8:.2f}, latitude {9:.2f} to {10:.2f}): if the layer's CRS is wrong, distances are distorted. Check the CRS in the layer's properties.</source>
            <translation>{0} está declarada em {1} ({2}), cuja área de uso (longitude {3:.2f} a {4:.2f}, latitude {5:.2f} a {6:.2f}) não contém os dados da camada (longitude {7:.2f} a {8:.2f}, latitude {9:.2f} a {10:.2f}): se o SRC da camada estiver errado, as distâncias ficam distorcidas. Verifique o SRC nas propriedades da camada.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/crs.py" line="50" />
            <source>Layer {} has no coordinate reference system (CRS): set one in its properties first.</source>
            <translation>A camada {} não tem sistema de referência de coordenadas (SRC): defina um nas propriedades dela primeiro.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/crs.py" line="242" />
            <source>{0} is in {1} ({2}), which distorts distances by {3:.1f} % where its data are; distances are computed in {4} ({5}).</source>
            <translation>{0} está em {1} ({2}), que distorce as distâncias em {3:.1f} % onde estão seus dados; as distâncias são calculadas em {4} ({5}).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/crs.py" line="264" />
            <source>Layer {} has no extent and no feature with a geometry, so no metric CRS can be chosen for it: check that the layer (and its filter) holds features.</source>
            <translation>A camada {} não tem extensão nem nenhuma feição com geometria, então não é possível escolher um SRC métrico para ela: verifique se a camada (e seu filtro) contém feições.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/crs.py" line="273" />
            <source>{0} is in geographic coordinates ({1}); distances are computed in {2} ({3}).</source>
            <translation>{0} está em coordenadas geográficas ({1}); as distâncias são calculadas em {2} ({3}).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/crs.py" line="277" />
            <source>{0} is in a CRS whose units are not metres ({1}); distances are computed in {2} ({3}).</source>
            <translation>{0} está em um SRC cujas unidades não são metros ({1}); as distâncias são calculadas em {2} ({3}).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/features.py" line="77" />
            <source>{0} features of {1} have an invalid geometry and were skipped (ids {2}).</source>
            <translation>{0} feições de {1} têm geometria inválida e foram ignoradas (ids {2}).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/features.py" line="83" />
            <source>{0} features of {1} had an invalid geometry and were repaired (ids {2}); check them: a repaired polygon may not be what was meant.</source>
            <translation>{0} feições de {1} tinham geometria inválida e foram reparadas (ids {2}); verifique-as: um polígono reparado pode não ser o pretendido.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/numbers.py" line="32" />
            <source>Field {} does not exist in the layer.</source>
            <translation>O campo {} não existe na camada.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/numbers.py" line="35" />
            <source>Field {0} is of type {1}: a numeric field is needed.</source>
            <translation>O campo {0} é do tipo {1}: é necessário um campo numérico.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/numbers.py" line="91" />
            <source>Field {0} holds text that is not a number, e.g. '{1}': choose a numeric field or correct the table (numbers such as 1234.5, 1,234.5, 1234,5 or 1.234,5 are read).</source>
            <translation>O campo {0} contém texto que não é um número, p. ex. “{1}”: escolha um campo numérico ou corrija a tabela (são lidos números como 1234.5, 1,234.5, 1234,5 ou 1.234,5).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/numbers.py" line="98" />
            <source>Field {0} holds '{1}', which reads as a decimal number or as one with a thousands separator, and no other value of the field shows which: write its numbers without thousands separators.</source>
            <translation>O campo {0} contém “{1}”, que pode ser lido como número decimal ou como número com separador de milhar, e nenhum outro valor do campo indica qual: escreva seus números sem separador de milhar.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="61" />
            <source>Zones</source>
            <translation>Zonas</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="62" />
            <source>Zone id field</source>
            <translation>Campo identificador da zona</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="137" />
            <source>Travel-time matrix</source>
            <translation>Matriz de tempos de viagem</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="137" />
            <source>A table with one row per origin–destination pair, or the path of a CSV, CSV.gz or Parquet file. Leave empty to compute the matrix on the street network below.</source>
            <translation>Uma tabela com uma linha por par origem–destino, ou o caminho de um arquivo CSV, CSV.gz ou Parquet. Deixe vazio para calcular a matriz na malha viária abaixo.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="146" />
            <source>Matrix origin id field</source>
            <translation>Campo de identificador de origem da matriz</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="146" />
            <source>Matrix destination id field</source>
            <translation>Campo de identificador de destino da matriz</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="146" />
            <source>Matrix travel time field (minutes)</source>
            <translation>Campo de tempo de viagem da matriz (minutos)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="154" />
            <source>Street network (when there is no matrix)</source>
            <translation>Malha viária (quando não há matriz)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="160" />
            <source>Mode (on the street network)</source>
            <translation>Modo (na malha viária)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="161" />
            <source>Maximum travel time on the network (minutes)</source>
            <translation>Tempo de viagem máximo na malha (minutos)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="161" />
            <source>Pairs farther than this are left out of the computed matrix.</source>
            <translation>Pares mais distantes que isso ficam fora da matriz calculada.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="177" />
            <source>Give the names of the matrix origin, destination and travel time fields.</source>
            <translation>Informe os nomes dos campos de origem, destino e tempo de viagem da matriz.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="192" />
            <source>A travel matrix is given: the street network is not used.</source>
            <translation>Foi informada uma matriz de tempos de viagem: a malha viária não é usada.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="200" />
            <source>Give a travel-time matrix, or a street network to compute it on.</source>
            <translation>Informe uma matriz de tempos de viagem, ou uma malha viária para calculá-la.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="235" />
            <source>Computing travel times on the street network needs the algorithm {}, which is not available: give a travel-time matrix instead.</source>
            <translation>Calcular tempos de viagem na malha viária requer o algoritmo {}, que não está disponível: informe uma matriz de tempos de viagem.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="222" />
            <source>The largest cutoff ({0} min) exceeds the maximum travel time on the network ({1} min): pairs farther than {1} min are not counted.</source>
            <translation>O maior limite ({0} min) excede o tempo de viagem máximo na malha ({1} min): pares a mais de {1} min não são contados.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="245" />
            <source>Computing the travel-time matrix on the street network ({}).</source>
            <translation>Calculando a matriz de tempos de viagem na malha viária ({}).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="277" />
            <source>The travel-time matrix could not be computed.</source>
            <translation>Não foi possível calcular a matriz de tempos de viagem.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="327" />
            <source>The OD table has no rows.</source>
            <translation>A tabela OD não tem linhas.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="330" />
            <source>The OD table has {0} negative values in field {1}: trips must be zero or positive.</source>
            <translation>A tabela OD tem {0} valores negativos no campo {1}: as viagens devem ser zero ou positivas.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="337" />
            <source>{0} rows of the OD table have no number in field {1} and were left out.</source>
            <translation>{0} linhas da tabela OD não têm um número no campo {1} e foram omitidas.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="343" />
            <source>{} rows of the OD table have no origin or destination id and were left out.</source>
            <translation>{} linhas da tabela OD não têm identificador de origem ou de destino e foram omitidas.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="350" />
            <source>The OD table has no row with ids and a number of trips.</source>
            <translation>A tabela OD não tem nenhuma linha com identificadores e um número de viagens.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="360" />
            <source>{0} origin-destination pairs appear more than once in the OD table (e.g. {1}): each pair must appear once. Remove or aggregate the repeated rows.</source>
            <translation>{0} pares origem-destino aparecem mais de uma vez na tabela OD (p. ex. {1}): cada par deve aparecer uma única vez. Remova ou agregue as linhas repetidas.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/readers.py" line="53" />
            <source>{0} has no field {1}; its fields are: {2}.</source>
            <translation>{0} não tem o campo {1}; seus campos são: {2}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/readers.py" line="111" />
            <source>{0} features of {1} have no id in field {2}: they get no value.</source>
            <translation>{0} feições de {1} não têm id no campo {2}: ficam sem valor.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/readers.py" line="119" />
            <source>Ids must be unique: {0} ids of field {1} in {2} are repeated ({3}).</source>
            <translation>Os ids devem ser únicos: {0} ids do campo {1} em {2} estão repetidos ({3}).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/readers.py" line="163" />
            <source>The layer {} has no features.</source>
            <translation>A camada {} não tem feições.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/readers.py" line="195" />
            <source>The field {} was chosen for two different columns of the table (origin, destination, value): choose one field for each.</source>
            <translation>O campo {} foi escolhido para duas colunas diferentes da tabela (origem, destino, valor): escolha um campo para cada uma.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/readers.py" line="252" />
            <source>The table {0} has no column {1}; its columns are: {2}.</source>
            <translation>A tabela {0} não tem a coluna {1}; suas colunas são: {2}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/writers.py" line="129" />
            <source>Output '{0}' cannot be written to {1}: the folder or file is read-only.</source>
            <translation>A saída '{0}' não pode ser gravada em {1}: a pasta ou o arquivo são somente leitura.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/writers.py" line="234" />
            <source>Output '{0}' could not be written: {1}</source>
            <translation>Não foi possível gravar a saída '{0}': {1}</translation>
        </message>
        <message>
            <location filename="../processing/bridge/writers.py" line="338" />
            <source>{0} already has fields {1}: the output holds the new values.</source>
            <translation>{0} já tem os campos {1}: a saída contém os valores novos.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/writers.py" line="123" />
            <source>The folder {0} of output '{1}' does not exist and cannot be created ({2}).</source>
            <translation>A pasta {0} da saída '{1}' não existe e não pode ser criada ({2}).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="204" />
            <source>Extra costs ({}) need a travel matrix with those columns: the matrix computed on the street network has travel times only.</source>
            <translation>Os custos adicionais ({}) precisam de uma matriz de tempos de viagem com essas colunas: a matriz calculada sobre a malha viária tem apenas tempos de viagem.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="297" />
            <source>OD table (trips by origin and destination)</source>
            <translation>Tabela OD (viagens por origem e destino)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="302" />
            <source>Origin id field of the OD table</source>
            <translation>Campo identificador de origem da tabela OD</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="302" />
            <source>Destination id field of the OD table</source>
            <translation>Campo identificador de destino da tabela OD</translation>
        </message>
        <message>
            <location filename="../processing/bridge/params.py" line="302" />
            <source>Trips field of the OD table</source>
            <translation>Campo de viagens da tabela OD</translation>
        </message>
        <message>
            <location filename="../processing/bridge/crs.py" line="61" />
            <source>The coordinates of {0} (e.g. x {1}, y {2}) are not longitudes and latitudes, yet the layer is declared in {3} ({4}): it has no CRS or a wrong one. Set its real CRS in the layer's properties.</source>
            <translation>As coordenadas de {0} (p. ex. x {1}, y {2}) não são longitudes e latitudes, embora a camada esteja declarada em {3} ({4}): ela não tem SRC ou tem um errado. Defina o seu SRC real nas propriedades da camada.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/accessibility.py" line="359" />
            <source>Extra costs ({}) need a travel matrix with those columns: travel times computed without a matrix (on the street network or from GTFS feeds) have no other cost.</source>
            <translation>Os custos adicionais ({}) precisam de uma matriz de tempos de viagem com essas colunas: os tempos de viagem calculados sem matriz (na rede viária ou a partir de feeds GTFS) não têm outro custo.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/messages.py" line="64" />
            <source>{0} zones have no value in field {1}: counted as 0.</source>
            <translation>{0} zonas não têm valor no campo {1}: contadas como 0.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="291" />
            <source>A finished output could not be put in place ({}). Close that file in other programs, or choose another name, and run again.</source>
            <translation>Uma saída concluída não pôde ser colocada no lugar ({}). Feche esse arquivo em outros programas, ou escolha outro nome, e execute de novo.</translation>
        </message>
    </context>
    <context>
        <name>ConectaDependencies</name>
        <message>
            <location filename="../processing/bridge/deps.py" line="26" />
            <source>This algorithm needs the Python library '{0}', which is not installed in the Python used by QGIS. On Windows, open the OSGeo4W Shell and run: python -m pip install {1}. On macOS run: /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install {1}. On Debian/Ubuntu run: sudo apt install {2}. Then restart QGIS.</source>
            <translation>Este algoritmo precisa da biblioteca Python '{0}', que não está instalada no Python usado pelo QGIS. No Windows, abra o OSGeo4W Shell e execute: python -m pip install {1}. No macOS execute: /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install {1}. No Debian/Ubuntu execute: sudo apt install {2}. Depois reinicie o QGIS.</translation>
        </message>
    </context>
    <context>
        <name>ConectaEnergy</name>
        <message>
            <location filename="../processing/bridge/energy.py" line="135" />
            <source>Start of the time window (HH:MM; empty = the whole service day)</source>
            <translation>Início da janela horária (HH:MM; vazio = todo o dia de serviço)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="135" />
            <source>Trips whose first departure is at or after this time count, with all their segments. GTFS times past midnight are written 24:30, 25:10…</source>
            <translation>Contam as viagens cuja primeira partida é nesse horário ou depois, com todos os seus trechos. No GTFS os horários depois da meia-noite são escritos 24:30, 25:10…</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="143" />
            <source>End of the time window (HH:MM; empty = the whole service day)</source>
            <translation>Fim da janela horária (HH:MM; vazio = todo o dia de serviço)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="143" />
            <source>Trips whose first departure is before this time count.</source>
            <translation>Contam as viagens cuja primeira partida é antes desse horário.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="148" />
            <source>Routes (route ids or short names, comma-separated; empty = every bus route)</source>
            <translation>Rotas (ids ou nomes curtos, separados por vírgulas; vazio = todas as rotas de ônibus)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="152" />
            <source>Detour factor of trips without a shape</source>
            <translation>Fator de desvio das viagens sem traçado</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="152" />
            <source>A trip without a shape is measured along straight lines between its stops times this factor (street distance / straight-line distance; urban networks: 1.2 to 1.4).</source>
            <translation>Uma viagem sem traçado é medida em linha reta entre suas paradas vezes este fator (distância pela rua / distância em linha reta; redes urbanas: 1,2 a 1,4).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="180" />
            <source>Reusing the GTFS feed(s) read in a previous run (the files are unchanged).</source>
            <translation>Reutilizando os feeds GTFS lidos em uma execução anterior (os arquivos não mudaram).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="214" />
            <source>No bus trip starts between {0} and {1} on {2}: choose another time window.</source>
            <translation>Nenhuma viagem de ônibus parte entre {0} e {1} em {2}: escolha outra janela horária.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="240" />
            <source>Routes not in the feed(s) (neither a route_id nor a short name): {}.</source>
            <translation>Rotas que não estão nos feeds (nem route_id nem nome curto): {}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="246" />
            <source>None of the routes given ({}) is in the GTFS feed(s).</source>
            <translation>Nenhuma das rotas informadas ({}) está nos feeds GTFS.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="255" />
            <source>No bus route runs on {date}: the {n} routes running that day are {found}.</source>
            <translation>Nenhuma rota de ônibus circula em {date}: as {n} rotas que circulam nesse dia são de {found}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="267" />
            <source>the whole service day, first departure {0}, last {1}</source>
            <translation>todo o dia de serviço, primeira partida {0}, última {1}</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="269" />
            <source>departures from {0} to {1}</source>
            <translation>partidas de {0} a {1}</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="272" />
            <source>{0} bus trips of {1} routes on {2} ({3}): {4:,.1f} revenue-km, {5:,.1f} vehicle-hours, {6} stop-to-stop segments.</source>
            <translation>{0} viagens de ônibus de {1} rotas em {2} ({3}): {4:,.1f} km em serviço, {5:,.1f} horas-veículo, {6} trechos entre paradas.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="299" />
            <source>{0} routes of other modes (rail, metro…) are left out: {1}.</source>
            <translation>{0} rotas de outros modos (trem, metrô…) ficam de fora: {1}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="290" />
            <source>Routes with no bus trip on that day: {}.</source>
            <translation>Rotas sem viagens de ônibus nesse dia: {}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="310" />
            <source>The feed(s) have no shapes.txt: every distance is the straight line between stops × {} (detour factor), and the segments are drawn as straight lines.</source>
            <translation>Os feeds não têm shapes.txt: cada distância é a linha reta entre paradas × {} (fator de desvio), e os trechos são desenhados como linhas retas.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="317" />
            <source>{0} trips have no usable shape (e.g. {1}): their distance is the straight line between stops × {2} (detour factor).</source>
            <translation>{0} viagens não têm traçado utilizável (p. ex. {1}): sua distância é a linha reta entre paradas × {2} (fator de desvio).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="327" />
            <source>The shape_dist_traveled of {0} shapes was ignored (not increasing, or in no known unit; e.g. {1}): the stops were placed on those shapes by their position.</source>
            <translation>O shape_dist_traveled de {0} traçados foi ignorado (não crescente, ou em unidade desconhecida; p. ex. {1}): as paradas foram localizadas nesses traçados pela sua posição.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="340" />
            <source>{} trips come from frequencies.txt (one run every headway).</source>
            <translation>{} viagens vêm de frequencies.txt (uma partida a cada intervalo).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="346" />
            <source>{0} trips end before or when they start (e.g. {1}): they are left out.</source>
            <translation>{0} viagens terminam antes ou quando começam (p. ex. {1}): ficam de fora.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="352" />
            <source>{0} segments have a scheduled time of zero or less (e.g. trips {1}): they take the mean speed of their route.</source>
            <translation>{0} trechos têm tempo programado zero ou menor (p. ex. viagens {1}): recebem a velocidade média de sua rota.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="362" />
            <source>{0} segments have a scheduled speed outside {1:g}–{2:g} km/h (e.g. trips {3}): they take the mean speed of their route.</source>
            <translation>{0} trechos têm velocidade programada fora de {1:g}–{2:g} km/h (p. ex. viagens {3}): recebem a velocidade média de sua rota.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="522" />
            <source>The zones overlap (zones {} share a piece of a bus route): emissions would be counted twice. Use zones that do not overlap.</source>
            <translation>As zonas se sobrepõem (as zonas {} compartilham um trecho de uma rota de ônibus): as emissões seriam contadas duas vezes. Use zonas que não se sobreponham.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="568" />
            <source>{0} FLEET rows: the {1} bus is computed as a {2} bus (the factor source has none).</source>
            <translation>{0} linhas de FLEET: o ônibus {1} é calculado como um ônibus {2} (a fonte de fatores não tem nenhum).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="572" />
            <source>{0} FLEET rows: model year {1} is computed as Euro {2} (Brazil's PROCONVE phase of that year).</source>
            <translation>{0} linhas de FLEET: o ano de fabricação {1} é calculado como Euro {2} (a fase PROCONVE do Brasil nesse ano).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="576" />
            <source>{0} FLEET rows: Euro {1} is computed as Euro {2}, the nearest class the factor source documents.</source>
            <translation>{0} linhas de FLEET: Euro {1} é calculado como Euro {2}, a classe mais próxima que a fonte de fatores documenta.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="580" />
            <source>{0} FLEET rows: Euro {1} is computed as model year {2}, the newest CETESB model year of that class.</source>
            <translation>{0} linhas de FLEET: Euro {1} é calculado como ano de fabricação {2}, o mais recente dessa classe na CETESB.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="584" />
            <source>{0} FLEET rows: model year {1} is computed as model year {2}, the nearest one CETESB documents.</source>
            <translation>{0} linhas de FLEET: o ano de fabricação {1} é calculado como {2}, o mais próximo que a CETESB documenta.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="588" />
            <source>{0} FLEET rows: CETESB's factors of calendar year {2} are used for {1}.</source>
            <translation>{0} linhas de FLEET: usam-se para {1} os fatores da CETESB do ano-calendário {2}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="596" />
            <source>{0} routes have no FLEET rows: they get the default mix (e.g. {1}).</source>
            <translation>{0} rotas não têm registros em FLEET: recebem a composição padrão (p. ex. {1}).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="603" />
            <source>{0} FLEET routes have no bus trip in the activity (not in the feed, not running that day or in that window, or not buses): {1}.</source>
            <translation>{0} rotas de FLEET não têm viagens de ônibus na atividade (não estão no feed, não circulam nesse dia ou nessa janela, ou não são ônibus): {1}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="614" />
            <source>{0} segments have a speed outside the valid range of their EMEP/EEA curve (e.g. trips {1}): the factor is taken at the nearest end of the range.</source>
            <translation>{0} trechos têm velocidade fora da faixa válida de sua curva EMEP/EEA (p. ex. viagens {1}): o fator é tomado no extremo mais próximo da faixa.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="625" />
            <source>Biofuel blend {0}: {1:,.2f} t of biogenic CO2, reported apart (co2_bio_kg) and not in co2_kg.</source>
            <translation>Mistura de biocombustível {0}: {1:,.2f} t de CO2 biogênico, informadas à parte (co2_bio_kg) e não em co2_kg.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="635" />
            <source>{0:,.1f} bus-km: {1:,.2f} t of fossil CO2 (tank-to-wheel), {2:,.2f} t of fuel, {3:,.2f} kg of NOx, {4:,.3f} kg of PM10.</source>
            <translation>{0:,.1f} km de ônibus: {1:,.2f} t de CO2 fóssil (do tanque à roda), {2:,.2f} t de combustível, {3:,.2f} kg de NOx, {4:,.3f} kg de PM10.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="656" />
            <source>Electric buses: {0:,.1f} km, {1:,.1f} kWh, {2:,.3f} t of CO2 at the power plants (well-to-wheel, co2_grid_kg; grid factor {3} kg CO2/kWh {4}; {5}).</source>
            <translation>Ônibus elétricos: {0:,.1f} km, {1:,.1f} kWh, {2:,.3f} t de CO2 nas usinas (do poço à roda, co2_grid_kg; fator da rede {3} kg CO2/kWh {4}; {5}).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="672" />
            <source>The grid factor of {} is an estimate: verify it with the national source.</source>
            <translation>O fator da rede elétrica de {} é uma estimativa: verifique-o com a fonte nacional.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="685" />
            <source>Walking</source>
            <translation>A pé</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="686" />
            <source>Cycling</source>
            <translation>De bicicleta</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="687" />
            <source>Car</source>
            <translation>De carro</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="688" />
            <source>Motorcycle</source>
            <translation>Motocicleta</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="689" />
            <source>Bus</source>
            <translation>Ônibus</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="690" />
            <source>BRT</source>
            <translation>BRT</translation>
        </message>
        <message>
            <location filename="../processing/bridge/energy.py" line="691" />
            <source>Metro</source>
            <translation>Metrô</translation>
        </message>
    </context>
    <context>
        <name>ConectaFares</name>
        <message>
            <location filename="../processing/bridge/fares.py" line="49" />
            <source>Fare structure (JSON or r5r zip; optional)</source>
            <translation>Estrutura tarifária (JSON ou zip do r5r; opcional)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="49" />
            <source>Fare structures (*.json *.zip)</source>
            <translation>Estruturas tarifárias (*.json *.zip)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="49" />
            <source>Fares by mode, agency or route, transfer discounts within a time window, free feeders and a fare cap (examples for five cities in the plugin's resources/fares folder; r5r's fare structure zip is read as well). With it, travel times are the fastest journeys within the budget and a fare column gives their fare.</source>
            <translation>Tarifas por modo, agência ou rota, descontos de transferência dentro de uma janela de tempo, alimentadores gratuitos e um teto tarifário (exemplos para cinco cidades na pasta resources/fares do complemento; o zip de estrutura tarifária do r5r também é lido). Com ela, os tempos de viagem são os das viagens mais rápidas dentro do orçamento e uma coluna de tarifa dá sua tarifa.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="61" />
            <source>Maximum fare (budget per trip; empty = no limit)</source>
            <translation>Tarifa máxima (orçamento por viagem; vazio = sem limite)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="61" />
            <source>The fastest journey costing at most this, as r5r's max_fare: pairs that cannot be reached within it are left out.</source>
            <translation>A viagem mais rápida que custa no máximo isto, como o max_fare do r5r: os pares que não podem ser alcançados dentro dela ficam de fora.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="69" />
            <source>Fare budgets for a time × fare frontier (comma-separated)</source>
            <translation>Orçamentos de tarifa para uma fronteira tempo × tarifa (separados por vírgulas)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="69" />
            <source>Several budgets, e.g. 4.80, 7.20, 9.60: one row per pair and budget whose travel time differs from the next smaller budget's, with columns fare_budget and fare, as r5r's pareto_frontier.</source>
            <translation>Vários orçamentos, p. ex. 4.80, 7.20, 9.60: uma linha por par e orçamento cujo tempo de viagem difere do orçamento imediatamente menor, com as colunas fare_budget e fare, como o pareto_frontier do r5r.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="88" />
            <source>A maximum fare or fare budgets need a fare structure file.</source>
            <translation>Informe uma estrutura tarifária (arquivo) para usar uma tarifa máxima ou orçamentos de tarifa.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="93" />
            <source>Give either a maximum fare or a list of fare budgets, not both.</source>
            <translation>Informe uma tarifa máxima ou uma lista de orçamentos de tarifa, não ambas.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="110" />
            <source>Fare budgets must be numbers of 0 or more separated by commas, e.g. 4.80, 7.20; got '{}'.</source>
            <translation>Os orçamentos de tarifa devem ser números de 0 ou mais separados por vírgulas, p. ex. 4.80, 7.20; recebido '{}'.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="121" />
            <source>routes</source>
            <translation>rotas</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="121" />
            <source>agencies</source>
            <translation>agências</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="121" />
            <source>modes</source>
            <translation>modos</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="128" />
            <source>The fare structure names {0} {1} that the feed does not have (ignored): {2}</source>
            <translation>A estrutura tarifária cita {0} {1} ausentes do feed, que ficam sem efeito: {2}</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="141" />
            <source>Transfer rules {1} and {2} both apply to {0} with the same precedence: rule {1}, listed first, is used.</source>
            <translation>As regras de transferência {1} e {2} se aplicam ambas a {0} com a mesma precedência: usa-se a regra {1}, a primeira da lista.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="147" />
            <source>Route {0} is given two fare types (assignments {1} and {2}): assignment {1} is used.</source>
            <translation>A rota {0} recebe dois tipos de tarifa (atribuições {1} e {2}): usa-se a atribuição {1}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="152" />
            <source>{} routes no assignment names take the default fare type.</source>
            <translation>{} rotas que nenhuma atribuição cita recebem o tipo de tarifa padrão.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="160" />
            <source>The budget {0} is below every fare (the lowest is {1}): only walking trips and free routes fit in it.</source>
            <translation>O orçamento {0} é menor que todas as tarifas (a mais baixa é {1}): só cabem nele as viagens a pé e as rotas gratuitas.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fares.py" line="134" />
            <source>GTFS has no BRT mode: BRT routes are buses (route_type 3, or 702 for express buses). Give them their fare type by route_id or agency_id.</source>
            <translation>O GTFS não tem um modo BRT: as linhas BRT são ônibus (route_type 3, ou 702 para ônibus expressos). Atribua-lhes o seu tipo de tarifa por route_id ou agency_id.</translation>
        </message>
    </context>
    <context>
        <name>ConectaFleet</name>
        <message>
            <location filename="../processing/bridge/fleet.py" line="37" />
            <source>São Paulo: no new diesel buses from October 2022</source>
            <translation>São Paulo: nenhum ônibus diesel novo desde outubro de 2022</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fleet.py" line="38" />
            <source>Mexico City Metrobús: zero-emission fleet by 2035</source>
            <translation>Metrobús da Cidade do México: frota de emissão zero até 2035</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fleet.py" line="39" />
            <source>Curitiba: 33 % of the fleet zero-emission by 2030</source>
            <translation>Curitiba: 33 % da frota de emissão zero até 2030</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fleet.py" line="40" />
            <source>Custom: the purchase policy table</source>
            <translation>Personalizada: a tabela de política de compras</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fleet.py" line="47" />
            <source>Argentina: local content rising from 10 % to 25 %</source>
            <translation>Argentina: conteúdo local que sobe de 10 % para 25 %</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fleet.py" line="48" />
            <source>Brazil: bodies built in the country, cells imported</source>
            <translation>Brasil: carrocerias fabricadas no país, células importadas</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fleet.py" line="49" />
            <source>Custom: the local content table</source>
            <translation>Personalizado: a tabela de conteúdo local</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fleet.py" line="56" />
            <source>Micro (about 8 m)</source>
            <translation>Micro (cerca de 8 m)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fleet.py" line="57" />
            <source>Midi (about 10 m)</source>
            <translation>Midi (cerca de 10 m)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fleet.py" line="58" />
            <source>Standard (12 m)</source>
            <translation>Padrão (12 m)</translation>
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
            <translation>{0} se escreve tamanho:número, p. ex. standard:15; articulated:16; recebido '{1}'.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fleet.py" line="115" />
            <source>{0}: unknown bus size {1}; the sizes are {2}.</source>
            <translation>{0}: tamanho de ônibus desconhecido {1}; os tamanhos são {2}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fleet.py" line="128" />
            <source>The layovers must be minutes separated by commas, e.g. 0,5,10; got '{}'.</source>
            <translation>Os tempos de espera no terminal devem ser minutos separados por vírgulas, p. ex. 0,5,10; recebido '{}'.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/fleet.py" line="144" />
            <source>The date {} is not valid: write it as YYYY-MM-DD, for example 2019-05-13.</source>
            <translation>A data {} não é válida: escreva-a como AAAA-MM-DD, por exemplo 2019-05-13.</translation>
        </message>
    </context>
    <context>
        <name>ConectaGroups</name>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="45" />
            <source>Network analysis</source>
            <translation>Análise de redes</translation>
        </message>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="46" />
            <source>Accessibility and inequality</source>
            <translation>Acessibilidade e desigualdade</translation>
        </message>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="47" />
            <source>Mobility demand</source>
            <translation>Demanda de mobilidade</translation>
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
            <translation>Dados de exemplo</translation>
        </message>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="50" />
            <source>Energy and emissions</source>
            <translation>Energia e emissões</translation>
        </message>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="51" />
            <source>Fleet and industry</source>
            <translation>Frota e indústria</translation>
        </message>
        <message>
            <location filename="../processing/bridge/algorithm.py" line="52" />
            <source>Scenarios</source>
            <translation>Cenários</translation>
        </message>
    </context>
    <context>
        <name>ConectaIsochrones</name>
        <message>
            <location filename="../processing/bridge/isochrones.py" line="48" />
            <source>Starting points</source>
            <translation>Pontos de partida</translation>
        </message>
        <message>
            <location filename="../processing/bridge/isochrones.py" line="38" />
            <source>Id field</source>
            <translation>Campo identificador</translation>
        </message>
        <message>
            <location filename="../processing/bridge/isochrones.py" line="39" />
            <source>Minutes (comma-separated)</source>
            <translation>Minutos (separados por vírgulas)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/isochrones.py" line="43" />
            <source>Minutes</source>
            <translation>Minutos</translation>
        </message>
        <message>
            <location filename="../processing/bridge/isochrones.py" line="57" />
            <source>{0} points are farther than {1} m from the network and get no isochrone: {2}</source>
            <translation>{0} pontos estão a mais de {1} m da malha e não têm isócrona: {2}</translation>
        </message>
        <message>
            <location filename="../processing/bridge/isochrones.py" line="104" />
            <source>{} isochrones written.</source>
            <translation>Foram gravadas {} isócronas.</translation>
        </message>
    </context>
    <context>
        <name>ConectaMatrix</name>
        <message>
            <location filename="../processing/bridge/longmatrix.py" line="179" />
            <source>The matrix would hold about {0} pairs, about {1} in a temporary layer, more than the {2} of memory available: write it to a file instead (a .csv or .gpkg output, or 'Matrix file' for CSV or Parquet), or use fewer origins or a shorter maximum time.</source>
            <translation>A matriz teria cerca de {0} pares, cerca de {1} em uma camada temporária, mais do que os {2} de memória disponíveis: grave-a em um arquivo (uma saída .csv ou .gpkg, ou 'Arquivo de matriz' para CSV ou Parquet), ou use menos origens ou um tempo máximo menor.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/longmatrix.py" line="232" />
            <source>Matrix written to {}.</source>
            <translation>Matriz gravada em {}.</translation>
        </message>
    </context>
    <context>
        <name>ConectaModels</name>
        <message>
            <location filename="../processing/provider.py" line="60" />
            <source>Public-transport scenario: who gains (model)</source>
            <translation>Cenário de transporte público: quem ganha (modelo)</translation>
        </message>
        <message>
            <location filename="../processing/provider.py" line="83" />
            <source>A public-transport scenario, from routes drawn on the map (or an edits table) to who gains: conecta:gtfsscenario writes the new feed, conecta:transitmatrix computes the travel times (median over the departure window), conecta:accessibility the cumulative accessibility of the zones within the cutoff, and conecta:comparescenarios compares it with a baseline accessibility layer of the same zones, opportunities and cutoff (by income decile when an income field is given). Open it in the Processing modeler to change any step.</source>
            <translation>Um cenário de transporte público, desde rotas desenhadas no mapa (ou uma tabela de alterações) até quem ganha: conecta:gtfsscenario grava o novo feed, conecta:transitmatrix calcula os tempos de viagem (mediana na janela de partidas), conecta:accessibility a acessibilidade cumulativa das zonas dentro do limite de tempo, e conecta:comparescenarios a compara com uma camada de acessibilidade de linha de base das mesmas zonas, oportunidades e limite (por decil de renda quando um campo de renda é indicado). Abra-o no modelador de Processamento para mudar qualquer etapa.</translation>
        </message>
    </context>
    <context>
        <name>ConectaNetwork</name>
        <message>
            <location filename="../processing/bridge/network.py" line="156" />
            <source>Street network</source>
            <translation>Malha viária</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="158" />
            <source>Mode</source>
            <translation>Modo</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="159" />
            <source>Speed field (km/h, optional)</source>
            <translation>Campo de velocidade (km/h, opcional)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="159" />
            <source>A field of the network with the speed in km/h of each line; NULL, text or values of 0 or less fall back to the default speed of the line's class (counted in the log).</source>
            <translation>Um campo da malha com a velocidade em km/h de cada linha; valores NULL, de texto ou de 0 ou menos usam a velocidade padrão da classe da linha (contados no registro).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="166" />
            <source>Direction field (optional)</source>
            <translation>Campo de direção (opcional)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="166" />
            <source>A field saying in which direction each line can be travelled by car and bicycle, as in QGIS's own network analysis tools: the values for forward, backward and both directions are set below.</source>
            <translation>Um campo que indica em que sentido cada linha pode ser percorrida de carro e de bicicleta, como nas ferramentas de análise de redes do QGIS: os valores para sentido direto, inverso e ambos os sentidos são definidos abaixo.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="173" />
            <source>Value for forward direction</source>
            <translation>Valor para sentido direto</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="173" />
            <source>Value for backward direction</source>
            <translation>Valor para sentido inverso</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="173" />
            <source>Value for both directions</source>
            <translation>Valor para ambos os sentidos</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="179" />
            <source>Road class field (OSM highway)</source>
            <translation>Campo de classe de via (highway do OSM)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="183" />
            <source>Road classes excluded for the mode (comma-separated; empty = defaults)</source>
            <translation>Classes de via excluídas para o modo (separadas por vírgulas; vazio = padrão)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="192" />
            <source>Join line ends closer than</source>
            <translation>Unir extremidades de linha a menos de</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="139" />
            <source>Walking speed (km/h)</source>
            <translation>Velocidade a pé (km/h)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="139" />
            <source>Cycling speed (km/h)</source>
            <translation>Velocidade de bicicleta (km/h)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="264" />
            <source>The street network layer is empty.</source>
            <translation>A camada de malha viária está vazia.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="269" />
            <source>Reading the street network…</source>
            <translation>Lendo a malha viária…</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="279" />
            <source>The street network has no line with at least two distinct vertices.</source>
            <translation>A malha viária não tem nenhuma linha com pelo menos dois vértices distintos.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="310" />
            <source>One-way and speed limits read from OSM's other_tags field.</source>
            <translation>Sentido único e limites de velocidade lidos do campo other_tags do OSM.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="313" />
            <source>The network has no road class field ({}): every line gets the default speed and no class is excluded.</source>
            <translation>A malha não tem campo de classe de via ({}): todas as linhas usam a velocidade padrão e nenhuma classe é excluída.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="337" />
            <source>Street network: {0} lines, {1} junctions, {2} edges.</source>
            <translation>Malha viária: {0} linhas, {1} interseções, {2} trechos.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="343" />
            <source>{} lines with empty, NULL or degenerate geometry skipped.</source>
            <translation>Foram ignoradas {} linhas com geometria vazia, NULL ou degenerada.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="346" />
            <source>{} zero-length segments removed.</source>
            <translation>Foram removidos {} segmentos de comprimento zero.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="349" />
            <source>{} line ends joined to a nearby line end.</source>
            <translation>Foram unidas {} extremidades de linha a uma extremidade próxima.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="296" />
            <source>No street of the network can be used by this mode: check the road classes excluded.</source>
            <translation>Nenhuma via da malha pode ser usada neste modo: verifique as classes de via excluídas.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="361" />
            <source>{0}: {1} usable edges, {2} of them one-way; {3} lines excluded by road class.</source>
            <translation>{0}: {1} trechos utilizáveis, {2} deles de sentido único; {3} linhas excluídas por classe de via.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="367" />
            <source>{0} lines use their speed limit (maxspeed); {1} lines have no known road class ({2} km/h).</source>
            <translation>{0} linhas usam seu limite de velocidade (maxspeed); {1} linhas não têm classe de via conhecida ({2} km/h).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="373" />
            <source>{0} lines have no valid speed in field {1} (NULL, text or not positive): the default speed of their class was used.</source>
            <translation>{0} linhas não têm velocidade válida no campo {1} (NULL, texto ou não positiva): foi usada a velocidade padrão da sua classe.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="378" />
            <source>{} lines have an unrecognised direction value: OSM one-way rules (or both directions) apply.</source>
            <translation>{} linhas têm um valor de direção não reconhecido: aplicam-se as regras de sentido único do OSM (ou ambos os sentidos).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="472" />
            <source>Origins</source>
            <translation>Origens</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="455" />
            <source>Origin id field</source>
            <translation>Campo identificador de origem</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="456" />
            <source>Destinations (default: the origins)</source>
            <translation>Destinos (padrão: as origens)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="459" />
            <source>Destination id field</source>
            <translation>Campo identificador de destino</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="411" />
            <source>The {} layer has no feature with a geometry and an id.</source>
            <translation>A camada {} não tem nenhuma feição com geometria e identificador.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="415" />
            <source>The {0} id field {1} has duplicate values: {2}. Ids must be unique.</source>
            <translation>O campo identificador de {0}, {1}, tem valores duplicados: {2}. Os identificadores devem ser únicos.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="431" />
            <source>{0}: {1} features with NULL or empty geometry skipped.</source>
            <translation>{0}: foram ignoradas {1} feições com geometria NULL ou vazia.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="437" />
            <source>{0}: {1} features with a NULL id skipped.</source>
            <translation>{0}: foram ignoradas {1} feições com identificador NULL.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="422" />
            <source>{}: polygons are represented by a point on their surface.</source>
            <translation>{}: os polígonos são representados por um ponto na sua superfície.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="183" />
            <source>Defaults: walking and cycling exclude motorway, trunk and their links; car excludes footway, steps, path, pedestrian, cycleway, bridleway, corridor, elevator and platform; construction, proposed, abandoned, razed, disused, bus_guideway, busway and raceway are excluded for every mode.</source>
            <translation>Padrão: a pé e de bicicleta excluem-se motorway, trunk e seus acessos; de carro excluem-se footway, steps, path, pedestrian, cycleway, bridleway, corridor, elevator e platform; construction, proposed, abandoned, razed, disused, bus_guideway, busway e raceway são excluídas para todos os modos.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="478" />
            <source>Destinations</source>
            <translation>Destinos</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="212" />
            <source>Maximum snapping distance to the network</source>
            <translation>Distância máxima de ajuste à malha</translation>
        </message>
        <message>
            <location filename="../processing/bridge/network.py" line="222" />
            <source>Buffer around reached streets</source>
            <translation>Buffer em torno das ruas alcançadas</translation>
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
            <translation>Carregar cidade de exemplo (Porto Alegre)</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="101" />
            <source>Analysis dock</source>
            <translation>Painel de análise</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="101" />
            <source>Indicators dock</source>
            <translation>Painel de indicadores</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="81" />
            <source>Help</source>
            <translation>Ajuda</translation>
        </message>
    </context>
    <context>
        <name>ConectaProvider</name>
        <message>
            <location filename="../processing/provider.py" line="117" />
            <source>Conecta — urban connectivity (ECLAC Big Push for Sustainability)</source>
            <translation>Conecta — conectividade urbana (Grande Impulso para a Sustentabilidade, CEPAL)</translation>
        </message>
    </context>
    <context>
        <name>ConectaScenarios</name>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="84" />
            <source>The new-routes layer needs a speed_kmh field (running speed) or a trip_min field (minutes for the whole line).</source>
            <translation>A camada de rotas novas precisa de um campo speed_kmh (velocidade de percurso) ou de um campo trip_min (minutos para toda a linha).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="115" />
            <source>{0} new-route features have no route_id (feature ids {1}).</source>
            <translation>{0} feições de rotas novas não têm route_id (ids de feição {1}).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="122" />
            <source>New route {} has no line with two distinct points.</source>
            <translation>A nova rota {} não tem uma linha com dois pontos distintos.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="127" />
            <source>New route {} is drawn in several pieces: draw each route as one line (merge its pieces).</source>
            <translation>A nova rota {} está desenhada em várias partes: desenhe cada rota como uma única linha (junte suas partes).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="201" />
            <source>The new-routes layer {} has no line.</source>
            <translation>A camada de rotas novas {} não tem nenhuma linha.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="204" />
            <source>{} new-route features have no line geometry and were skipped.</source>
            <translation>{} feições de rotas novas não têm geometria de linha e foram ignoradas.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="221" />
            <source>Stops of route ids that no new route has were not used: {}.</source>
            <translation>Não foram usadas as paradas de route_id que nenhuma rota nova tem: {}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="235" />
            <source>Edits: {0} trips added, {1} removed, {2} retimed; {3} frequencies.txt rows changed.</source>
            <translation>Alterações: {0} viagens adicionadas, {1} removidas, {2} com novos horários; {3} linhas de frequencies.txt modificadas.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="240" />
            <source>{0} routes removed with their trips, and {1} shapes only they used.</source>
            <translation>{0} rotas removidas com suas viagens, e {1} traçados (shapes) que só elas usavam.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="248" />
            <source>{0}: {1} rows removed (they named removed trips or routes).</source>
            <translation>{0}: {1} linhas removidas (citavam viagens ou rotas removidas).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="254" />
            <source>Edit without effect (no departure of the route in its band): {}.</source>
            <translation>Alteração sem efeito (a rota não tem partidas em sua faixa horária): {}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="260" />
            <source>New route {0}: {1} km, {2} stops about {3} m apart, {4} min end to end, {5} departures per direction (service {6}).</source>
            <translation>Nova rota {0}: {1} km, {2} paradas a cerca de {3} m uma da outra, {4} min de ponta a ponta, {5} partidas por sentido (serviço {6}).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="281" />
            <source>Structural validation: no notice (gtfs-validator's codes).</source>
            <translation>Validação estrutural: nenhum aviso (códigos do gtfs-validator).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="285" />
            <source>{0} {1} in {2}: {3} rows ({4}){5}</source>
            <translation>{0} {1} em {2}: {3} linhas ({4}){5}</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="285" />
            <source>, brought by the edits</source>
            <translation>, introduzido pelas alterações</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="302" />
            <source>Conecta's GTFS reader cannot read the new feed: {}</source>
            <translation>O leitor GTFS do Conecta não consegue ler o novo feed: {}</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="306" />
            <source>Conecta's GTFS reader reads the new feed: {0} stops, {1} routes, {2} trips, {3} stop times; {4} rows skipped.</source>
            <translation>O leitor GTFS do Conecta lê o novo feed: {0} paradas, {1} rotas, {2} viagens, {3} horários de parada; {4} linhas ignoradas.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/scenarios.py" line="312" />
            <source>{0}: {1} rows skipped by the reader (lines {2}).</source>
            <translation>{0}: {1} linhas ignoradas pelo leitor (linhas {2}).</translation>
        </message>
    </context>
    <context>
        <name>ConectaServiceAreas</name>
        <message>
            <location filename="../processing/bridge/serviceareas.py" line="194" />
            <source>Population layer (polygons or points)</source>
            <translation>Camada de população (polígonos ou pontos)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/serviceareas.py" line="200" />
            <source>Population fields (total first, then disaggregations)</source>
            <translation>Campos de população (primeiro o total, depois as desagregações)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/serviceareas.py" line="200" />
            <source>The first field is the total population of the headline figure; others (women, men, age groups, persons with disabilities …) get their own indicator.</source>
            <translation>O primeiro campo é a população total do número principal; os demais (mulheres, homens, faixas etárias, pessoas com deficiência …) recebem seu próprio indicador.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/serviceareas.py" line="217" />
            <source>{} population features have no geometry: they count as not served.</source>
            <translation>{} feições de população não têm geometria: contam como não atendidas.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/serviceareas.py" line="225" />
            <source>The population field {} sums to zero: choose a field with population.</source>
            <translation>O campo de população {} soma zero: escolha um campo com população.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/serviceareas.py" line="236" />
            <source>{0} features have no value in field {1}: counted as 0.</source>
            <translation>{0} feições não têm valor no campo {1}: contam como 0.</translation>
        </message>
    </context>
    <context>
        <name>ConectaStreamed</name>
        <message>
            <location filename="../processing/bridge/streamed.py" line="61" />
            <source>Travel-time matrix computed on the network (optional, CSV or Parquet)</source>
            <translation>Matriz de tempos de viagem calculada na malha (opcional, CSV ou Parquet)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed.py" line="61" />
            <source>CSV files (*.csv);;Parquet files (*.parquet)</source>
            <translation>Arquivos CSV (*.csv);;Arquivos Parquet (*.parquet)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed.py" line="61" />
            <source>Without a travel matrix, travel times are computed on the street network and reduced to the measure origin by origin, without keeping the matrix. Give a file here to write it as well.</source>
            <translation>Sem uma matriz de tempos de viagem, os tempos são calculados na malha viária e reduzidos à medida origem por origem, sem guardar a matriz. Informe aqui um arquivo para gravá-la também.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed.py" line="74" />
            <source>Worker processes (0: one per core)</source>
            <translation>Processos de trabalho (0: um por núcleo)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed.py" line="74" />
            <source>Processes that route the origins at the same time on the street network. 0 uses every core for large runs and QGIS's own process for small ones.</source>
            <translation>Processos que calculam as rotas das origens ao mesmo tempo na malha viária. 0 usa todos os núcleos nas execuções grandes e o próprio processo do QGIS nas pequenas.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed.py" line="82" />
            <source>Origins per chunk (0: chosen from the memory available)</source>
            <translation>Origens por bloco (0: conforme a memória disponível)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed.py" line="82" />
            <source>Origins routed together by one worker. Progress and cancel are checked after each chunk.</source>
            <translation>Origens cujas rotas um processo de trabalho calcula juntas. O progresso e o cancelamento são verificados após cada bloco.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed.py" line="101" />
            <source>{0} zones routed in {1} chunks of up to {2} origins on {3} process(es).</source>
            <translation>Rotas de {0} zonas calculadas em {1} blocos de até {2} origens em {3} processo(s).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed.py" line="117" />
            <source>A worker process stopped three times while routing chunks {}: the computer may be short of memory. Use fewer worker processes or smaller chunks.</source>
            <translation>Um processo de trabalho parou três vezes ao calcular os blocos {}: pode faltar memória no computador. Use menos processos de trabalho ou blocos menores.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed_transit.py" line="92" />
            <source>Zones</source>
            <translation>Zonas</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed.py" line="161" />
            <source>No zone is within {} m of a street usable by this mode: check the layers' CRS and the mode.</source>
            <translation>Nenhuma zona está a menos de {} m de uma via utilizável neste modo: verifique o SRC das camadas e o modo.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed.py" line="167" />
            <source>{0} zones are farther than {1} m from the network and reach nothing: {2}</source>
            <translation>{0} zonas estão a mais de {1} m da malha e não alcançam nada: {2}</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed.py" line="175" />
            <source>{0} zones lie on small parts of the network disconnected from the main one and reach few zones: {1}</source>
            <translation>{0} zonas estão em pequenas partes da malha desconectadas da principal e alcançam poucas zonas: {1}</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed.py" line="188" />
            <source>Worker processes could not be used ({}): the chunks were routed in QGIS's own process.</source>
            <translation>Não foi possível usar processos de trabalho ({}): os blocos foram calculados no próprio processo do QGIS.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed.py" line="194" />
            <source>A worker process stopped while routing chunks {}: they were routed again.</source>
            <translation>Um processo de trabalho parou ao calcular os blocos {}: eles foram calculados de novo.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed_transit.py" line="39" />
            <source>GTFS feeds for public transport (when there is no matrix)</source>
            <translation>Feeds GTFS para o transporte público (quando não há matriz)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed_transit.py" line="46" />
            <source>Public transport: percentile of travel time over the window</source>
            <translation>Transporte público: percentil do tempo de viagem na janela</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed_transit.py" line="46" />
            <source>The travel time of a pair is this percentile of its travel times over the departure minutes of the window, as the column travel_time_p50 of conecta:transitmatrix for 50.</source>
            <translation>O tempo de viagem de um par é este percentil dos seus tempos de viagem nos minutos de partida da janela, como a coluna travel_time_p50 de conecta:transitmatrix para 50.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed_transit.py" line="62" />
            <source>Both a travel-time matrix and GTFS feeds are given: clear one of them (the matrix's travel times are used as they are; the feeds compute travel times by public transport).</source>
            <translation>Foram dados uma matriz de tempos de viagem e feeds GTFS: remova um dos dois (os tempos da matriz são usados como estão; os feeds calculam tempos de viagem por transporte público).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed_transit.py" line="99" />
            <source>The largest cutoff ({0} min) exceeds the maximum trip duration ({1} min): pairs farther than {1} min are not counted.</source>
            <translation>O maior limite ({0} min) excede a duração máxima da viagem ({1} min): pares a mais de {1} min não são contados.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed_transit.py" line="125" />
            <source>No zone has a GTFS stop within {} minutes of walking: check the layers' CRS, that the feeds cover the zones, and the maximum walking time.</source>
            <translation>Nenhuma zona tem uma parada GTFS a menos de {} minutos a pé: verifique o SRC das camadas, se os feeds cobrem as zonas e o tempo máximo de caminhada.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/streamed_transit.py" line="132" />
            <source>{0} zones have no stop within {1} minutes of walking and reach other zones on foot only: {2}</source>
            <translation>{0} zonas não têm nenhuma parada a menos de {1} minutos a pé e só alcançam outras zonas a pé: {2}</translation>
        </message>
    </context>
    <context>
        <name>ConectaStreetScenario</name>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="116" />
            <source>The elevation raster's first band must hold numbers (heights in metres).</source>
            <translation>A primeira banda do raster de elevação deve conter números (alturas em metros).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="209" />
            <source>The closed links close no street: draw them along streets (within {} m), or as areas covering the streets to close.</source>
            <translation>Os trechos fechados não fecham nenhuma via: desenhe-os ao longo das vias (a menos de {} m), ou como áreas que cubram as vias a fechar.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="216" />
            <source>{} street lines closed.</source>
            <translation>{} linhas de via fechadas.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="220" />
            <source>{0} new links added; {1} of their ends joined to a street (moved up to {2} m).</source>
            <translation>{0} trechos novos adicionados; {1} de suas extremidades ligadas a uma via (movidas até {2} m).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="226" />
            <source>{0} ends of new links are farther than {1} m from any street and stay loose (new links {2}, counted from 0): a link joined at neither end cannot be reached.</source>
            <translation>{0} extremidades de trechos novos estão a mais de {1} m de qualquer via e ficam soltas (trechos novos {2}, contados a partir de 0): um trecho sem nenhuma extremidade ligada não pode ser alcançado.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="246" />
            <source>The elevation raster is used for walking and cycling only: car times are unchanged.</source>
            <translation>O raster de elevação só é usado a pé e de bicicleta: os tempos de carro não mudam.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="315" />
            <source>No row of the speed-factor table applies to {} (rows without a mode are for cars): speeds unchanged.</source>
            <translation>Nenhuma linha da tabela de fatores de velocidade se aplica a {} (as linhas sem modo são para carros): velocidades inalteradas.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="321" />
            <source>Speeds at {0}: free-flow speed × factor on {1} edges ({2} rows of the speed-factor table apply).</source>
            <translation>Velocidades às {0}: velocidade de fluxo livre × fator em {1} trechos ({2} linhas da tabela de fatores de velocidade se aplicam).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="327" />
            <source>The speed-factor table names road classes that no street of the network has: {}.</source>
            <translation>A tabela de fatores de velocidade cita classes de via que nenhuma via da malha tem: {}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="336" />
            <source>Slopes from the elevation raster on {0} edges; steepest grade {1} %.</source>
            <translation>Declividades do raster de elevação em {0} trechos; declividade máxima {1} %.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="343" />
            <source>{0} edges ({1} %) lie outside the elevation raster or on no-data pixels and are taken as flat; {2} more are partly outside (those parts flat).</source>
            <translation>{0} trechos ({1} %) estão fora do raster de elevação ou em pixels sem dados e são tomados como planos; outros {2} estão parcialmente fora (essas partes planas).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="351" />
            <source>{0} segments steeper than {1} % (bridges, raster artefacts) were taken at {1} %.</source>
            <translation>{0} segmentos com declividade maior que {1} % (pontes, artefatos do raster) foram tomados a {1} %.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="377" />
            <source>Speed factors by road class and time (highway, start_time, end_time, factor)</source>
            <translation>Fatores de velocidade por classe de via e horário (highway, start_time, end_time, factor)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="377" />
            <source>Congestion: speed = free-flow speed × factor for the streets of an OSM class (highway; * for all) when the departure time falls in [start_time, end_time) (HH:MM, empty for all day), e.g. primary, 07:00, 09:00, 0.6. Rows apply to cars unless a mode field says walk or bicycle.</source>
            <translation>Congestionamento: velocidade = velocidade de fluxo livre × fator para as vias de uma classe OSM (highway; * para todas) quando o horário de partida cai em [start_time, end_time) (HH:MM, vazio para o dia todo), p. ex. primary, 07:00, 09:00, 0.6. As linhas se aplicam a carros, a menos que um campo mode diga walk ou bicycle.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="389" />
            <source>Departure time for the speed factors (HH:MM)</source>
            <translation>Horário de partida para os fatores de velocidade (HH:MM)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="395" />
            <source>Closed links (lines along streets, or areas)</source>
            <translation>Trechos fechados (linhas ao longo das vias, ou áreas)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="395" />
            <source>A street is closed when the points at a quarter, half and three quarters of its length lie inside an area or within the tolerance of a line; split a long street to close a part of it.</source>
            <translation>Uma via é fechada quando os pontos a um quarto, à metade e a três quartos de seu comprimento estão dentro de uma área ou dentro da tolerância de uma linha; divida uma via longa para fechar uma parte dela.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="403" />
            <source>Tolerance of the closed links</source>
            <translation>Tolerância dos trechos fechados</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="407" />
            <source>New links (lines)</source>
            <translation>Trechos novos (linhas)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="407" />
            <source>Streets to add. They take the network's fields they have (highway, oneway …) and speed_kmh as their car speed; each end is joined to the nearest street within the snapping distance below. A new link meets other streets only at its ends (a bridge or a tunnel).</source>
            <translation>Vias a adicionar. Elas tomam os campos da malha que tiverem (highway, oneway …) e speed_kmh como sua velocidade de carro; cada extremidade é ligada à via mais próxima dentro da distância de ajuste abaixo. Um trecho novo só encontra outras vias em suas extremidades (uma ponte ou um túnel).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="415" />
            <source>Join new links to streets within</source>
            <translation>Ligar os trechos novos a vias a menos de</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="419" />
            <source>Elevation raster (slope-aware walking and cycling)</source>
            <translation>Raster de elevação (caminhada e bicicleta conforme a declividade)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="419" />
            <source>Heights in metres (band 1). Walking follows Tobler's hiking function and cycling a power balance, both scaled so that flat streets keep the walking and cycling speeds; uphill and downhill differ. Streets outside the raster are flat (counted in the log).</source>
            <translation>Alturas em metros (banda 1). A caminhada segue a função de caminhada de Tobler e a bicicleta um balanço de potência, ambas escaladas para que as vias planas mantenham as velocidades a pé e de bicicleta; a subida e a descida diferem. As vias fora do raster são planas (contadas no registro).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="368" />
            <source>Street scenarios (advanced parameters): speed factors for walking by road class and time (rows with mode walk, at the departure time), closed or new links and an elevation raster change the walking legs on the street network, as in 'Travel-time matrix (street network)'.</source>
            <translation>Cenários viários (parâmetros avançados): os fatores de velocidade para caminhada por classe de via e horário (linhas com modo walk, no horário de partida), os trechos fechados ou novos e um raster de elevação mudam os trechos a pé na malha viária, como em 'Matriz de tempos de viagem (malha viária)'.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="187" />
            <source>The closed links close every street of the network: nothing is left to travel on.</source>
            <translation>Os trechos fechados fecham todas as ruas da malha: não resta nada por onde viajar.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/street_scenarios.py" line="436" />
            <source>Speed factors, closed or new links and the elevation raster change a street network: give the street network too (without it, walking legs are straight lines).</source>
            <translation>Os fatores de velocidade, os trechos fechados ou novos e o raster de elevação mudam uma malha viária: informe também a malha viária (sem ela, os trechos a pé são linhas retas).</translation>
        </message>
    </context>
    <context>
        <name>ConectaTransit</name>
        <message>
            <location filename="../processing/bridge/transit.py" line="49" />
            <source>no stop_id</source>
            <translation>sem stop_id</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="50" />
            <source>duplicate stop_id</source>
            <translation>stop_id duplicado</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="51" />
            <source>invalid coordinates</source>
            <translation>coordenadas inválidas</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="52" />
            <source>no route_id</source>
            <translation>sem route_id</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="53" />
            <source>duplicate route_id</source>
            <translation>route_id duplicado</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="54" />
            <source>invalid route_type</source>
            <translation>route_type inválido</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="55" />
            <source>no service_id</source>
            <translation>sem service_id</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="56" />
            <source>no trip_id</source>
            <translation>sem trip_id</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="57" />
            <source>duplicate trip_id</source>
            <translation>trip_id duplicado</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="58" />
            <source>unknown route_id</source>
            <translation>route_id desconhecido</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="59" />
            <source>invalid stop_sequence</source>
            <translation>stop_sequence inválido</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="60" />
            <source>duplicate stop_sequence</source>
            <translation>stop_sequence duplicado</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="61" />
            <source>unreadable time</source>
            <translation>horário ilegível</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="62" />
            <source>unknown trip_id</source>
            <translation>trip_id desconhecido</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="63" />
            <source>unknown stop_id</source>
            <translation>stop_id desconhecido</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="64" />
            <source>invalid date</source>
            <translation>data inválida</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="65" />
            <source>invalid row</source>
            <translation>linha inválida</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="66" />
            <source>invalid time or headway</source>
            <translation>horário ou intervalo inválido</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="67" />
            <source>trip without a time at its first or last stop</source>
            <translation>viagem sem horário na primeira ou na última parada</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="178" />
            <source>GTFS feeds (zip files)</source>
            <translation>Feeds GTFS (arquivos zip)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="178" />
            <source>One or more GTFS zip files (for example bus and rail) routed together. Rows that cannot be used (unknown stops or trips, unparsable times) are skipped and reported with their file and line.</source>
            <translation>Um ou mais arquivos GTFS zip (por exemplo ônibus e trem) roteados juntos. As linhas que não podem ser usadas (paradas ou viagens desconhecidas, horários ilegíveis) são ignoradas e informadas com seu arquivo e linha.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="188" />
            <source>Service date</source>
            <translation>Data de serviço</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="191" />
            <source>The day whose timetable is used (text YYYY-MM-DD is accepted).</source>
            <translation>O dia cujo quadro de horários é usado (aceita-se texto AAAA-MM-DD).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="120" />
            <source>Departure time</source>
            <translation>Horário de partida</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="126" />
            <source>First departure minute (text HH:MM is accepted).</source>
            <translation>Primeiro minuto de partida (aceita-se texto HH:MM).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="127" />
            <source>Departure time window (minutes; 1 = a single departure)</source>
            <translation>Janela de partida (minutos; 1 = uma única partida)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="127" />
            <source>Trips are computed for every departure minute of the window and summarised by percentiles, as r5r does, so results do not depend on one arbitrary minute.</source>
            <translation>As viagens são calculadas para cada minuto de partida da janela e resumidas por percentis, como faz o r5r, para que os resultados não dependam de um minuto arbitrário.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="136" />
            <source>Maximum trip duration (minutes)</source>
            <translation>Duração máxima da viagem (minutos)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="142" />
            <source>Maximum walking time per leg (minutes)</source>
            <translation>Tempo máximo de caminhada por trecho (minutos)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="142" />
            <source>Limit of each walking leg: to the first stop, from the last stop, and of walk-only trips, as r5r's max_walk_time. r5r has no limit by default; 30 minutes keeps city-wide runs fast.</source>
            <translation>Limite de cada trecho a pé: até a primeira parada, a partir da última parada e das viagens só a pé, como o max_walk_time do r5r. O r5r não tem limite por padrão; 30 minutos mantém rápidos os cálculos da cidade inteira.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="149" />
            <source>Maximum number of transfers</source>
            <translation>Número máximo de transferências</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="149" />
            <source>Transfers between vehicles; n transfers means at most n + 1 rides (r5r's max_rides default of 3 rides is 2 transfers).</source>
            <translation>Transferências entre veículos; n transferências significa no máximo n + 1 embarques (o padrão max_rides do r5r, 3 embarques, equivale a 2 transferências).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="156" />
            <source>Maximum walking distance of a transfer (m)</source>
            <translation>Distância máxima a pé de uma transferência (m)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="156" />
            <source>Stops closer than this on foot are linked for transfers (R5 uses 1 km); transfers.txt is honoured on top: minimum transfer times are applied and forbidden transfers removed.</source>
            <translation>Paradas mais próximas que isto a pé são ligadas para transferências (o R5 usa 1 km); além disso, transfers.txt é respeitado: aplicam-se os tempos mínimos de transferência e removem-se as transferências proibidas.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="210" />
            <source>Choose at least one GTFS zip file.</source>
            <translation>Escolha pelo menos um arquivo GTFS zip.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="213" />
            <source>GTFS file not found: {}</source>
            <translation>Arquivo GTFS não encontrado: {}</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="230" />
            <source>Give the service date as YYYY-MM-DD, for example 2019-05-13.</source>
            <translation>Informe a data de serviço como AAAA-MM-DD, por exemplo 2019-05-13.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="242" />
            <source>Give the departure time as HH:MM, for example 07:30.</source>
            <translation>Informe o horário de partida como HH:MM, por exemplo 07:30.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="302" />
            <source>Reading {} GTFS feed(s)…</source>
            <translation>Lendo {} feed(s) GTFS…</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="304" />
            <source>GTFS: {0} stops, {1} routes, {2} trips, {3} stop times.</source>
            <translation>GTFS: {0} paradas, {1} linhas, {2} viagens, {3} horários de parada.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="325" />
            <source>Optional GTFS files absent (not needed): {}.</source>
            <translation>Arquivos GTFS opcionais ausentes (não são necessários): {}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="337" />
            <source>line {0}: {1}</source>
            <translation>linha {0}: {1}</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="341" />
            <source>{0}: {1} rows skipped ({2}).</source>
            <translation>{0}: {1} linhas ignoradas ({2}).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="344" />
            <source>{} stop times without a time were interpolated between timed stops.</source>
            <translation>{} horários de parada sem horário foram interpolados entre paradas com horário.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="311" />
            <source>The GTFS feed(s) have no usable stop.</source>
            <translation>Os feeds GTFS não têm nenhuma parada utilizável.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="410" />
            <source>No service runs on {} (a holiday or a weekday without service?): only walking trips are computed.</source>
            <translation>Não há serviço em {} (um feriado ou um dia sem serviço?): só são calculadas viagens a pé.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="420" />
            <source>{0} trips in {1} patterns run between {2} and {3}.</source>
            <translation>{0} viagens em {1} padrões circulam entre {2} e {3}.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="427" />
            <source>No vehicle departs between {0} and {1} on this date: only walking trips are computed. Check the departure time.</source>
            <translation>Nenhum veículo parte entre {0} e {1} nesta data: só são calculadas viagens a pé. Verifique o horário de partida.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="68" />
            <source>more fields than the header</source>
            <translation>mais campos que o cabeçalho</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="331" />
            <source>{} are not UTF-8 (as GTFS requires) and were read as Latin-1: check accented names.</source>
            <translation>{} não estão em UTF-8 (como o GTFS exige) e foram lidos como Latin-1: confira os nomes acentuados.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="168" />
            <source>GTFS feed (zip file)</source>
            <translation>Feed GTFS (arquivo zip)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="171" />
            <source>Service date (YYYY-MM-DD; empty = a representative weekday of the feed)</source>
            <translation>Data de serviço (AAAA-MM-DD; vazio = um dia útil representativo do feed)</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="291" />
            <source>No street network: walking legs are the straight-line distance × 1.3 at {} km/h.</source>
            <translation>Sem malha viária: os trechos a pé são a distância em linha reta × 1,3 a {} km/h.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="384" />
            <source>The feed has no calendar.txt or calendar_dates.txt: no service date can be chosen.</source>
            <translation>O feed não tem calendar.txt nem calendar_dates.txt: não é possível escolher uma data de serviço.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="391" />
            <source>Service date: {0} ({1}), the weekday with the most trips ({2}) in the first full week (Monday to Sunday) of the feed's calendar, holidays skipped. Give a date to choose another.</source>
            <translation>Data de serviço: {0} ({1}), o dia útil com mais viagens ({2}) na primeira semana completa (de segunda a domingo) do calendário do feed, sem contar os feriados. Informe uma data para escolher outra.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="396" />
            <source>Service date: {0} ({1}), the first weekday with service ({2} trips): the feed's calendar has no full week. Give a date to choose another.</source>
            <translation>Data de serviço: {0} ({1}), o primeiro dia útil com serviço ({2} viagens): o calendário do feed não tem nenhuma semana completa. Informe uma data para escolher outra.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="367" />
            <source>Times must be written HH:MM, for example 07:00 and 09:00; got '{}'.</source>
            <translation>Os horários se escrevem HH:MM, por exemplo 07:00 e 09:00; recebido '{}'.</translation>
        </message>
        <message>
            <location filename="../processing/bridge/transit.py" line="374" />
            <source>The time window must end after it starts: {0} to {1}.</source>
            <translation>A janela de tempo deve terminar depois de começar: {0} a {1}.</translation>
        </message>
    </context>
    <context>
        <name>ConectaVocabulary</name>
        <message>
            <location filename="../processing/bridge/vocabulary.py" line="17" />
            <source>Walking</source>
            <translation>A pé</translation>
        </message>
        <message>
            <location filename="../processing/bridge/vocabulary.py" line="18" />
            <source>Cycling</source>
            <translation>De bicicleta</translation>
        </message>
        <message>
            <location filename="../processing/bridge/vocabulary.py" line="19" />
            <source>Car</source>
            <translation>De carro</translation>
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
            <translation>A camada raster {0} não é um arquivo (provedor {1}): salve-a primeiro como GeoTIFF (Raster ▸ Converter ▸ Traduzir).</translation>
        </message>
        <message>
            <location filename="../processing/bridge/raster.py" line="106" />
            <source>The raster {} has no coordinate reference system (CRS): set one in its properties first.</source>
            <translation>O raster {} não tem sistema de referência de coordenadas (SRC): defina um nas propriedades dele primeiro.</translation>
        </message>
    </context>
    <context>
        <name>DesireLines</name>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="125" />
            <source>Desire lines</source>
            <translation>Linhas de desejo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="68" />
            <source>Minimum number of trips of a line</source>
            <translation>Número mínimo de viagens de uma linha</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="69" />
            <source>Keep only the N largest flows (0 = all)</source>
            <translation>Manter apenas os N maiores fluxos (0 = todos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="72" />
            <source>Add up both directions (A→B + B→A) in one line</source>
            <translation>Somar os dois sentidos (A→B + B→A) em uma única linha</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="85" />
            <source>Number of lines</source>
            <translation>Número de linhas</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="86" />
            <source>Trips on the lines</source>
            <translation>Viagens nas linhas</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="132" />
            <source>The zones layer has no features with a geometry and an id.</source>
            <translation>A camada de zonas não tem feições com geometria e identificador.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="136" />
            <source>{0} zones without geometry and {1} without an id were left out.</source>
            <translation>Foram omitidas {0} zonas sem geometria e {1} sem identificador.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="142" />
            <source>Zone ids must be unique, but field {0} repeats: {1}.</source>
            <translation>Os identificadores de zona devem ser únicos, mas o campo {0} repete: {1}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="152" />
            <source>{0} OD rows ({1:,.1f} trips) refer to ids that are not in the zones layer: {2}.</source>
            <translation>{0} linhas OD ({1:,.1f} viagens) referem-se a identificadores que não estão na camada de zonas: {2}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="90" />
            <source>No OD row matches the zone ids: check the zone id field and the id fields of the OD table.</source>
            <translation>Nenhuma linha OD corresponde aos identificadores de zona: verifique o campo identificador da zona e os campos identificadores da tabela OD.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="158" />
            <source>{0} OD rows within a zone ({1:,.1f} trips) are not drawn.</source>
            <translation>Não são desenhadas {0} linhas OD dentro de uma zona ({1:,.1f} viagens).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="163" />
            <source>{0} of {1} lines kept, with {2:,.1f} of {3:,.1f} trips between different zones.</source>
            <translation>Foram mantidas {0} de {1} linhas, com {2:,.1f} de {3:,.1f} viagens entre zonas diferentes.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="77" />
            <source>Street network (optional: lines along the fastest route)</source>
            <translation>Malha viária (opcional: linhas ao longo da rota mais rápida)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="83" />
            <source>Mode on the network</source>
            <translation>Modo na malha</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="183" />
            <source>{} pairs have no route on the network (zones too far from it or not connected): drawn straight.</source>
            <translation>{} pares não têm rota na malha (zonas longe demais dela ou não conectadas): desenhados retos.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/desirelines.py" line="53" />
            <source>Draws the trips of an OD table as desire lines: one straight line from the origin zone to the destination zone (from a point inside each polygon, or the point itself) with the number of trips, styled with a width proportional to the trips. Trips within a zone are left out. A pair that appears twice in the OD table is refused.

Keep the map readable with a minimum number of trips and/or the N largest flows; the symmetric option adds up both directions (A→B and B→A) in one line.

The lines are drawn in the coordinate reference system of the zones layer. With a street network, each line follows the fastest route on it for the chosen mode instead (drawn in the network's projected CRS); pairs with no route are drawn straight and counted in the log.</source>
            <translation>Desenha as viagens de uma tabela OD como linhas de desejo: uma linha reta da zona de origem à de destino (a partir de um ponto dentro de cada polígono, ou do próprio ponto) com o número de viagens, com estilo de espessura proporcional às viagens. As viagens dentro de uma zona são omitidas. Um par que aparece duas vezes na tabela OD é recusado.

Mantenha o mapa legível com um número mínimo de viagens e/ou os N maiores fluxos; a opção simétrica soma os dois sentidos (A→B e B→A) em uma única linha.

As linhas são desenhadas no sistema de referência de coordenadas (SRC) da camada de zonas. Com uma malha viária, cada linha segue em vez disso a rota mais rápida sobre ela para o modo escolhido (desenhada no SRC projetado da malha); os pares sem rota são desenhados retos e contados no registro.</translation>
        </message>
    </context>
    <context>
        <name>EbusEnergy</name>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="64" />
            <source>E-bus energy and charging from GTFS</source>
            <translation>Energia e recarga de ônibus elétricos a partir do GTFS</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="67" />
            <source>The daily energy and charging needs of running a GTFS day's buses with battery-electric buses.

Vehicle blocks (the trips one bus runs in a day) come from the feed's block_id, or are inferred when absent, as in most Latin American feeds: each route's trips are chained first in, first out at their terminals when arrival + minimum layover ≤ next departure (terminal stops of a route within 500 m are one terminal). The number of blocks is the fleet the timetable needs.

Energy of a block = Σ km × kWh/km (by bus size and the block's speed class: slow below 15 km/h, medium to 22, fast above) + HVAC power at the ambient temperature × hours in service. Defaults: 12 m bus 1.1-1.3 kWh/km, articulated 1.2 (Mexico City Metrobús, ICCT/ZEBRA); the HVAC curve by °C and its sources are in resources/presets.

A block is feasible when its energy ≤ battery × (usable share − reserve share); otherwise it needs opportunity charging at the terminal where it waits longest, spread over its layovers there; a block that would need more than the terminal charger's power is flagged. Depot chargers = ceil(depot energy / (charger power × efficiency × overnight hours)), with managed charging (an even load over the night). Terminal chargers: one per bus charging at the same moment. Outputs: tables per block, route and terminal, the hourly charging load (kW from the grid) per depot and terminal, and its chart.</source>
            <translation>As necessidades diárias de energia e de recarga para operar com ônibus elétricos a bateria os ônibus de um dia GTFS.

Os blocos de veículo (as viagens que um ônibus faz em um dia) vêm do block_id do feed ou são inferidos quando ele falta, como na maioria dos feeds latino-americanos: as viagens de cada rota são encadeadas por ordem de chegada (primeiro a chegar, primeiro a sair) em seus terminais quando chegada + espera mínima ≤ próxima partida (as paradas terminais de uma rota a menos de 500 m são um só terminal). O número de blocos é a frota que o horário exige.

Energia de um bloco = Σ km × kWh/km (pelo tamanho do ônibus e pela classe de velocidade do bloco: lenta abaixo de 15 km/h, média até 22, rápida acima) + potência da climatização à temperatura ambiente × horas em serviço. Valores padrão: ônibus de 12 m 1,1-1,3 kWh/km, articulado 1,2 (Metrobús da Cidade do México, ICCT/ZEBRA); a curva da climatização por °C e suas fontes estão em resources/presets.

Um bloco é viável quando sua energia ≤ bateria × (proporção utilizável − proporção de reserva); senão, precisa de recarga de oportunidade no terminal onde mais espera, repartida em suas esperas ali; o bloco que precisaria de mais que a potência do carregador do terminal é sinalizado. Carregadores da garagem = teto(energia da garagem / (potência do carregador × eficiência × horas noturnas)), com recarga gerenciada (uma carga uniforme durante a noite). Carregadores de terminal: um por ônibus que recarrega no mesmo momento. Saídas: tabelas por bloco, rota e terminal, a carga horária (kW da rede) por garagem e terminal, e seu gráfico.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="88" />
            <source>Minimum layover at terminals (minutes)</source>
            <translation>Espera mínima nos terminais (minutos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="88" />
            <source>A bus can take the next departure from its terminal this long after arriving.</source>
            <translation>Um ônibus pode assumir a próxima partida de seu terminal esse tempo depois de chegar.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="92" />
            <source>Use the feed's block_id when present</source>
            <translation>Usar o block_id do feed quando existir</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="96" />
            <source>Bus size</source>
            <translation>Tamanho do ônibus</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="97" />
            <source>Fleet (optional: each route's size from its largest share)</source>
            <translation>Frota (opcional: o tamanho de cada rota pela sua maior participação)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="97" />
            <source>The FLEET table of 'Bus emissions from GTFS'; routes it does not cover take the bus size.</source>
            <translation>A tabela FLEET de 'Emissões dos ônibus a partir do GTFS'; as rotas que ela não cobre recebem o tamanho do ônibus.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="101" />
            <source>Ambient temperature (°C)</source>
            <translation>Temperatura ambiente (°C)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="103" />
            <source>Battery capacity (kWh)</source>
            <translation>Capacidade da bateria (kWh)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="104" />
            <source>Usable share of the battery</source>
            <translation>Proporção utilizável da bateria</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="105" />
            <source>Reserve share kept at the end of the day</source>
            <translation>Proporção de reserva no fim do dia</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="106" />
            <source>Depot charger power (kW)</source>
            <translation>Potência do carregador da garagem (kW)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="107" />
            <source>Terminal (opportunity) charger power (kW)</source>
            <translation>Potência do carregador de terminal (de oportunidade) (kW)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="108" />
            <source>Charging efficiency (grid to battery)</source>
            <translation>Eficiência de recarga (da rede à bateria)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="109" />
            <source>Overnight charging window (hours)</source>
            <translation>Janela de recarga noturna (horas)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="113" />
            <source>Overnight charging starts at (HH:MM)</source>
            <translation>A recarga noturna começa às (HH:MM)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="116" />
            <source>E-bus energy by block</source>
            <translation>Energia dos ônibus elétricos por bloco</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="116" />
            <source>E-bus energy by route</source>
            <translation>Energia dos ônibus elétricos por rota</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="116" />
            <source>Opportunity charging by terminal</source>
            <translation>Recarga de oportunidade por terminal</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="116" />
            <source>Charging load by hour (kW)</source>
            <translation>Carga de recarga por hora (kW)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="123" />
            <source>Charging load chart</source>
            <translation>Gráfico da carga de recarga</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="123" />
            <source>PNG files (*.png)</source>
            <translation>Arquivos PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="128" />
            <source>Buses needed (blocks)</source>
            <translation>Ônibus necessários (blocos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="128" />
            <source>Energy per day (kWh)</source>
            <translation>Energia por dia (kWh)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="128" />
            <source>Depot chargers</source>
            <translation>Carregadores da garagem</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="128" />
            <source>Blocks needing opportunity charging</source>
            <translation>Blocos que precisam de recarga de oportunidade</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="172" />
            <source>Charging load of the e-buses by hour</source>
            <translation>Carga de recarga dos ônibus elétricos por hora</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="173" />
            <source>Hour of the service day</source>
            <translation>Hora do dia de serviço</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="174" />
            <source>Power drawn from the grid (kW, hourly mean)</source>
            <translation>Potência retirada da rede (kW, média horária)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="175" />
            <source>Depot</source>
            <translation>Garagem</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="176" />
            <source>Other terminals</source>
            <translation>Outros terminais</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="193" />
            <source>Give the start of overnight charging as HH:MM, for example 23:00; got '{}'.</source>
            <translation>Informe o início da recarga noturna como HH:MM, por exemplo 23:00; recebido '{}'.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="221" />
            <source>{0} routes are not in FLEET: their buses are of size {1}.</source>
            <translation>{0} rotas não estão em FLEET: seus ônibus são de tamanho {1}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="242" />
            <source>{0} vehicle blocks, the buses the timetable needs: {1} from the feed's block_id, {2} inferred by chaining each route's trips at its terminals with a minimum layover of {3:g} min.</source>
            <translation>{0} blocos de veículo, os ônibus que o horário exige: {1} do block_id do feed, {2} inferidos encadeando as viagens de cada rota em seus terminais com uma espera mínima de {3:g} min.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="249" />
            <source>Energy: {0:,.0f} kWh a day for {1:,.0f} km ({2:.2f} kWh/km with the HVAC; HVAC of a 12 m bus {3:g} kW at this temperature).</source>
            <translation>Energia: {0:,.0f} kWh por dia para {1:,.0f} km ({2:.2f} kWh/km com a climatização; climatização de um ônibus de 12 m {3:g} kW a esta temperatura).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="259" />
            <source>{0} blocks need more than the {1:,.0f} kWh the battery can give: they need opportunity charging at a terminal (e.g. {2}).</source>
            <translation>{0} blocos precisam de mais que os {1:,.0f} kWh que a bateria pode fornecer: precisam de recarga de oportunidade em um terminal (p. ex. {2}).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="268" />
            <source>{0} blocks would need more than the terminal charger's {1:g} kW, or have no layover to charge in (e.g. {2}): they need a larger battery, a faster charger or another block plan.</source>
            <translation>{0} blocos precisariam de mais que os {1:g} kW do carregador de terminal, ou não têm esperas em que recarregar (p. ex. {2}): precisam de uma bateria maior, de um carregador mais rápido ou de outra programação de blocos.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/ebusenergy.py" line="278" />
            <source>Depot: {0:,.0f} kWh overnight, {1} chargers of {2:g} kW ({3:g} h from {4}).</source>
            <translation>Garagem: {0:,.0f} kWh durante a noite, {1} carregadores de {2:g} kW ({3:g} h a partir das {4}).</translation>
        </message>
    </context>
    <context>
        <name>EmissionsInputs</name>
        <message>
            <location filename="../processing/report/emissions.py" line="63" />
            <source>Bus emissions by zone or by segment (of 'Bus emissions from GTFS')</source>
            <translation>Emissões dos ônibus por zona ou por trecho (de 'Emissões dos ônibus a partir do GTFS')</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="63" />
            <source>With any of the three emissions inputs the report gets an emissions section: a map of where the buses emit (CO2 per km² of each zone, or along the streets), the routes that emit most, the 2030 scenario's chart and the method notes.</source>
            <translation>Com qualquer uma das três entradas de emissões o relatório inclui uma seção de emissões: um mapa de onde os ônibus emitem (CO2 por km² de cada zona, ou ao longo das ruas), as rotas que mais emitem, o gráfico do cenário 2030 e as notas de método.</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="72" />
            <source>Bus emissions by route (table of 'Bus emissions from GTFS')</source>
            <translation>Emissões dos ônibus por rota (tabela de 'Emissões dos ônibus a partir do GTFS')</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="76" />
            <source>CO2 scenario by mode and year (table of 'CO2 scenarios to 2030')</source>
            <translation>Cenário de CO2 por modo e ano (tabela de 'Cenários de CO2 até 2030')</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="139" />
            <source>{0} has no field {1}: give the zones or segments written by 'Bus emissions from GTFS'.</source>
            <translation>{0} não tem o campo {1}: use as zonas ou os trechos escritos por 'Emissões dos ônibus a partir do GTFS'.</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="154" />
            <source>The table {0} has no field {1}.</source>
            <translation>A tabela {0} não tem o campo {1}.</translation>
        </message>
    </context>
    <context>
        <name>EmissionsSection</name>
        <message>
            <location filename="../processing/report/emissions.py" line="185" />
            <source>Walking</source>
            <translation>A pé</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="186" />
            <source>Cycling</source>
            <translation>De bicicleta</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="187" />
            <source>Car</source>
            <translation>De carro</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="188" />
            <source>Motorcycle</source>
            <translation>Motocicleta</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="189" />
            <source>Bus</source>
            <translation>Ônibus</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="190" />
            <source>BRT</source>
            <translation>BRT</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="191" />
            <source>Metro</source>
            <translation>Metrô</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="200" />
            <source>Bus-km a day</source>
            <translation>Km de ônibus por dia</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="201" />
            <source>Fossil CO2, tank-to-wheel (t a day)</source>
            <translation>CO2 fóssil, do tanque à roda (t por dia)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="202" />
            <source>NOx (kg a day)</source>
            <translation>NOx (kg por dia)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="203" />
            <source>PM10 (kg a day)</source>
            <translation>PM10 (kg por dia)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="206" />
            <source>Electricity of electric buses (kWh a day)</source>
            <translation>Eletricidade dos ônibus elétricos (kWh por dia)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="211" />
            <source>CO2 of that electricity (t a day)</source>
            <translation>CO2 dessa eletricidade (t por dia)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="235" />
            <source>Other routes ({})</source>
            <translation>Outras rotas ({})</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="236" />
            <source>All routes</source>
            <translation>Todas as rotas</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="238" />
            <source>Route</source>
            <translation>Rota</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="239" />
            <source>Bus-km</source>
            <translation>Km de ônibus</translation>
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
            <translation>Eletricidade (kWh)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="245" />
            <source>Bus emissions of a day by route (the routes that emit most)</source>
            <translation>Emissões dos ônibus de um dia por rota (as rotas que mais emitem)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="265" />
            <source>Year</source>
            <translation>Ano</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="266" />
            <source>Scenario (t CO2)</source>
            <translation>Cenário (t CO2)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="267" />
            <source>Business as usual (t CO2)</source>
            <translation>Tendencial (t CO2)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="268" />
            <source>Change (t CO2)</source>
            <translation>Variação (t CO2)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="270" />
            <source>CO2 of passenger transport, well-to-wheel</source>
            <translation>CO2 do transporte de passageiros, do poço à roda</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="277" />
            <source>Bus emissions: Conecta reads the city's GTFS feed for one service day, measures every stop-to-stop segment along the route shapes and its scheduled speed, and multiplies the km by the emission factors of the fleet's vehicle classes (CETESB g/km by model year, or the EMEP/EEA 2019 speed curves, or CETESB scaled by the EMEP/EEA curves as IPEA's gtfs2emis does). CO2 is fossil tank-to-wheel CO2; the biogenic CO2 of biodiesel and the CO2 of the electricity of electric buses (well-to-wheel) are reported apart.</source>
            <translation>Emissões dos ônibus: o Conecta lê o feed GTFS da cidade para um dia de serviço, mede cada trecho entre paradas ao longo dos traçados das rotas e sua velocidade programada, e multiplica os km pelos fatores de emissão das classes de veículos da frota (CETESB em g/km por ano de fabricação, ou as curvas de velocidade EMEP/EEA 2019, ou CETESB escalonado pelas curvas EMEP/EEA como faz o gtfs2emis do IPEA). O CO2 é CO2 fóssil do tanque à roda; o CO2 biogênico do biodiesel e o CO2 da eletricidade dos ônibus elétricos (do poço à roda) são informados à parte.</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="287" />
            <source>The map shows the bus emissions of layer {} (CO2 per km² of each zone, or kg along each street piece).</source>
            <translation>O mapa mostra as emissões dos ônibus da camada {} (CO2 por km² de cada zona, ou kg ao longo de cada trecho de rua).</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="293" />
            <source>Scenario: passenger-km, energy and CO2 by mode for the base and target years with the Avoid-Shift-Improve-Fuel levers given, against business as usual (the base year's values, population changing), as the ASIF framework of Schipper et al. (2000) sets out.</source>
            <translation>Cenário: passageiros-km, energia e CO2 por modo para o ano-base e os anos-meta com as alavancas Evitar-Mudar-Melhorar-Combustível informadas, frente ao cenário tendencial (os valores do ano-base, com a população mudando), como propõe o marco ASIF de Schipper et al. (2000).</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="310" />
            <source>Bus CO2 (kg a day per km²)</source>
            <translation>CO2 dos ônibus (kg por dia por km²)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="310" />
            <source>Bus CO2 (kg a day)</source>
            <translation>CO2 dos ônibus (kg por dia)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="313" />
            <source>Map: where the buses emit CO2</source>
            <translation>Mapa: onde os ônibus emitem CO2</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="314" />
            <source>Bus emissions: key figures</source>
            <translation>Emissões dos ônibus: números-chave</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="319" />
            <source>CO2 of passenger transport by mode (well-to-wheel)</source>
            <translation>CO2 do transporte de passageiros por modo (do poço à roda)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="320" />
            <source>t CO2 (well-to-wheel)</source>
            <translation>t CO2 (do poço à roda)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="321" />
            <source>Business as usual (total)</source>
            <translation>Tendencial (total)</translation>
        </message>
        <message>
            <location filename="../processing/report/emissions.py" line="325" />
            <source>2030 scenario: CO2 by mode and year</source>
            <translation>Cenário 2030: CO2 por modo e ano</translation>
        </message>
    </context>
    <context>
        <name>EnergyPage</name>
        <message>
            <location filename="../ui/energy_page.py" line="45" />
            <source>Energy and emissions (buses, from GTFS)</source>
            <translation>Energia e emissões (ônibus, a partir do GTFS)</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="46" />
            <source>Bus activity, emissions and e-bus energy of a GTFS day</source>
            <translation>Atividade, emissões e energia elétrica dos ônibus de um dia GTFS</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="50" />
            <source>GTFS zip files (*.zip)</source>
            <translation>Arquivos zip GTFS (*.zip)</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="51" />
            <source>GTFS feeds</source>
            <translation>Feeds GTFS</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="53" />
            <source>Service date</source>
            <translation>Data de serviço</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="54" />
            <source>CSV files (*.csv)</source>
            <translation>Arquivos CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="54" />
            <source>route_id, size, fuel, euro or model_year, share; empty: 12 m diesel Euro V buses.</source>
            <translation>route_id, size, fuel, euro ou model_year, share; vazio: ônibus a diesel Euro V de 12 m.</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="60" />
            <source>Fleet table (optional)</source>
            <translation>Tabela da frota (opcional)</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="62" />
            <source>CETESB (Brazil)</source>
            <translation>CETESB (Brasil)</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="62" />
            <source>EMEP/EEA 2019 (speed curves)</source>
            <translation>EMEP/EEA 2019 (curvas de velocidade)</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="62" />
            <source>Scaled (gtfs2emis)</source>
            <translation>Escalonado (gtfs2emis)</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="70" />
            <source>Emission factors</source>
            <translation>Fatores de emissão</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="72" />
            <source>Brazil, or 0.0385</source>
            <translation>Brazil, ou 0.0385</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="73" />
            <source>Grid emission factor for electric buses: a country or kg CO2/kWh.</source>
            <translation>Fator de emissão da rede elétrica para os ônibus elétricos: um país ou kg CO2/kWh.</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="76" />
            <source>Grid factor</source>
            <translation>Fator da rede elétrica</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="129" />
            <source>Energy and emissions: choose the GTFS zip file(s).</source>
            <translation>Energia e emissões: escolha o(s) arquivo(s) zip GTFS.</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="132" />
            <source>Energy and emissions: GTFS file not found: {}.</source>
            <translation>Energia e emissões: arquivo GTFS não encontrado: {}.</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="136" />
            <source>Energy and emissions: give the service date as YYYY-MM-DD, e.g. 2019-05-13.</source>
            <translation>Energia e emissões: informe a data de serviço como AAAA-MM-DD, p. ex. 2019-05-13.</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="140" />
            <source>Energy and emissions: the fleet table {} does not exist.</source>
            <translation>Energia e emissões: a tabela da frota {} não existe.</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="148" />
            <source>No fleet table: every bus is taken as a 12 m diesel Euro V bus.</source>
            <translation>Sem tabela da frota: cada ônibus é considerado um ônibus a diesel Euro V de 12 m.</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="159" />
            <source>Bus activity from GTFS</source>
            <translation>Atividade dos ônibus a partir do GTFS</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="159" />
            <source>Bus segments (speed)</source>
            <translation>Trechos dos ônibus (velocidade)</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="185" />
            <source>Bus emissions from GTFS</source>
            <translation>Emissões dos ônibus a partir do GTFS</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="185" />
            <source>Bus CO2 by zone</source>
            <translation>CO2 dos ônibus por zona</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="185" />
            <source>Bus CO2 along the streets</source>
            <translation>CO2 dos ônibus ao longo das ruas</translation>
        </message>
        <message>
            <location filename="../ui/energy_page.py" line="202" />
            <source>E-bus energy and charging</source>
            <translation>Energia e recarga dos ônibus elétricos</translation>
        </message>
    </context>
    <context>
        <name>FareReportText</name>
        <message>
            <location filename="../processing/report/fares.py" line="92" />
            <source>{0}, fare at most {1}</source>
            <translation>{0}, tarifa de até {1}</translation>
        </message>
        <message>
            <location filename="../processing/report/fares.py" line="111" />
            <source>Income decile (1 = poorest)</source>
            <translation>Decil de renda (1 = mais pobre)</translation>
        </message>
        <message>
            <location filename="../processing/report/fares.py" line="112" />
            <source>Population</source>
            <translation>População</translation>
        </message>
        <message>
            <location filename="../processing/report/fares.py" line="113" />
            <source>Monthly cost of commuting</source>
            <translation>Custo mensal dos deslocamentos</translation>
        </message>
        <message>
            <location filename="../processing/report/fares.py" line="114" />
            <source>Share of income (mean)</source>
            <translation>Parcela da renda (média)</translation>
        </message>
        <message>
            <location filename="../processing/report/fares.py" line="115" />
            <source>Population above the threshold</source>
            <translation>População acima do limiar</translation>
        </message>
        <message>
            <location filename="../processing/report/fares.py" line="117" />
            <source>Affordability of public transport by income decile</source>
            <translation>Acessibilidade financeira do transporte público por decil de renda</translation>
        </message>
        <message>
            <location filename="../processing/report/fares.py" line="125" />
            <source>Affordability of public transport (table {}): the monthly cost of commuting (the fare of reaching the zone's opportunities within the travel time × the trips per month) as a share of income, by population-weighted income decile, and the share of the population above the threshold (see conecta:affordability).</source>
            <translation>Acessibilidade financeira do transporte público (tabela {}): o custo mensal dos deslocamentos (a tarifa para alcançar as oportunidades da zona dentro do tempo de viagem × as viagens por mês) como parcela da renda, por decil de renda ponderado pela população, e a parcela da população acima do limiar (veja conecta:affordability).</translation>
        </message>
    </context>
    <context>
        <name>FleetFromGtfs</name>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="47" />
            <source>Bus fleet from GTFS</source>
            <translation>Frota de ônibus a partir do GTFS</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="50" />
            <source>How many buses a GTFS timetable needs, per route and for the city, by three estimators side by side, for each layover (minimum time at a terminal) given:
- Blocks: distinct block_id of the route's trips (NULL when the feed has none).
- Cycle time / headway: N = ceil((T_AB + T_BA + 2 × layover) / h), T the mean trip time of each direction and h the mean headway (the window's length / mean departures per direction, as gtfstools' get_route_frequency; over the whole day, the mean interval between departures). A route with one direction is a loop when its trips end where they start (cycle = T + layover); otherwise its return is assumed to take as long (warned).
- Trip chaining: each route's trips chained first in, first out at the terminals: a bus arriving at a terminal takes a later departure from it when arrival + layover ≤ departure. Terminal stops of the same station, or closer than the terminal radius, are one terminal. Buses never run empty between terminals or routes.
The lower bound is the largest number of trips in service at the same moment: no estimator can need fewer buses. Fleet with spares = ceil(chaining × (1 + spare ratio)).

Outputs: the route table (one row per route and layover: route_id, layover_min, fleet_blocks, fleet_cycle, fleet_chaining, concurrent_max, vehicle_km, vehicle_hours, fleet_with_spares), the city totals (blocks counted once, the lower bound over the whole city) and a chart of vehicles in service per hour. Trips belong to the window when they leave in it; vehicle_km and vehicle_hours are in service (revenue) km and hours along the shapes.</source>
            <translation>Quantos ônibus um horário GTFS precisa, por linha e para a cidade, com três estimadores lado a lado, para cada tempo de espera no terminal (tempo mínimo num terminal) informado:
- Blocos: block_id distintos das viagens da linha (NULL quando o feed não os tem).
- Tempo de ciclo / intervalo: N = ceil((T_AB + T_BA + 2 × espera) / h), T o tempo médio de viagem de cada sentido e h o intervalo médio (a duração da janela / partidas médias por sentido, como get_route_frequency do gtfstools; no dia inteiro, o intervalo médio entre partidas). Uma linha com um só sentido é circular quando suas viagens terminam onde começam (ciclo = T + espera); senão, supõe-se um retorno igualmente longo (com aviso).
- Encadeamento de viagens: as viagens de cada linha são encadeadas por ordem de chegada nos terminais: um ônibus que chega a um terminal assume uma partida posterior dele quando chegada + espera ≤ partida. Paradas terminais de uma mesma estação, ou mais próximas que o raio de terminal, são um só terminal. Os ônibus nunca circulam vazios entre terminais nem entre linhas.
O limite inferior é o maior número de viagens em serviço ao mesmo tempo: nenhum estimador pode precisar de menos ônibus. Frota com reserva = ceil(encadeamento × (1 + proporção de reserva)).

Saídas: a tabela por linha (uma linha por linha de ônibus e tempo de espera: route_id, layover_min, fleet_blocks, fleet_cycle, fleet_chaining, concurrent_max, vehicle_km, vehicle_hours, fleet_with_spares), os totais da cidade (blocos contados uma vez, o limite inferior sobre toda a cidade) e um gráfico de veículos em serviço por hora. Uma viagem pertence à janela quando parte nela; vehicle_km e vehicle_hours são km e horas em serviço (comerciais) ao longo dos traçados.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="74" />
            <source>Window start (HH:MM; empty = start of the service day)</source>
            <translation>Início da janela (HH:MM; vazio = início do dia de serviço)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="77" />
            <source>Window end (HH:MM; empty = end of the service day)</source>
            <translation>Fim da janela (HH:MM; vazio = fim do dia de serviço)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="80" />
            <source>Layovers (minutes, comma-separated)</source>
            <translation>Tempos de espera no terminal (minutos, separados por vírgulas)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="80" />
            <source>Minimum time a bus stays at a terminal before its next trip; several values give the fleet's sensitivity to it. 0 is a lower bound: buses need time to turn and drivers a break.</source>
            <translation>Tempo mínimo que um ônibus permanece num terminal antes da sua próxima viagem; vários valores dão a sensibilidade da frota a ele. 0 é um limite inferior: os ônibus precisam de tempo para retornar e os motoristas de uma pausa.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="87" />
            <source>Spare ratio (%)</source>
            <translation>Proporção de reserva (%)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="87" />
            <source>Reserve buses on top of the operated fleet (chaining estimate).</source>
            <translation>Ônibus de reserva além da frota operada (estimativa por encadeamento).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="98" />
            <source>Terminal radius (m)</source>
            <translation>Raio de terminal (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="98" />
            <source>Terminal stops of a route closer than this are one terminal (a layover area often has one stop per direction).</source>
            <translation>As paradas terminais de uma linha mais próximas que isto são um só terminal (uma área de regulação costuma ter uma parada por sentido).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="105" />
            <source>Fleet per route and layover</source>
            <translation>Frota por linha e tempo de espera</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="106" />
            <source>City fleet totals</source>
            <translation>Totais da frota da cidade</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="107" />
            <source>Vehicles in service per hour (chart)</source>
            <translation>Veículos em serviço por hora (gráfico)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="107" />
            <source>PNG files (*.png)</source>
            <translation>Arquivos PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="127" />
            <source>No service runs on {}: choose another date (a weekday, not a holiday).</source>
            <translation>Não há serviço em {}: escolha outra data (um dia útil, não um feriado).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="166" />
            <source>None of the routes {0} runs on {1}: check their route_id.</source>
            <translation>Nenhuma das linhas {0} circula em {1}: verifique seus route_id.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="176" />
            <source>Routes without trips on {0}: {1}.</source>
            <translation>Linhas sem viagens em {0}: {1}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="180" />
            <source>between {0} and {1}</source>
            <translation>entre {0} e {1}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="182" />
            <source>No trip departs {0} on {1}: choose another window or date.</source>
            <translation>Nenhuma viagem parte {0} em {1}: escolha outra janela ou outra data.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="185" />
            <source>{0} trips on {1} {2}.</source>
            <translation>{0} viagens em {1} {2}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="186" />
            <source>{0} trips end before they start (e.g. {1}): they were left out; fix their stop times.</source>
            <translation>{0} viagens terminam antes de começar (p. ex. {1}): foram deixadas de fora; corrija seus horários em stop_times.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="192" />
            <source>{0} trips have no usable shape (e.g. {1}): their km are straight lines between stops × 1.3.</source>
            <translation>{0} viagens não têm um traçado utilizável (p. ex. {1}): seus km são linhas retas entre paradas × 1,3.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="205" />
            <source>A layover of 0 min lets a bus leave the moment it arrives: a lower bound, buses need time to turn and drivers a break.</source>
            <translation>Uma espera no terminal de 0 min deixa um ônibus partir assim que chega: um limite inferior, os ônibus precisam de tempo para retornar e os motoristas de uma pausa.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="211" />
            <source>{0} routes run in one direction only and do not end where they start (e.g. {1}): their cycle time assumes a return as long as the trip.</source>
            <translation>{0} linhas circulam num só sentido e não terminam onde começam (p. ex. {1}): seu tempo de ciclo supõe um retorno tão longo quanto a viagem.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="220" />
            <source>{0} loop routes (trips end where they start, e.g. {1}): cycle = trip time + layover.</source>
            <translation>{0} linhas circulares (as viagens terminam onde começam, p. ex. {1}): ciclo = tempo de viagem + espera.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="229" />
            <source>{0} routes have more trips running at once than their cycle estimate (e.g. {1}): their headways are irregular in the window; the chaining estimate follows the timetable.</source>
            <translation>{0} linhas têm mais viagens em curso ao mesmo tempo que sua estimativa por ciclo (p. ex. {1}): seus intervalos são irregulares na janela; a estimativa por encadeamento segue o horário.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="239" />
            <source>{} routes have block_id in the feed.</source>
            <translation>{} linhas têm block_id no feed.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="243" />
            <source>Layover {0} min: {1} buses by trip chaining ({2} with spares), {3} by cycle time, {4} by block_id; at most {5} trips run at once.</source>
            <translation>Espera no terminal {0} min: {1} ônibus por encadeamento de viagens ({2} com reserva), {3} por tempo de ciclo, {4} por block_id; no máximo {5} viagens em curso ao mesmo tempo.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="263" />
            <source>Buses in service, layover {} min</source>
            <translation>Ônibus em serviço, espera {} min</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="267" />
            <source>Vehicles in service per hour (trip chaining)</source>
            <translation>Veículos em serviço por hora (encadeamento de viagens)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="268" />
            <source>Hour of the service day</source>
            <translation>Hora do dia de serviço</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="269" />
            <source>Vehicles</source>
            <translation>Veículos</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="270" />
            <source>Trips in service at once (lower bound)</source>
            <translation>Viagens em serviço ao mesmo tempo (limite inferior)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="91" />
            <source>Routes (route ids, comma-separated; empty = every bus route)</source>
            <translation>Rotas (ids de rota separados por vírgulas; vazio = todas as rotas de ônibus)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetfromgtfs.py" line="91" />
            <source>Empty: every bus and trolleybus route (rail and metro routes are left out and counted). Routes named here are counted whatever their mode, e.g. a rail line's trainsets.</source>
            <translation>Vazio: todas as rotas de ônibus e trólebus (as rotas de trem e metrô ficam de fora e são contadas). As rotas indicadas aqui são contadas qualquer que seja o modo, p. ex. os trens de uma linha ferroviária.</translation>
        </message>
    </context>
    <context>
        <name>FleetPage</name>
        <message>
            <location filename="../ui/fleet_page.py" line="194" />
            <source>Fleet and industry</source>
            <translation>Frota e indústria</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="195" />
            <source>Bus fleet from a GTFS feed, its renewal to the target year and its cost of ownership</source>
            <translation>Frota de ônibus a partir de um feed GTFS, sua renovação até o ano-meta e seu custo de propriedade</translation>
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
            <translation>AAAA-MM-DD (vazio: um dia útil)</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="206" />
            <source>Service date</source>
            <translation>Data de serviço</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="209" />
            <source>HH:MM (empty: whole day)</source>
            <translation>HH:MM (vazio: o dia inteiro)</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="210" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="211" />
            <source>To</source>
            <translation>Até</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="213" />
            <source>Minimum minutes a bus waits at a terminal; several for sensitivity.</source>
            <translation>Minutos mínimos que um ônibus espera num terminal; vários para ver a sensibilidade.</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="216" />
            <source>Layovers (minutes)</source>
            <translation>Esperas no terminal (minutos)</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="219" />
            <source>Purchase policy</source>
            <translation>Política de compras</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="222" />
            <source>Local content</source>
            <translation>Conteúdo local</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="227" />
            <source>Base year</source>
            <translation>Ano-base</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="228" />
            <source>Target year</source>
            <translation>Ano-meta</translation>
        </message>
    </context>
    <context>
        <name>FleetRenewal</name>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="66" />
            <source>Bus fleet renewal and local industry</source>
            <translation>Renovação da frota de ônibus e indústria local</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="69" />
            <source>The buses a city must buy each year to a target year, of which technology, and how much of that purchase could be built in the region.

The fleet: a fleet age table (size, technology, model_year, count), or the fleet of 'Bus fleet from GTFS' (its totals or route table: fleet with spares at the layover chosen, the largest by default) with an assumed age mix: the steady state of the retirement rule, a fleet that bought the same number of buses every year.
Retirement: at a legal maximum age (preset: Porto Alegre, 15 years standard and 16 articulated since 2024; other ages as size:years), a cohort leaving whole in the year its age exceeds it; or by Weibull survival S(a) = exp(−(a/λ)^k) (ICCT Roadmap: k = 5, λ editable), each cohort losing the expected share each year (counts are expected values; units_int rounds the cumulative purchases).
Each year the fleet of each size grows by the growth rate and the buses bought replace those retired. Their technology follows the purchase policy as a step function (a year uses the latest year listed at or before it; diesel before the first): presets São Paulo (no new diesel from October 2022), Mexico City Metrobús (zero-emission by 2035), Curitiba (33 % by 2030), or a table (year, technology, share), or an electrification path (year, new_ev_share: the share of purchases that is electric, the fleet-renewal table of conecta:scenario2030).
Local industry: purchase value = buses × price (size, technology) split into body, chassis, drive train and battery by cost shares, × the local-content share of each component that year (presets: the Argentine rule rising from 10 % to 25 %, ECLAC LC/TS.2022/228; Brazil's bodies; or a table year, component, local_share). Prices are never assumed silently: the preset's estimates (USD per 12 m bus) are used for standard buses and logged; other sizes need a prices table.

Outputs per year: the summary (fleet, retired, bought, electric bought, battery GWh, share electric, value, local and imported value; mode, renewal_rate and new_ev_share for conecta:scenario2030), purchases by size and technology, the fleet by technology and age, the value by component, and a chart.</source>
            <translation>Os ônibus que uma cidade deve comprar a cada ano até um ano-meta, de qual tecnologia, e quanto dessa compra poderia ser fabricado na região.

A frota: uma tabela de idades da frota (size, technology, model_year, count), ou a frota de 'Frota de ônibus a partir do GTFS' (sua tabela de totais ou por linha: frota com reserva no tempo de espera escolhido, o maior por padrão) com uma distribuição de idades suposta: o estado estacionário da regra de retirada, uma frota que comprou o mesmo número de ônibus todo ano.
Retirada: a uma idade máxima legal (valor predefinido: Porto Alegre, 15 anos os padrão e 16 os articulados desde 2024; outras idades como tamanho:anos), uma coorte sai inteira no ano em que sua idade a ultrapassa; ou por sobrevivência de Weibull S(a) = exp(−(a/λ)^k) (ICCT Roadmap: k = 5, λ editável), cada coorte perde a cada ano a proporção esperada (as quantidades são valores esperados; units_int arredonda as compras acumuladas).
A cada ano a frota de cada tamanho cresce segundo a taxa de crescimento e os ônibus comprados substituem os retirados. Sua tecnologia segue a política de compras como função em degraus (um ano usa o último ano listado igual ou anterior; diesel antes do primeiro): valores predefinidos São Paulo (nenhum diesel novo desde outubro de 2022), Metrobús da Cidade do México (emissão zero até 2035), Curitiba (33 % até 2030), ou uma tabela (year, technology, share), ou uma trajetória de eletrificação (year, new_ev_share: a proporção elétrica das compras, a tabela de renovação de frota de conecta:scenario2030).
Indústria local: valor de compra = ônibus × preço (tamanho, tecnologia) repartido em carroceria, chassi, trem de força e bateria segundo proporções de custo, × a proporção de conteúdo local de cada componente naquele ano (valores predefinidos: a regra argentina que sobe de 10 % para 25 %, CEPAL LC/TS.2022/228; as carrocerias do Brasil; ou uma tabela year, component, local_share). Os preços nunca são supostos em silêncio: as estimativas predefinidas (USD por ônibus de 12 m) são usadas para os ônibus padrão e informadas no registro; os demais tamanhos precisam de uma tabela de preços.

Saídas por ano: o resumo (frota, retirados, comprados, elétricos comprados, GWh de baterias, proporção elétrica, valor, valor local e importado; mode, renewal_rate e new_ev_share para conecta:scenario2030), as compras por tamanho e tecnologia, a frota por tecnologia e idade, o valor por componente e um gráfico.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="99" />
            <source>Fleet age table (size, technology, model_year, count)</source>
            <translation>Tabela de idades da frota (size, technology, model_year, count)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="102" />
            <source>Or: fleet from GTFS (totals or route table of 'Bus fleet from GTFS')</source>
            <translation>Ou: frota a partir do GTFS (tabela de totais ou por linha de 'Frota de ônibus a partir do GTFS')</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="106" />
            <source>Fleet from GTFS: layover (minutes; empty = the largest)</source>
            <translation>Frota a partir do GTFS: espera no terminal (minutos; vazio = a maior)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="110" />
            <source>Fleet from GTFS: bus size</source>
            <translation>Frota a partir do GTFS: tamanho de ônibus</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="111" />
            <source>Fleet from GTFS: technology</source>
            <translation>Frota a partir do GTFS: tecnologia</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="112" />
            <source>Base year (fleet counted at its end)</source>
            <translation>Ano-base (frota contada no seu fim)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="113" />
            <source>Target year</source>
            <translation>Ano-meta</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="114" />
            <source>Retirement</source>
            <translation>Retirada</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="114" />
            <source>Legal maximum age</source>
            <translation>Idade máxima legal</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="114" />
            <source>Weibull survival</source>
            <translation>Sobrevivência de Weibull</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="118" />
            <source>Maximum ages (size:years; empty = Porto Alegre's)</source>
            <translation>Idades máximas (tamanho:anos; vazio = as de Porto Alegre)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="118" />
            <source>For example standard:12; articulated:14. Sizes not listed keep Porto Alegre's ages.</source>
            <translation>Por exemplo standard:12; articulated:14. Os tamanhos não listados mantêm as idades de Porto Alegre.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="122" />
            <source>Weibull λ (years)</source>
            <translation>λ de Weibull (anos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="122" />
            <source>Scale of the survival curve: about 37 % of a cohort is still running at age λ.</source>
            <translation>Escala da curva de sobrevivência: cerca de 37 % de uma coorte ainda está em serviço na idade λ.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="126" />
            <source>Weibull k</source>
            <translation>k de Weibull</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="127" />
            <source>Fleet growth (% per year)</source>
            <translation>Crescimento da frota (% por ano)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="128" />
            <source>Purchase policy</source>
            <translation>Política de compras</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="129" />
            <source>Purchase policy table (year, technology, share; or year, new_ev_share)</source>
            <translation>Tabela de política de compras (year, technology, share; ou year, new_ev_share)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="133" />
            <source>Battery per e-bus (size:kWh; empty = presets)</source>
            <translation>Bateria por ônibus elétrico (tamanho:kWh; vazio = valores predefinidos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="139" />
            <source>Purchase prices (size, technology, price)</source>
            <translation>Preços de compra (size, technology, price)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="140" />
            <source>Local content</source>
            <translation>Conteúdo local</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="141" />
            <source>Local content table (year, component, local_share)</source>
            <translation>Tabela de conteúdo local (year, component, local_share)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="146" />
            <source>Component cost shares (technology, component, cost_share)</source>
            <translation>Proporções de custo por componente (technology, component, cost_share)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="151" />
            <source>Renewal per year</source>
            <translation>Renovação por ano</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="152" />
            <source>Purchases by size and technology</source>
            <translation>Compras por tamanho e tecnologia</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="153" />
            <source>Fleet by technology and age</source>
            <translation>Frota por tecnologia e idade</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="154" />
            <source>Purchase value by component (local industry)</source>
            <translation>Valor de compra por componente (indústria local)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="157" />
            <source>Purchases per year (chart)</source>
            <translation>Compras por ano (gráfico)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="157" />
            <source>PNG files (*.png)</source>
            <translation>Arquivos PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="215" />
            <source>Retirement by Weibull survival, λ = {0} years, k = {1}.</source>
            <translation>Retirada por sobrevivência de Weibull, λ = {0} anos, k = {1}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="224" />
            <source>Retirement at a maximum age (years): {}.</source>
            <translation>Retirada a uma idade máxima (anos): {}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="246" />
            <source>Give either a fleet age table or the fleet from GTFS (one of them, not both).</source>
            <translation>Informe uma tabela de idades da frota ou a frota a partir do GTFS (uma delas, não ambas).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="259" />
            <source>Fleet from GTFS ({0}): {1} {2} {3} buses (layover {4} min, spares included), ages assumed in the steady state of the retirement rule.</source>
            <translation>Frota a partir do GTFS ({0}): {1} ônibus {2} {3} (espera {4} min, reserva incluída), idades supostas no estado estacionário da regra de retirada.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="278" />
            <source>A purchase policy table was given but a preset is chosen: the table is not used.</source>
            <translation>Foi informada uma tabela de política de compras, mas foi escolhido um valor predefinido: a tabela não é usada.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="289" />
            <source>The custom purchase policy needs the purchase policy table.</source>
            <translation>A política de compras personalizada precisa da tabela de política de compras.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="301" />
            <source>Purchase prices: the LAC preset's estimates for 12 m buses ({}); other sizes need a prices table.</source>
            <translation>Preços de compra: as estimativas predefinidas para a ALC de ônibus de 12 m ({}); os demais tamanhos precisam de uma tabela de preços.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="335" />
            <source>The custom local content needs the local content table.</source>
            <translation>O conteúdo local personalizado precisa da tabela de conteúdo local.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="343" />
            <source>{0}: fleet {1}, {2} retired, {3} bought ({4} electric, {5} MWh of batteries); {6} % electric; {7} % of the purchase value producible in the region.</source>
            <translation>{0}: frota {1}, {2} retirados, {3} comprados ({4} elétricos, {5} MWh de baterias); {6} % elétrica; {7} % do valor de compra produzível na região.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="359" />
            <source>{0}–{1}: {2} buses bought, {3} GWh of batteries, value {4}: {5} producible in the region, {6} imported (currency of the prices).</source>
            <translation>{0}–{1}: {2} ônibus comprados, {3} GWh de baterias, valor {4}: {5} produzível na região, {6} importado (moeda dos preços).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="380" />
            <source>Buses bought per year by technology</source>
            <translation>Ônibus comprados por ano segundo a tecnologia</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="381" />
            <source>Year</source>
            <translation>Ano</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="382" />
            <source>Buses bought</source>
            <translation>Ônibus comprados</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="383" />
            <source>Share electric of the fleet (%)</source>
            <translation>Proporção elétrica da frota (%)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="384" />
            <source>Diesel</source>
            <translation>Diesel</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/fleetrenewal.py" line="384" />
            <source>Electric</source>
            <translation>Elétrico</translation>
        </message>
    </context>
    <context>
        <name>FleetReportInput</name>
        <message>
            <location filename="../processing/report/fleet.py" line="56" />
            <source>Fleet from GTFS: city totals (table of 'Bus fleet from GTFS')</source>
            <translation>Frota a partir do GTFS: totais da cidade (tabela de 'Frota de ônibus a partir do GTFS')</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="57" />
            <source>Fleet renewal per year (table of 'Bus fleet renewal and local industry')</source>
            <translation>Renovação da frota por ano (tabela de 'Renovação da frota de ônibus e indústria local')</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="60" />
            <source>Fleet renewal: purchases by size and technology</source>
            <translation>Renovação da frota: compras por tamanho e tecnologia</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="61" />
            <source>TCO per technology and year (table of 'Bus fleet total cost of ownership')</source>
            <translation>TCO por tecnologia e ano (tabela de 'Custo total de propriedade da frota de ônibus')</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="66" />
            <source>With any of the fleet tables the report gets a fleet and industry section.</source>
            <translation>Com qualquer uma das tabelas de frota o relatório inclui uma seção de frota e indústria.</translation>
        </message>
    </context>
    <context>
        <name>FleetSettings</name>
        <message>
            <location filename="../ui/fleet_page.py" line="57" />
            <source>The algorithm {} is not available: update Conecta.</source>
            <translation>O algoritmo {} não está disponível: atualize o Conecta.</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="62" />
            <source>Fleet and industry: choose the GTFS feed (zip file).</source>
            <translation>Frota e indústria: escolha o feed GTFS (arquivo zip).</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="64" />
            <source>Fleet and industry: the GTFS file {} does not exist.</source>
            <translation>Frota e indústria: o arquivo GTFS {} não existe.</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="66" />
            <source>Fleet and industry: write the date as YYYY-MM-DD, e.g. 2019-05-13.</source>
            <translation>Frota e indústria: escreva a data como AAAA-MM-DD, p. ex. 2019-05-13.</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="69" />
            <source>Fleet and industry: write times as HH:MM, e.g. 07:00.</source>
            <translation>Frota e indústria: escreva os horários como HH:MM, p. ex. 07:00.</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="72" />
            <source>Fleet and industry: layovers are minutes separated by commas, e.g. 0, 5, 10.</source>
            <translation>Frota e indústria: as esperas no terminal são minutos separados por vírgulas, p. ex. 0, 5, 10.</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="76" />
            <source>Fleet and industry: the target year {0} is before the base year {1}.</source>
            <translation>Frota e indústria: o ano-meta {0} é anterior ao ano-base {1}.</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="86" />
            <source>Fleet and industry: the fleet of {0}, its renewal from {1} to {2} and its cost of ownership; prices, costs and local content are the presets' estimates (run the algorithms with your own tables to change them).</source>
            <translation>Frota e indústria: a frota de {0}, sua renovação de {1} a {2} e seu custo de propriedade; os preços, custos e conteúdo local são as estimativas predefinidas (execute os algoritmos com suas próprias tabelas para mudá-los).</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="142" />
            <source>Bus fleet from GTFS</source>
            <translation>Frota de ônibus a partir do GTFS</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="142" />
            <source>Fleet — city totals</source>
            <translation>Frota — totais da cidade</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="150" />
            <source>Fleet renewal to {} and local industry</source>
            <translation>Renovação da frota até {} e indústria local</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="150" />
            <source>Fleet — renewal per year</source>
            <translation>Frota — renovação por ano</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="158" />
            <source>Total cost of ownership by technology</source>
            <translation>Custo total de propriedade por tecnologia</translation>
        </message>
        <message>
            <location filename="../ui/fleet_page.py" line="158" />
            <source>Fleet — total cost of ownership</source>
            <translation>Frota — custo total de propriedade</translation>
        </message>
    </context>
    <context>
        <name>FleetText</name>
        <message>
            <location filename="../processing/report/fleet.py" line="149" />
            <source>Diesel</source>
            <translation>Diesel</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="149" />
            <source>Electric</source>
            <translation>Elétrico</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="174" />
            <source>Buses, trip chaining</source>
            <translation>Ônibus, encadeamento de viagens</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="175" />
            <source>Buses with spares</source>
            <translation>Ônibus com reserva</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="176" />
            <source>Buses, cycle time / headway</source>
            <translation>Ônibus, tempo de ciclo / intervalo</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="177" />
            <source>Buses, block_id of the feed</source>
            <translation>Ônibus, block_id do feed</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="178" />
            <source>Trips running at once (lower bound)</source>
            <translation>Viagens em curso ao mesmo tempo (limite inferior)</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="179" />
            <source>Vehicle-km in service</source>
            <translation>Veículos-km em serviço</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="180" />
            <source>Vehicle-hours in service</source>
            <translation>Veículos-hora em serviço</translation>
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
            <translation>Frota e indústria: os ônibus que o horário precisa hoje</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="289" />
            <source>Year</source>
            <translation>Ano</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="208" />
            <source>Bought: {}</source>
            <translation>Comprados: {}</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="208" />
            <source>Batteries (MWh)</source>
            <translation>Baterias (MWh)</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="208" />
            <source>Share electric of the fleet</source>
            <translation>Proporção elétrica da frota</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="213" />
            <source>Fleet and industry: buses bought to {} by technology</source>
            <translation>Frota e indústria: ônibus comprados até {} por tecnologia</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="232" />
            <source>Purchase value</source>
            <translation>Valor de compra</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="233" />
            <source>Producible in the region</source>
            <translation>Produzível na região</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="234" />
            <source>Imported</source>
            <translation>Importado</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="235" />
            <source>Local share</source>
            <translation>Proporção local</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="237" />
            <source>Fleet and industry: local value of the purchases</source>
            <translation>Frota e indústria: valor local das compras</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="259" />
            <source>Technology</source>
            <translation>Tecnologia</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="260" />
            <source>TCO per km</source>
            <translation>TCO por km</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="261" />
            <source>Present cost of a bus, {0}–{1}</source>
            <translation>Custo presente de um ônibus, {0}–{1}</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="263" />
            <source>Cost per km, {}</source>
            <translation>Custo por km, {}</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="264" />
            <source>Break-even year</source>
            <translation>Ano de equilíbrio</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="296" />
            <source>Fleet and industry: total cost of ownership by technology</source>
            <translation>Frota e indústria: custo total de propriedade por tecnologia</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="274" />
            <source>Buses bought per year by technology</source>
            <translation>Ônibus comprados por ano segundo a tecnologia</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="276" />
            <source>Buses bought</source>
            <translation>Ônibus comprados</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="277" />
            <source>Share electric of the fleet (%)</source>
            <translation>Proporção elétrica da frota (%)</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="281" />
            <source>Fleet and industry: purchases and the share electric</source>
            <translation>Frota e indústria: compras e proporção elétrica</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="287" />
            <source>Cumulative present cost of one bus</source>
            <translation>Custo presente acumulado de um ônibus</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="288" />
            <source>Cost per km of each year</source>
            <translation>Custo por km de cada ano</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="290" />
            <source>Present cost</source>
            <translation>Custo presente</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="291" />
            <source>Cost per km</source>
            <translation>Custo por km</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="292" />
            <source>break-even {}</source>
            <translation>equilíbrio {}</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="304" />
            <source>Fleet (table {}): buses the GTFS timetable needs, by trip chaining (each route's trips chained first in, first out at its terminals with the minimum layover), by cycle time / headway and by the feed's block_id; no estimate can be below the trips running at once. Spares are added to the chaining estimate. A feed of some routes or of part of the day gives the fleet of that service, not the operators' registered fleet.</source>
            <translation>Frota (tabela {}): ônibus de que o horário GTFS precisa, por encadeamento de viagens (as viagens de cada linha encadeadas por ordem de chegada em seus terminais com a espera mínima), por tempo de ciclo / intervalo e pelo block_id do feed; nenhuma estimativa pode ser menor que as viagens em curso ao mesmo tempo. A reserva é somada à estimativa por encadeamento. Um feed de algumas linhas ou de parte do dia dá a frota desse serviço, não a frota registrada dos operadores.</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="311" />
            <source>Renewal and local industry (table {}): buses retire at a legal maximum age or by Weibull survival and are replaced by the technologies of the purchase policy; the purchase value is split into body, chassis, drive train and battery by cost shares, each multiplied by the local-content share of that year (the Argentine rule: Quiroga Barrera Oro 2022). Counts are expected values; values are in the currency of the prices; shipped presets are estimates.</source>
            <translation>Renovação e indústria local (tabela {}): os ônibus são retirados a uma idade máxima legal ou por sobrevivência de Weibull e substituídos pelas tecnologias da política de compras; o valor de compra é repartido em carroceria, chassi, trem de força e bateria segundo proporções de custo, cada uma multiplicada pela proporção de conteúdo local daquele ano (a regra argentina: Quiroga Barrera Oro 2022). As quantidades são valores esperados; os valores estão na moeda dos preços; os valores predefinidos incluídos são estimativas.</translation>
        </message>
        <message>
            <location filename="../processing/report/fleet.py" line="318" />
            <source>Total cost of ownership (table {}): capital costs as annuities, energy and maintenance escalated each year and every cost discounted to the first year, with the formulas of eflips-tco (TU Berlin); the break-even year is the first in which a technology's cumulative present cost is at or below diesel's. The LAC defaults are estimates unless a source is given (e-bus price about twice a diesel bus's, IDB).</source>
            <translation>Custo total de propriedade (tabela {}): custos de capital como anuidades, energia e manutenção com aumento anual e cada custo descontado ao primeiro ano, com as fórmulas do eflips-tco (TU Berlim); o ano de equilíbrio é o primeiro em que o custo presente acumulado de uma tecnologia é menor ou igual ao do diesel. Os valores padrão para a ALC são estimativas salvo quando uma fonte é indicada (preço do ônibus elétrico cerca do dobro do de um ônibus diesel, BID).</translation>
        </message>
    </context>
    <context>
        <name>GtfsScenario</name>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="43" />
            <source>Public-transport scenario (GTFS)</source>
            <translation>Cenário de transporte público (GTFS)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="46" />
            <source>Writes a new GTFS zip from a feed, a table of edits and new routes drawn as lines, so a scenario — a new BRT corridor, a doubled frequency, a regularised informal service — can be analysed with conecta:transitmatrix like any feed. The source feed is never modified; files and columns the edits do not concern are kept as they are.

Edits table (a CSV file or a table layer), fields action, route_id, start_time, end_time, value; the band [start_time, end_time) is HH:MM (hours past 24 allowed), empty for the whole day. Actions: scale_headway (factor: 0.5 doubles the frequency), set_headway (minutes), remove_route, remove_trips (those departing in the band), scale_time (factor on running times, dwell kept) and set_speed (km/h along the shape).

New routes: a line layer with fields route_id, headway_min, speed_kmh (running speed; or trip_min, minutes for the whole line), start_time, end_time (service span, default 05:00–24:00) and mode (a GTFS route_type number, or bus, brt, tram, metro, rail, ferry, trolleybus, informal …); optional dwell_s and route_name. Several features with the same route_id are its time bands, each with its headway (the first one's line, speed and mode are used). Stops are spaced evenly along the line at about the stop spacing, or taken from a stop layer (field route_id). Trips run both ways, written as frequencies.txt (one template trip per direction) or expanded (one trip per departure), on a new calendar covering the feed's dates.

The new feed is validated with the checks and notice codes of MobilityData's gtfs-validator (the notices the edits introduced are warnings) and read back with Conecta's own GTFS reader.</source>
            <translation>Grava um novo zip GTFS a partir de um feed, uma tabela de alterações e rotas novas desenhadas como linhas, para que um cenário — um novo corredor BRT, uma frequência dobrada, um serviço informal regularizado — possa ser analisado com conecta:transitmatrix como qualquer feed. O feed de origem nunca é modificado; os arquivos e colunas que as alterações não tocam são mantidos como estão.

Tabela de alterações (um arquivo CSV ou uma camada de tabela), campos action, route_id, start_time, end_time, value; a faixa [start_time, end_time) é HH:MM (horas após as 24 são aceitas), vazia para o dia todo. Ações: scale_headway (fator: 0,5 dobra a frequência), set_headway (minutos), remove_route, remove_trips (as que partem na faixa), scale_time (fator sobre os tempos de percurso, as paradas são mantidas) e set_speed (km/h ao longo do traçado).

Rotas novas: uma camada de linhas com os campos route_id, headway_min, speed_kmh (velocidade de percurso; ou trip_min, minutos para toda a linha), start_time, end_time (horário de serviço, padrão 05:00–24:00) e mode (um número route_type do GTFS, ou bus, brt, tram, metro, rail, ferry, trolleybus, informal …); opcionais dwell_s e route_name. Várias feições com o mesmo route_id são suas faixas horárias, cada uma com seu intervalo (são usados a linha, a velocidade e o modo da primeira). As paradas são espaçadas uniformemente ao longo da linha a aproximadamente o espaçamento entre paradas, ou tomadas de uma camada de paradas (campo route_id). As viagens vão nos dois sentidos, gravadas como frequencies.txt (uma viagem modelo por sentido) ou expandidas (uma viagem por partida), em um calendário novo que cobre as datas do feed.

O novo feed é validado com as verificações e os códigos de aviso do gtfs-validator da MobilityData (os avisos introduzidos pelas alterações são advertências) e lido de volta com o próprio leitor GTFS do Conecta.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="69" />
            <source>GTFS feed (zip)</source>
            <translation>Feed GTFS (zip)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="70" />
            <source>Edits (action, route_id, start_time, end_time, value)</source>
            <translation>Alterações (action, route_id, start_time, end_time, value)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="70" />
            <source>A CSV file or table layer of edits, applied in order; save it to replay the scenario.</source>
            <translation>Um arquivo CSV ou uma camada de tabela de alterações, aplicadas em ordem; salve-o para repetir o cenário.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="78" />
            <source>New routes (lines)</source>
            <translation>Rotas novas (linhas)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="78" />
            <source>Fields route_id, headway_min, speed_kmh (or trip_min), start_time, end_time, mode; optional dwell_s, route_name.</source>
            <translation>Campos route_id, headway_min, speed_kmh (ou trip_min), start_time, end_time, mode; opcionais dwell_s, route_name.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="88" />
            <source>Stops of the new routes (points, field route_id)</source>
            <translation>Paradas das rotas novas (pontos, campo route_id)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="88" />
            <source>When given, a route's stops are these points moved onto its line (at most 500 m away).</source>
            <translation>Se indicadas, as paradas de uma rota são estes pontos levados para a sua linha (a no máximo 500 m).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="98" />
            <source>Stop spacing of the new routes (m)</source>
            <translation>Espaçamento entre paradas das rotas novas (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="98" />
            <source>Stops are spaced evenly along the line, as close to this distance as an even division allows.</source>
            <translation>As paradas são espaçadas uniformemente ao longo da linha, tão perto desta distância quanto uma divisão em partes iguais permite.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="107" />
            <source>Dwell time at each intermediate stop (s)</source>
            <translation>Tempo de parada em cada parada intermediária (s)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="107" />
            <source>Added to the running time at every stop but the ends: set 0 when speed_kmh is a commercial speed that already includes the stops. A dwell_s field overrides it per route.</source>
            <translation>É somado ao tempo de percurso em cada parada, exceto nas extremidades: indique 0 quando speed_kmh é uma velocidade comercial que já inclui as paradas. Um campo dwell_s o substitui por rota.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="117" />
            <source>New trips written as</source>
            <translation>Viagens novas gravadas como</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="117" />
            <source>frequencies.txt (one template trip per direction)</source>
            <translation>frequencies.txt (uma viagem modelo por sentido)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="117" />
            <source>expanded trips (one per departure)</source>
            <translation>viagens expandidas (uma por partida)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="126" />
            <source>New routes run both ways</source>
            <translation>As rotas novas vão nos dois sentidos</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="130" />
            <source>New GTFS feed</source>
            <translation>Novo feed GTFS</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="130" />
            <source>GTFS zip (*.zip)</source>
            <translation>Zip GTFS (*.zip)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="135" />
            <source>Rows with ERROR notices</source>
            <translation>Linhas com avisos ERROR</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="136" />
            <source>Rows with WARNING notices</source>
            <translation>Linhas com avisos WARNING</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="140" />
            <source>The mode of new route {route} must be a GTFS route_type number or a mode name (bus, brt, tram, metro, rail, ferry, trolleybus, informal …), not {value!r}.</source>
            <translation>O modo da nova rota {route} deve ser um número route_type do GTFS ou um nome de modo (bus, brt, tram, metro, rail, ferry, trolleybus, informal …), não {value!r}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="153" />
            <source>Give edits, new routes or both: without them the new feed would be a copy of the source.</source>
            <translation>Indique alterações, rotas novas ou ambas: sem elas o novo feed seria uma cópia do de origem.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsscenario.py" line="168" />
            <source>Editing {0}: {1} edits, {2} new routes.</source>
            <translation>Editando {0}: {1} alterações, {2} rotas novas.</translation>
        </message>
    </context>
    <context>
        <name>GtfsStops</name>
        <message>
            <location filename="../processing/algorithms/gtfsstops.py" line="68" />
            <source>GTFS stops and frequencies</source>
            <translation>Paradas e frequências GTFS</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsstops.py" line="89" />
            <source>Window start (HH:MM)</source>
            <translation>Início da janela (HH:MM)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsstops.py" line="90" />
            <source>Window end (HH:MM)</source>
            <translation>Fim da janela (HH:MM)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsstops.py" line="91" />
            <source>BRT routes (route ids or short names, comma-separated)</source>
            <translation>Linhas de BRT (identificadores ou nomes curtos, separados por vírgulas)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsstops.py" line="91" />
            <source>These routes get mode brt and the low capacity class, as the SDG metadata says.</source>
            <translation>Estas linhas recebem o modo brt e a classe de baixa capacidade, como dizem os metadados do ODS.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsstops.py" line="95" />
            <source>High-capacity modes (comma-separated)</source>
            <translation>Modos de alta capacidade (separados por vírgulas)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsstops.py" line="95" />
            <source>Modes of the high capacity class; every other public transport mode (bus, brt, tram, trolleybus, aerial_lift, funicular …) is low capacity.</source>
            <translation>Modos da classe de alta capacidade; todo outro modo de transporte público (bus, brt, tram, trolleybus, aerial_lift, funicular …) é de baixa capacidade.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsstops.py" line="103" />
            <source>Output CRS</source>
            <translation>SRC de saída</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsstops.py" line="107" />
            <source>GTFS stops</source>
            <translation>Paradas GTFS</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsstops.py" line="108" />
            <source>GTFS route shapes</source>
            <translation>Traçados das linhas GTFS</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsstops.py" line="124" />
            <source>No departure in the window {0}–{1} on {2}: the stops are written with 0 departures. Try another window or date.</source>
            <translation>Nenhuma partida na janela {0}–{1} em {2}: as paradas são gravadas com 0 partidas. Tente outra janela ou outra data.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsstops.py" line="147" />
            <source>{} stops are served by no route on that date.</source>
            <translation>{} paradas não são atendidas por nenhuma linha nessa data.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsstops.py" line="150" />
            <source>{0} stops written; {1} departures in the window; {2} high-capacity stops.</source>
            <translation>{0} paradas gravadas; {1} partidas na janela; {2} paradas de alta capacidade.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsstops.py" line="166" />
            <source>The feed has no shapes.txt: no route shapes are written.</source>
            <translation>O feed não tem shapes.txt: nenhum traçado de linha é gravado.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/gtfsstops.py" line="71" />
            <source>Reads a GTFS feed (zip file) offline and writes its stops as points with their mode, the modes of all routes serving them, their capacity class for SDG 11.2.1 (low: bus, tram, BRT; high: rail, metro, ferry), the departures in a time window of a service date, departures per hour, mean headway (window length / departures), wheelchair boarding and number of routes. Route shapes are written too when the feed has shapes.txt.

Feeds with frequencies.txt are expanded into concrete departures every headway; feeds with only calendar_dates.txt work. Broken rows are skipped and counted, naming the file and line. The default date is a representative weekday: the one with the most trips in the first full week (Monday to Sunday) of the feed's calendar, skipping holidays removed in calendar_dates.txt.

BRT routes cannot be told from buses in GTFS: list their route ids or short names to give them mode brt. A stop is high capacity when any high-capacity route serves it.

Method: UN-Habitat, SDG 11.2.1 metadata (2021): capacity classes and the frequency criterion (a stop is frequent with at least 3 departures per hour, a 20-minute headway).</source>
            <translation>Lê um feed GTFS (arquivo zip) sem conexão e grava suas paradas como pontos com seu modo, os modos de todas as linhas que as atendem, sua classe de capacidade para o ODS 11.2.1 (baixa: ônibus, bonde, BRT; alta: trem, metrô, barca), as partidas numa janela horária de uma data de serviço, partidas por hora, intervalo médio (duração da janela / partidas), acessibilidade para cadeira de rodas e número de linhas. Também grava os traçados das linhas quando o feed tem shapes.txt.

Feeds com frequencies.txt são expandidos em partidas concretas a cada intervalo; feeds só com calendar_dates.txt funcionam. Linhas com erro são ignoradas e contadas, indicando o arquivo e a linha. A data padrão é um dia útil representativo: o que tem mais viagens na primeira semana completa (de segunda a domingo) do calendário do feed, ignorando os feriados suprimidos em calendar_dates.txt.

No GTFS as linhas de BRT não se distinguem dos ônibus: informe seus identificadores ou nomes curtos para dar a elas o modo brt. Uma parada é de alta capacidade quando alguma linha de alta capacidade a atende.

Método: ONU-Habitat, metadados do ODS 11.2.1 (2021): classes de capacidade e critério de frequência (uma parada é frequente com pelo menos 3 partidas por hora, um intervalo de 20 minutos).</translation>
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
            <translation>Cada medida é ponderada pela população das zonas.</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="346" />
            <source>Population</source>
            <translation>População</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="185" />
            <source>Income (optional)</source>
            <translation>Renda (opcional)</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="188" />
            <source>Summary</source>
            <translation>Resumo</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="191" />
            <source>Mean (population-weighted)</source>
            <translation>Média (ponderada pela população)</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="191" />
            <source>Median (population-weighted)</source>
            <translation>Mediana (ponderada pela população)</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="191" />
            <source>Palma ratio</source>
            <translation>Razão de Palma</translation>
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
            <translation>Decis de renda</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="212" />
            <source>Lorenz</source>
            <translation>Lorenz</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="224" />
            <source>Pick a zone on the map</source>
            <translation>Escolher uma zona no mapa</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="230" />
            <source>Select a zone to compare it with the city.</source>
            <translation>Selecione uma zona para compará-la com a cidade.</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="233" />
            <source>Map classification</source>
            <translation>Classificação do mapa</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="236" />
            <source>Quantiles</source>
            <translation>Quantis</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="236" />
            <source>Natural breaks (Jenks)</source>
            <translation>Quebras naturais (Jenks)</translation>
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
            <translation>Classes</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="247" />
            <source>Colour ramp</source>
            <translation>Rampa de cores</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="248" />
            <source>Invert ramp</source>
            <translation>Inverter rampa</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="250" />
            <source>Apply to layer</source>
            <translation>Aplicar à camada</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="322" />
            <source>The Palma ratio needs an income field.</source>
            <translation>A razão de Palma precisa de um campo de renda.</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="329" />
            <source>{0} zones, {1} inhabitants.</source>
            <translation>{0} zonas, {1} habitantes.</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="331" />
            <source>{} zones; no population field: every zone weighs the same.</source>
            <translation>{} zonas; sem campo de população: todas as zonas têm o mesmo peso.</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="359" />
            <source>Income decile (1 = poorest)</source>
            <translation>Decil de renda (1 = mais pobre)</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="360" />
            <source>Mean of {}</source>
            <translation>Média de {}</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="364" />
            <source>Choose an income field</source>
            <translation>Escolha um campo de renda</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="375" />
            <source>Cumulative share of the population</source>
            <translation>Proporção acumulada da população</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="376" />
            <source>Cumulative share of {}</source>
            <translation>Proporção acumulada de {}</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="377" />
            <source>Gini index {}</source>
            <translation>Índice de Gini {}</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="406" />
            <source>Zone {}: no value.</source>
            <translation>Zona {}: sem valor.</translation>
        </message>
        <message>
            <location filename="../ui/indicators_dock.py" line="409" />
            <source>Zone {0}: {1} = {2}. {3} % of the population lives in zones with this value or less.</source>
            <translation>Zona {0}: {1} = {2}. {3} % da população vive em zonas com este valor ou menos.</translation>
        </message>
    </context>
    <context>
        <name>Isochrones</name>
        <message>
            <location filename="../processing/algorithms/isochrones.py" line="31" />
            <source>Isochrones (street network)</source>
            <translation>Isócronas (malha viária)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/isochrones.py" line="48" />
            <source>One isochrone per point (else dissolved)</source>
            <translation>Uma isócrona por ponto (senão, dissolvidas)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/isochrones.py" line="55" />
            <source>Isochrones</source>
            <translation>Isócronas</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/isochrones.py" line="97" />
            <source>{0} points are nearest to a small part of the network cut off from the rest (an island or a one-way dead end): their isochrones start from the nearest street of the main network, as in the travel-time matrix and in r5r: {1}</source>
            <translation>{0} pontos estão mais perto de uma parte pequena da malha isolada do resto (uma ilha ou um beco de sentido único): suas isócronas partem da rua mais próxima da malha principal, como na matriz de tempos de viagem e no r5r: {1}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/isochrones.py" line="34" />
            <source>Areas reachable on foot, by bicycle or by car from points within given minutes (for example 10, 20, 30), one area per point or dissolved for all points. Each area is built from the parts of the street network actually reached — streets partly reached are cut at the exact point — buffered by a small distance. The time budget is reduced by the time it takes to walk the buffer distance, so an isochrone never extends beyond the time limit (unlike triangulated isochrones, which interpolate across blocks, rivers and highways).

Speeds, one-way streets, snapping and street scenarios (congestion, closed and new links, slopes) follow 'Travel-time matrix (street network)'.</source>
            <translation>Áreas alcançáveis a pé, de bicicleta ou de carro a partir de pontos nos minutos indicados (por exemplo 10, 20, 30), uma área por ponto ou dissolvidas para todos os pontos. Cada área é construída com as partes da malha viária realmente alcançadas — ruas alcançadas em parte são cortadas no ponto exato — com um pequeno buffer. O tempo disponível é reduzido pelo tempo de caminhar a distância do buffer, de modo que uma isócrona nunca ultrapassa o limite de tempo (ao contrário das isócronas trianguladas, que interpolam através de quadras, rios e rodovias).

As velocidades, os sentidos únicos, o ajuste à malha e os cenários viários (congestionamento, trechos fechados e novos, declividades) seguem 'Matriz de tempos de viagem (malha viária)'.</translation>
        </message>
    </context>
    <context>
        <name>LoadSampleCity</name>
        <message>
            <location filename="../processing/algorithms/loadsamplecity.py" line="44" />
            <source>Load sample city (Porto Alegre)</source>
            <translation>Carregar cidade de exemplo (Porto Alegre)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/loadsamplecity.py" line="47" />
            <source>Loads Conecta's sample city, Porto Alegre (Brazil), for training sessions and to try every algorithm: the OpenStreetMap street network with highway class, one-way and speed limit; 1,227 H3 hexagon zones with population, jobs, schools and health care; and the stops of the bus (EPTC) and urban rail (Trensurb) GTFS feeds with their mode. All layers are in SIRGAS 2000 / UTM zone 22S (EPSG:31982).

Contains OpenStreetMap data © OpenStreetMap contributors (ODbL). Grid, population and opportunity data from the r5r package (IPEA, MIT licence). GTFS by EPTC and Trensurb.</source>
            <translation>Carrega a cidade de exemplo do Conecta, Porto Alegre (Brasil), para capacitações e para experimentar cada algoritmo: a malha viária do OpenStreetMap com classe de via, sentido único e limite de velocidade; 1.227 zonas hexagonais H3 com população, empregos, escolas e saúde; e as paradas dos feeds GTFS de ônibus (EPTC) e trem urbano (Trensurb) com seu modo. Todas as camadas estão em SIRGAS 2000 / UTM zona 22S (EPSG:31982).

Contém dados do OpenStreetMap © colaboradores do OpenStreetMap (ODbL). Dados de grade, população e oportunidades do pacote r5r (IPEA, licença MIT). GTFS da EPTC e da Trensurb.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/loadsamplecity.py" line="67" />
            <source>Street network</source>
            <translation>Malha viária</translation>
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
            <translation>A cidade de exemplo não está na pasta do complemento: {}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/loadsamplecity.py" line="67" />
            <source>Zones</source>
            <translation>Zonas</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/loadsamplecity.py" line="77" />
            <source>Cannot read layer {} of the sample city.</source>
            <translation>Não é possível ler a camada {} da cidade de exemplo.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/loadsamplecity.py" line="95" />
            <source>{}: {} features</source>
            <translation>{}: {} feições</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/loadsamplecity.py" line="102" />
            <source>Bus</source>
            <translation>Ônibus</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/loadsamplecity.py" line="103" />
            <source>BRT</source>
            <translation>BRT</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/loadsamplecity.py" line="104" />
            <source>Rail</source>
            <translation>Trem</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/loadsamplecity.py" line="105" />
            <source>Metro</source>
            <translation>Metrô</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/loadsamplecity.py" line="106" />
            <source>Tram</source>
            <translation>Bonde / VLT</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/loadsamplecity.py" line="107" />
            <source>Ferry</source>
            <translation>Barca</translation>
        </message>
    </context>
    <context>
        <name>ModeSplit</name>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="55" />
            <source>Mode split (multinomial logit)</source>
            <translation>Divisão modal (logit multinomial)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="77" />
            <source>Walking travel-time matrix</source>
            <translation>Matriz de tempos de viagem a pé</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="78" />
            <source>Bicycle travel-time matrix</source>
            <translation>Matriz de tempos de viagem de bicicleta</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="79" />
            <source>Car travel-time matrix</source>
            <translation>Matriz de tempos de viagem de carro</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="80" />
            <source>Public transport travel-time matrix</source>
            <translation>Matriz de tempos de viagem em transporte público</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="84" />
            <source>Origin id field of the matrices</source>
            <translation>Campo identificador de origem das matrizes</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="84" />
            <source>Destination id field of the matrices</source>
            <translation>Campo identificador de destino das matrizes</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="84" />
            <source>Travel time field of the matrices</source>
            <translation>Campo de tempo de viagem das matrizes</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="90" />
            <source>Monetary cost field of the matrices</source>
            <translation>Campo de custo monetário das matrizes</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="90" />
            <source>Optional: used with the cost coefficients, in matrices that have this field.</source>
            <translation>Opcional: usado com os coeficientes de custo, nas matrizes que têm este campo.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="100" />
            <source>Utility coefficients by mode</source>
            <translation>Coeficientes de utilidade por modo</translation>
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
            <translation>Coeficiente de tempo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="98" />
            <source>Cost coefficient</source>
            <translation>Coeficiente de custo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="107" />
            <source>Mode is one of walk, bicycle, car, transit. Time coefficients are per unit of the matrices' time (usually minutes) and negative; one constant is usually fixed at 0.</source>
            <translation>O modo é um de walk, bicycle, car, transit. Os coeficientes de tempo são por unidade do tempo das matrizes (normalmente minutos) e negativos; uma constante costuma ser fixada em 0.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="114" />
            <source>Trips by mode (OD table)</source>
            <translation>Viagens por modo (tabela OD)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="115" />
            <source>Mode shares by origin zone</source>
            <translation>Participação modal por zona de origem</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="116" />
            <source>Trips between pairs with no mode</source>
            <translation>Viagens entre pares sem nenhum modo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="139" />
            <source>Unknown mode '{0}' in the coefficients table: use {1}.</source>
            <translation>Modo desconhecido '{0}' na tabela de coeficientes: use {1}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="147" />
            <source>The coefficients of mode {} must be numbers.</source>
            <translation>Os coeficientes do modo {} devem ser números.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="152" />
            <source>The coefficients table has no row for {}, which has a matrix.</source>
            <translation>A tabela de coeficientes não tem linha para {}, que tem uma matriz.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="187" />
            <source>Give the travel-time matrix of at least one mode.</source>
            <translation>Informe a matriz de tempos de viagem de pelo menos um modo.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="247" />
            <source>Mode shares: {}.</source>
            <translation>Participação modal: {}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="58" />
            <source>Splits the trips of an OD table between modes with a multinomial logit model (Ortúzar &amp; Willumsen, Modelling Transport, 4th ed., 2011, ch. 7): P_m = exp(V_m) / Σ_k exp(V_k) with V_m = constant_m + time coefficient_m × time_m + cost coefficient_m × cost_m.

Give one travel-time matrix (long table, or CSV, CSV.gz or Parquet file: origin id, destination id, time, and optionally a monetary cost) for each mode to consider: walking, bicycle, car, public transport. A mode is not available for a pair missing from its matrix or without a time (NULL) in it: the trips of that pair go to the other modes. Pairs with no mode available keep their trips in the trips field but get none by mode and are left out of the mode shares (the log and the output TRIPS_WITHOUT_MODE count them). A pair that appears twice in the OD table or in a matrix is refused. The coefficients table has one row per mode; the defaults (no constants, −0.05 per minute) are placeholders: estimate the coefficients from the local OD survey.

Outputs: the OD table with the trips by mode, and a table of mode shares by origin zone.</source>
            <translation>Divide as viagens de uma tabela OD entre modos com um modelo logit multinomial (Ortúzar e Willumsen, Modelling Transport, 4.ª ed., 2011, cap. 7): P_m = exp(V_m) / Σ_k exp(V_k) com V_m = constante_m + coeficiente de tempo_m × tempo_m + coeficiente de custo_m × custo_m.

Informe uma matriz de tempos de viagem (tabela longa, ou arquivo CSV, CSV.gz ou Parquet: identificador de origem, de destino, tempo e opcionalmente um custo monetário) para cada modo a considerar: a pé, de bicicleta, de carro, transporte público. Um modo não está disponível para um par ausente de sua matriz ou sem tempo (NULL) nela: as viagens desse par vão para os outros modos. Os pares sem nenhum modo disponível mantêm suas viagens no campo de viagens, mas não recebem viagens por modo e ficam fora da participação modal (o registro e a saída TRIPS_WITHOUT_MODE os contam). Um par que aparece duas vezes na tabela OD ou em uma matriz é recusado. A tabela de coeficientes tem uma linha por modo; os valores padrão (sem constantes, −0,05 por minuto) são provisórios: estime os coeficientes com a pesquisa origem-destino local.

Saídas: a tabela OD com as viagens por modo e uma tabela de participação modal por zona de origem.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="122" />
            <source>{n} origin-destination pairs appear more than once in a travel-time matrix (e.g. {examples}): each pair must appear once. Remove or aggregate the repeated rows.</source>
            <translation>{n} pares origem-destino aparecem mais de uma vez em uma matriz de tempos de viagem (p. ex. {examples}): cada par deve aparecer uma única vez. Remova ou agregue as linhas repetidas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="126" />
            <source>The travel-time matrix given for {matrix} has no rows.</source>
            <translation>A matriz de tempos de viagem informada para {matrix} não tem linhas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="168" />
            <source>{0}: the matrix has no field {1}, so this mode has no cost.</source>
            <translation>{0}: a matriz não tem o campo {1}, portanto este modo não tem custo.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="217" />
            <source>{0}: {1} of {2} OD pairs are not in its matrix, so this mode is not available for them.</source>
            <translation>{0}: {1} de {2} pares OD não estão na sua matriz, portanto este modo não está disponível para eles.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="223" />
            <source>{0}: {1} OD pairs ({2:,.1f} trips) have no travel time (NULL) in its matrix: this mode is not available for them, and their trips go to the other modes.</source>
            <translation>{0}: {1} pares OD ({2:,.1f} viagens) não têm tempo de viagem (NULL) na sua matriz: este modo não está disponível para eles, e suas viagens vão para os outros modos.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="232" />
            <source>{0}: {1} OD pairs have no monetary cost (NULL) in its matrix: this mode is not available for them.</source>
            <translation>{0}: {1} pares OD não têm custo monetário (NULL) na sua matriz: este modo não está disponível para eles.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/modesplit.py" line="239" />
            <source>{0} OD pairs ({1:,.1f} trips) have no available mode: their trips stay in the trips field but get no trips by mode and are left out of the mode shares (output TRIPS_WITHOUT_MODE).</source>
            <translation>{0} pares OD ({1:,.1f} viagens) não têm nenhum modo disponível: suas viagens permanecem no campo de viagens, mas não recebem viagens por modo e ficam fora da participação modal (saída TRIPS_WITHOUT_MODE).</translation>
        </message>
    </context>
    <context>
        <name>PipelineRunner</name>
        <message>
            <location filename="../ui/pipeline.py" line="677" />
            <source>The algorithm {} is not available.</source>
            <translation>O algoritmo {} não está disponível.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="731" />
            <source>The algorithm {} failed.</source>
            <translation>O algoritmo {} falhou.</translation>
        </message>
    </context>
    <context>
        <name>Planner</name>
        <message>
            <location filename="../ui/pipeline.py" line="249" />
            <source>Walking</source>
            <translation>A pé</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="249" />
            <source>Cycling</source>
            <translation>De bicicleta</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="249" />
            <source>Car</source>
            <translation>De carro</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="256" />
            <source>The algorithm {} is not available: update Conecta.</source>
            <translation>O algoritmo {} não está disponível: atualize o Conecta.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="279" />
            <source>Choose the street network (a line layer).</source>
            <translation>Escolha a malha viária (uma camada de linhas).</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="281" />
            <source>The street network must be a line layer.</source>
            <translation>A malha viária deve ser uma camada de linhas.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="283" />
            <source>The street network layer {} has no features.</source>
            <translation>A camada de malha viária {} não tem feições.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="263" />
            <source>Choose the zone layer (polygons or points).</source>
            <translation>Escolha a camada de zonas (polígonos ou pontos).</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="290" />
            <source>The zone layer {} has no features.</source>
            <translation>A camada de zonas {} não tem feições.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="292" />
            <source>No zone is selected: select zones on the map or untick 'Selected zones only'.</source>
            <translation>Nenhuma zona selecionada: selecione zonas no mapa ou desmarque 'Somente zonas selecionadas'.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="302" />
            <source>Choose the zone id field.</source>
            <translation>Escolha o campo identificador da zona.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="310" />
            <source>Field {} does not exist in the zone layer.</source>
            <translation>O campo {} não existe na camada de zonas.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="306" />
            <source>Choose the population field: inequality and SDG 11.2.1 are weighted by it.</source>
            <translation>Escolha o campo de população: a desigualdade e o ODS 11.2.1 são ponderados por ele.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="312" />
            <source>Field {} is not numeric: choose a field with numbers.</source>
            <translation>O campo {} não é numérico: escolha um campo com números.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="314" />
            <source>Choose at least one opportunity field (jobs, schools, health care…).</source>
            <translation>Escolha pelo menos um campo de oportunidades (empregos, escolas, saúde…).</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="267" />
            <source>Choose at least one mode.</source>
            <translation>Escolha pelo menos um modo.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="321" />
            <source>Give at least one cutoff in minutes, e.g. 30, 60.</source>
            <translation>Informe pelo menos um limite em minutos, p. ex. 30, 60.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="323" />
            <source>Cutoffs must be positive numbers of minutes separated by commas, e.g. 30, 60.</source>
            <translation>Os limites devem ser números positivos de minutos separados por vírgulas, p. ex. 30, 60.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="271" />
            <source>The stops layer must be a point layer.</source>
            <translation>A camada de paradas deve ser uma camada de pontos.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="375" />
            <source>The layers are in different or geographic coordinate reference systems (CRS): the algorithms reproject them to a projected CRS for the analysis.</source>
            <translation>As camadas estão em sistemas de referência de coordenadas (SRC) diferentes ou geográficos: os algoritmos as reprojetam para um SRC projetado para a análise.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="382" />
            <source>No stops layer: SDG 11.2.1 is skipped.</source>
            <translation>Sem camada de paradas: o ODS 11.2.1 é omitido.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="404" />
            <source>SDG 11.2.1 is skipped: its algorithm is not available.</source>
            <translation>O ODS 11.2.1 é omitido: seu algoritmo não está disponível.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="406" />
            <source>The city report is skipped: its algorithm is not available.</source>
            <translation>O relatório da cidade é omitido: seu algoritmo não está disponível.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="408" />
            <source>The zone layer is a temporary layer: save it to repeat the commands headless.</source>
            <translation>A camada de zonas é uma camada temporária: salve-a para repetir os comandos sem interface.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="428" />
            <source>Travel times ({})</source>
            <translation>Tempos de viagem ({})</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="457" />
            <source>Accessibility ({})</source>
            <translation>Acessibilidade ({})</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="457" />
            <source>Accessibility — {}</source>
            <translation>Acessibilidade — {}</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="470" />
            <source>Inequality of {0} ({1})</source>
            <translation>Desigualdade de {0} ({1})</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="470" />
            <source>Inequality — {0} ({1})</source>
            <translation>Desigualdade — {0} ({1})</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="492" />
            <source>SDG 11.2.1: convenient access to public transport</source>
            <translation>ODS 11.2.1: acesso conveniente ao transporte público</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="492" />
            <source>SDG 11.2.1 — served area</source>
            <translation>ODS 11.2.1 — área atendida</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="492" />
            <source>SDG 11.2.1 — indicator</source>
            <translation>ODS 11.2.1 — indicador</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="526" />
            <source>City report (HTML and PDF)</source>
            <translation>Relatório da cidade (HTML e PDF)</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="342" />
            <source>Temporary layers ({}) exist only in this QGIS session: save them to files (Export → Save Features As…) before running these commands.</source>
            <translation>As camadas temporárias ({}) só existem nesta sessão do QGIS: salve-as em arquivos (Exportar → Salvar feições como…) antes de executar estes comandos.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="362" />
            <source>The output folder {} is a temporary folder: its files are deleted when QGIS closes. Choose a folder of your own to keep them.</source>
            <translation>A pasta de saída {} é uma pasta temporária: seus arquivos são apagados quando o QGIS fecha. Escolha uma pasta sua para mantê-los.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="369" />
            <source>No city name given: the report is titled '{}'.</source>
            <translation>Nenhum nome de cidade informado: o relatório se intitula '{}'.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="384" />
            <source>No stop mode field: SDG 11.2.1 counts every stop as a bus stop (500 m), rail and metro included.</source>
            <translation>Sem campo do modo das paradas: o ODS 11.2.1 conta todas as paradas como paradas de ônibus (500 m), inclusive as de trem e metrô.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="391" />
            <source>SDG 11.2.1 reads each stop's capacity from the field {}: 1,000 m around rail, metro and BRT, 500 m around the others.</source>
            <translation>O ODS 11.2.1 lê a capacidade de cada parada do campo {}: 1.000 m ao redor do trem, do metrô e do BRT, 500 m ao redor das demais.</translation>
        </message>
        <message>
            <location filename="../ui/pipeline.py" line="398" />
            <source>The city report covers the first mode chosen ({}); every mode gets its layers.</source>
            <translation>O relatório da cidade cobre o primeiro modo escolhido ({}); cada modo tem suas camadas.</translation>
        </message>
    </context>
    <context>
        <name>ReportLabels</name>
        <message>
            <location filename="../processing/report/labels.py" line="146" />
            <source>on foot</source>
            <translation>a pé</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="147" />
            <source>by bicycle</source>
            <translation>de bicicleta</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="148" />
            <source>by car</source>
            <translation>de carro</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="149" />
            <source>by public transport</source>
            <translation>de transporte público</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="156" />
            <source>jobs</source>
            <translation>empregos</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="157" />
            <source>schools</source>
            <translation>escolas</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="158" />
            <source>health facilities</source>
            <translation>estabelecimentos de saúde</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="159" />
            <source>people</source>
            <translation>pessoas</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="166" />
            <source>the nearest job</source>
            <translation>o emprego mais próximo</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="167" />
            <source>the nearest school</source>
            <translation>a escola mais próxima</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="168" />
            <source>the nearest health facility</source>
            <translation>o estabelecimento de saúde mais próximo</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="171" />
            <source>the nearest opportunity ({})</source>
            <translation>a oportunidade mais próxima ({})</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="178" />
            <source>within {} min</source>
            <translation>em até {} min</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="180" />
            <source>linear decay to zero at {} min</source>
            <translation>decaimento linear até zero em {} min</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="182" />
            <source>stepped decay at {} min</source>
            <translation>decaimento em degraus em {} min</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="184" />
            <source>logistic decay, median {0} min, standard deviation {1} min</source>
            <translation>decaimento logístico, mediana {0} min, desvio padrão {1} min</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="186" />
            <source>logistic decay, median {} min</source>
            <translation>decaimento logístico, mediana {} min</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="188" />
            <source>negative exponential decay</source>
            <translation>decaimento exponencial negativo</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="189" />
            <source>inverse power decay</source>
            <translation>decaimento de potência inversa</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="193" />
            <source>{0}, parameter {1}</source>
            <translation>{0}, parâmetro {1}</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="211" />
            <source>{0} reachable within {1} min {2}</source>
            <translation>{0} acessíveis em até {1} min {2}</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="213" />
            <source>{0} reachable within {1} to {2} min {3} (median over the cutoffs)</source>
            <translation>{0} acessíveis em {1} a {2} min {3} (mediana dos tempos de corte)</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="218" />
            <source>Minutes to {0} {1}</source>
            <translation>Minutos até {0} {1}</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="219" />
            <source>Minutes to reach {0} {1} {2}</source>
            <translation>Minutos para alcançar {0} {1} {2}</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="224" />
            <source>{0} who can reach the zone within {1} min {2}</source>
            <translation>{0} que podem chegar à zona em até {1} min {2}</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="226" />
            <source>{0} who can reach the zone, gravity-weighted by travel time {1} ({2})</source>
            <translation>{0} que podem chegar à zona, com ponderação gravitacional pelo tempo de viagem {1} ({2})</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="230" />
            <source>{0}, gravity-weighted by travel time {1} ({2})</source>
            <translation>{0}, com ponderação gravitacional pelo tempo de viagem {1} ({2})</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="233" />
            <source>{0} per person within {1} min {2} ({3})</source>
            <translation>{0} por pessoa em até {1} min {2} ({3})</translation>
        </message>
        <message>
            <location filename="../processing/report/labels.py" line="234" />
            <source>{0} per person, gravity-weighted by travel time {1} ({2}, {3})</source>
            <translation>{0} por pessoa, com ponderação gravitacional pelo tempo de viagem {1} ({2}, {3})</translation>
        </message>
    </context>
    <context>
        <name>ReportMessages</name>
        <message>
            <location filename="../processing/report/document.py" line="225" />
            <source>The map of {} could not be drawn.</source>
            <translation>Não foi possível desenhar o mapa de {}.</translation>
        </message>
        <message>
            <location filename="../processing/report/document.py" line="231" />
            <source>The PDF could not be written to {}.</source>
            <translation>Não foi possível gravar o PDF em {}.</translation>
        </message>
        <message>
            <location filename="../processing/report/document.py" line="285" />
            <source>The city sheet could not be written to {}.</source>
            <translation>Não foi possível gravar a ficha de cidades em {}.</translation>
        </message>
    </context>
    <context>
        <name>ReportText</name>
        <message>
            <location filename="../processing/report/content.py" line="209" />
            <source>Mean accessibility (population-weighted)</source>
            <translation>Acessibilidade média (ponderada pela população)</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="94" />
            <source>Median accessibility (population-weighted)</source>
            <translation>Acessibilidade mediana (ponderada pela população)</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="95" />
            <source>Palma ratio (wealthiest 10 % / poorest 40 %)</source>
            <translation>Razão de Palma (10 % mais ricos / 40 % mais pobres)</translation>
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
            <translation>Índice de concentração (ordenado pela renda)</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="99" />
            <source>Concentration index, Erreygers-corrected</source>
            <translation>Índice de concentração, corrigido por Erreygers</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="100" />
            <source>FGT0: share of the population below the poverty line</source>
            <translation>FGT0: proporção da população abaixo da linha de pobreza</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="101" />
            <source>FGT1: poverty gap</source>
            <translation>FGT1: hiato de pobreza</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="102" />
            <source>FGT2: poverty severity</source>
            <translation>FGT2: severidade da pobreza</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="278" />
            <source>Population</source>
            <translation>População</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="104" />
            <source>Zones</source>
            <translation>Zonas</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="105" />
            <source>Richest / poorest quintile (Q5 / Q1)</source>
            <translation>Quintil mais rico / mais pobre (Q5 / Q1)</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="111" />
            <source>All stops (500 m low capacity, 1,000 m high capacity)</source>
            <translation>Todas as paradas (500 m baixa capacidade, 1.000 m alta capacidade)</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="112" />
            <source>Low-capacity stops (500 m)</source>
            <translation>Paradas de baixa capacidade (500 m)</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="113" />
            <source>High-capacity stops (1,000 m)</source>
            <translation>Paradas de alta capacidade (1.000 m)</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="114" />
            <source>Stops with frequent service (20 min or less between departures)</source>
            <translation>Paradas com serviço frequente (20 min ou menos entre partidas)</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="115" />
            <source>Low-capacity stops with frequent service</source>
            <translation>Paradas de baixa capacidade com serviço frequente</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="116" />
            <source>High-capacity stops with frequent service</source>
            <translation>Paradas de alta capacidade com serviço frequente</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="123" />
            <source>Key figures</source>
            <translation>Números-chave</translation>
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
            <translation>Fontes de dados e métodos</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="128" />
            <source>References</source>
            <translation>Referências</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="133" />
            <source>Map: {}</source>
            <translation>Mapa: {}</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="139" />
            <source>Conecta for QGIS {0} · methods of ECLAC's Big Push for Sustainability · {1}</source>
            <translation>Conecta para QGIS {0} · métodos do Grande Impulso para a Sustentabilidade da CEPAL · {1}</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="145" />
            <source>d MMMM yyyy</source>
            <translation>d 'de' MMMM 'de' yyyy</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="166" />
            <source>Accessibility report: {}</source>
            <translation>Relatório de acessibilidade: {}</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="166" />
            <source>Accessibility report</source>
            <translation>Relatório de acessibilidade</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="170" />
            <source>{0} · zones: {1} · population: {2}</source>
            <translation>{0} · zonas: {1} · população: {2}</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="366" />
            <source>SDG 11.2.1: convenient access to public transport</source>
            <translation>ODS 11.2.1: acesso conveniente ao transporte público</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="198" />
            <source>Population by accessibility</source>
            <translation>População por acessibilidade</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="201" />
            <source>Mean</source>
            <translation>Média</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="207" />
            <source>Mean accessibility by income decile</source>
            <translation>Acessibilidade média por decil de renda</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="208" />
            <source>Income decile (1 = poorest)</source>
            <translation>Decil de renda (1 = mais pobre)</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="210" />
            <source>Lorenz curve of accessibility</source>
            <translation>Curva de Lorenz da acessibilidade</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="211" />
            <source>Cumulative share of the population</source>
            <translation>Proporção acumulada da população</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="212" />
            <source>Cumulative share of accessibility</source>
            <translation>Proporção acumulada da acessibilidade</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="213" />
            <source>Lorenz curve (Gini index {})</source>
            <translation>Curva de Lorenz (índice de Gini {})</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="214" />
            <source>Line of equality</source>
            <translation>Linha de igualdade</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="226" />
            <source>Measure</source>
            <translation>Medida</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="228" />
            <source>Accessibility and its inequality</source>
            <translation>Acessibilidade e sua desigualdade</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="238" />
            <source>Q1 (poorest 20 %)</source>
            <translation>Q1 (20 % mais pobres)</translation>
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
            <translation>Q5 (20 % mais ricos)</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="256" />
            <source>Mean accessibility by income quintile (population-weighted)</source>
            <translation>Acessibilidade média por quintil de renda (ponderada pela população)</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="256" />
            <source>Income quintile</source>
            <translation>Quintil de renda</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="275" />
            <source>Stops and service area</source>
            <translation>Paradas e área de serviço</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="276" />
            <source>Population group (field)</source>
            <translation>Grupo populacional (campo)</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="277" />
            <source>Population served</source>
            <translation>População atendida</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="279" />
            <source>Share</source>
            <translation>Proporção</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="281" />
            <source>SDG 11.2.1: share of the population with convenient access to public transport</source>
            <translation>ODS 11.2.1: proporção da população com acesso conveniente ao transporte público</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="288" />
            <source>Data: zones of layer {0} ({1} zones); accessibility fields {2}; population field {3}.</source>
            <translation>Dados: zonas da camada {0} ({1} zonas); campos de acessibilidade {2}; campo de população {3}.</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="296" />
            <source>Accessibility: Conecta computes it with the measures of IPEA's accessibility package (Pereira &amp; Herszenhut 2023): cumulative opportunities within a travel time, gravity with a decay function, travel time to the closest opportunity, floating catchment areas (2SFCA, Luo &amp; Wang 2003; BFCA, Paez et al. 2019) and passive accessibility.</source>
            <translation>Acessibilidade: o Conecta a calcula com as medidas do pacote accessibility do IPEA (Pereira &amp; Herszenhut 2023): oportunidades cumulativas dentro de um tempo de viagem, gravitacional com uma função de decaimento, tempo até a oportunidade mais próxima, áreas de captação flutuante (2SFCA, Luo &amp; Wang 2003; BFCA, Paez et al. 2019) e acessibilidade passiva.</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="302" />
            <source>Every mean, median, share and inequality measure is weighted by the population of the zones; zones with no value or no population are left out of the figures of that field.</source>
            <translation>Toda média, mediana, proporção e medida de desigualdade é ponderada pela população das zonas; zonas sem valor ou sem população são excluídas dos números desse campo.</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="306" />
            <source>Gini index: twice the area between the Lorenz curve of accessibility and the line of equality (0: everyone has the same accessibility; 1: one zone has it all). Theil T index (Theil 1967): 0 for equality, higher for more inequality.</source>
            <translation>Índice de Gini: o dobro da área entre a curva de Lorenz da acessibilidade e a linha de igualdade (0: todos têm a mesma acessibilidade; 1: uma zona tem toda). Índice T de Theil (Theil 1967): 0 com igualdade, maior quanto mais desigualdade.</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="313" />
            <source>Income: field {}. Palma ratio (Palma 2011; Cobham &amp; Sumner 2013): mean accessibility of the wealthiest 10 % of the population divided by that of the poorest 40 %, the groups being population-weighted quantiles of income per capita; above 1 the wealthy have more access. Income quintiles are built the same way (Q1: the poorest 20 %). The concentration index (Wagstaff, Paci &amp; van Doorslaer 1991; Erreygers 2009) ranks the population by income: positive when accessibility is concentrated among the wealthier.</source>
            <translation>Renda: campo {}. Razão de Palma (Palma 2011; Cobham &amp; Sumner 2013): acessibilidade média dos 10 % mais ricos da população dividida pela dos 40 % mais pobres, sendo os grupos quantis da renda per capita ponderados pela população; acima de 1 os mais ricos têm mais acesso. Os quintis de renda são construídos da mesma forma (Q1: os 20 % mais pobres). O índice de concentração (Wagstaff, Paci &amp; van Doorslaer 1991; Erreygers 2009) ordena a população pela renda: é positivo quando a acessibilidade se concentra entre os mais ricos.</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="324" />
            <source>The inequality measures of {0} come from the table {1} of the algorithm 'Accessibility inequality and poverty' (FGT poverty measures: Foster, Greer &amp; Thorbecke 1984).</source>
            <translation>As medidas de desigualdade de {0} vêm da tabela {1} do algoritmo 'Desigualdade e pobreza de acessibilidade' (medidas de pobreza FGT: Foster, Greer &amp; Thorbecke 1984).</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="331" />
            <source>SDG 11.2.1 (table {}): proportion of the population with convenient access to public transport, that is living within 500 m walking of a low-capacity stop (bus, BRT, tram) or 1,000 m of a high-capacity one (rail, metro, ferry), following the UN SDG indicator metadata (2021); disaggregated by the population groups of the table.</source>
            <translation>ODS 11.2.1 (tabela {}): proporção da população com acesso conveniente ao transporte público, isto é, que vive a até 500 m a pé de uma parada de baixa capacidade (ônibus, BRT, bonde) ou a 1.000 m de uma de alta capacidade (trem, metrô, balsa), segundo os metadados do indicador ODS da ONU (2021); desagregada pelos grupos populacionais da tabela.</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="354" />
            <source>Date</source>
            <translation>Data</translation>
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
            <translation>Cidades lado a lado</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="373" />
            <source>City sheet: accessibility compared</source>
            <translation>Ficha de cidades: acessibilidade comparada</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="374" />
            <source>{0} reports collected in {1} · {2}</source>
            <translation>{0} relatórios reunidos em {1} · {2}</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="377" />
            <source>City sheet</source>
            <translation>Ficha de cidades</translation>
        </message>
        <message>
            <location filename="../processing/report/content.py" line="382" />
            <source>Mean accessibility: {}</source>
            <translation>Acessibilidade média: {}</translation>
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
            <translation>Cenários de CO2 até 2030 (ASIF)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="54" />
            <source>Passenger-km, vehicle-km, energy and CO2 of a city's passenger transport by mode, for a base year and target years, and their change against business as usual (ASIF: Activity × Structure × Intensity × Fuel; Schipper, Marie-Lilliu &amp; Gorham 2000).

Base-year activity, in this order of priority: the OD table of 'Mode split' (trips_walk, trips_bicycle, trips_car, trips_transit) × a distance table (from_id, to_id, distance in km) gives the trips and passenger-km by mode; or a modes table (mode, share, trip_km; other columns optional: occupancy, fuel, mj_per_km, kwh_per_km, ev_share) × the trips per day; or a city preset (São Paulo OD 2017, Bogotá 2019, Mexico City EOD 2017, Buenos Aires estimates), each value with its source in resources/presets. Values given replace the preset's.

Levers (a table: year, lever, mode, value; a value holds until another year changes it): Avoid — population, trips_per_person, trip_length_factor; Shift — share of every mode in that year, trip_km; Improve — occupancy, mj_per_km, kwh_per_km, ev_share (or a fleet-renewal table: mode, year, renewal_rate, new_ev_share); Fuel — grid_factor, bio_diesel, bio_gasoline. Business as usual keeps the base year's values except population.

Per mode and year: pkm; vkm = pkm / occupancy; energy MJ (fuel) and kWh (electricity); CO2 tank-to-wheel (fossil; biogenic apart) and well-to-wheel (with the fuels' well-to-tank emissions and the grid's CO2); BAU and the change vs BAU. Figures per day × days per year.</source>
            <translation>Passageiros-km, veículos-km, energia e CO2 do transporte de passageiros de uma cidade por modo, para um ano-base e anos-meta, e sua variação frente ao cenário tendencial (ASIF: Atividade × Estrutura × Intensidade × Combustível; Schipper, Marie-Lilliu e Gorham 2000).

Atividade do ano-base, nesta ordem de prioridade: a tabela OD de 'Divisão modal' (trips_walk, trips_bicycle, trips_car, trips_transit) × uma tabela de distâncias (from_id, to_id, distância em km) dá as viagens e os passageiros-km por modo; ou uma tabela de modos (mode, share, trip_km; outras colunas opcionais: occupancy, fuel, mj_per_km, kwh_per_km, ev_share) × as viagens por dia; ou uma cidade predefinida (São Paulo OD 2017, Bogotá 2019, Cidade do México EOD 2017, estimativas de Buenos Aires), cada valor com sua fonte em resources/presets. Os valores informados substituem os predefinidos.

Alavancas (uma tabela: year, lever, mode, value; um valor vale até que outro ano o mude): Evitar — population, trips_per_person, trip_length_factor; Mudar — share de todos os modos nesse ano, trip_km; Melhorar — occupancy, mj_per_km, kwh_per_km, ev_share (ou uma tabela de renovação de frota: mode, year, renewal_rate, new_ev_share); Combustível — grid_factor, bio_diesel, bio_gasoline. O cenário tendencial mantém os valores do ano-base exceto a população.

Por modo e ano: pkm; vkm = pkm / ocupação; energia em MJ (combustível) e kWh (eletricidade); CO2 do tanque à roda (fóssil; o biogênico à parte) e do poço à roda (com as emissões do poço ao tanque dos combustíveis e o CO2 da rede elétrica); tendencial e variação frente ao tendencial. Números por dia × dias por ano.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="76" />
            <source>None (give the values)</source>
            <translation>Nenhuma (informe os valores)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="77" />
            <source>São Paulo (Metrô-SP OD survey 2017)</source>
            <translation>São Paulo (Pesquisa OD 2017 do Metrô-SP)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="78" />
            <source>Bogotá (Encuesta de Movilidad 2019)</source>
            <translation>Bogotá (Encuesta de Movilidad 2019)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="79" />
            <source>Mexico City (INEGI EOD 2017)</source>
            <translation>Cidade do México (EOD 2017 do INEGI)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="80" />
            <source>Buenos Aires (estimates to replace)</source>
            <translation>Buenos Aires (estimativas a substituir)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="82" />
            <source>City preset</source>
            <translation>Cidade predefinida</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="83" />
            <source>OD table with trips by mode (output of 'Mode split')</source>
            <translation>Tabela OD com viagens por modo (saída de 'Divisão modal')</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="86" />
            <source>Distances between zones (from_id, to_id, km)</source>
            <translation>Distâncias entre zonas (from_id, to_id, km)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="87" />
            <source>Distance field (km)</source>
            <translation>Campo de distância (km)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="89" />
            <source>Public transport trips of the OD table run by</source>
            <translation>As viagens de transporte público da tabela OD são feitas de</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="90" />
            <source>Modes table (mode, share, trip_km …)</source>
            <translation>Tabela de modos (mode, share, trip_km …)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="91" />
            <source>Levers (year, lever, mode, value)</source>
            <translation>Alavancas (year, lever, mode, value)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="92" />
            <source>Fleet renewal (mode, year, renewal_rate, new_ev_share)</source>
            <translation>Renovação de frota (mode, year, renewal_rate, new_ev_share)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="96" />
            <source>Base year (0 = the preset's)</source>
            <translation>Ano-base (0 = o predefinido)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="97" />
            <source>Population (0 = the preset's)</source>
            <translation>População (0 = a predefinida)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="98" />
            <source>Trips per day (0 = from the OD table or the preset)</source>
            <translation>Viagens por dia (0 = da tabela OD ou as predefinidas)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="101" />
            <source>Grid emission factor (country or kg CO2/kWh; empty = the preset's)</source>
            <translation>Fator de emissão da rede elétrica (país ou kg CO2/kWh; vazio = o predefinido)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="105" />
            <source>Days per year</source>
            <translation>Dias por ano</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="105" />
            <source>Survey figures are for a working day: 365 counts every day as one; about 300 counts weekends and holidays as lighter days. 1 gives figures per day.</source>
            <translation>Os números das pesquisas são de um dia útil: 365 conta cada dia como um deles; cerca de 300 contam os fins de semana e feriados como dias mais leves. 1 dá números por dia.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="112" />
            <source>Scenario by mode and year</source>
            <translation>Cenário por modo e ano</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="113" />
            <source>Scenario chart</source>
            <translation>Gráfico do cenário</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="113" />
            <source>PNG files (*.png)</source>
            <translation>Arquivos PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="118" />
            <source>Base-year CO2, well-to-wheel (t)</source>
            <translation>CO2 do ano-base, do poço à roda (t)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="119" />
            <source>Last target year's CO2, well-to-wheel (t)</source>
            <translation>CO2 do último ano-meta, do poço à roda (t)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="155" />
            <source>CO2 of passenger transport by mode (well-to-wheel)</source>
            <translation>CO2 do transporte de passageiros por modo (do poço à roda)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="156" />
            <source>t CO2 (well-to-wheel)</source>
            <translation>t CO2 (do poço à roda)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="157" />
            <source>Business as usual (total)</source>
            <translation>Tendencial (total)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="173" />
            <source>The OD table needs the distances between zones (from_id, to_id and a distance in km).</source>
            <translation>A tabela OD precisa das distâncias entre zonas (from_id, to_id e uma distância em km).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="185" />
            <source>The {0} table has no field {1}; its fields are: {2}.</source>
            <translation>A tabela {0} não tem o campo {1}; seus campos são: {2}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="194" />
            <source>{0} OD pairs ({1:,.1f} trips) have no distance (e.g. {2}): their trips count with the mean trip length of their mode.</source>
            <translation>{0} pares OD ({1:,.1f} viagens) não têm distância (p. ex. {2}): suas viagens contam com o comprimento médio de viagem de seu modo.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="221" />
            <source>Base year {0}: {1:,.0f} trips a day; passenger-km by mode: {2}.</source>
            <translation>Ano-base {0}: {1:,.0f} viagens por dia; passageiros-km por modo: {2}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/scenario2030.py" line="229" />
            <source>{0}: {1:,.1f} t CO2 well-to-wheel ({2:,.1f} t tank-to-wheel); business as usual {3:,.1f} t; change {4:+,.1f} t.</source>
            <translation>{0}: {1:,.1f} t CO2 do poço à roda ({2:,.1f} t do tanque à roda); tendencial {3:,.1f} t; variação {4:+,.1f} t.</translation>
        </message>
    </context>
    <context>
        <name>ScenarioPlanner</name>
        <message>
            <location filename="../ui/scenarios_page.py" line="153" />
            <source>Choose the baseline: a layer of accessibility per zone (a run's result).</source>
            <translation>Escolha a linha de base: uma camada de acessibilidade por zona (o resultado de uma execução).</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="157" />
            <source>Choose the baseline's zone id, accessibility, opportunity and population fields.</source>
            <translation>Escolha os campos de id de zona, acessibilidade, oportunidades e população da linha de base.</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="161" />
            <source>Choose the GTFS feed (zip) the new route is added to.</source>
            <translation>Escolha o feed GTFS (zip) ao qual a nova rota é adicionada.</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="163" />
            <source>Draw the new route, or choose a line layer holding it.</source>
            <translation>Desenhe a nova rota, ou escolha uma camada de linhas que a contenha.</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="165" />
            <source>Give the service date (a day of the feed's calendar).</source>
            <translation>Indique a data de serviço (um dia do calendário do feed).</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="174" />
            <source>New GTFS feed</source>
            <translation>Novo feed GTFS</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="177" />
            <source>Public-transport travel times with the new route</source>
            <translation>Tempos de viagem em transporte público com a nova rota</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="182" />
            <source>Accessibility with the new route</source>
            <translation>Acessibilidade com a nova rota</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="188" />
            <source>Who gains</source>
            <translation>Quem ganha</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="188" />
            <source>Who gains: change of {}</source>
            <translation>Quem ganha: mudança de {}</translation>
        </message>
    </context>
    <context>
        <name>ScenarioReportText</name>
        <message>
            <location filename="../processing/report/scenario.py" line="35" />
            <source>Scenario: who gains</source>
            <translation>Cenário: quem ganha</translation>
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
            <translation>Razão de Palma</translation>
        </message>
        <message>
            <location filename="../processing/report/scenario.py" line="48" />
            <source>Change by decile (population-weighted mean)</source>
            <translation>Mudança por decil (média ponderada pela população)</translation>
        </message>
        <message>
            <location filename="../processing/report/scenario.py" line="49" />
            <source>Decile (1 = lowest)</source>
            <translation>Decil (1 = o mais baixo)</translation>
        </message>
        <message>
            <location filename="../processing/report/scenario.py" line="50" />
            <source>Change (scenario − baseline)</source>
            <translation>Mudança (cenário − linha de base)</translation>
        </message>
        <message>
            <location filename="../processing/report/scenario.py" line="51" />
            <source>No change</source>
            <translation>Sem mudança</translation>
        </message>
        <message>
            <location filename="../processing/report/scenario.py" line="81" />
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <location filename="../processing/report/scenario.py" line="82" />
            <source>Population</source>
            <translation>População</translation>
        </message>
        <message>
            <location filename="../processing/report/scenario.py" line="83" />
            <source>Baseline</source>
            <translation>Linha de base</translation>
        </message>
        <message>
            <location filename="../processing/report/scenario.py" line="84" />
            <source>Scenario</source>
            <translation>Cenário</translation>
        </message>
        <message>
            <location filename="../processing/report/scenario.py" line="85" />
            <source>Change</source>
            <translation>Mudança</translation>
        </message>
        <message>
            <location filename="../processing/report/scenario.py" line="86" />
            <source>Gaining beyond the threshold</source>
            <translation>Ganham mais que o limiar</translation>
        </message>
        <message>
            <location filename="../processing/report/scenario.py" line="87" />
            <source>Losing beyond the threshold</source>
            <translation>Perdem mais que o limiar</translation>
        </message>
    </context>
    <context>
        <name>ScenariosPage</name>
        <message>
            <location filename="../ui/scenarios_page.py" line="229" />
            <source>What would a new route do for access to opportunities, and for whom? Pick the accessibility of a baseline run, draw the route on the map, set its headway and speed, and run.</source>
            <translation>O que uma nova rota faria pelo acesso às oportunidades, e para quem? Escolha a acessibilidade de uma execução de linha de base, desenhe a rota no mapa, indique seu intervalo e sua velocidade, e execute.</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="242" />
            <source>Baseline</source>
            <translation>Linha de base</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="244" />
            <source>Accessibility per zone from a baseline run (public transport).</source>
            <translation>Acessibilidade por zona de uma execução de linha de base (transporte público).</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="248" />
            <source>Baseline accessibility</source>
            <translation>Acessibilidade de linha de base</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="252" />
            <source>Zone id</source>
            <translation>Identificador da zona</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="252" />
            <source>Accessibility field</source>
            <translation>Campo de acessibilidade</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="252" />
            <source>Opportunities</source>
            <translation>Oportunidades</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="252" />
            <source>Population</source>
            <translation>População</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="252" />
            <source>Income (optional)</source>
            <translation>Renda (opcional)</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="259" />
            <source>Cutoff (minutes)</source>
            <translation>Limite (minutos)</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="428" />
            <source>New route</source>
            <translation>Nova rota</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="267" />
            <source>GTFS zip (*.zip)</source>
            <translation>Zip GTFS (*.zip)</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="266" />
            <source>GTFS feed to change</source>
            <translation>Feed GTFS a alterar</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="267" />
            <source>Feeds routed with it, unchanged (rail, another operator).</source>
            <translation>Feeds roteados com ele, sem alterações (trem, outro operador).</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="272" />
            <source>Other feeds (optional)</source>
            <translation>Outros feeds (opcional)</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="274" />
            <source>Route line(s)</source>
            <translation>Linha(s) da rota</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="275" />
            <source>Draw…</source>
            <translation>Desenhar…</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="276" />
            <source>Add a line layer for the new route and start drawing it.</source>
            <translation>Adiciona uma camada de linhas para a nova rota e começa a desenhá-la.</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="280" />
            <source>Headway (minutes)</source>
            <translation>Intervalo (minutos)</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="282" />
            <source>Running speed between stops; the dwell time is added at each stop.</source>
            <translation>Velocidade de percurso entre paradas; o tempo de parada é somado em cada parada.</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="285" />
            <source>Speed (km/h)</source>
            <translation>Velocidade (km/h)</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="287" />
            <source>Dwell at each stop (s)</source>
            <translation>Parada em cada ponto (s)</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="289" />
            <source>Stop spacing (m)</source>
            <translation>Espaçamento entre paradas (m)</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="293" />
            <source>Bus</source>
            <translation>Ônibus</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="293" />
            <source>BRT</source>
            <translation>BRT</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="293" />
            <source>Tram</source>
            <translation>Bonde / VLT</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="293" />
            <source>Metro</source>
            <translation>Metrô</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="293" />
            <source>Rail</source>
            <translation>Trem</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="294" />
            <source>Ferry</source>
            <translation>Barca</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="294" />
            <source>Informal service (vans, colectivos)</source>
            <translation>Serviço informal (vans, lotação)</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="298" />
            <source>Mode</source>
            <translation>Modo</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="303" />
            <source>Service from – to (HH:MM)</source>
            <translation>Serviço de – até (HH:MM)</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="335" />
            <source>Run</source>
            <translation>Executar</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="309" />
            <source>Streets for the walking legs (empty: straight lines × 1.3).</source>
            <translation>Vias para os trechos a pé (vazio: linhas retas × 1,3).</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="314" />
            <source>Street network for walking</source>
            <translation>Malha viária para caminhada</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="319" />
            <source>Service date</source>
            <translation>Data de serviço</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="322" />
            <source>Departure time</source>
            <translation>Horário de partida</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="326" />
            <source>Departure window (minutes)</source>
            <translation>Janela de partidas (minutos)</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="330" />
            <source>Output folder</source>
            <translation>Pasta de saída</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="335" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="350" />
            <source>The equivalent qgis_process commands of the last run.</source>
            <translation>Os comandos qgis_process equivalentes da última execução.</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="448" />
            <source>Cannot write to the output folder {0}: {1}.</source>
            <translation>Não é possível gravar na pasta de saída {0}: {1}.</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="457" />
            <source>Conecta — scenario — {}</source>
            <translation>Conecta — cenário — {}</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="463" />
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message>
            <location filename="../ui/scenarios_page.py" line="467" />
            <source>Done: {0:.1f} % of the people gain more than 10 %, {1:.1f} % lose more than 10 %.</source>
            <translation>Pronto: {0:.1f} % das pessoas ganham mais de 10 %, {1:.1f} % perdem mais de 10 %.</translation>
        </message>
    </context>
    <context>
        <name>Sdg1121</name>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="101" />
            <source>SDG 11.2.1 access to public transport</source>
            <translation>ODS 11.2.1 acesso ao transporte público</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="104" />
            <source>Share of the population with convenient access to public transport (SDG indicator 11.2.1): people living within 500 m walking along the street network of a low-capacity stop (bus, tram, BRT, paratransit) or within 1,000 m of a high-capacity stop (rail, metro, ferry). Both distances are parameters, so national variants (for example Argentina's 300 m) can be computed.

Method (UN-Habitat, SDG 11.2.1 metadata, 2021): from every stop, the streets reachable on foot within the distance are found on the network (streets partly reached are cut at the exact point; the walk from the stop to the nearest street counts); the reached streets are buffered by a small distance (default 50 m) that stands for the buildings along them, and the areas of all stops are dissolved. Population in polygons partly covered is apportioned by area; points count when inside; with a population raster, pixels are apportioned by their exact covered area.

The stop's capacity class comes from a class field (low/high), else from a mode field (bus, tram, brt → low; rail, metro, subway, ferry → high; GTFS route_type numbers also work), else the default class. With a frequency field, the same areas are also computed for frequent stops only (the recommended secondary criterion: at least 3 departures per hour, i.e. a headway of 20 minutes or less). The GTFS stops algorithm of Conecta writes all these fields.

Outputs: the served areas per scenario (all, low, high and their frequent versions), the population layer with the served share of each feature, and a table with the indicator overall and for every population field chosen (women, men, age groups, persons with disabilities …).</source>
            <translation>Proporção da população com acesso conveniente ao transporte público (indicador ODS 11.2.1): pessoas que moram a menos de 500 m a pé pela malha viária de uma parada de baixa capacidade (ônibus, bonde, BRT, transporte informal) ou a menos de 1.000 m de uma parada de alta capacidade (trem, metrô, barca). As duas distâncias são parâmetros, de modo que variantes nacionais (por exemplo os 300 m da Argentina) podem ser calculadas.

Método (ONU-Habitat, metadados do ODS 11.2.1, 2021): a partir de cada parada, as ruas alcançáveis a pé dentro da distância são encontradas na malha (ruas alcançadas em parte são cortadas no ponto exato; a caminhada da parada até a rua mais próxima conta); as ruas alcançadas recebem um buffer pequeno (50 m por padrão) que representa os edifícios ao longo delas, e as áreas de todas as paradas são dissolvidas. A população de polígonos cobertos em parte é repartida por área; pontos contam quando estão dentro; com um raster de população, os pixels são repartidos pela sua área coberta exata.

A classe de capacidade da parada vem de um campo de classe (low/high), senão de um campo de modo (bus, tram, brt → baixa; rail, metro, subway, ferry → alta; números route_type do GTFS também servem), senão da classe padrão. Com um campo de frequência, as mesmas áreas também são calculadas só para as paradas frequentes (o critério secundário recomendado: pelo menos 3 partidas por hora, ou seja, um intervalo de 20 minutos ou menos). O algoritmo de paradas GTFS do Conecta grava todos esses campos.

Saídas: as áreas atendidas por cenário (all, low, high e suas versões frequentes), a camada de população com a proporção atendida de cada feição e uma tabela com o indicador geral e para cada campo de população escolhido (mulheres, homens, faixas etárias, pessoas com deficiência …).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="128" />
            <source>Public transport stops</source>
            <translation>Paradas de transporte público</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="129" />
            <source>Capacity class field (low/high, optional)</source>
            <translation>Campo de classe de capacidade (low/high, opcional)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="129" />
            <source>A field with the values low or high for each stop.</source>
            <translation>Um campo com os valores low ou high para cada parada.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="133" />
            <source>Mode field (optional, used when there is no class field)</source>
            <translation>Campo de modo (opcional, usado quando não há campo de classe)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="133" />
            <source>A field with the mode of each stop (bus, tram, brt, rail, metro, subway, ferry …) or its GTFS route_type; modes are mapped to capacity classes as in the SDG metadata.</source>
            <translation>Um campo com o modo de cada parada (bus, tram, brt, rail, metro, subway, ferry …) ou seu route_type do GTFS; os modos são associados a classes de capacidade como nos metadados do ODS.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="141" />
            <source>Class of stops without class or mode</source>
            <translation>Classe das paradas sem classe nem modo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="141" />
            <source>Low capacity</source>
            <translation>Baixa capacidade</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="141" />
            <source>High capacity</source>
            <translation>Alta capacidade</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="145" />
            <source>Walking distance to low-capacity stops (m)</source>
            <translation>Distância a pé até paradas de baixa capacidade (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="149" />
            <source>Walking distance to high-capacity stops (m)</source>
            <translation>Distância a pé até paradas de alta capacidade (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="153" />
            <source>Frequency field (optional)</source>
            <translation>Campo de frequência (opcional)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="160" />
            <source>The frequency field holds</source>
            <translation>O campo de frequência contém</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="160" />
            <source>Departures per hour</source>
            <translation>Partidas por hora</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="160" />
            <source>Headway (minutes)</source>
            <translation>Intervalo (minutos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="164" />
            <source>Minimum departures per hour of a frequent stop</source>
            <translation>Mínimo de partidas por hora de uma parada frequente</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="164" />
            <source>3 departures per hour is a headway of 20 minutes. With a headway field, a stop is frequent when its headway is at most 60 / this value minutes.</source>
            <translation>3 partidas por hora equivalem a um intervalo de 20 minutos. Com um campo de intervalo, uma parada é frequente quando seu intervalo é no máximo 60 / este valor minutos.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="173" />
            <source>Population raster (instead of fields)</source>
            <translation>Raster de população (em vez de campos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="173" />
            <source>A population grid such as WorldPop or GHS-POP. The polygons of the population layer, when given, are the zones (and the city); otherwise the whole raster is the city.</source>
            <translation>Uma grade de população como WorldPop ou GHS-POP. Os polígonos da camada de população, quando informados, são as zonas (e a cidade); senão, todo o raster é a cidade.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="182" />
            <source>Buffer around reached streets (m)</source>
            <translation>Buffer ao redor das ruas alcançadas (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="185" />
            <source>Maximum distance from a stop to the street network (m)</source>
            <translation>Distância máxima de uma parada até a malha viária (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="189" />
            <source>Served areas</source>
            <translation>Áreas atendidas</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="190" />
            <source>Population with served share</source>
            <translation>População com proporção atendida</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="194" />
            <source>SDG 11.2.1 indicator</source>
            <translation>Indicador ODS 11.2.1</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="323" />
            <source>{0} stops have a value other than low or high in field {1}: they get the default class.</source>
            <translation>{0} paradas têm um valor diferente de low ou high no campo {1}: recebem a classe padrão.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="332" />
            <source>{0} stops have an unknown mode ({1}): they get the default class.</source>
            <translation>{0} paradas têm um modo desconhecido ({1}): recebem a classe padrão.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="339" />
            <source>{} stops have a mode that is not public transport for the indicator (taxi, air): left out.</source>
            <translation>{} paradas têm um modo que não é transporte público para o indicador (táxi, avião): ficam de fora.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="355" />
            <source>{0} stops have no value in field {1}: they are not counted as frequent.</source>
            <translation>{0} paradas não têm valor no campo {1}: não contam como frequentes.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="361" />
            <source>{0} of {1} stops are frequent (at least {2} departures per hour).</source>
            <translation>{0} de {1} paradas são frequentes (pelo menos {2} partidas por hora).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="202" />
            <source>The stops layer is empty.</source>
            <translation>A camada de paradas está vazia.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="287" />
            <source>Give a population layer with at least one population field, or a population raster.</source>
            <translation>Informe uma camada de população com pelo menos um campo de população, ou um raster de população.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="295" />
            <source>With a population raster, the population layer must hold polygons (zones).</source>
            <translation>Com um raster de população, a camada de população deve conter polígonos (zonas).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="308" />
            <source>The stops layer has no feature with a geometry.</source>
            <translation>A camada de paradas não tem nenhuma feição com geometria.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="309" />
            <source>{} stops without geometry skipped.</source>
            <translation>{} paradas sem geometria ignoradas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="215" />
            <source>{0} low-capacity stops ({1} m) and {2} high-capacity stops ({3} m).</source>
            <translation>{0} paradas de baixa capacidade ({1} m) e {2} paradas de alta capacidade ({3} m).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="390" />
            <source>{0} stops are farther than {1} m from the street network and serve no one (feature ids): {2}</source>
            <translation>{0} paradas estão a mais de {1} m da malha viária e não atendem ninguém (identificadores de feição): {2}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="428" />
            <source>Cannot read the raster {0}: {1}</source>
            <translation>Não é possível ler o raster {0}: {1}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="248" />
            <source>SDG 11.2.1, {0}: {1} % of the population is served.</source>
            <translation>ODS 11.2.1, {0}: {1} % da população é atendida.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="390" />
            <source>{0} stops are farther than {1} m from the street network and serve no one (stop_id): {2}</source>
            <translation>{0} paradas estão a mais de {1} m da malha viária e não atendem ninguém (stop_id): {2}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1121.py" line="402" />
            <source>{0} stops stand on a piece of the street network cut off from the rest: they serve only the streets of that piece. Check the network there (a missing link, a footway not joined to the streets): {1}</source>
            <translation>{0} paradas estão sobre um trecho da malha viária isolado do resto: atendem só às ruas desse trecho. Verifique a malha ali (uma ligação faltante, um caminho de pedestres não ligado às ruas): {1}</translation>
        </message>
    </context>
    <context>
        <name>Sdg1131</name>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="103" />
            <source>SDG 11.3.1 land consumption rate to population growth rate</source>
            <translation>ODS 11.3.1 razão entre a taxa de consumo do solo e a taxa de crescimento populacional</translation>
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
            <translation>Calcula o indicador ODS 11.3.1, a razão entre a taxa de consumo do solo e a taxa de crescimento populacional (LCRPGR), para toda a cidade e, quando zonas são informadas, para cada zona, segundo os metadados da ONU do indicador 11.3.1 (2021-03-01):
LCR = (V_presente − V_passado) / V_passado / t, onde V é a área construída e t os anos entre as duas datas (a forma anterior ln(V_presente / V_passado) / t, usada antes de 2021, é uma opção);
PGR = ln(Pop_presente / Pop_passado) / t;
LCRPGR = LCR / PGR.
Também fornece a área construída per capita (m² por pessoa) nas duas datas. As taxas são frações por ano (0.01 = 1 % ao ano).

Área construída em cada data: uma camada de polígonos (as áreas são medidas em um SRC projetado; polígonos sobrepostos contam uma vez) ou um raster como GHSL GHS-BUILT: os pixels com valor acima de 0, ou os pixels iguais a um valor dado, contam como construídos com toda a sua área (medida no elipsoide para rasters em coordenadas geográficas), ou os valores dos pixels são a superfície construída em m² (GHS-BUILT-S). Os rasters são repartidos entre as zonas com cobertura exata de pixel.

População em cada data: um número para toda a cidade (sem zonas), um campo da camada de zonas ou um raster de população (p. ex. WorldPop, GHS-POP) somado sobre as zonas ou sobre todo o raster.

São emitidos avisos onde a população quase não mudou (PGR próxima de zero: a razão fica instável, leia LCR e PGR separadamente) ou diminuiu (PGR negativa: o sinal da razão se inverte).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="130" />
            <source>Built-up area, past date (raster or polygons)</source>
            <translation>Área construída, data passada (raster ou polígonos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="130" />
            <source>Built-up area, present date (raster or polygons)</source>
            <translation>Área construída, data presente (raster ou polígonos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="136" />
            <source>Pixels with a value above 0 are built-up</source>
            <translation>Os pixels com valor acima de 0 são construídos</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="137" />
            <source>Pixels equal to the built-up value are built-up</source>
            <translation>Os pixels iguais ao valor de construído são construídos</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="138" />
            <source>Pixel values are the built-up surface in m² (GHS-BUILT-S)</source>
            <translation>Os valores dos pixels são a superfície construída em m² (GHS-BUILT-S)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="140" />
            <source>Built-up rasters</source>
            <translation>Rasters de área construída</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="140" />
            <source>How built-up area is read from rasters (ignored for polygon layers).</source>
            <translation>Como a área construída é lida dos rasters (ignorado para camadas de polígonos).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="144" />
            <source>Built-up value</source>
            <translation>Valor de construído</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="145" />
            <source>Year of the past date</source>
            <translation>Ano da data passada</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="146" />
            <source>Year of the present date</source>
            <translation>Ano da data presente</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="147" />
            <source>Zones (optional)</source>
            <translation>Zonas (opcional)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="150" />
            <source>Zone id field</source>
            <translation>Campo de identificador da zona</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="151" />
            <source>Population at the past date (whole city)</source>
            <translation>População na data passada (toda a cidade)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="151" />
            <source>Population at the present date (whole city)</source>
            <translation>População na data presente (toda a cidade)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="156" />
            <source>Population field of the zones, past date</source>
            <translation>Campo de população das zonas, data passada</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="156" />
            <source>Population field of the zones, present date</source>
            <translation>Campo de população das zonas, data presente</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="161" />
            <source>Population raster, past date</source>
            <translation>Raster de população, data passada</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="161" />
            <source>Population raster, present date</source>
            <translation>Raster de população, data presente</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="166" />
            <source>Land consumption rate formula</source>
            <translation>Fórmula da taxa de consumo do solo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="166" />
            <source>Linear (SDG metadata 2021)</source>
            <translation>Linear (metadados ODS 2021)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="166" />
            <source>Logarithmic (legacy, before 2021)</source>
            <translation>Logarítmica (anterior a 2021)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="170" />
            <source>Population growth rate considered near zero (per year)</source>
            <translation>Taxa de crescimento populacional considerada próxima de zero (por ano)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="170" />
            <source>A warning is given where |PGR| is below this value: 0.001 is 0.1 % a year.</source>
            <translation>É emitido um aviso onde |PGR| está abaixo deste valor: 0.001 é 0.1 % ao ano.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="175" />
            <source>SDG 11.3.1</source>
            <translation>ODS 11.3.1</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="259" />
            <source>The built-up layer {} has no features.</source>
            <translation>A camada de área construída {} não tem feições.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="264" />
            <source>The built-up area must be a raster or a polygon layer: {} is neither.</source>
            <translation>A área construída deve ser um raster ou uma camada de polígonos: {} não é nenhum dos dois.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="308" />
            <source>past</source>
            <translation>passada</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="312" />
            <source>present</source>
            <translation>presente</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="283" />
            <source>Give the population at the {} date in one way: a number, a field of the zones or a raster.</source>
            <translation>Informe a população na data {} de uma só forma: um número, um campo das zonas ou um raster.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="290" />
            <source>With zones, give the population at the {} date as a field of the zones or as a raster; a single number only works for the whole city without zones.</source>
            <translation>Com zonas, informe a população na data {} como um campo das zonas ou como um raster; um único número só serve para toda a cidade sem zonas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="296" />
            <source>The population at the {} date must be above 0.</source>
            <translation>A população na data {} deve ser maior que 0.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="300" />
            <source>A population field needs the zones layer it belongs to.</source>
            <translation>Um campo de população precisa da camada de zonas à qual pertence.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="429" />
            <source>{0} zones are outside or partly outside the raster {1}: {2}</source>
            <translation>{0} zonas estão fora ou parcialmente fora do raster {1}: {2}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="412" />
            <source>{0} zones have no population in field {1} (NULL or not a number).</source>
            <translation>{0} zonas não têm população no campo {1} (NULL ou não numérico).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="198" />
            <source>The present year ({0}) must come after the past year ({1}).</source>
            <translation>O ano presente ({0}) deve ser posterior ao ano passado ({1}).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="332" />
            <source>Some zones have no id in field {}.</source>
            <translation>Algumas zonas não têm identificador no campo {}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="351" />
            <source>{} zones have no geometry: their built-up area is 0.</source>
            <translation>{} zonas não têm geometria: sua área construída é 0.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="238" />
            <source>Whole city: LCR {0:.5f} per year, PGR {1:.5f} per year, LCRPGR {2:.3f}; built-up area per person {3:.1f} m² → {4:.1f} m².</source>
            <translation>Toda a cidade: LCR {0:.5f} por ano, PGR {1:.5f} por ano, LCRPGR {2:.3f}; área construída por pessoa {3:.1f} m² → {4:.1f} m².</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="462" />
            <source>The city's population barely changed (PGR {:.5f} per year): LCRPGR is unstable, read LCR and PGR separately.</source>
            <translation>A população da cidade quase não mudou (PGR {:.5f} por ano): LCRPGR é instável, leia LCR e PGR separadamente.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="462" />
            <source>The city's population fell (PGR {:.5f} per year): LCRPGR is negative even if built-up area grew.</source>
            <translation>A população da cidade diminuiu (PGR {:.5f} por ano): LCRPGR é negativa mesmo que a área construída tenha crescido.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="478" />
            <source>{0} zones with population growth near zero (LCRPGR unstable): {1}</source>
            <translation>{0} zonas com crescimento populacional próximo de zero (LCRPGR instável): {1}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="478" />
            <source>{0} zones lost population (negative PGR, the ratio's sign flips): {1}</source>
            <translation>{0} zonas perderam população (PGR negativa, o sinal da razão se inverte): {1}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="478" />
            <source>{0} zones have no built-up area at the past date or no population at a date; their rates are NULL: {1}</source>
            <translation>{0} zonas não têm área construída na data passada ou não têm população em alguma data; suas taxas são NULL: {1}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="179" />
            <source>No built-up area was found at the past date: check the built-up layer (features without geometry add no area; with a raster, check how its pixels are read and the built-up value).</source>
            <translation>Não foi encontrada área construída na data passada: verifique a camada de área construída (feições sem geometria não somam área; com um raster, verifique como seus pixels são lidos e o valor de área construída).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="183" />
            <source>No built-up area was found at the present date: check the built-up layer (features without geometry add no area; with a raster, check how its pixels are read and the built-up value).</source>
            <translation>Não foi encontrada área construída na data atual: verifique a camada de área construída (feições sem geometria não somam área; com um raster, verifique como seus pixels são lidos e o valor de área construída).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1131.py" line="383" />
            <source>{0} features of {1} have no polygon geometry: they add no built-up area.</source>
            <translation>{0} feições de {1} não têm geometria de polígono: não somam área construída.</translation>
        </message>
    </context>
    <context>
        <name>Sdg1171</name>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="63" />
            <source>SDG 11.7.1 open public space</source>
            <translation>ODS 11.7.1 espaço público aberto</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="66" />
            <source>SDG indicator 11.7.1 (UN-Habitat metadata, 2021): the share of the city's area that is open public space, and the share of the population living within a walking distance (default 400 m) of an open public space, along the street network.

Fee-charging or private spaces can be left out with a field and its values. The city is the city boundary layer, or else the union of the population polygons.

Entrances are approximated by points every N metres (default 25 m) along each open space's boundary, joined to the nearest street; the streets reachable on foot within the distance from any entrance are buffered by a small distance (the street frontage) and dissolved with the open spaces themselves. Population in polygons partly covered is apportioned by area; points count when inside.

The table gives the area share (scenario open_space_area) and the population share per population field (scenario population_within_distance).</source>
            <translation>Indicador ODS 11.7.1 (metadados da ONU-Habitat, 2021): a proporção da área da cidade que é espaço público aberto e a proporção da população que mora a menos de uma distância a pé (400 m por padrão) de um espaço público aberto, pela malha viária.

Espaços com cobrança de entrada ou privados podem ser excluídos com um campo e seus valores. A cidade é a camada de limite da cidade ou, senão, a união dos polígonos de população.

As entradas são aproximadas por pontos a cada N metros (25 m por padrão) ao longo do contorno de cada espaço aberto, ligados à rua mais próxima; as ruas alcançáveis a pé dentro da distância a partir de qualquer entrada recebem um buffer pequeno (a testada da rua) e são dissolvidas junto com os próprios espaços abertos. A população de polígonos cobertos em parte é repartida por área; pontos contam quando estão dentro.

A tabela dá a proporção de área (cenário open_space_area) e a proporção de população por campo de população (cenário population_within_distance).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="82" />
            <source>Open public spaces</source>
            <translation>Espaços públicos abertos</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="83" />
            <source>Field to exclude spaces by (optional)</source>
            <translation>Campo para excluir espaços (opcional)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="89" />
            <source>Values to exclude (comma-separated)</source>
            <translation>Valores a excluir (separados por vírgulas)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="89" />
            <source>For example yes,private for a field saying whether a fee is charged.</source>
            <translation>Por exemplo yes,private para um campo que indica se há cobrança de entrada.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="93" />
            <source>City boundary (optional)</source>
            <translation>Limite da cidade (opcional)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="99" />
            <source>Walking distance (m)</source>
            <translation>Distância a pé (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="100" />
            <source>Entrance points along the boundary every (m)</source>
            <translation>Pontos de entrada ao longo do contorno a cada (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="100" />
            <source>Buffer around reached streets (m)</source>
            <translation>Buffer ao redor das ruas alcançadas (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="100" />
            <source>Maximum distance from an entrance to the street network (m)</source>
            <translation>Distância máxima de uma entrada até a malha viária (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="110" />
            <source>Area within walking distance of open space</source>
            <translation>Área a distância a pé de um espaço aberto</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="115" />
            <source>SDG 11.7.1 indicator</source>
            <translation>Indicador ODS 11.7.1</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="165" />
            <source>With a population layer of points, give the city boundary layer.</source>
            <translation>Com uma camada de população de pontos, informe a camada de limite da cidade.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="204" />
            <source>{0} open spaces excluded by field {1}.</source>
            <translation>{0} espaços abertos excluídos pelo campo {1}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="210" />
            <source>No open space polygon is left to analyse.</source>
            <translation>Não resta nenhum polígono de espaço aberto para analisar.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="219" />
            <source>The city boundary layer has no polygon.</source>
            <translation>A camada de limite da cidade não tem nenhum polígono.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="183" />
            <source>{0} of {1} entrance points are farther than {2} m from the street network.</source>
            <translation>{0} de {1} pontos de entrada estão a mais de {2} m da malha viária.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="147" />
            <source>Open public space: {0} % of the city area; {1} % of the population within {2} m.</source>
            <translation>Espaço público aberto: {0} % da área da cidade; {1} % da população a menos de {2} m.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="223" />
            <source>The population layer has no polygon to define the city area: give a city boundary layer.</source>
            <translation>A camada de população não tem nenhum polígono que defina a área da cidade: informe uma camada de limite da cidade.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/sdg1171.py" line="233" />
            <source>{0}: {1} features without geometry skipped, {2} invalid polygons repaired.</source>
            <translation>{0}: {1} feições sem geometria foram ignoradas e {2} polígonos inválidos foram reparados.</translation>
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
            <translation>Percentil do tempo de viagem na janela</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitisochrones.py" line="63" />
            <source>Street network for walking</source>
            <translation>Malha viária para caminhada</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitisochrones.py" line="66" />
            <source>Public-transport isochrones</source>
            <translation>Isócronas de transporte público</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitisochrones.py" line="83" />
            <source>Arrival times at the stops…</source>
            <translation>Horários de chegada às paradas…</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitisochrones.py" line="92" />
            <source>{0} points have no stop within {1} minutes of walking: walking only. {2}</source>
            <translation>{0} pontos não têm nenhuma parada a menos de {1} minutos a pé: só a pé. {2}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitisochrones.py" line="36" />
            <source>Areas reachable from each point by public transport and walking within given minutes (for example 15, 30, 45, 60), for a departure time or a departure window summarised by a percentile (the median by default), from one or more GTFS feeds, offline.

The arrival time at every stop is computed with the public-transport router of 'Travel-time matrix (public transport)' (RAPTOR over the departure window, r5r's conventions); then the street network is walked from the starting point and from every reached stop with the time left, and the reached parts of the streets (cut at the exact point) are buffered and dissolved per point and interval. Stop times are known to the whole minute (as r5r reports them), so each stop is taken at the last second of its minute, and the percentile is taken per stop before walking on: the areas never extend beyond the time limit (they may fall short of it by up to a minute). The buffer distance is taken off the time budget, as in 'Isochrones (street network)'. A point whose nearest street is cut off from the rest of the network (an island) is linked to the nearest street of the main network within the snapping distance, as the travel-time matrix and r5r link points.</source>
            <translation>Áreas alcançáveis a partir de cada ponto por transporte público e a pé nos minutos indicados (por exemplo 15, 30, 45, 60), para um horário de partida ou uma janela de partida resumida por um percentil (a mediana por padrão), a partir de um ou mais feeds GTFS, offline.

O horário de chegada a cada parada é calculado com o roteador de transporte público de 'Matriz de tempos de viagem (transporte público)' (RAPTOR sobre a janela de partida, convenções do r5r); depois a malha viária é percorrida a pé a partir do ponto de partida e de cada parada alcançada com o tempo restante, e as partes de ruas alcançadas (cortadas no ponto exato) recebem um buffer e são dissolvidas por ponto e intervalo. Os horários nas paradas são conhecidos ao minuto inteiro (como o r5r os informa), então cada parada é tomada no último segundo do seu minuto, e o percentil é tomado por parada antes de seguir a pé: as áreas nunca ultrapassam o limite de tempo (podem ficar aquém dele em até um minuto). A distância do buffer é descontada do orçamento de tempo, como em 'Isócronas (malha viária)'. Um ponto cuja rua mais próxima está separada do resto da malha (uma ilha) é ligado à rua mais próxima da malha principal dentro da distância de ajuste, como a matriz de tempos de viagem e o r5r ligam os pontos.</translation>
        </message>
    </context>
    <context>
        <name>TransitMatrix</name>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="42" />
            <source>Travel-time matrix (public transport)</source>
            <translation>Matriz de tempos de viagem (transporte público)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="78" />
            <source>Percentiles of travel time (comma-separated)</source>
            <translation>Percentis do tempo de viagem (separados por vírgulas)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="79" />
            <source>Street network for walking (optional: straight line × 1.3 without it)</source>
            <translation>Malha viária para caminhada (opcional: sem ela, linha reta × 1,3)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="83" />
            <source>Maximum snapping distance to the network (m)</source>
            <translation>Distância máxima de ajuste à malha (m)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="87" />
            <source>Column name when there is one percentile (empty = travel_time_pNN)</source>
            <translation>Nome da coluna quando há um só percentil (vazio = travel_time_pNN)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="87" />
            <source>With a single percentile, the travel-time column can be given another name, for example travel_time (the default field of conecta:accessibility and of r5r's older output).</source>
            <translation>Com um só percentil, a coluna de tempo de viagem pode ter outro nome, por exemplo travel_time (o campo padrão do conecta:accessibility e da saída antiga do r5r).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="97" />
            <source>Public-transport travel-time matrix</source>
            <translation>Matriz de tempos de viagem em transporte público</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="98" />
            <source>Pairs within the maximum trip duration</source>
            <translation>Pares dentro da duração máxima da viagem</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="99" />
            <source>Origins with no stop within walking</source>
            <translation>Origens sem parada a distância caminhável</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="110" />
            <source>Percentiles must be whole numbers from 1 to 100 separated by commas, for example 25,50,75.</source>
            <translation>Os percentis devem ser números inteiros de 1 a 100 separados por vírgulas, por exemplo 25,50,75.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="117" />
            <source>A single column name can only be used with one percentile; clear it or give one percentile.</source>
            <translation>Um nome de coluna único só pode ser usado com um percentil; apague-o ou informe um só percentil.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="123" />
            <source>The column name {} is already used.</source>
            <translation>O nome de coluna {} já está em uso.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="153" />
            <source>Routing {0} origins × {1} departure minutes…</source>
            <translation>Roteando {0} origens × {1} minutos de partida…</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="238" />
            <source>{0} origins have no stop within {1} minutes of walking and get walk-only travel times: {2}</source>
            <translation>{0} origens não têm nenhuma parada a menos de {1} minutos a pé e só recebem tempos a pé: {2}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="248" />
            <source>{0} destinations have no stop within {1} minutes of walking: {2}</source>
            <translation>{0} destinos não têm nenhuma parada a menos de {1} minutos a pé: {2}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="216" />
            <source>{0} stops are farther than {1} m from the street network and are not used: {2}</source>
            <translation>{0} paradas estão a mais de {1} m da malha viária e não são usadas: {2}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="226" />
            <source>{0} origins are farther than {1} m from the street network: {2}</source>
            <translation>{0} origens estão a mais de {1} m da malha viária: {2}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="232" />
            <source>{0} destinations are farther than {1} m from the street network: {2}</source>
            <translation>{0} destinos estão a mais de {1} m da malha viária: {2}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="176" />
            <source>{0} origin-destination pairs reached ({1} origins × {2} destinations, {3} departures in the window).</source>
            <translation>{0} pares origem-destino alcançados ({1} origens × {2} destinos, {3} partidas na janela).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="45" />
            <source>Computes door-to-door travel times by public transport and walking between origins and destinations from one or more GTFS feeds, offline, and writes the long table from_id, to_id, travel_time_p50 (minutes; one column per percentile) — the format conecta:accessibility reads (set its travel time field to travel_time_p50).

Method: a round-based RAPTOR router (Delling, Pajor &amp; Werneck 2012) run for every departure minute of the time window, reusing the work of later minutes (rRAPTOR). As in r5r (Pereira et al. 2021): the travel time of a minute is the arrival minus that minute (the wait at the origin counts); walk-only trips count when faster; the percentile over the window is the sorted value at rank ceil(p/100 × n) without interpolation, truncated to whole minutes; times above the maximum trip duration are unreachable; a vehicle is boarded only when it leaves more than 60 s after the arrival at the stop (R5's rule: one leaving exactly 60 s later is missed); n transfers means at most n + 1 rides. Frequency-based trips are expanded into their scheduled departures (deterministic, where R5 draws random offsets).

Walking legs (to the first stop, from the last stop, transfers and walk-only trips) follow the street network when one is given; without it they are the straight-line distance × 1.3 at walking speed. Transfers are limited to the transfer distance (1 km, as R5) and transfers.txt is honoured. Origins with no stop within the walking limit get walk-only results and are listed in the log.

Fares (optional): with a fare structure (Conecta's JSON or r5r's zip), journeys are searched on two criteria, time and fare (a McRAPTOR-style Pareto search, as R5 does for r5r): each pair gets the fastest journey within the maximum fare and its fare (column fare; fare_pNN with several percentiles: the fare of the journey at that percentile), or with fare budgets one row per budget whose travel time differs from the next smaller budget's (column fare_budget), as r5r's pareto_frontier. Walking trips cost nothing. Without a fare structure nothing changes.</source>
            <translation>Calcula tempos de viagem porta a porta por transporte público e a pé entre origens e destinos a partir de um ou mais feeds GTFS, offline, e grava a tabela longa from_id, to_id, travel_time_p50 (minutos; uma coluna por percentil), o formato que o conecta:accessibility lê (informe travel_time_p50 como seu campo de tempo de viagem).

Método: um roteador RAPTOR por rodadas (Delling, Pajor e Werneck 2012) executado para cada minuto de partida da janela, reaproveitando o trabalho dos minutos posteriores (rRAPTOR). Como no r5r (Pereira et al. 2021): o tempo de viagem de um minuto é a chegada menos esse minuto (a espera na origem conta); viagens só a pé contam quando são mais rápidas; o percentil na janela é o valor ordenado na posição ceil(p/100 × n) sem interpolação, truncado a minutos inteiros; tempos acima da duração máxima são inalcançáveis; só se embarca em um veículo que parte mais de 60 s depois da chegada à parada (a regra do R5: um que parte exatamente 60 s depois é perdido); n transferências significa no máximo n + 1 embarques. Viagens baseadas em frequências são expandidas em suas partidas programadas (determinístico, enquanto o R5 sorteia defasagens aleatórias).

Os trechos a pé (até a primeira parada, a partir da última, transferências e viagens só a pé) seguem a malha viária quando uma é informada; sem ela são a distância em linha reta × 1,3 na velocidade de caminhada. As transferências são limitadas à distância de transferência (1 km, como no R5) e transfers.txt é respeitado. Origens sem nenhuma parada dentro do limite a pé recebem resultados só a pé e são listadas no registro.

Tarifas (opcional): com uma estrutura tarifária (o JSON do Conecta ou o zip do r5r), as viagens são buscadas com dois critérios, tempo e tarifa (uma busca de Pareto no estilo McRAPTOR, como o R5 faz para o r5r): cada par recebe a viagem mais rápida dentro da tarifa máxima e sua tarifa (coluna fare; fare_pNN com vários percentis: a tarifa da viagem nesse percentil), ou, com orçamentos de tarifa, uma linha por orçamento cujo tempo de viagem difere do orçamento imediatamente menor (coluna fare_budget), como o pareto_frontier do r5r. Viagens a pé não custam nada. Sem estrutura tarifária nada muda.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/transitmatrix.py" line="182" />
            <source>No pair is reachable within the fare budget.</source>
            <translation>Nenhum par é alcançável dentro do orçamento de tarifa.</translation>
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
            <translation>Data de serviço</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="83" />
            <source>Departure time</source>
            <translation>Horário de partida</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="84" />
            <source>Fare structures (*.json *.zip)</source>
            <translation>Estruturas tarifárias (*.json *.zip)</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="84" />
            <source>Fares by mode, agency or route and transfer discounts (resources/fares has examples).</source>
            <translation>Tarifas por modo, agência ou rota e descontos de transferência (resources/fares tem exemplos).</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="90" />
            <source>Fare structure (optional)</source>
            <translation>Estrutura tarifária (opcional)</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="92" />
            <source>Budget per trip: jobs reachable within the cutoffs and this fare are counted too.</source>
            <translation>Orçamento por viagem: também se contam os empregos alcançáveis dentro dos limites e desta tarifa.</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="97" />
            <source>Budget per trip (optional)</source>
            <translation>Orçamento por viagem (opcional)</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="126" />
            <source>The algorithm {} is not available: update Conecta.</source>
            <translation>O algoritmo {} não está disponível: atualize o Conecta.</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="131" />
            <source>File not found: {}</source>
            <translation>Arquivo não encontrado: {}</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="133" />
            <source>Give the service date of the GTFS feeds (YYYY-MM-DD).</source>
            <translation>Informe a data de serviço dos feeds GTFS (AAAA-MM-DD).</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="135" />
            <source>The budget per trip must be a number of 0 or more.</source>
            <translation>O orçamento por viagem deve ser um número de 0 ou mais.</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="137" />
            <source>A budget per trip needs a fare structure.</source>
            <translation>Um orçamento por viagem precisa de uma estrutura tarifária.</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="153" />
            <source>Travel times (public transport)</source>
            <translation>Tempos de viagem (transporte público)</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="178" />
            <source>Accessibility (public transport)</source>
            <translation>Acessibilidade (transporte público)</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="178" />
            <source>Accessibility — public transport</source>
            <translation>Acessibilidade — transporte público</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="184" />
            <source>Accessibility within the budget (public transport)</source>
            <translation>Acessibilidade dentro do orçamento (transporte público)</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="185" />
            <source>Accessibility within the budget — public transport</source>
            <translation>Acessibilidade dentro do orçamento — transporte público</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="190" />
            <source>Affordability of public transport</source>
            <translation>Acessibilidade financeira do transporte público</translation>
        </message>
        <message>
            <location filename="../ui/transit_step.py" line="190" />
            <source>Affordability</source>
            <translation>Acessibilidade financeira</translation>
        </message>
    </context>
    <context>
        <name>TravelTimeMatrix</name>
        <message>
            <location filename="../processing/algorithms/traveltimematrix.py" line="32" />
            <source>Travel-time matrix (street network)</source>
            <translation>Matriz de tempos de viagem (malha viária)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/traveltimematrix.py" line="59" />
            <source>Maximum travel time (minutes)</source>
            <translation>Tempo de viagem máximo (minutos)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/traveltimematrix.py" line="61" />
            <source>Travel-time matrix</source>
            <translation>Matriz de tempos de viagem</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/traveltimematrix.py" line="67" />
            <source>Matrix file (CSV or Parquet, for very large matrices)</source>
            <translation>Arquivo de matriz (CSV ou Parquet, para matrizes muito grandes)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/traveltimematrix.py" line="67" />
            <source>CSV files (*.csv);;Parquet files (*.parquet)</source>
            <translation>Arquivos CSV (*.csv);;Arquivos Parquet (*.parquet)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/traveltimematrix.py" line="75" />
            <source>Pairs within the maximum time</source>
            <translation>Pares dentro do tempo máximo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/traveltimematrix.py" line="76" />
            <source>Points beyond the snapping distance</source>
            <translation>Pontos além da distância de ajuste</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/traveltimematrix.py" line="136" />
            <source>No origin is within {} m of a street usable by this mode: check the layers' CRS and the snapping distance.</source>
            <translation>Nenhuma origem está a menos de {} m de uma rua utilizável neste modo: verifique o SRC das camadas e a distância de ajuste.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/traveltimematrix.py" line="111" />
            <source>{0} origin-destination pairs within {1} minutes ({2} origins × {3} destinations).</source>
            <translation>{0} pares origem-destino dentro de {1} minutos ({2} origens × {3} destinos).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/traveltimematrix.py" line="142" />
            <source>{0} origins are farther than {1} m from the network and get no travel time: {2}</source>
            <translation>{0} origens estão a mais de {1} m da malha e não têm tempo de viagem: {2}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/traveltimematrix.py" line="148" />
            <source>{0} destinations are farther than {1} m from the network: {2}</source>
            <translation>{0} destinos estão a mais de {1} m da malha: {2}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/traveltimematrix.py" line="177" />
            <source>{0} origins ({1:.1f} %) lie on small parts of the network disconnected from the main one and reach few destinations: {2}</source>
            <translation>{0} origens ({1:.1f} %) estão em partes pequenas da malha desconectadas da principal e alcançam poucos destinos: {2}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/traveltimematrix.py" line="162" />
            <source>{0} origins ({1:.1f} %) are nearest to a small part of the network cut off from the rest (an island or a one-way dead end): they were linked to the nearest street of the main network instead, as r5r does: {2}</source>
            <translation>{0} origens ({1:.1f} %) estão mais perto de uma parte pequena da malha isolada do resto (uma ilha ou um beco de sentido único): foram ligadas à rua mais próxima da malha principal, como faz o r5r: {2}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/traveltimematrix.py" line="121" />
            <source>The origins reach {0:.0f} % of the network within the limit: routed with a contraction hierarchy ({1} shortcut arcs), faster than one search per origin.</source>
            <translation>As origens alcançam {0:.0f} % da rede dentro do limite: calculado com uma hierarquia de contração ({1} arcos de atalho), mais rápida que uma busca por origem.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/traveltimematrix.py" line="35" />
            <source>Computes travel times on foot, by bicycle or by car between origins and destinations (points, or polygons through a point on their surface) along a street network, and writes the long table from_id, to_id, travel_time (minutes) with only the pairs reached within the maximum time — the format of r5r and of IPEA's accessibility package, so matrices from those tools and from Conecta are interchangeable.

Speeds: walking 3.6 km/h and cycling 12 km/h (r5r's defaults); cars by OpenStreetMap road class, overridden by the line's speed limit (maxspeed) and by a speed field. One-way streets are honoured by car and bicycle (OSM oneway, including -1, or a direction field like QGIS's network tools). OSM layers read by GDAL keep oneway and maxspeed in other_tags: they are read from there.

Points are snapped onto the nearest street (not only its vertices) within the snapping distance; the leg from the point to the street is walked. Points farther away are listed in the log. Shortest paths are computed many origins at a time on a contracted graph, in blocks of bounded memory, and can be cancelled. Geographic layers are reprojected to the UTM zone of the network.

For very large matrices, write straight to a CSV or Parquet file with 'Matrix file'.

Street scenarios (advanced parameters): speed factors by road class and time of day with a departure time (congestion: speed = free-flow speed × factor), closed links, new links, and an elevation raster for slope-aware walking (Tobler's hiking function) and cycling (a power balance), with different times uphill and downhill.</source>
            <translation>Calcula tempos de viagem a pé, de bicicleta ou de carro entre origens e destinos (pontos, ou polígonos por meio de um ponto na sua superfície) sobre uma malha viária, e grava a tabela longa from_id, to_id, travel_time (minutos) apenas com os pares alcançados dentro do tempo máximo — o formato do r5r e do pacote accessibility do IPEA, de modo que as matrizes dessas ferramentas e do Conecta são intercambiáveis.

Velocidades: a pé 3,6 km/h e de bicicleta 12 km/h (os padrões do r5r); de carro pela classe de via do OpenStreetMap, substituída pelo limite de velocidade da linha (maxspeed) e por um campo de velocidade. Os sentidos únicos são respeitados de carro e de bicicleta (oneway do OSM, incluindo -1, ou um campo de direção como nas ferramentas de redes do QGIS). Camadas OSM lidas pelo GDAL guardam oneway e maxspeed em other_tags: são lidos dali.

Os pontos são ajustados à rua mais próxima (não só aos seus vértices) dentro da distância de ajuste; o trecho do ponto à rua é percorrido a pé. Os pontos mais distantes são listados no registro. Os caminhos mais curtos são calculados para muitas origens de cada vez sobre um grafo contraído, em blocos de memória limitada, e podem ser cancelados. Camadas geográficas são reprojetadas para a zona UTM da malha.

Para matrizes muito grandes, grave diretamente em um arquivo CSV ou Parquet com 'Arquivo de matriz'.

Cenários viários (parâmetros avançados): fatores de velocidade por classe de via e hora do dia com um horário de partida (congestionamento: velocidade = velocidade de fluxo livre × fator), trechos fechados, trechos novos e um raster de elevação para caminhada (função de caminhada de Tobler) e bicicleta (um balanço de potência) conforme a declividade, com tempos diferentes na subida e na descida.</translation>
        </message>
    </context>
    <context>
        <name>TripDistribution</name>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="61" />
            <source>Trip distribution (gravity model)</source>
            <translation>Distribuição de viagens (modelo gravitacional)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="85" />
            <source>Zones (polygons, points or a table)</source>
            <translation>Zonas (polígonos, pontos ou uma tabela)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="86" />
            <source>Productions field (trips leaving each zone)</source>
            <translation>Campo de produções (viagens que saem de cada zona)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="86" />
            <source>Attractions field (trips arriving in each zone)</source>
            <translation>Campo de atrações (viagens que chegam a cada zona)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="91" />
            <source>Cost matrix (long table or CSV file)</source>
            <translation>Matriz de custos (tabela longa ou arquivo CSV)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="99" />
            <source>Origin id field of the matrix</source>
            <translation>Campo identificador de origem da matriz</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="99" />
            <source>Destination id field of the matrix</source>
            <translation>Campo identificador de destino da matriz</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="99" />
            <source>Cost field of the matrix</source>
            <translation>Campo de custo da matriz</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="125" />
            <source>Deterrence function</source>
            <translation>Função de impedância</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="120" />
            <source>Exponential: exp(−β·cost)</source>
            <translation>Exponencial: exp(−β·custo)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="121" />
            <source>Power: cost^(−β)</source>
            <translation>Potência: custo^(−β)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="122" />
            <source>Combined (gamma): cost^b · exp(c·cost)</source>
            <translation>Combinada (gama): custo^b · exp(c·custo)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="123" />
            <source>Table of factors by cost band</source>
            <translation>Tabela de fatores por faixa de custo</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="126" />
            <source>β (deterrence parameter)</source>
            <translation>β (parâmetro de impedância)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="126" />
            <source>Per unit of cost; about 1 / mean trip cost when nothing better is known.</source>
            <translation>Por unidade de custo; aproximadamente 1 / custo médio de viagem na falta de algo melhor.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="130" />
            <source>Calibrate β to this observed mean trip cost (0 = do not calibrate)</source>
            <translation>Calibrar β para este custo médio de viagem observado (0 = não calibrar)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="130" />
            <source>Mean cost of the trips in the OD survey, in the unit of the cost matrix. β is then found with Hyman's method so the model reproduces it (exponential and power functions).</source>
            <translation>Custo médio das viagens da pesquisa OD, na unidade da matriz de custos. β é então obtido pelo método de Hyman para que o modelo o reproduza (funções exponencial e potência).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="138" />
            <source>Combined function: exponent b of cost^b</source>
            <translation>Função combinada: expoente b de custo^b</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="138" />
            <source>Combined function: coefficient c of exp(c·cost)</source>
            <translation>Função combinada: coeficiente c de exp(c·custo)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="143" />
            <source>Deterrence table: upper bound of each cost band and its factor</source>
            <translation>Tabela de impedância: limite superior de cada faixa de custo e seu fator</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="143" />
            <source>Cost up to</source>
            <translation>Custo até</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="143" />
            <source>Factor</source>
            <translation>Fator</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="150" />
            <source>Used with the table function: costs from the previous bound (0 for the first band) up to this bound get this factor; costs above the last bound get 0.</source>
            <translation>Usada com a função de tabela: custos desde o limite anterior (0 para a primeira faixa) até este limite recebem este fator; custos acima do último limite recebem 0.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="162" />
            <source>Constraint</source>
            <translation>Restrição</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="158" />
            <source>Doubly constrained (productions and attractions)</source>
            <translation>Duplamente restrito (produções e atrações)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="159" />
            <source>Production constrained</source>
            <translation>Restrito nas produções</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="160" />
            <source>Attraction constrained</source>
            <translation>Restrito nas atrações</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="168" />
            <source>When total productions and attractions differ</source>
            <translation>Quando os totais de produções e atrações diferem</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="164" />
            <source>Scale attractions to total productions</source>
            <translation>Escalar as atrações para o total de produções</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="165" />
            <source>Scale productions to total attractions</source>
            <translation>Escalar as produções para o total de atrações</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="166" />
            <source>Scale both to the mean of the two totals</source>
            <translation>Escalar ambas para a média dos dois totais</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="171" />
            <source>Cost of trips within a zone</source>
            <translation>Custo das viagens dentro de uma zona</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="171" />
            <source>Replaces the cost of every trip within a zone. Leave empty to keep the matrix's own values and use half the cost to the nearest zone where the matrix has none (or zero).</source>
            <translation>Substitui o custo de todas as viagens dentro de uma zona. Deixe vazio para manter os valores da matriz e usar a metade do custo até a zona mais próxima onde a matriz não tem nenhum (ou zero).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="179" />
            <source>Balancing tolerance (largest relative error of a zone total)</source>
            <translation>Tolerância do balanceamento (maior erro relativo do total de uma zona)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="183" />
            <source>Maximum balancing iterations</source>
            <translation>Máximo de iterações de balanceamento</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="106" />
            <source>Trips (OD table)</source>
            <translation>Viagens (tabela OD)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="107" />
            <source>Total trips</source>
            <translation>Total de viagens</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="107" />
            <source>Mean trip cost</source>
            <translation>Custo médio de viagem</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="107" />
            <source>β used or calibrated</source>
            <translation>β usado ou calibrado</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="107" />
            <source>Balancing iterations</source>
            <translation>Iterações de balanceamento</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="107" />
            <source>Largest relative error of a zone total</source>
            <translation>Maior erro relativo do total de uma zona</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="115" />
            <source>Balancing converged</source>
            <translation>O balanceamento convergiu</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="190" />
            <source>The cost matrix has no rows.</source>
            <translation>A matriz de custos não tem linhas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="313" />
            <source>{0} rows of the cost matrix have no number in field {1}: those pairs are unreachable.</source>
            <translation>{0} linhas da matriz de custos não têm um número no campo {1}: esses pares são inalcançáveis.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="308" />
            <source>{0} rows of the cost matrix refer to {1} ids that are not zones and were left out: {2}.</source>
            <translation>{0} linhas da matriz de custos referem-se a {1} identificadores que não são zonas e foram omitidas: {2}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="320" />
            <source>{} zones have no cost (or zero) for trips within the zone: half the cost to their nearest zone is used.</source>
            <translation>{} zonas não têm custo (ou é zero) para as viagens dentro da zona: usa-se a metade do custo até a zona mais próxima.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="231" />
            <source>The deterrence table must hold numbers only (cost bound and factor).</source>
            <translation>A tabela de impedância deve conter apenas números (limite de custo e fator).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="235" />
            <source>The deterrence table needs at least one row, positive cost bounds in increasing order and factors of zero or more.</source>
            <translation>A tabela de impedância precisa de pelo menos uma linha, limites de custo positivos em ordem crescente e fatores de zero ou mais.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="325" />
            <source>{0} of {1} origin-destination pairs have no cost: they are unreachable and get no trips.</source>
            <translation>{0} de {1} pares origem-destino não têm custo: são inalcançáveis e não recebem viagens.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="302" />
            <source>{0} zones have 0 in field {1}.</source>
            <translation>{0} zonas têm 0 no campo {1}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="336" />
            <source>Hyman calibration: β = {0:.6g} after {1} runs (observed mean cost {2:.4g}, modelled {3:.4g}).</source>
            <translation>Calibração de Hyman: β = {0:.6g} após {1} execuções (custo médio observado {2:.4g}, modelado {3:.4g}).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="349" />
            <source>The calibration did not reach the observed mean trip cost: check that the cost matrix and the observed mean use the same unit.</source>
            <translation>A calibração não alcançou o custo médio de viagem observado: verifique se a matriz de custos e a média observada usam a mesma unidade.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="283" />
            <source>{} origin-destination pairs with trips written.</source>
            <translation>Foram gravados {} pares origem-destino com viagens.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="360" />
            <source>attractions were scaled to total productions</source>
            <translation>as atrações foram escaladas para o total de produções</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="361" />
            <source>productions were scaled to total attractions</source>
            <translation>as produções foram escaladas para o total de atrações</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="362" />
            <source>both were scaled to the mean of the two totals</source>
            <translation>ambas foram escaladas para a média dos dois totais</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="364" />
            <source>Total productions ({0:,.1f}) and attractions ({1:,.1f}) differ: {2} (productions × {3:.6g}, attractions × {4:.6g}; total {5:,.1f}).</source>
            <translation>Os totais de produções ({0:,.1f}) e atrações ({1:,.1f}) diferem: {2} (produções × {3:.6g}, atrações × {4:.6g}; total {5:,.1f}).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="395" />
            <source>{0} zones produce trips but cannot reach any attracting zone: {1}.</source>
            <translation>{0} zonas produzem viagens mas não alcançam nenhuma zona que atraia viagens: {1}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="401" />
            <source>{0} zones attract trips but no producing zone reaches them: {1}.</source>
            <translation>{0} zonas atraem viagens mas nenhuma zona produtora as alcança: {1}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="409" />
            <source>exponential</source>
            <translation>exponencial</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="410" />
            <source>power</source>
            <translation>potência</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="411" />
            <source>combined (gamma)</source>
            <translation>combinada (gama)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="412" />
            <source>table</source>
            <translation>tabela</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="415" />
            <source>Deterrence function: {0} ({1}).</source>
            <translation>Função de impedância: {0} ({1}).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="416" />
            <source>{0} zones; {1:,.1f} trips; {2} balancing iterations; largest relative error of a zone total {3:.3g}; mean trip cost {4:.4g}.</source>
            <translation>{0} zonas; {1:,.1f} viagens; {2} iterações de balanceamento; maior erro relativo do total de uma zona {3:.3g}; custo médio de viagem {4:.4g}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="427" />
            <source>The balancing did not converge within the iteration limit (largest error {:.3g}): the trips are written, but raise the maximum iterations or check zones that cannot be reached.</source>
            <translation>O balanceamento não convergiu dentro do limite de iterações (maior erro {:.3g}): as viagens são gravadas, mas aumente o máximo de iterações ou verifique as zonas que não podem ser alcançadas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="389" />
            <source>The zones form {} groups between which no trip is possible (for example an island of the network): attractions were scaled within each group to its productions.</source>
            <translation>As zonas formam {} grupos entre os quais nenhuma viagem é possível (por exemplo, uma ilha da malha): as atrações foram escaladas dentro de cada grupo às suas produções.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="64" />
            <source>Distributes the trips produced and attracted by each zone between every pair of zones with the gravity model T_ij = A_i O_i B_j D_j f(c_ij) (Ortúzar &amp; Willumsen, Modelling Transport, 4th ed., 2011, ch. 5), doubly constrained (Furness balancing) or constrained on productions or attractions only.

The deterrence function f is exponential exp(−β c), power c^(−β), combined (gamma) c^b · exp(c₁ c) or a table of factors by cost band. A typical starting β is 1 / mean trip time (about 0.017/min public transport, 0.03/min car, 0.08/min walking and cycling). Give an observed mean trip cost (from an OD survey) to calibrate β with Hyman's method instead.

The cost matrix is a long table (one row per origin and destination) from a layer, or a CSV, CSV.gz or Parquet file, e.g. the output of a travel-time matrix. Pairs absent from it, or without a cost, are unreachable and get no trips; a pair that appears twice is refused. When the matrix has no cost within a zone, half the cost to the nearest zone is used. Unequal totals of productions and attractions are balanced first (reported).

The model works on zones × zones matrices (16 bytes per pair of zones): a run that would not fit in the memory available is refused with the size it needs.

Output: a table from_id, to_id, trips, cost. The log reports iterations, the final error, the mean trip cost and the calibrated parameters.</source>
            <translation>Distribui as viagens produzidas e atraídas por cada zona entre todos os pares de zonas com o modelo gravitacional T_ij = A_i O_i B_j D_j f(c_ij) (Ortúzar e Willumsen, Modelling Transport, 4.ª ed., 2011, cap. 5), duplamente restrito (balanceamento de Furness) ou restrito apenas nas produções ou nas atrações.

A função de impedância f é exponencial exp(−β c), potência c^(−β), combinada (gama) c^b · exp(c₁ c) ou uma tabela de fatores por faixa de custo. Um β inicial típico é 1 / tempo médio de viagem (cerca de 0,017/min no transporte público, 0,03/min de carro, 0,08/min a pé e de bicicleta). Informe em vez disso um custo médio de viagem observado (de uma pesquisa origem-destino) para calibrar β pelo método de Hyman.

A matriz de custos é uma tabela longa (uma linha por origem e destino) de uma camada, ou de um arquivo CSV, CSV.gz ou Parquet, p. ex. a saída de uma matriz de tempos de viagem. Os pares ausentes, ou sem custo, são inalcançáveis e não recebem viagens; um par que aparece duas vezes é recusado. Quando a matriz não tem custo dentro de uma zona, usa-se a metade do custo até a zona mais próxima. Se os totais de produções e atrações diferem, primeiro são balanceados (informado).

O modelo trabalha com matrizes de zonas × zonas (16 bytes por par de zonas): uma execução que não caberia na memória disponível é recusada com o tamanho de que precisa.

Saída: uma tabela from_id, to_id, trips, cost. O registro informa as iterações, o erro final, o custo médio de viagem e os parâmetros calibrados.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="91" />
            <source>One row per origin and destination with their ids and the cost (travel time in minutes, distance or generalised cost). A CSV, CSV.gz or Parquet file is read directly, in chunks, which is much faster for big matrices.</source>
            <translation>Uma linha por origem e destino com seus identificadores e o custo (tempo de viagem em minutos, distância ou custo generalizado). Um arquivo CSV, CSV.gz ou Parquet é lido diretamente, em partes, muito mais rápido para matrizes grandes.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="191" />
            <source>No row of the cost matrix matches the zone ids (matrix ids such as {matrix_ids}; zone ids such as {zone_ids}): check the zone id field and the id fields of the matrix.</source>
            <translation>Nenhuma linha da matriz de custos corresponde aos identificadores de zona (identificadores da matriz como {matrix_ids}; das zonas como {zone_ids}): verifique o campo identificador da zona e os campos identificadores da matriz.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="195" />
            <source>{n} origin-destination pairs appear more than once in the cost matrix (e.g. {examples}): each pair must appear once. Remove or aggregate the repeated rows.</source>
            <translation>{n} pares origem-destino aparecem mais de uma vez na matriz de custos (p. ex. {examples}): cada par deve aparecer uma única vez. Remova ou agregue as linhas repetidas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="199" />
            <source>The observed mean trip cost {observed:.4g} cannot be reached: with these zones and this cost matrix the mean trip cost is at most {max_mean:.4g} (no deterrence at all). Check that both use the same unit and that the matrix's time limit covers the trips observed.</source>
            <translation>O custo médio de viagem observado {observed:.4g} não pode ser alcançado: com estas zonas e esta matriz de custos o custo médio de viagem é no máximo {max_mean:.4g} (sem nenhuma dissuasão). Verifique se ambos usam a mesma unidade e se o limite de tempo da matriz cobre as viagens observadas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripdistribution.py" line="206" />
            <source>The observed mean trip cost {observed:.4g} is too low for these zones and this cost matrix: the gravity model cannot bring its mean that low, its balancing fails as the trips crowd onto the cheapest pairs. Check that the matrix and the observed mean use the same unit.</source>
            <translation>O custo médio de viagem observado {observed:.4g} é baixo demais para estas zonas e esta matriz de custos: o modelo gravitacional não consegue baixar tanto a sua média, o seu balanceamento falha quando as viagens se concentram nos pares mais baratos. Verifique se a matriz e a média observada usam a mesma unidade.</translation>
        </message>
    </context>
    <context>
        <name>TripGeneration</name>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="66" />
            <source>Trip generation</source>
            <translation>Geração de viagens</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="69" />
            <source>Estimates the trips produced and attracted by each zone in a day (Ortúzar &amp; Willumsen, Modelling Transport, 4th ed., 2011, ch. 4) and adds them as two new fields.

Productions: cross-classification (a trip rate for each category, e.g. income group, times a count such as the population; the default rates 1.6 / 2.0 / 2.5 trips per inhabitant per day for low / middle / high income are LAC working values around the 2.0 average of the CAF Urban Mobility Observatory — replace them with rates from the local OD survey), rates on zone fields (Σ field × rate), or a linear regression fitted on zones with an observed number of trips. Several category fields are combined by writing their values separated by ';' in the rate table (e.g. 'low;1').

Attractions: rates on zone fields (e.g. jobs, school places) or a regression.

Productions and attractions are then balanced to equal totals (by default attractions are scaled to the productions, which are usually the better estimate); the log reports the totals before and after and the factors.</source>
            <translation>Estima as viagens diárias produzidas e atraídas por cada zona (Ortúzar e Willumsen, Modelling Transport, 4.ª ed., 2011, cap. 4) e as adiciona como dois campos novos.

Produções: classificação cruzada (uma taxa de viagens por categoria, p. ex. faixa de renda, multiplicada por uma contagem como a população; as taxas padrão 1,6 / 2,0 / 2,5 viagens por habitante por dia para renda baixa / média / alta são valores de trabalho para a América Latina e o Caribe em torno da média de 2,0 do Observatório de Mobilidade Urbana da CAF; substitua-as por taxas da pesquisa origem-destino local), taxas sobre campos da zona (Σ campo × taxa) ou uma regressão linear ajustada nas zonas com um número de viagens observado. Vários campos de categoria são combinados escrevendo seus valores separados por ';' na tabela de taxas (p. ex. 'low;1').

Atrações: taxas sobre campos da zona (p. ex. empregos, vagas escolares) ou uma regressão.

Em seguida, produções e atrações são balanceadas para totais iguais (por padrão as atrações são escaladas para as produções, que costumam ser a melhor estimativa); o registro informa os totais antes e depois e os fatores.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="96" />
            <source>Zones (polygons, points or a table)</source>
            <translation>Zonas (polígonos, pontos ou uma tabela)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="134" />
            <source>Productions method</source>
            <translation>Método de produções</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="130" />
            <source>Cross-classification: rate by category × count field</source>
            <translation>Classificação cruzada: taxa por categoria × campo de contagem</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="209" />
            <source>Rates on zone fields</source>
            <translation>Taxas sobre campos da zona</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="210" />
            <source>Regression on zone fields (observed trips field)</source>
            <translation>Regressão sobre campos da zona (campo de viagens observadas)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="135" />
            <source>Category fields (cross-classification, e.g. income group)</source>
            <translation>Campos de categoria (classificação cruzada, p. ex. faixa de renda)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="139" />
            <source>Count field (persons or households per zone)</source>
            <translation>Campo de contagem (pessoas ou domicílios por zona)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="143" />
            <source>Trip rates by category (trips per person or household per day)</source>
            <translation>Taxas de viagens por categoria (viagens por pessoa ou domicílio por dia)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="143" />
            <source>Category value(s)</source>
            <translation>Valor(es) de categoria</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="143" />
            <source>Rate</source>
            <translation>Taxa</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="150" />
            <source>One row per category value of the category field; with several category fields write the values in the same order separated by ';'. Ignored when a rate table layer is given.</source>
            <translation>Uma linha por valor de categoria do campo de categoria; com vários campos de categoria escreva os valores na mesma ordem separados por ';'. Ignorada se uma camada de tabela de taxas for informada.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="157" />
            <source>Rate table layer (instead of the rates above)</source>
            <translation>Camada de tabela de taxas (em vez das taxas acima)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="157" />
            <source>A table with one field named like each category field and a rate field.</source>
            <translation>Uma tabela com um campo com o nome de cada campo de categoria e um campo de taxa.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="162" />
            <source>Rate field of the rate table</source>
            <translation>Campo de taxa da tabela de taxas</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="172" />
            <source>Production fields (rates on zone fields or regression)</source>
            <translation>Campos de produção (taxas sobre campos da zona ou regressão)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="172" />
            <source>Production rates, one per production field (comma-separated)</source>
            <translation>Taxas de produção, uma por campo de produção (separadas por vírgulas)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="172" />
            <source>One rate for every field, or one per field in the same order, separated by commas (or by ';' when decimals are written with a comma).</source>
            <translation>Uma taxa para todos os campos, ou uma por campo na mesma ordem, separadas por vírgulas (ou por ';' se os decimais forem escritos com vírgula).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="172" />
            <source>Observed productions field (regression; zones without a value are predicted)</source>
            <translation>Campo de produções observadas (regressão; as zonas sem valor são previstas)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="212" />
            <source>Attractions method</source>
            <translation>Método de atrações</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="213" />
            <source>Attraction fields (e.g. jobs, school places)</source>
            <translation>Campos de atração (p. ex. empregos, vagas escolares)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="213" />
            <source>Attraction rates, one per attraction field (comma-separated)</source>
            <translation>Taxas de atração, uma por campo de atração (separadas por vírgulas)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="213" />
            <source>Trips attracted per unit of each field. When attractions are scaled to productions only the ratios between the rates matter.</source>
            <translation>Viagens atraídas por unidade de cada campo. Se as atrações forem escaladas para as produções, só importam as proporções entre as taxas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="213" />
            <source>Observed attractions field (regression; zones without a value are predicted)</source>
            <translation>Campo de atrações observadas (regressão; as zonas sem valor são previstas)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="105" />
            <source>Balance the totals</source>
            <translation>Balancear os totais</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="100" />
            <source>Scale attractions to total productions</source>
            <translation>Escalar as atrações para o total de produções</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="101" />
            <source>Scale productions to total attractions</source>
            <translation>Escalar as produções para o total de atrações</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="102" />
            <source>Scale both to the mean of the two totals</source>
            <translation>Escalar ambas para a média dos dois totais</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="103" />
            <source>Do not balance</source>
            <translation>Não balancear</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="106" />
            <source>Name of the productions field</source>
            <translation>Nome do campo de produções</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="106" />
            <source>Name of the attractions field</source>
            <translation>Nome do campo de atrações</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="111" />
            <source>Zones with productions and attractions</source>
            <translation>Zonas com produções e atrações</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="114" />
            <source>Total productions before balancing</source>
            <translation>Total de produções antes do balanceamento</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="114" />
            <source>Total attractions before balancing</source>
            <translation>Total de atrações antes do balanceamento</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="114" />
            <source>Total productions</source>
            <translation>Total de produções</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="114" />
            <source>Total attractions</source>
            <translation>Total de atrações</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="114" />
            <source>Factor applied to productions</source>
            <translation>Fator aplicado às produções</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="114" />
            <source>Factor applied to attractions</source>
            <translation>Fator aplicado às atrações</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="252" />
            <source>The {0} rates '{1}' are not numbers separated by commas.</source>
            <translation>As taxas de {0} '{1}' não são números separados por vírgulas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="258" />
            <source>{0} {1} fields but {2} rates: give one rate, or one per field.</source>
            <translation>{0} campos de {1} mas {2} taxas: informe uma taxa, ou uma por campo.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="279" />
            <source>Choose at least one {} field.</source>
            <translation>Escolha pelo menos um campo de {}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="481" />
            <source>{0} NULL values in the {1} fields were counted as 0.</source>
            <translation>{0} valores NULL nos campos de {1} foram contados como 0.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="488" />
            <source>{0} = {1}</source>
            <translation>{0} = {1}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="272" />
            <source>The {} regression needs explanatory fields and an observed trips field.</source>
            <translation>A regressão de {} precisa de campos explicativos e de um campo de viagens observadas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="497" />
            <source>{0} regression: {1} (R² = {2:.3f}, {3} zones observed, {4} predicted).</source>
            <translation>Regressão de {0}: {1} (R² = {2:.3f}, {3} zonas observadas, {4} previstas).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="503" />
            <source>{0} zones could not be predicted (NULL explanatory values) and {1} got a negative prediction: both were set to 0.</source>
            <translation>{0} zonas não puderam ser previstas (valores explicativos NULL) e {1} obtiveram uma previsão negativa: ambas foram fixadas em 0.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="335" />
            <source>The rate table has no field {0}: it needs a field named like each category field and a rate field.</source>
            <translation>A tabela de taxas não tem o campo {0}: precisa de um campo com o nome de cada campo de categoria e de um campo de taxa.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="350" />
            <source>The rate table row '{0}' has {1} values but {2} category fields were chosen: separate the values with ';' in the order of the fields.</source>
            <translation>A linha '{0}' da tabela de taxas tem {1} valores mas foram escolhidos {2} campos de categoria: separe os valores com ';' na ordem dos campos.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="299" />
            <source>Choose at least one category field for cross-classification, or use rates on zone fields (e.g. population × 2.0).</source>
            <translation>Escolha pelo menos um campo de categoria para a classificação cruzada, ou use taxas sobre campos da zona (p. ex. população × 2,0).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="513" />
            <source>{} zones have no category (NULL) and produce no trips.</source>
            <translation>{} zonas não têm categoria (NULL) e não produzem viagens.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="519" />
            <source>{0} zones belong to categories without a rate and produce no trips: {1}.</source>
            <translation>{0} zonas pertencem a categorias sem taxa e não produzem viagens: {1}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="524" />
            <source>Cross-classification on {0} × {1} with {2} rates.</source>
            <translation>Classificação cruzada sobre {0} × {1} com {2} taxas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="452" />
            <source>productions</source>
            <translation>produções</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="453" />
            <source>attractions</source>
            <translation>atrações</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="541" />
            <source>attractions scaled to total productions</source>
            <translation>atrações escaladas para o total de produções</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="542" />
            <source>productions scaled to total attractions</source>
            <translation>produções escaladas para o total de atrações</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="543" />
            <source>both scaled to the mean of the two totals</source>
            <translation>ambas escaladas para a média dos dois totais</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="545" />
            <source>Balance: total productions {0:,.1f} and attractions {1:,.1f} before; {2} (productions × {3:.6g}, attractions × {4:.6g}); both {5:,.1f} after.</source>
            <translation>Balanceamento: total de produções {0:,.1f} e de atrações {1:,.1f} antes; {2} (produções × {3:.6g}, atrações × {4:.6g}); ambos {5:,.1f} depois.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="534" />
            <source>Not balanced: total productions {0:,.1f}, total attractions {1:,.1f}.</source>
            <translation>Sem balancear: total de produções {0:,.1f}, total de atrações {1:,.1f}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="318" />
            <source>The productions and attractions fields need different names.</source>
            <translation>Os campos de produções e atrações precisam de nomes diferentes.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="69" />
            <source>Rates from the local OD survey: give its trips table and its persons (or households) table, both with the category fields; each category's rate is its expanded trips divided by its expanded persons, and the log lists them. They take the place of the rates above.</source>
            <translation>Taxas da pesquisa origem-destino local: informe sua tabela de viagens e sua tabela de pessoas (ou domicílios), ambas com os campos de categoria; a taxa de cada categoria é a soma expandida de suas viagens dividida pela de suas pessoas, e o registro as lista. Elas substituem as taxas acima.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="185" />
            <source>OD survey: trips table (rates estimated from the survey, instead of the rates above)</source>
            <translation>Pesquisa OD: tabela de viagens (taxas estimadas a partir da pesquisa, em vez das taxas acima)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="185" />
            <source>One row per surveyed trip with the category fields (named like the zones' category fields) and optionally an expansion factor. The rate of a category is its weighted trips divided by its weighted persons in the persons table.</source>
            <translation>Uma linha por viagem pesquisada com os campos de categoria (com os mesmos nomes dos campos de categoria das zonas) e, opcionalmente, um fator de expansão. A taxa de uma categoria é a soma ponderada de suas viagens dividida pela de suas pessoas na tabela de pessoas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="185" />
            <source>Expansion factor of the trips (empty: 1 per trip)</source>
            <translation>Fator de expansão das viagens (vazio: 1 por viagem)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="185" />
            <source>OD survey: persons or households table</source>
            <translation>Pesquisa OD: tabela de pessoas ou domicílios</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="185" />
            <source>One row per surveyed person or household (or per category, with the count as the weight), with the same category fields; the same unit as the zones' count field.</source>
            <translation>Uma linha por pessoa ou domicílio pesquisado (ou por categoria, com a contagem como peso), com os mesmos campos de categoria; a mesma unidade do campo de contagem das zonas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="185" />
            <source>Expansion factor of the persons (empty: 1 per row)</source>
            <translation>Fator de expansão das pessoas (vazio: 1 por linha)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="386" />
            <source>Rates from an OD survey need both the trips table and the persons table.</source>
            <translation>As taxas de uma pesquisa OD precisam da tabela de viagens e da tabela de pessoas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="389" />
            <source>trips</source>
            <translation>viagens</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="398" />
            <source>persons</source>
            <translation>pessoas</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="368" />
            <source>The survey's {0} table has no field {1}: it needs the category fields of the zones.</source>
            <translation>A tabela de {0} da pesquisa não tem o campo {1}: ela precisa dos campos de categoria das zonas.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="377" />
            <source>The survey's {} table is empty.</source>
            <translation>A tabela de {} da pesquisa está vazia.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="403" />
            <source>{0} categories have surveyed trips but no persons and get no rate: {1}.</source>
            <translation>{0} categorias têm viagens pesquisadas mas nenhuma pessoa e não recebem taxa: {1}.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="414" />
            <source>Trip rates from the survey (trips / persons by category):</source>
            <translation>Taxas de viagem da pesquisa (viagens / pessoas por categoria):</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/tripgeneration.py" line="289" />
            <source>The OD survey tables give rates by category: they are used only by cross-classification and were ignored.</source>
            <translation>As tabelas da pesquisa OD dão taxas por categoria: só a classificação cruzada as usa e elas foram ignoradas.</translation>
        </message>
    </context>
    <context>
        <name>ZonalStatistics</name>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="46" />
            <source>Zonal statistics (exact coverage)</source>
            <translation>Estatísticas zonais (cobertura exata)</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="68" />
            <source>Raster layer</source>
            <translation>Camada raster</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="69" />
            <source>Band number</source>
            <translation>Número da banda</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="70" />
            <source>Zones</source>
            <translation>Zonas</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="72" />
            <source>Sum</source>
            <translation>Soma</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="73" />
            <source>Mean</source>
            <translation>Média</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="74" />
            <source>Count (covered pixels)</source>
            <translation>Contagem (pixels cobertos)</translation>
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
            <translation>Desvio padrão</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="78" />
            <source>Range</source>
            <translation>Amplitude</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="80" />
            <source>Statistics to calculate</source>
            <translation>Estatísticas a calcular</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="89" />
            <source>Output column prefix</source>
            <translation>Prefixo da coluna de saída</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="89" />
            <source>New fields are named prefix + statistic, e.g. pop_sum for a population raster.</source>
            <translation>Os novos campos se chamam prefixo + estatística, p. ex. pop_sum para um raster de população.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="93" />
            <source>Zonal statistics</source>
            <translation>Estatísticas zonais</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="107" />
            <source>Band {0} does not exist: the raster has {1} band(s).</source>
            <translation>A banda {0} não existe: o raster tem {1} banda(s).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="140" />
            <source>The zones are reprojected from {0} to the raster's CRS {1} for the computation.</source>
            <translation>As zonas são reprojetadas de {0} para o SRC do raster {1} para o cálculo.</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="120" />
            <source>Cannot read the raster {0}: {1}</source>
            <translation>Não é possível ler o raster {0}: {1}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="130" />
            <source>Sum over the zones: {}</source>
            <translation>Soma sobre as zonas: {}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="152" />
            <source>{0} zones have no polygon geometry (NULL, empty or not a polygon); their statistics are NULL: {1}</source>
            <translation>{0} zonas não têm geometria poligonal (NULL, vazia ou não poligonal); suas estatísticas são NULL: {1}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="152" />
            <source>{0} zones are outside the raster; their count is 0 and their other statistics are NULL: {1}</source>
            <translation>{0} zonas estão fora do raster; sua contagem é 0 e suas demais estatísticas são NULL: {1}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="152" />
            <source>{0} zones are partly outside the raster; only the part inside counts: {1}</source>
            <translation>{0} zonas estão parcialmente fora do raster; só conta a parte dentro: {1}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="152" />
            <source>{0} zones cover only nodata pixels; their count is 0 and their other statistics are NULL: {1}</source>
            <translation>{0} zonas cobrem só pixels sem dados; sua contagem é 0 e suas demais estatísticas são NULL: {1}</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="49" />
            <source>Summarises a raster band (for example WorldPop or GHSL population) over polygon zones: sum, mean, count, minimum, maximum, standard deviation and range.

Each pixel counts with the exact share of its area that the polygon covers, not by whether its centre falls inside, so a population raster is apportioned between zones at their edges and the sum over zones that tile the raster equals the raster sum. Count is the covered area of valid pixels in pixel units (fractional); mean and standard deviation are weighted by the covered area; minimum and maximum consider every pixel a zone touches.

Pixels equal to the band's nodata value and NaN pixels (whatever the nodata value) have no value: they are left out of every statistic, and the zones that cover some are reported with the share of their area on such pixels.

The raster may be in any coordinate reference system (CRS): the zones are reprojected to it for the computation only, and the output keeps the zones' CRS and geometry. The raster is read one zone window at a time, so a country-size raster does not need to fit in memory. Zones outside or partly outside the raster and zones with only nodata pixels are reported.

Method: exact pixel coverage fractions as in exactextract (Baston, ISciences).</source>
            <translation>Resume uma banda de um raster (por exemplo, população do WorldPop ou GHSL) sobre zonas poligonais: soma, média, contagem, mínimo, máximo, desvio padrão e amplitude.

Cada pixel conta com a fração exata de sua área coberta pelo polígono, e não pelo fato de seu centro cair dentro, de modo que um raster de população é repartido entre as zonas em suas bordas e a soma sobre zonas que cobrem o raster é igual à soma do raster. A contagem é a área coberta de pixels válidos em unidades de pixel (fracionária); a média e o desvio padrão são ponderados pela área coberta; o mínimo e o máximo consideram todo pixel que a zona toca.

Os pixels iguais ao valor sem dados da banda e os pixels NaN (qualquer que seja o valor sem dados) não têm valor: ficam fora de todas as estatísticas, e são informadas as zonas que cobrem algum deles, com a fração de sua área sobre esses pixels.

O raster pode estar em qualquer sistema de referência de coordenadas (SRC): as zonas são reprojetadas para ele apenas para o cálculo, e a saída mantém o SRC e a geometria das zonas. O raster é lido uma janela por zona, então um raster do tamanho de um país não precisa caber na memória. São informadas as zonas fora ou parcialmente fora do raster e as zonas só com pixels sem dados.

Método: frações exatas de cobertura de pixel como no exactextract (Baston, ISciences).</translation>
        </message>
        <message>
            <location filename="../processing/algorithms/zonalstatistics.py" line="180" />
            <source>{0} zones cover some nodata or NaN pixels (up to {1} % of a zone's area), left out of their statistics: {2}</source>
            <translation>{0} zonas cobrem alguns pixels sem dados ou NaN (até {1} % da área de uma zona), deixados fora de suas estatísticas: {2}</translation>
        </message>
    </context>
</TS>
