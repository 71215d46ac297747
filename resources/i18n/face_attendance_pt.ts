<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>About</name>
    <message>
        <source>{role} &lt;b&gt;{model}&lt;/b&gt;: {description}&lt;br&gt;weights licence: {licence}</source>
        <translation>{role} &lt;b&gt;{model}&lt;/b&gt;: {description}&lt;br&gt;licença dos pesos: {licence}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Face Attendance&lt;/b&gt; {version}&lt;br&gt;Face recognition attendance, run with onnxruntime on this computer. No image leaves this machine.&lt;br&gt;&lt;br&gt;Models in use (Settings, Detection; &lt;code&gt;face-attendance models list&lt;/code&gt;):&lt;ul&gt;{models}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Presença facial&lt;/b&gt; {version}&lt;br&gt;Controle de presença por reconhecimento facial, executado com onnxruntime neste computador. Nenhuma imagem sai desta máquina.&lt;br&gt;&lt;br&gt;Modelos em uso (Configurações, Detecção; &lt;code&gt;face-attendance models list&lt;/code&gt;):&lt;ul&gt;{models}&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>AdminGate</name>
    <message>
        <source>Checking the admin PIN...</source>
        <translation>Verificando o PIN de administrador...</translation>
    </message>
    <message>
        <source>{what} needs the admin PIN.</source>
        <translation>{what} requer o PIN de administrador.</translation>
    </message>
    <message>
        <source>The admin PIN cannot be checked now: {problem} Nothing was unlocked.</source>
        <translation>O PIN de administrador não pode ser verificado agora: {problem} Nada foi desbloqueado.</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN de administrador</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>This person was erased; only their past attendance is kept for the statistics, so no mark can be added for them or given to them.</source>
        <translation>Esta pessoa foi apagada; só a sua presença passada é mantida para as estatísticas, por isso nenhuma presença pode ser adicionada para ela nem atribuída a ela.</translation>
    </message>
    <message>
        <source>{name}: already checked out at {time}</source>
        <translation>{name}: saída já registrada às {time}</translation>
    </message>
    <message>
        <source>{name}: already checked in at {time}</source>
        <translation>{name}: entrada já registrada às {time}</translation>
    </message>
    <message>
        <source>{name} checked out at {time} ({session})</source>
        <translation>{name} registrou saída às {time} ({session})</translation>
    </message>
    <message>
        <source>{name} checked out at {time}</source>
        <translation>{name} registrou saída às {time}</translation>
    </message>
    <message>
        <source>{name} checked in at {time} ({session})</source>
        <translation>{name} registrou entrada às {time} ({session})</translation>
    </message>
    <message>
        <source>{name} checked in at {time}</source>
        <translation>{name} registrou entrada às {time}</translation>
    </message>
    <message>
        <source>{name} is deactivated: not recorded</source>
        <translation>{name} está desativado(a): não registrado</translation>
    </message>
    <message>
        <source>No open session for {name}: not recorded</source>
        <translation>Nenhuma sessão aberta para {name}: não registrado</translation>
    </message>
    <message>
        <source>{when} is in the future (it is {now} now): a mark records something that happened. Check the date and time.</source>
        <translation>{when} está no futuro (agora são {now}): um registro anota algo que já aconteceu. Verifique a data e a hora.</translation>
    </message>
    <message>
        <source>{when} is outside the session &apos;{session}&apos; ({start} to {end}). Pick a time within the session, or another session.</source>
        <translation>{when} está fora da sessão &quot;{session}&quot; ({start} a {end}). Escolha um horário dentro da sessão, ou outra sessão.</translation>
    </message>
    <message>
        <source>{when} is outside the session &apos;{session}&apos; ({start}). Pick a time within the session, or another session.</source>
        <translation>{when} está fora da sessão &quot;{session}&quot; ({start}). Escolha um horário dentro da sessão, ou outra sessão.</translation>
    </message>
    <message>
        <source>A session needs a name (for example &apos;Maths 7B&apos;).</source>
        <translation>Uma sessão precisa de um nome (por exemplo &quot;Matemática 7B&quot;).</translation>
    </message>
    <message>
        <source>group {group}</source>
        <translation>grupo {group}</translation>
    </message>
    <message>
        <source>for everybody</source>
        <translation>para todos</translation>
    </message>
    <message>
        <source>&apos;{session}&apos; ({who}) has been running since {start}. A group has one session at a time: continue that one, or end it before starting another.</source>
        <translation>&quot;{session}&quot; ({who}) está em andamento desde {start}. Um grupo tem uma sessão por vez: continue essa ou encerre-a antes de iniciar outra.</translation>
    </message>
    <message>
        <source>&apos;{session}&apos; ({who}, {when}) overlaps this time. A group has one session at a time: change the times, or edit that session.</source>
        <translation>&quot;{session}&quot; ({who}, {when}) coincide com este horário. Um grupo tem uma sessão por vez: altere os horários ou edite aquela sessão.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>de {start} a {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>a partir de {start}</translation>
    </message>
    <message>
        <source>Session &apos;{session}&apos; already ended at {when}.</source>
        <translation>A sessão &quot;{session}&quot; já terminou às {when}.</translation>
    </message>
    <message>
        <source>Session &apos;{session}&apos; has not started yet (starts {when}).</source>
        <translation>A sessão &quot;{session}&quot; ainda não começou (começa às {when}).</translation>
    </message>
    <message>
        <source>The session would end ({end}) before it starts ({start}). Check the times.</source>
        <translation>A sessão terminaria ({end}) antes de começar ({start}). Verifique os horários.</translation>
    </message>
    <message>
        <source>&apos;Late after&apos; ({when}) must lie between the start and the end.</source>
        <translation>&quot;Atraso após&quot; ({when}) deve ficar entre o início e o fim.</translation>
    </message>
    <message>
        <source>A reason is required for every correction; it is kept in the audit log.</source>
        <translation>Toda correção exige um motivo; ele fica no registro de auditoria.</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondência</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>check-out</source>
        <translation>saída</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>moved to another person</source>
        <translation>atribuído a outra pessoa</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Câmera</translation>
    </message>
    <message>
        <source>Group photo</source>
        <translation>Foto de grupo</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No marks for these days&lt;/h3&gt;&lt;p&gt;Marks appear here when people are recognised on the &lt;b&gt;Live&lt;/b&gt; page or in a group photo (&lt;b&gt;File › Open photo&lt;/b&gt;). Start a session there for a class or a shift.&lt;/p&gt;&lt;p&gt;Someone was missed? &lt;b&gt;Add manual...&lt;/b&gt; marks them by hand, with a reason.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nenhum registro nestes dias&lt;/h3&gt;&lt;p&gt;Os registros aparecem aqui quando as pessoas são reconhecidas na página &lt;b&gt;Ao vivo&lt;/b&gt; ou numa foto de grupo (&lt;b&gt;Arquivo › Abrir foto&lt;/b&gt;). Inicie lá uma sessão para uma aula ou um turno.&lt;/p&gt;&lt;p&gt;Alguém ficou de fora? &lt;b&gt;Adicionar manual...&lt;/b&gt; registra a pessoa à mão, com um motivo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{source}, confirmed by code</source>
        <translation>{source}, confirmado por código</translation>
    </message>
    <message>
        <source>very sure</source>
        <translation>muito segura</translation>
    </message>
    <message>
        <source>sure</source>
        <translation>segura</translation>
    </message>
    <message>
        <source>just within the limit</source>
        <translation>no limite</translation>
    </message>
    <message>
        <source>outside the limit</source>
        <translation>fora do limite</translation>
    </message>
    <message>
        <source>Made before the session was started (or without one): it counts for this session because it falls in it or just before its start</source>
        <translation>Feito antes de a sessão ser iniciada (ou sem sessão): conta para esta sessão porque cai dentro dela ou logo antes do seu início</translation>
    </message>
    <message>
        <source>made in &apos;{session}&apos;, outside its times now</source>
        <translation>feito em &quot;{session}&quot;, agora fora dos seus horários</translation>
    </message>
    <message>
        <source>Made in &apos;{session}&apos;, whose times were changed afterwards: it lies outside them now, so it counts for this session, which it falls in</source>
        <translation>Feito em &quot;{session}&quot;, cujos horários foram alterados depois: agora fica fora deles, por isso conta para esta sessão, na qual cai</translation>
    </message>
    <message>
        <source>not counted: outside the sessions of the person&apos;s group</source>
        <translation>não contado: fora das sessões do grupo da pessoa</translation>
    </message>
    <message>
        <source>Made in &apos;{session}&apos;, whose times were changed afterwards: it lies outside them now and counts for no session</source>
        <translation>Feito em &quot;{session}&quot;, cujos horários foram alterados depois: agora fica fora deles e não conta para nenhuma sessão</translation>
    </message>
    <message>
        <source>How closely the face matched the enrolled photos: distance {distance}, the app accepts up to {limit}</source>
        <translation>O quanto o rosto correspondeu às fotos cadastradas: distância {distance}, o aplicativo aceita até {limit}</translation>
    </message>
    <message>
        <source>withdrawn by {by}: {reason}</source>
        <translation>retirado por {by}: {reason}</translation>
    </message>
    <message>
        <source>moved to another person by {by}: {reason}</source>
        <translation>atribuído a outra pessoa por {by}: {reason}</translation>
    </message>
    <message>
        <source>corrected by {by}: {reason}</source>
        <translation>corrigido por {by}: {reason}</translation>
    </message>
    <message>
        <source>Double-click: wrong person... · right-click: more</source>
        <translation>Clique duplo: pessoa errada... · botão direito: mais</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos os grupos</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Todas as sessões</translation>
    </message>
    <message>
        <source>Show corrected</source>
        <translation>Mostrar corrigidos</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <source>Add manual...</source>
        <translation>Adicionar manual...</translation>
    </message>
    <message>
        <source>Mark someone by hand (with a reason, recorded in the audit log)</source>
        <translation>Registrar alguém à mão (com um motivo, anotado no registro de auditoria)</translation>
    </message>
    <message>
        <source>Wrong person...</source>
        <translation>Pessoa errada...</translation>
    </message>
    <message>
        <source>Withdraw...</source>
        <translation>Retirar...</translation>
    </message>
    <message>
        <source>Edit session...</source>
        <translation>Editar sessão...</translation>
    </message>
    <message>
        <source>Roll call...</source>
        <translation>Chamada...</translation>
    </message>
    <message>
        <source>Events: {events} · people: {people}</source>
        <translation>Registros: {events} · pessoas: {people}</translation>
    </message>
    <message>
        <source>Only {count} marks are shown here: narrow the dates or the group</source>
        <translation>Apenas {count} registros são mostrados aqui: restrinja as datas ou o grupo</translation>
    </message>
    <message>
        <source>Marks made on these days that count for a session of another day (after midnight in an evening session, say): {count}. They are listed on that session&apos;s day.</source>
        <translation>Registros destes dias que contam para uma sessão de outro dia (por exemplo, depois da meia-noite numa sessão noturna): {count}. Eles aparecem no dia dessa sessão.</translation>
    </message>
    <message>
        <source>times in {zone}</source>
        <translation>horários de {zone}</translation>
    </message>
    <message>
        <source>Select a mark in the table first (or right-click a mark).</source>
        <translation>Selecione primeiro um registro na tabela (ou clique com o botão direito num registro).</translation>
    </message>
    <message>
        <source>This mark was already corrected; correct the mark that replaced it.</source>
        <translation>Este registro já foi corrigido; corrija o registro que o substituiu.</translation>
    </message>
    <message>
        <source>The selected mark is someone else: move it to the right person</source>
        <translation>O registro selecionado é de outra pessoa: atribua-o à pessoa certa</translation>
    </message>
    <message>
        <source>Withdraw the selected mark (kept as &apos;withdrawn&apos;, with a reason)</source>
        <translation>Retirar o registro selecionado (mantido como “retirado”, com um motivo)</translation>
    </message>
    <message>
        <source>{action}. {reason}</source>
        <translation>{action}. {reason}</translation>
    </message>
    <message>
        <source>Change the chosen session&apos;s start, end, group or late time; reports follow</source>
        <translation>Alterar o início, o fim, o grupo ou o horário de atraso da sessão escolhida; os relatórios acompanham</translation>
    </message>
    <message>
        <source>Choose a session in the filter above to change its times or group.</source>
        <translation>Escolha uma sessão no filtro acima para alterar os horários ou o grupo.</translation>
    </message>
    <message>
        <source>Who was absent or late in the chosen session (else the running or last one today), with Mark present for anyone the camera missed</source>
        <translation>Quem faltou ou chegou atrasado na sessão escolhida (senão, a em andamento ou a última de hoje), com &quot;Registrar presente&quot; para quem a câmera não detectou</translation>
    </message>
    <message>
        <source>No session in these days: start one, or choose other days.</source>
        <translation>Nenhuma sessão nestes dias: inicie uma ou escolha outros dias.</translation>
    </message>
    <message>
        <source>Add another mark for {name}...</source>
        <translation>Adicionar outro registro para {name}...</translation>
    </message>
    <message>
        <source>Editing a session</source>
        <translation>Editar uma sessão</translation>
    </message>
    <message>
        <source>Correcting attendance</source>
        <translation>Corrigir a presença</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup passphrase must have at least {count} characters; without it nobody (including you) can open the backup, so write it down somewhere safe.</source>
        <translation>A frase-senha do backup precisa de pelo menos {count} caracteres; sem ela ninguém (nem você) consegue abrir o backup, por isso anote-a num lugar seguro.</translation>
    </message>
    <message>
        <source>The disk is full: the backup {file} was not written. Free some space or choose another folder; nothing was changed.</source>
        <translation>O disco está cheio: o backup {file} não foi gravado. Liberte espaço ou escolha outra pasta; nada foi alterado.</translation>
    </message>
    <message>
        <source>Cannot write the backup {file}: {error}. Choose another folder; nothing was changed.</source>
        <translation>Não é possível gravar o backup {file}: {error}. Escolha outra pasta; nada foi alterado.</translation>
    </message>
    <message>
        <source>{file} is a folder; give a file name for the backup.</source>
        <translation>{file} é uma pasta; indique um nome de ficheiro para o backup.</translation>
    </message>
    <message>
        <source>There is no database at {file} to back up.</source>
        <translation>Não há nenhuma base de dados em {file} para fazer backup.</translation>
    </message>
    <message>
        <source>There is no encryption key for face data to save: this database does not use encryption yet.</source>
        <translation>Não há chave de criptografia de dados faciais para salvar: este banco de dados ainda não usa criptografia.</translation>
    </message>
    <message>
        <source>There is no encryption key for face data to save: key {key} is not on this computer.</source>
        <translation>Não há chave de criptografia de dados faciais para salvar: a chave {key} não está neste computador.</translation>
    </message>
    <message>
        <source>{file} is not a face-attendance backup archive.</source>
        <translation>{file} não é um arquivo de backup do face-attendance.</translation>
    </message>
    <message>
        <source>{file} is a backup of format version {version}, which this version of face-attendance cannot read (written by a newer version?).</source>
        <translation>{file} é um backup no formato versão {version}, que esta versão do face-attendance não consegue ler (gravado por uma versão mais recente?).</translation>
    </message>
    <message>
        <source>{file} has a damaged header.</source>
        <translation>{file} tem um cabeçalho danificado.</translation>
    </message>
    <message>
        <source>{file} has a damaged or crafted header; it cannot be restored.</source>
        <translation>{file} tem um cabeçalho danificado ou forjado; não pode ser restaurado.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the backup {file}. Nothing was changed.</source>
        <translation>Frase-senha errada para o backup {file}. Nada foi alterado.</translation>
    </message>
    <message>
        <source>{file} has data after its end; it was modified.</source>
        <translation>{file} tem dados depois do fim; foi modificado.</translation>
    </message>
    <message>
        <source>The backup file {file} does not exist.</source>
        <translation>O ficheiro de backup {file} não existe.</translation>
    </message>
    <message>
        <source>{file} is damaged: {problem}</source>
        <translation>{file} está danificado: {problem}</translation>
    </message>
    <message>
        <source>{file} has no manifest; it is not a complete backup.</source>
        <translation>{file} não tem manifesto; não é um backup completo.</translation>
    </message>
    <message>
        <source>{file} lacks its database; it cannot be restored.</source>
        <translation>Falta a base de dados em {file}; não pode ser restaurado.</translation>
    </message>
    <message>
        <source>The database inside {file} does not match its manifest.</source>
        <translation>A base de dados dentro de {file} não corresponde ao manifesto.</translation>
    </message>
    <message>
        <source>The data key inside {file} does not match its manifest.</source>
        <translation>A chave de dados dentro de {file} não corresponde ao manifesto.</translation>
    </message>
    <message>
        <source>The database inside the backup is damaged ({problem}).</source>
        <translation>A base de dados do backup está danificada ({problem}).</translation>
    </message>
    <message>
        <source>The database inside the backup cannot be used: {problem} Nothing was changed.</source>
        <translation>A base de dados do backup não pode ser usada: {problem} Nada foi alterado.</translation>
    </message>
    <message>
        <source>The backup&apos;s database is at schema revision {revision}, which this version of face-attendance does not know (it was made by a newer version). Install that version to restore it; nothing was changed.</source>
        <translation>A base de dados do backup está na revisão de esquema {revision}, que esta versão do face-attendance não conhece (foi feita por uma versão mais recente). Instale essa versão para o restaurar; nada foi alterado.</translation>
    </message>
    <message>
        <source>part of that path is a file, not a folder</source>
        <translation>parte desse caminho é um ficheiro, não uma pasta</translation>
    </message>
    <message>
        <source>Restore not confirmed: nothing was changed. Re-run with --yes (or answer &apos;yes&apos;) to replace the data listed above.</source>
        <translation>Restauração não confirmada: nada foi alterado. Execute de novo com --yes (ou responda &apos;yes&apos;) para substituir os dados listados acima.</translation>
    </message>
    <message>
        <source>Could not copy the current database {file} before restoring ({problem}); nothing was changed.</source>
        <translation>Não foi possível copiar o banco de dados atual {file} antes de restaurar ({problem}); nada foi alterado.</translation>
    </message>
    <message>
        <source>Could not copy the current database {file} before restoring; nothing was changed.</source>
        <translation>Não foi possível copiar o banco de dados atual {file} antes de restaurar; nada foi alterado.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <source>The backup&apos;s data is in use, but its settings could not be written ({problem}): the settings from before stay.</source>
        <translation>Os dados do backup estão em uso, mas as configurações dele não puderam ser gravadas ({problem}): as configurações anteriores continuam.</translation>
    </message>
    <message>
        <source>The backup&apos;s data is in use, but the restore could not finish ({problem}).</source>
        <translation>Os dados do backup estão em uso, mas a restauração não pôde terminar ({problem}).</translation>
    </message>
    <message>
        <source>The data from before the restore is kept at {file}: Undo the restore puts it back.</source>
        <translation>Os dados de antes da restauração estão guardados em {file}: &quot;Desfazer a restauração&quot; os traz de volta.</translation>
    </message>
    <message>
        <source>{file} is open in another program (a database viewer, a sync or copy tool?): close that program, then restore again. Nothing was changed.</source>
        <translation>{file} está aberto noutro programa (um visualizador de bases de dados, uma ferramenta de sincronização ou de cópia?): feche esse programa e restaure novamente. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Restoring into {file} failed ({problem}); the data there is unchanged, and a copy of it is kept at {copy}.</source>
        <translation>A restauração em {file} falhou ({problem}); os dados lá não mudaram, e uma cópia deles está em {copy}.</translation>
    </message>
    <message>
        <source>The restored database {file} fails its integrity check: {problem}</source>
        <translation>O banco de dados restaurado {file} falha na verificação de integridade: {problem}</translation>
    </message>
    <message>
        <source>The settings inside the backup are not valid TOML ({problem}); nothing was changed.</source>
        <translation>As configurações dentro do backup não são TOML válido ({problem}); nada foi alterado.</translation>
    </message>
    <message>
        <source>The settings inside the backup are not valid ({problem}); nothing was changed.</source>
        <translation>As configurações dentro do backup não são válidas ({problem}); nada foi alterado.</translation>
    </message>
    <message>
        <source>{file} is cut short (an incomplete copy). Copy it again from where it was saved, or choose another backup. Nothing was changed.</source>
        <translation>{file} está incompleto (uma cópia interrompida). Copie-o de novo de onde foi salvo ou escolha outro backup. Nada foi alterado.</translation>
    </message>
    <message>
        <source>{file} is damaged or was modified: part of it cannot be read. Copy it again from where it was saved, or choose another backup. Nothing was changed.</source>
        <translation>{file} está danificado ou foi modificado: uma parte dele não pode ser lida. Copie-o de novo de onde foi salvo ou escolha outro backup. Nada foi alterado.</translation>
    </message>
    <message>
        <source>another program is using the database file right now</source>
        <translation>outro programa está usando o arquivo do banco de dados neste momento</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>o arquivo está danificado</translation>
    </message>
    <message>
        <source>this user may not open the file</source>
        <translation>este usuário não pode abrir o arquivo</translation>
    </message>
    <message>
        <source>the disk could not be read</source>
        <translation>não foi possível ler o disco</translation>
    </message>
    <message>
        <source>SQLite says: {problem}</source>
        <translation>O SQLite indica: {problem}</translation>
    </message>
    <message>
        <source>{file} could not be read: {why}.</source>
        <translation>Não foi possível ler {file}: {why}.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>The data was not replaced.</source>
        <translation>Os dados não foram substituídos.</translation>
    </message>
    <message>
        <source>Face Attendance backups (*.fab);;All files (*)</source>
        <translation>Backups do Face Attendance (*.fab);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>People: {people} · Sessions: {sessions} · Attendance records: {events}</source>
        <translation>Pessoas: {people} · Sessões: {sessions} · Registos de presença: {events}</translation>
    </message>
    <message>
        <source>{people} ({active} active)</source>
        <translation>{people} ({active} ativas)</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Escolher...</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Fazer backup</translation>
    </message>
    <message>
        <source>A backup is one file with everyone enrolled, their face data, all sessions and attendance records, and the settings. It holds biometric data, so it is encrypted with a passphrase of at least {count} characters. Write the passphrase down and keep it apart from the file: without it nobody can open the backup, not even you.</source>
        <translation>Um backup é um ficheiro com todas as pessoas registadas, os seus dados faciais, todas as sessões e registos de presença, e as definições. Contém dados biométricos, por isso é cifrado com uma frase-senha de pelo menos {count} caracteres. Anote a frase-senha e guarde-a separada do ficheiro: sem ela ninguém consegue abrir o backup, nem você.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase-senha</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repita a frase-senha</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Guardar o backup como</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>Escolha onde guardar o backup.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters.</source>
        <translation>A frase-senha precisa de pelo menos {count} caracteres.</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>A fazer o backup...</translation>
    </message>
    <message>
        <source>Backup saved.</source>
        <translation>Backup guardado.</translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation>Ficheiro: {file}</translation>
    </message>
    <message>
        <source>Contents as of {when}: {what}</source>
        <translation>Conteúdo em {when}: {what}</translation>
    </message>
    <message>
        <source>Keep the file somewhere safe (a USB stick, another computer) and the passphrase apart from it. To bring it back, use Restore... in the File menu.</source>
        <translation>Guarde o ficheiro num lugar seguro (uma pen USB, outro computador) e a frase-senha à parte. Para o recuperar, use Restaurar... no menu Ficheiro.</translation>
    </message>
    <message>
        <source>The encryption key of the face data is not on this computer and is not in the backup: the faces in it can only be read where that key is.</source>
        <translation>A chave de cifra dos dados faciais não está neste computador nem no backup: os rostos nele só podem ser lidos onde essa chave estiver.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation>O backup não foi feito.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar um backup</translation>
    </message>
    <message>
        <source>A .fab file made by Back up</source>
        <translation>Um ficheiro .fab feito com Fazer backup</translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation>Abrir o backup</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Ficheiro de backup</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Escolher um backup</translation>
    </message>
    <message>
        <source>Opening and checking the backup...</source>
        <translation>A abrir e verificar o backup...</translation>
    </message>
    <message>
        <source>This backup cannot be restored.</source>
        <translation>Este backup não pode ser restaurado.</translation>
    </message>
    <message>
        <source>Backup of {when}, made on {device}</source>
        <translation>Backup de {when}, feito em {device}</translation>
    </message>
    <message>
        <source>(Face Attendance {version})</source>
        <translation>(Face Attendance {version})</translation>
    </message>
    <message>
        <source>These protection settings change with it:</source>
        <translation>Estas definições de proteção mudam com ele:</translation>
    </message>
    <message>
        <source>The backup&apos;s encryption key for face data will be installed on this computer.</source>
        <translation>A chave de cifra dos dados faciais do backup será instalada neste computador.</translation>
    </message>
    <message>
        <source>In the backup</source>
        <translation>No backup</translation>
    </message>
    <message>
        <source>On this computer now</source>
        <translation>Agora neste computador</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>Attendance records</source>
        <translation>Registos de presença</translation>
    </message>
    <message>
        <source>Face templates</source>
        <translation>Modelos faciais</translation>
    </message>
    <message>
        <source>Replace the current data</source>
        <translation>Substituir os dados atuais</translation>
    </message>
    <message>
        <source>Restoring the backup...</source>
        <translation>A restaurar o backup...</translation>
    </message>
    <message>
        <source>Restoring replaces everyone enrolled, their face data, all sessions and attendance records, and the settings on this computer with those in the backup. Nothing changes until you have seen what the backup holds and pressed &quot;Replace the current data&quot;.</source>
        <translation>Restaurar substitui todas as pessoas registadas, os seus dados faciais, todas as sessões e registos de presença, e as definições deste computador pelos do backup. Nada muda até ter visto o que o backup contém e carregado em «Substituir os dados atuais».</translation>
    </message>
    <message>
        <source>The current data is copied to {folder} first, then replaced by the backup&apos;s.</source>
        <translation>Os dados atuais são primeiro copiados para {folder} e depois substituídos pelos do backup.</translation>
    </message>
    <message>
        <source>Install the key</source>
        <translation>Instalar a chave</translation>
    </message>
    <message>
        <source>This backup holds only the encryption key for face data, no people or records: the data on this computer stays as it is.</source>
        <translation>Este backup contém apenas a chave de cifra dos dados faciais, sem pessoas nem registos: os dados deste computador ficam como estão.</translation>
    </message>
    <message>
        <source>This computer already has that key: there is nothing to restore.</source>
        <translation>Este computador já tem essa chave: não há nada para restaurar.</translation>
    </message>
    <message>
        <source>Consent needed to enroll</source>
        <translation>Consentimento necessário para registar</translation>
    </message>
    <message>
        <source>Face data encrypted on disk</source>
        <translation>Dados faciais cifrados no disco</translation>
    </message>
    <message>
        <source>Days face data is kept after a person leaves</source>
        <translation>Dias que os dados faciais são guardados após uma saída</translation>
    </message>
    <message>
        <source>Months attendance records are kept</source>
        <translation>Meses que os registos de presença são guardados</translation>
    </message>
    <message>
        <source>Minutes the admin PIN stays unlocked</source>
        <translation>Minutos que o PIN de administrador fica desbloqueado</translation>
    </message>
    <message>
        <source>Database copies kept in backups/</source>
        <translation>Cópias da base de dados guardadas em backups/</translation>
    </message>
    <message>
        <source>Days those copies are kept</source>
        <translation>Dias que essas cópias são guardadas</translation>
    </message>
    <message>
        <source>Kiosk liveness check</source>
        <translation>Verificação de pessoa real no quiosque</translation>
    </message>
    <message>
        <source>Kiosk second check</source>
        <translation>Segunda verificação do quiosque</translation>
    </message>
    <message>
        <source>Match threshold</source>
        <translation>Limiar de correspondência</translation>
    </message>
    <message>
        <source>Match margin</source>
        <translation>Margem de correspondência</translation>
    </message>
    <message>
        <source>Strictness</source>
        <translation>Rigor</translation>
    </message>
    <message>
        <source>Face model</source>
        <translation>Modelo facial</translation>
    </message>
    <message>
        <source>Face detector</source>
        <translation>Detetor de rostos</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ativado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>o valor predefinido</translation>
    </message>
    <message>
        <source>{setting}: {old} → {new}</source>
        <translation>{setting}: {old} → {new}</translation>
    </message>
    <message>
        <source>{file} already exists and is not a Face Attendance backup. Choose another name; nothing was changed.</source>
        <translation>{file} já existe e não é um backup do Face Attendance. Escolha outro nome; nada foi alterado.</translation>
    </message>
    <message>
        <source>There is already a backup named {file}, saved {when}. Replace it with a new backup? The old backup is then lost.</source>
        <translation>Já existe um backup chamado {file}, salvo em {when}. Substituí-lo por um novo backup? O backup antigo será perdido.</translation>
    </message>
    <message>
        <source>Replace the old backup</source>
        <translation>Substituir o backup antigo</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>ainda sem dados</translation>
    </message>
    <message>
        <source>Put back the data from before the restore?</source>
        <translation>Recolocar os dados de antes da restauração?</translation>
    </message>
    <message>
        <source>Replace the data on this computer with the backup&apos;s?</source>
        <translation>Substituir os dados deste computador pelos do backup?</translation>
    </message>
    <message>
        <source>{question}

Replaced: {now}
In use afterwards: {backup}

Everyone enrolled and every mark made since then is no longer in use. The current data is copied to {folder} first.</source>
        <translation>{question}

Substituído: {now}
Em uso depois: {backup}

As pessoas cadastradas e as presenças marcadas desde então deixam de estar em uso. Os dados atuais são copiados antes para {folder}.</translation>
    </message>
    <message>
        <source>Undo the restore</source>
        <translation>Desfazer a restauração</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>As duas frases-senha ainda não são iguais.</translation>
    </message>
    <message>
        <source>The admin PIN becomes the one that was set when this backup was made: make sure you know it.</source>
        <translation>O PIN de administrador passa a ser o que existia quando este backup foi feito: certifique-se de que o conhece.</translation>
    </message>
    <message>
        <source>The backup has no admin PIN: afterwards the admin pages are open until you set one in Settings.</source>
        <translation>O backup não tem PIN de administrador: depois, as páginas de administração ficam abertas até definir um nas Definições.</translation>
    </message>
    <message>
        <source>The backup&apos;s settings are not restored: this window was started with --data-dir and without --config, so your settings file belongs to another data folder. Only the data (and the encryption key) are.</source>
        <translation>As configurações do backup não são restauradas: esta janela foi aberta com --data-dir e sem --config, então o seu arquivo de configurações pertence a outra pasta de dados. Só os dados (e a chave de criptografia) são restaurados.</translation>
    </message>
    <message>
        <source>This backup holds a whole database, but this computer keeps its data on a database server ({server}): restore that server from its own backup. A backup that holds only the encryption key can be restored here.</source>
        <translation>Este backup contém um banco de dados inteiro, mas este computador guarda os dados em um servidor de banco de dados ({server}): restaure esse servidor a partir do próprio backup dele. Um backup que contém só a chave de criptografia pode ser restaurado aqui.</translation>
    </message>
    <message>
        <source>This computer keeps its data on a database server ({server}): ask whoever looks after that server to back it up. Here you save what only this computer has: the encryption key for the face data. Without it the faces on the server cannot be read after a reinstall. The file is encrypted with a passphrase of at least {count} characters; keep the passphrase apart from the file.</source>
        <translation>Este computador guarda os dados num servidor de banco de dados ({server}): peça a quem cuida desse servidor que faça o backup dele. Aqui você salva o que só este computador tem: a chave de criptografia dos dados faciais. Sem ela, os rostos no servidor não podem ser lidos depois de uma reinstalação. O arquivo é criptografado com uma frase-senha de pelo menos {count} caracteres; guarde a frase-senha separada do arquivo.</translation>
    </message>
    <message>
        <source>Contents: the encryption key for the face data, nothing else (the data stays on the database server).</source>
        <translation>Conteúdo: a chave de criptografia dos dados faciais, nada mais (os dados ficam no servidor de banco de dados).</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>não é possível ler</translation>
    </message>
    <message>
        <source>data that cannot be read now ({why})</source>
        <translation>dados que agora não é possível ler ({why})</translation>
    </message>
    <message>
        <source>The data on this computer now cannot be read ({why}), so what it holds is not shown.</source>
        <translation>Os dados deste computador não podem ser lidos agora ({why}), por isso o que contêm não é mostrado.</translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>The image folder {folder} does not exist. Create it or choose another source in Settings &gt; Camera.</source>
        <translation>A pasta de imagens {folder} não existe. Crie-a ou escolha outra fonte em Configurações &gt; Câmera.</translation>
    </message>
    <message>
        <source>The image folder {folder} holds no images (.jpg, .png, ...). Add some or choose another source.</source>
        <translation>A pasta de imagens {folder} não contém imagens (.jpg, .png, ...). Adicione algumas ou escolha outra fonte.</translation>
    </message>
    <message>
        <source>The video file {file} does not exist. Check the path, or choose another camera or video in Settings &gt; Camera.</source>
        <translation>O arquivo de vídeo {file} não existe. Verifique o caminho ou escolha outra câmera ou outro vídeo em Configurações &gt; Câmera.</translation>
    </message>
    <message>
        <source>Cannot connect to the stream {source}. Check the address, the network and the credentials.</source>
        <translation>Não é possível conectar à transmissão {source}. Verifique o endereço, a rede e as credenciais.</translation>
    </message>
    <message>
        <source>Cannot decode the video file {file}: it is damaged or in an unsupported format.</source>
        <translation>Não é possível decodificar o arquivo de vídeo {file}: está danificado ou em um formato não suportado.</translation>
    </message>
    <message>
        <source>photo {file}</source>
        <translation>foto {file}</translation>
    </message>
    <message>
        <source>camera {index}</source>
        <translation>câmera {index}</translation>
    </message>
    <message>
        <source>image folder {folder}</source>
        <translation>pasta de imagens {folder}</translation>
    </message>
    <message>
        <source>video {file}</source>
        <translation>vídeo {file}</translation>
    </message>
    <message>
        <source>Connecting to the camera...</source>
        <translation>Conectando à câmera...</translation>
    </message>
    <message>
        <source>Cannot open the source: {error}</source>
        <translation>Não é possível abrir a fonte: {error}</translation>
    </message>
    <message>
        <source>{problem} Reconnecting in {seconds} s...</source>
        <translation>{problem} Reconectando em {seconds} s...</translation>
    </message>
    <message>
        <source>The video has ended.</source>
        <translation>O vídeo terminou.</translation>
    </message>
    <message>
        <source>No camera source is set. Choose one in Settings &gt; Camera.</source>
        <translation>Nenhuma fonte de câmera definida. Escolha uma em Configurações &gt; Câmera.</translation>
    </message>
    <message>
        <source>Camera {camera} is not available: it is unplugged, used by another program, or this user may not access it (macOS: System Settings &gt; Privacy &amp; Security &gt; Camera). Plug it in or choose another camera or camera backend in Settings.</source>
        <translation>A câmera {camera} não está disponível: está desconectada, sendo usada por outro programa, ou este usuário não tem acesso a ela (macOS: Ajustes do Sistema &gt; Privacidade e Segurança &gt; Câmera). Conecte-a ou escolha outra câmera ou outro driver de câmera em Configurações.</translation>
    </message>
    <message>
        <source>Camera {camera} is not available through {backend}: it is unplugged, used by another program, or this user may not access it (macOS: System Settings &gt; Privacy &amp; Security &gt; Camera). Plug it in or choose another camera or camera backend in Settings.</source>
        <translation>A câmera {camera} não está disponível via {backend}: está desconectada, sendo usada por outro programa, ou este usuário não tem acesso a ela (macOS: Ajustes do Sistema &gt; Privacidade e Segurança &gt; Câmera). Conecte-a ou escolha outra câmera ou outro driver de câmera em Configurações.</translation>
    </message>
    <message>
        <source>{source} stopped delivering frames (unplugged or disconnected).</source>
        <translation>{source} parou de enviar imagens (desligada ou desconectada).</translation>
    </message>
    <message>
        <source>None of the images in {folder} can be read.</source>
        <translation>Nenhuma das imagens em {folder} pode ser lida.</translation>
    </message>
</context>
<context>
    <name>Cameras</name>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Add a manual mark</source>
        <translation>Adicionar um registro manual</translation>
    </message>
    <message>
        <source>Withdraw a mark</source>
        <translation>Retirar um registro</translation>
    </message>
    <message>
        <source>Wrong person</source>
        <translation>Pessoa errada</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>check-out</source>
        <translation>saída</translation>
    </message>
    <message>
        <source>No session (counts for the day)</source>
        <translation>Sem sessão (conta para o dia)</translation>
    </message>
    <message>
        <source>{name} — {kind} at {when}</source>
        <translation>{name} — {kind} em {when}</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Type or choose a name</source>
        <translation>Digite ou escolha um nome</translation>
    </message>
    <message>
        <source>The session the mark counts for in the register</source>
        <translation>A sessão em que o registro conta na lista de presença</translation>
    </message>
    <message>
        <source>Remember that this face is not the recognised person</source>
        <translation>Lembrar que este rosto não é a pessoa reconhecida</translation>
    </message>
    <message>
        <source>Only when the camera really mixed the two people up: the app will then be stricter before recognising this face as them again. Leave it off for a simple slip.</source>
        <translation>Somente quando a câmera realmente confundiu as duas pessoas: o aplicativo será mais rigoroso antes de reconhecer este rosto como essa pessoa de novo. Deixe desmarcado para um simples engano.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Actually</source>
        <translation>Na verdade</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Required: why (kept in the audit log)</source>
        <translation>Obrigatório: por quê (fica no registro de auditoria)</translation>
    </message>
    <message>
        <source>Please give a reason: corrections are audited.</source>
        <translation>Informe um motivo: as correções são auditadas.</translation>
    </message>
    <message>
        <source>Choose the person.</source>
        <translation>Escolha a pessoa.</translation>
    </message>
</context>
<context>
    <name>DataInUse</name>
    <message>
        <source>The kiosk is running on this data (since {time}).</source>
        <translation>O quiosque está em execução com estes dados (desde {time}).</translation>
    </message>
    <message>
        <source>A Face Attendance window is open on this data (since {time}).</source>
        <translation>Uma janela do Face Attendance está aberta com estes dados (desde {time}).</translation>
    </message>
    <message>
        <source>Another restore is running on this data (since {time}).</source>
        <translation>Outra restauração está em execução com estes dados (desde {time}).</translation>
    </message>
    <message>
        <source>Another Face Attendance program is starting on this data.</source>
        <translation>Outro programa do Face Attendance está iniciando com estes dados.</translation>
    </message>
    <message>
        <source>The command &quot;face-attendance {command}&quot; is running on this data (since {time}).</source>
        <translation>O comando &quot;face-attendance {command}&quot; está em execução com estes dados (desde {time}).</translation>
    </message>
    <message>
        <source>It runs on the computer {host}.</source>
        <translation>Ele está em execução no computador {host}.</translation>
    </message>
    <message>
        <source>Close it, then restore. Nothing was changed.</source>
        <translation>Feche-o e depois restaure. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Close them, then restore. Nothing was changed.</source>
        <translation>Feche-os e depois restaure. Nada foi alterado.</translation>
    </message>
    <message>
        <source>A restore is replacing the data in this folder (since {time}). Start again when it has finished.</source>
        <translation>Uma restauração está substituindo os dados desta pasta (desde {time}). Inicie novamente quando ela terminar.</translation>
    </message>
    <message>
        <source>This user may not open {file}: a program another user of this computer runs on this data may be using it.</source>
        <translation>Este usuário não pode abrir {file}: talvez um programa que outro usuário deste computador executa com estes dados o esteja usando.</translation>
    </message>
    <message>
        <source>If no such program runs any more, delete that file (or ask someone who may), then restore.</source>
        <translation>Se nenhum programa assim estiver mais em execução, apague esse arquivo (ou peça a alguém que possa) e depois restaure.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database {database} is locked by another program for too long. Close other copies of the app or wait and try again. Nothing was lost.</source>
        <translation>O banco de dados {database} está bloqueado por outro programa há tempo demais. Feche as outras cópias do aplicativo ou aguarde e tente novamente. Nada foi perdido.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Copiar para a área de transferência</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Add samples for {name}</source>
        <translation>Adicionar amostras de {name}</translation>
    </message>
    <message>
        <source>Enroll from camera</source>
        <translation>Cadastrar pela câmera</translation>
    </message>
    <message>
        <source>Enroll from photos</source>
        <translation>Cadastrar por fotos</translation>
    </message>
    <message>
        <source>This person agreed to have their face stored for attendance (consent text {version})</source>
        <translation>Esta pessoa concordou em ter o rosto armazenado para a presença (texto de consentimento {version})</translation>
    </message>
    <message>
        <source>Consent recorded by</source>
        <translation>Consentimento registrado por</translation>
    </message>
    <message>
        <source>Drop photos here or use &lt;b&gt;Add photos&lt;/b&gt;. One face per photo; several photos of the same person make recognition more reliable.</source>
        <translation>Solte fotos aqui ou use &lt;b&gt;Adicionar fotos&lt;/b&gt;. Um rosto por foto; várias fotos da mesma pessoa tornam o reconhecimento mais confiável.</translation>
    </message>
    <message>
        <source>Add photos...</source>
        <translation>Adicionar fotos...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Waiting for the camera...</source>
        <translation>Aguardando a câmera...</translation>
    </message>
    <message>
        <source>Capture  (Space)</source>
        <translation>Capturar  (Espaço)</translation>
    </message>
    <message>
        <source>Capture {count} or more views: straight, slightly left, slightly right.</source>
        <translation>Capture {count} ou mais vistas: de frente, um pouco à esquerda, um pouco à direita.</translation>
    </message>
    <message>
        <source>Add samples</source>
        <translation>Adicionar amostras</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Cadastrar</translation>
    </message>
    <message>
        <source>{name} was enrolled from a small or upscaled photo (a weak sample); recognition is less reliable until there are camera samples. Capture camera samples now: they replace the small photo.</source>
        <translation>{name} foi cadastrado(a) a partir de uma foto pequena ou ampliada (uma amostra fraca); o reconhecimento é menos confiável até haver amostras da câmera. Capture agora amostras com a câmera: elas substituem a foto pequena.</translation>
    </message>
    <message>
        <source>{name} was enrolled from a small or upscaled photo (a weak sample); recognition is less reliable until there are camera samples. Use Enroll from camera to take camera samples: they replace it.</source>
        <translation>{name} foi cadastrado(a) a partir de uma foto pequena ou ampliada (uma amostra fraca); o reconhecimento é menos confiável até haver amostras da câmera. Use Cadastrar pela câmera para tirar amostras: elas substituem a foto.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Digite o nome da pessoa.</translation>
    </message>
    <message>
        <source>Consent is required before a face can be stored.</source>
        <translation>É necessário o consentimento antes de armazenar um rosto.</translation>
    </message>
    <message>
        <source>Add at least one photo.</source>
        <translation>Adicione pelo menos uma foto.</translation>
    </message>
    <message>
        <source>Capture at least one picture.</source>
        <translation>Capture pelo menos uma imagem.</translation>
    </message>
    <message>
        <source>Ready: 1 sample.</source>
        <translation>Pronto: 1 amostra.</translation>
    </message>
    <message>
        <source>Ready: {count} samples.</source>
        <translation>Pronto: {count} amostras.</translation>
    </message>
    <message>
        <source>Photos of the person</source>
        <translation>Fotos da pessoa</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.webp)</source>
        <translation>Imagens (*.jpg *.jpeg *.png *.bmp *.webp)</translation>
    </message>
    <message>
        <source>{file}: damaged or not a picture (not used)</source>
        <translation>{file}: danificado ou não é uma imagem (não usado)</translation>
    </message>
    <message>
        <source>{files}: cannot be read, the file is damaged or not a picture. Choose another photo.</source>
        <translation>{files}: não pode ser lido, o arquivo está danificado ou não é uma imagem. Escolha outra foto.</translation>
    </message>
    <message>
        <source>No camera.</source>
        <translation>Sem câmera.</translation>
    </message>
    <message>
        <source>Good: hold still and capture</source>
        <translation>Bom: fique parado e capture</translation>
    </message>
    <message>
        <source>Looking for a face...</source>
        <translation>Procurando um rosto...</translation>
    </message>
    <message>
        <source>Only one person in the picture, please</source>
        <translation>Apenas uma pessoa na imagem, por favor</translation>
    </message>
    <message>
        <source>No face found: look at the camera</source>
        <translation>Nenhum rosto encontrado: olhe para a câmera</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>No checked picture yet.</source>
        <translation>Ainda não há imagem verificada.</translation>
    </message>
    <message>
        <source>Not captured: {reason}</source>
        <translation>Não capturada: {reason}</translation>
    </message>
    <message>
        <source>Enrolling...</source>
        <translation>Cadastrando...</translation>
    </message>
    <message>
        <source>{name} has new samples: 1 sample stored.</source>
        <translation>{name} tem novas amostras: 1 amostra armazenada.</translation>
    </message>
    <message>
        <source>{name} has new samples: {count} samples stored.</source>
        <translation>{name} tem novas amostras: {count} amostras armazenadas.</translation>
    </message>
    <message>
        <source>{name} is enrolled: 1 sample stored.</source>
        <translation>{name} está cadastrado(a): 1 amostra armazenada.</translation>
    </message>
    <message>
        <source>{name} is enrolled: {count} samples stored.</source>
        <translation>{name} está cadastrado(a): {count} amostras armazenadas.</translation>
    </message>
    <message>
        <source>Enrolled from a small photo (weak sample): recognition of {name} is less reliable until camera samples are taken (the kiosk and this dialog ask for them).</source>
        <translation>Cadastrado(a) a partir de uma foto pequena (amostra fraca): o reconhecimento de {name} é menos confiável até que sejam tiradas amostras com a câmera (o quiosque e esta janela as pedem).</translation>
    </message>
    <message>
        <source>{done} The small photo was replaced by the camera samples.</source>
        <translation>{done} A foto pequena foi substituída pelas amostras da câmera.</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Cadastrado</translation>
    </message>
    <message>
        <source>{done}

Not used:
{problems}</source>
        <translation>{done}

Não usadas:
{problems}</translation>
    </message>
    <message>
        <source>Small photo</source>
        <translation>Foto pequena</translation>
    </message>
    <message>
        <source>This photo is too blurred to enroll normally: it is small or was enlarged (an ID photo from a school or HR database?).

You can enroll it as a weak sample: recognition is less reliable until camera samples are taken, and the person is asked for them the next time the kiosk or this dialog sees them.</source>
        <translation>Esta foto está borrada demais para um cadastro normal: é pequena ou foi ampliada (uma foto de documento do banco de dados da escola ou do RH?).

Você pode cadastrá-la como amostra fraca: o reconhecimento é menos confiável até que sejam tiradas amostras com a câmera, e elas serão pedidas à pessoa na próxima vez que o quiosque ou esta janela a virem.</translation>
    </message>
    <message>
        <source>Enroll as weak sample</source>
        <translation>Cadastrar como amostra fraca</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguém</translation>
    </message>
    <message>
        <source>Looks like someone enrolled</source>
        <translation>Parece alguém já cadastrado</translation>
    </message>
    <message>
        <source>This face looks like {names}, who is already enrolled.

The same person twice? Add these photos to {name}.
Two different people who look alike (twins, relatives)? Enroll as a different person: the app remembers the pair, is stricter between them, and a kiosk asks them for their ID number.</source>
        <translation>Este rosto se parece com {names}, que já está cadastrado(a).

A mesma pessoa duas vezes? Adicione estas fotos a {name}.
Duas pessoas diferentes que se parecem (gêmeos, parentes)? Cadastre como outra pessoa: o aplicativo lembra o par, é mais rigoroso entre eles, e o quiosque pede o número de identificação deles.</translation>
    </message>
    <message>
        <source>Add to {name}</source>
        <translation>Adicionar a {name}</translation>
    </message>
    <message>
        <source>Enroll as a different person</source>
        <translation>Cadastrar como outra pessoa</translation>
    </message>
    <message>
        <source>Which face?</source>
        <translation>Qual rosto?</translation>
    </message>
    <message>
        <source>This photo shows {count} faces. Click the face of the person you are enrolling (or use its button below).</source>
        <translation>Esta foto mostra {count} rostos. Clique no rosto da pessoa que você está cadastrando (ou use o botão correspondente abaixo).</translation>
    </message>
    <message>
        <source>Face {number}</source>
        <translation>Rosto {number}</translation>
    </message>
    <message>
        <source>not good enough yet</source>
        <translation>ainda insuficiente</translation>
    </message>
    <message>
        <source>very good picture</source>
        <translation>imagem muito boa</translation>
    </message>
    <message>
        <source>good picture</source>
        <translation>imagem boa</translation>
    </message>
    <message>
        <source>just good enough</source>
        <translation>apenas suficiente</translation>
    </message>
</context>
<context>
    <name>Enrollment</name>
    <message>
        <source>No photo given: enroll needs at least one photo or camera frame.</source>
        <translation>Nenhuma foto informada: o cadastro precisa de pelo menos uma foto ou imagem da câmera.</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>esta pessoa</translation>
    </message>
    <message>
        <source>Enrolling {name} needs their consent to store their face (consent text {version}). Ask them, then confirm it (--consent on the command line, the consent box in the app). Nothing was stored.</source>
        <translation>Cadastrar {name} exige o consentimento para armazenar o rosto (texto de consentimento {version}). Peça à pessoa e depois confirme (--consent na linha de comando, a caixa de consentimento no aplicativo). Nada foi armazenado.</translation>
    </message>
    <message>
        <source>No face found in {source}. Use a photo where the face is clearly visible, well lit and at least {pixels} pixels wide.</source>
        <translation>Nenhum rosto encontrado em {source}. Use uma foto em que o rosto esteja bem visível, bem iluminado e com pelo menos {pixels} pixels de largura.</translation>
    </message>
    <message>
        <source>{source} has {count} face(s); face number {number} does not exist (0 = the largest, up to {last}).</source>
        <translation>{source} tem {count} rosto(s); o rosto número {number} não existe (0 = o maior, até {last}).</translation>
    </message>
    <message>
        <source>{source} shows {count} faces; enrollment needs exactly one. Crop the photo to one person, or choose which face to use (0 = the largest).</source>
        <translation>{source} mostra {count} rostos; o cadastro precisa de exatamente um. Recorte a foto para uma só pessoa ou escolha qual rosto usar (0 = o maior).</translation>
    </message>
    <message>
        <source>The face in {source} is too blurred to enroll ({problems}): a small or upscaled photo. Enroll it as a weak sample (--allow-weak, or &apos;Enroll as weak sample&apos; in the app): the person is then asked for camera samples the next time the kiosk or the enroll dialog sees them.</source>
        <translation>O rosto em {source} está borrado demais para o cadastro ({problems}): uma foto pequena ou ampliada. Cadastre-o como amostra fraca (--allow-weak, ou &quot;Cadastrar como amostra fraca&quot; no aplicativo): a pessoa receberá um pedido de amostras da câmera na próxima vez que o quiosque ou a janela de cadastro a virem.</translation>
    </message>
    <message>
        <source>The face in {source} is not good enough to enroll: {problems}. Take another photo.</source>
        <translation>O rosto em {source} não é bom o suficiente para o cadastro: {problems}. Tire outra foto.</translation>
    </message>
    <message>
        <source>{first} and {second} do not look like the same person. Enroll each person separately, or add a third photo.</source>
        <translation>{first} e {second} não parecem ser a mesma pessoa. Cadastre cada pessoa separadamente ou adicione uma terceira foto.</translation>
    </message>
    <message>
        <source>{source} does not look like the other photos of this person; left out.</source>
        <translation>{source} não se parece com as outras fotos desta pessoa; deixada de fora.</translation>
    </message>
    <message>
        <source>camera frame {number}</source>
        <translation>imagem da câmera {number}</translation>
    </message>
    <message>
        <source>the camera frame</source>
        <translation>a imagem da câmera</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>&quot;{name}&quot; cannot be a file name on Windows: no : ? * &lt; &gt; | or &quot; in it, no device name such as CON or NUL, no dot or space at the end. Choose another name.</source>
        <translation>“{name}” não pode ser um nome de arquivo no Windows: sem : ? * &lt; &gt; | ou &quot; nele, sem nome de dispositivo como CON ou NUL, sem ponto ou espaço no final. Escolha outro nome.</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>optional: student / staff number</source>
        <translation>opcional: número de aluno / funcionário</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Id externo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>GroupPhotoDialog</name>
    <message>
        <source>Ambiguous</source>
        <translation>Incerto</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>{name} (twice?)</source>
        <translation>{name} (duas vezes?)</translation>
    </message>
    <message>
        <source>recognised</source>
        <translation>reconhecido</translation>
    </message>
    <message>
        <source>not sure who</source>
        <translation>não se sabe quem é</translation>
    </message>
    <message>
        <source>found twice</source>
        <translation>encontrado duas vezes</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>não reconhecido</translation>
    </message>
    <message>
        <source>{name}: already found in this photo</source>
        <translation>{name}: já encontrado(a) nesta foto</translation>
    </message>
    <message>
        <source>Not sure who (face {number}): mark by hand if you know</source>
        <translation>Não se sabe quem é (rosto {number}): registre à mão se souber</translation>
    </message>
    <message>
        <source>Not recognised (face {number}): not enrolled, or the photo is unclear</source>
        <translation>Não reconhecido (rosto {number}): não cadastrado, ou a foto não está nítida</translation>
    </message>
    <message>
        <source>No face was found in this photo. Faces need to be large enough and turned towards the camera: try a closer or sharper photo, or mark people by hand.</source>
        <translation>Nenhum rosto foi encontrado nesta foto. Os rostos precisam ser grandes o bastante e estar voltados para a câmera: tente uma foto mais próxima ou mais nítida, ou registre as pessoas à mão.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found 1 face&lt;/b&gt;: {known} recognised, {others} not recognised.</source>
        <translation>&lt;b&gt;1 rosto encontrado&lt;/b&gt;: {known} reconhecido(s), {others} não reconhecido(s).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found 1 face&lt;/b&gt;: {known} recognised.</source>
        <translation>&lt;b&gt;1 rosto encontrado&lt;/b&gt;: {known} reconhecido(s).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found {count} faces&lt;/b&gt;: {known} recognised, {others} not recognised.</source>
        <translation>&lt;b&gt;{count} rostos encontrados&lt;/b&gt;: {known} reconhecido(s), {others} não reconhecido(s).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found {count} faces&lt;/b&gt;: {known} recognised.</source>
        <translation>&lt;b&gt;{count} rostos encontrados&lt;/b&gt;: {known} reconhecido(s).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Count the people in the photo&lt;/b&gt;: anyone without a box was not found (face too small, turned away or hidden); mark them by hand on the Attendance page.</source>
        <translation>&lt;b&gt;Conte as pessoas na foto&lt;/b&gt;: quem não tem um quadro não foi encontrado (rosto pequeno demais, virado ou encoberto); registre-o à mão na página Presença.</translation>
    </message>
    <message>
        <source>Choose or start a session above to mark them.</source>
        <translation>Escolha ou inicie uma sessão acima para registrá-los.</translation>
    </message>
    <message>
        <source>Untick anyone who should not be marked in {session}.</source>
        <translation>Desmarque quem não deve ser registrado em {session}.</translation>
    </message>
    <message>
        <source>Group photo — {file}</source>
        <translation>Foto de grupo — {file}</translation>
    </message>
    <message>
        <source>Recognising...</source>
        <translation>Reconhecendo...</translation>
    </message>
    <message>
        <source>Enroll this face...</source>
        <translation>Cadastrar este rosto...</translation>
    </message>
    <message>
        <source>Select a face that was not recognised to enroll it</source>
        <translation>Selecione um rosto não reconhecido para cadastrá-lo</translation>
    </message>
    <message>
        <source>The session the ticked people are marked present in</source>
        <translation>A sessão em que as pessoas marcadas são registradas como presentes</translation>
    </message>
    <message>
        <source>Start a session...</source>
        <translation>Iniciar uma sessão...</translation>
    </message>
    <message>
        <source>Mark into</source>
        <translation>Registrar em</translation>
    </message>
    <message>
        <source>Mark ticked people present</source>
        <translation>Registrar como presentes os marcados</translation>
    </message>
    <message>
        <source>No session today: start one</source>
        <translation>Nenhuma sessão hoje: inicie uma</translation>
    </message>
    <message>
        <source>Group photo</source>
        <translation>Foto de grupo</translation>
    </message>
    <message>
        <source>Recognising faces...</source>
        <translation>Reconhecendo rostos...</translation>
    </message>
    <message>
        <source>Marks from a group photo go into a session: choose or start one above.</source>
        <translation>Os registros de uma foto de grupo vão para uma sessão: escolha ou inicie uma acima.</translation>
    </message>
    <message>
        <source>Nobody in the photo was recognised.</source>
        <translation>Ninguém na foto foi reconhecido.</translation>
    </message>
    <message>
        <source>Mark the ticked people present in {session}</source>
        <translation>Registrar como presentes os marcados em {session}</translation>
    </message>
    <message>
        <source>Enroll from the photo</source>
        <translation>Cadastrar a partir da foto</translation>
    </message>
    <message>
        <source>Enroll this face</source>
        <translation>Cadastrar este rosto</translation>
    </message>
    <message>
        <source>Class or team (optional)</source>
        <translation>Turma ou equipe (opcional)</translation>
    </message>
    <message>
        <source>This person agreed to have their face stored</source>
        <translation>Esta pessoa concordou em ter o rosto armazenado</translation>
    </message>
</context>
<context>
    <name>IdentifyDialog</name>
    <message>
        <source>{name}  ({how})</source>
        <translation>{name}  ({how})</translation>
    </message>
    <message>
        <source>Not sure: {name}</source>
        <translation>Incerto: {name}</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identificar</translation>
    </message>
    <message>
        <source>No face found in the picture.</source>
        <translation>Nenhum rosto encontrado na imagem.</translation>
    </message>
    <message>
        <source>1 face found, {known} recognised.</source>
        <translation>1 rosto encontrado, {known} reconhecido(s).</translation>
    </message>
    <message>
        <source>{count} faces found, {known} recognised.</source>
        <translation>{count} rostos encontrados, {known} reconhecido(s).</translation>
    </message>
    <message>
        <source>Mark recognised</source>
        <translation>Registrar reconhecidos</translation>
    </message>
    <message>
        <source>Record attendance for the recognised people</source>
        <translation>Registrar a presença das pessoas reconhecidas</translation>
    </message>
</context>
<context>
    <name>Image</name>
    <message>
        <source>{file} is {width}x{height} pixels ({megapixels} MP), more than the {limit} MP this app opens. Save a smaller copy (a few megapixels is plenty for a face) and try again.</source>
        <translation>{file} tem {width}x{height} pixels ({megapixels} MP), mais que os {limit} MP que este aplicativo abre. Salve uma cópia menor (alguns megapixels bastam para um rosto) e tente novamente.</translation>
    </message>
    <message>
        <source>The image {file} does not exist. Check the path.</source>
        <translation>A imagem {file} não existe. Verifique o caminho.</translation>
    </message>
    <message>
        <source>{file} is a folder, not an image file.</source>
        <translation>{file} é uma pasta, não um arquivo de imagem.</translation>
    </message>
    <message>
        <source>The image {file} is empty (0 bytes). Choose another file.</source>
        <translation>A imagem {file} está vazia (0 bytes). Escolha outro arquivo.</translation>
    </message>
    <message>
        <source>The file {file} is {megabytes} MB, too large for a still image. Save a smaller copy and try again.</source>
        <translation>O arquivo {file} tem {megabytes} MB, grande demais para uma imagem estática. Salve uma cópia menor e tente novamente.</translation>
    </message>
    <message>
        <source>No permission to read the image {file}. Give this user read access.</source>
        <translation>Sem permissão para ler a imagem {file}. Dê a este usuário acesso de leitura.</translation>
    </message>
    <message>
        <source>Cannot read the image {file}: {error}.</source>
        <translation>Não é possível ler a imagem {file}: {error}.</translation>
    </message>
    <message>
        <source>{file} is not a readable image ({detail}). Use a JPEG or PNG photo; if it is one, it may be damaged: export it again from the camera or phone.</source>
        <translation>{file} não é uma imagem legível ({detail}). Use uma foto JPEG ou PNG; se já for, pode estar danificada: exporte-a de novo da câmera ou do celular.</translation>
    </message>
    <message>
        <source>{file} is not a readable image. Use a JPEG or PNG photo; if it is one, it may be damaged: export it again from the camera or phone.</source>
        <translation>{file} não é uma imagem legível. Use uma foto JPEG ou PNG; se já for, pode estar danificada: exporte-a de novo da câmera ou do celular.</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Look at the camera</source>
        <translation>Olhe para a câmera</translation>
    </message>
    <message>
        <source>Step up to check in</source>
        <translation>Aproxime-se para registrar a entrada</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Obrigado</translation>
    </message>
    <message>
        <source>Next person, please</source>
        <translation>Próxima pessoa, por favor</translation>
    </message>
    <message>
        <source>One at a time, please</source>
        <translation>Um de cada vez, por favor</translation>
    </message>
    <message>
        <source>Step up alone, your face inside the oval</source>
        <translation>Aproxime-se sozinho, com o rosto dentro do oval</translation>
    </message>
    <message>
        <source>Checked out {time}</source>
        <translation>Saída registrada {time}</translation>
    </message>
    <message>
        <source>Checked in {time}</source>
        <translation>Entrada registrada {time}</translation>
    </message>
    <message>
        <source>Checking your PIN...</source>
        <translation>Verificando o seu PIN...</translation>
    </message>
    <message>
        <source>Checking your ID number...</source>
        <translation>Verificando o seu número de identificação...</translation>
    </message>
    <message>
        <source>Not saved: another program is using the database. Please type it again in a moment.</source>
        <translation>Não foi salvo: outro programa está usando o banco de dados. Digite novamente em um instante.</translation>
    </message>
    <message>
        <source>Not saved: something went wrong (see the log). Please type it again.</source>
        <translation>Não foi salvo: algo deu errado (veja o log). Digite novamente.</translation>
    </message>
    <message>
        <source>Already checked out at {time}</source>
        <translation>Saída já registrada às {time}</translation>
    </message>
    <message>
        <source>Already checked in at {time}</source>
        <translation>Entrada já registrada às {time}</translation>
    </message>
    <message>
        <source>Hold still...</source>
        <translation>Fique parado...</translation>
    </message>
    <message>
        <source>Recognising your face</source>
        <translation>Reconhecendo o seu rosto</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Não reconhecido</translation>
    </message>
    <message>
        <source>Please see the front desk</source>
        <translation>Por favor, dirija-se à recepção</translation>
    </message>
    <message>
        <source>Check not passed</source>
        <translation>Verificação não aprovada</translation>
    </message>
    <message>
        <source>then look back at the camera</source>
        <translation>e depois olhe de novo para a câmera</translation>
    </message>
    <message>
        <source>Your photo on file is small: we need to be sure it is you</source>
        <translation>Sua foto cadastrada é pequena: precisamos ter certeza de que é você</translation>
    </message>
    <message>
        <source>Please type your PIN</source>
        <translation>Digite o seu PIN</translation>
    </message>
    <message>
        <source>Please type your ID number</source>
        <translation>Digite o seu número de identificação</translation>
    </message>
    <message>
        <source>We need to be sure it is you</source>
        <translation>Precisamos ter certeza de que é você</translation>
    </message>
    <message>
        <source>Please wait: another program is using the database. Your check-in is saved as soon as it is free.</source>
        <translation>Aguarde: outro programa está usando o banco de dados. O seu registro será salvo assim que ele ficar livre.</translation>
    </message>
    <message>
        <source>confirmed by code</source>
        <translation>confirmado por código</translation>
    </message>
    <message>
        <source>That was not right</source>
        <translation>Não estava correto</translation>
    </message>
    <message>
        <source>That PIN is not right (1 try left)</source>
        <translation>Esse PIN não está correto (resta 1 tentativa)</translation>
    </message>
    <message>
        <source>That PIN is not right ({count} tries left)</source>
        <translation>Esse PIN não está correto (tentativas restantes: {count})</translation>
    </message>
    <message>
        <source>That number is not right (1 try left)</source>
        <translation>Esse número não está correto (resta 1 tentativa)</translation>
    </message>
    <message>
        <source>That number is not right ({count} tries left)</source>
        <translation>Esse número não está correto (tentativas restantes: {count})</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Não confirmado</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Entrada já registrada</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Não registrado</translation>
    </message>
    <message>
        <source>Keep looking at the camera: updating your photo</source>
        <translation>Continue olhando para a câmera: atualizando sua foto</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN incorreto. Tente novamente.</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Bom dia</translation>
    </message>
    <message>
        <source>Good morning, {name}</source>
        <translation>Bom dia, {name}</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Boa tarde</translation>
    </message>
    <message>
        <source>Good afternoon, {name}</source>
        <translation>Boa tarde, {name}</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Boa noite</translation>
    </message>
    <message>
        <source>Good evening, {name}</source>
        <translation>Boa noite, {name}</translation>
    </message>
    <message>
        <source>Goodbye</source>
        <translation>Até logo</translation>
    </message>
    <message>
        <source>Goodbye, {name}</source>
        <translation>Até logo, {name}</translation>
    </message>
    <message>
        <source>Starting the camera...</source>
        <translation>Iniciando a câmera...</translation>
    </message>
    <message>
        <source>The video has ended.</source>
        <translation>O vídeo terminou.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Registro de entrada</translation>
    </message>
    <message>
        <source>Face models</source>
        <translation>Modelos faciais</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Fora de serviço</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presença</translation>
    </message>
    <message>
        <source>Please type your PIN to confirm it is you</source>
        <translation>Digite o seu PIN para confirmar que é você</translation>
    </message>
    <message>
        <source>Please type your ID number to confirm it is you</source>
        <translation>Digite o seu número de identificação para confirmar que é você</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Seu PIN</translation>
    </message>
    <message>
        <source>Your ID number</source>
        <translation>Seu número de identificação</translation>
    </message>
    <message>
        <source>Camera unavailable</source>
        <translation>Câmera indisponível</translation>
    </message>
    <message>
        <source>Reconnecting automatically - please see the front desk</source>
        <translation>Reconectando automaticamente - por favor, dirija-se à recepção</translation>
    </message>
    <message>
        <source>Enter the admin PIN to leave kiosk mode</source>
        <translation>Digite o PIN de administrador para sair do modo quiosque</translation>
    </message>
    <message>
        <source>Slowly turn your head to your left</source>
        <translation>Vire a cabeça devagar para a sua esquerda</translation>
    </message>
    <message>
        <source>Slowly turn your head to your right</source>
        <translation>Vire a cabeça devagar para a sua direita</translation>
    </message>
    <message>
        <source>Nod your head slowly</source>
        <translation>Acene com a cabeça devagar</translation>
    </message>
    <message>
        <source>Open your mouth wide</source>
        <translation>Abra bem a boca</translation>
    </message>
    <message>
        <source>and keep looking at the camera</source>
        <translation>e continue olhando para a câmera</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {count} seconds.</source>
        <translation>Muitos PINs incorretos. Tente novamente em {count} segundos.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {count} minutes.</source>
        <translation>Muitos PINs incorretos. Tente novamente em {count} minutos.</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <source>checked in</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>saída</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>No session running: marks count for the day.</source>
        <translation>Nenhuma sessão em andamento: os registros contam para o dia.</translation>
    </message>
    <message>
        <source>Recognise</source>
        <translation>Reconhecer</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Right-click a mark to correct it</source>
        <translation>Clique com o botão direito num registro para corrigi-lo</translation>
    </message>
    <message>
        <source>Recognised people appear here as they are marked.</source>
        <translation>As pessoas reconhecidas aparecem aqui à medida que são registradas.</translation>
    </message>
    <message>
        <source>Wrong person...</source>
        <translation>Pessoa errada...</translation>
    </message>
    <message>
        <source>Withdraw...</source>
        <translation>Retirar...</translation>
    </message>
    <message>
        <source>person {id}</source>
        <translation>pessoa {id}</translation>
    </message>
    <message>
        <source>confirmed by code</source>
        <translation>confirmado por código</translation>
    </message>
    <message>
        <source>Right-click to correct this mark</source>
        <translation>Clique com o botão direito para corrigir este registro</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Ambiguous</source>
        <translation>Ambíguo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>verificando…</translation>
    </message>
    <message>
        <source>not sure who</source>
        <translation>não se sabe quem</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>não reconhecido</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Live</source>
        <translation>Ao vivo</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presença</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Face Attendance</source>
        <translation>Presença facial</translation>
    </message>
    <message>
        <source>Identify now</source>
        <translation>Identificar agora</translation>
    </message>
    <message>
        <source>Recognise whoever is in front of the camera now (F5)</source>
        <translation>Reconhecer agora quem estiver em frente à câmera (F5)</translation>
    </message>
    <message>
        <source>Open photo...</source>
        <translation>Abrir foto...</translation>
    </message>
    <message>
        <source>Recognise the people in a group photo and confirm who was there (Ctrl+O)</source>
        <translation>Reconhecer as pessoas numa foto de grupo e confirmar quem estava lá (Ctrl+O)</translation>
    </message>
    <message>
        <source>Enroll from camera...</source>
        <translation>Cadastrar pela câmera...</translation>
    </message>
    <message>
        <source>Enroll a person from several camera captures (Ctrl+E)</source>
        <translation>Cadastrar uma pessoa a partir de várias capturas da câmera (Ctrl+E)</translation>
    </message>
    <message>
        <source>Enroll from photos...</source>
        <translation>Cadastrar por fotos...</translation>
    </message>
    <message>
        <source>Enroll a person from one or more photo files (Ctrl+N)</source>
        <translation>Cadastrar uma pessoa a partir de um ou mais arquivos de foto (Ctrl+N)</translation>
    </message>
    <message>
        <source>Start...</source>
        <translation>Iniciar...</translation>
    </message>
    <message>
        <source>Start an attendance session (a class, a shift) (Ctrl+Shift+S)</source>
        <translation>Iniciar uma sessão de presença (uma aula, um turno) (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Encerrar</translation>
    </message>
    <message>
        <source>End the running session (Ctrl+Shift+E)</source>
        <translation>Encerrar a sessão em andamento (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Add many people from a CSV file (name, external id, group, photo)</source>
        <translation>Adicionar muitas pessoas de um arquivo CSV (nome, id externo, grupo, foto)</translation>
    </message>
    <message>
        <source>Undo the restore</source>
        <translation>Desfazer a restauração</translation>
    </message>
    <message>
        <source>The data from before the restore is back.</source>
        <translation>Os dados de antes da restauração estão de volta.</translation>
    </message>
    <message>
        <source>The encryption key from the backup of {when} is installed.</source>
        <translation>A chave de cifra do backup de {when} está instalada.</translation>
    </message>
    <message>
        <source>Back up...</source>
        <translation>Fazer backup...</translation>
    </message>
    <message>
        <source>Restore...</source>
        <translation>Restaurar...</translation>
    </message>
    <message>
        <source>Save everyone enrolled, all sessions, attendance records and settings to one encrypted file</source>
        <translation>Guardar todas as pessoas registadas, sessões, registos de presença e definições num ficheiro cifrado</translation>
    </message>
    <message>
        <source>Replace the data on this computer with a backup file</source>
        <translation>Substituir os dados deste computador por um ficheiro de backup</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Fazer backup</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>Restaurar um backup</translation>
    </message>
    <message>
        <source>The backup of {when} is in use.</source>
        <translation>O backup de {when} está em uso.</translation>
    </message>
    <message>
        <source>The data from before the restore was copied to {file}.</source>
        <translation>Os dados de antes da restauração foram copiados para {file}.</translation>
    </message>
    <message>
        <source>The settings from before were copied to {file}.</source>
        <translation>As definições anteriores foram copiadas para {file}.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restaurado</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Reload from the database</source>
        <translation>Recarregar do banco de dados</translation>
    </message>
    <message>
        <source>Find person</source>
        <translation>Procurar pessoa</translation>
    </message>
    <message>
        <source>Search people (Ctrl+F)</source>
        <translation>Procurar pessoas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Tela cheia</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Diagnostics...</source>
        <translation>Diagnóstico...</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Pessoas</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>P&amp;resença</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Details: Help &gt; Diagnostics</source>
        <translation>Detalhes: Ajuda &gt; Diagnóstico</translation>
    </message>
    <message>
        <source>Face models</source>
        <translation>Modelos faciais</translation>
    </message>
    <message>
        <source>{model}: {step}</source>
        <translation>{model}: {step}</translation>
    </message>
    <message>
        <source>loading the models</source>
        <translation>carregando os modelos</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>pronto</translation>
    </message>
    <message>
        <source>Building the face models (first run only)...</source>
        <translation>Preparando os modelos faciais (somente na primeira execução)...</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet. How do you want to add people?

• Camera: the person looks into the camera for a few seconds.
• Photos: one clear photo per person (a passport-style photo is best).
• Class list: a CSV file with names, groups and photo file names.</source>
        <translation>Ainda não há ninguém cadastrado. Como você quer adicionar pessoas?

• Câmera: a pessoa olha para a câmera por alguns segundos.
• Fotos: uma foto nítida por pessoa (uma foto 3x4 é a melhor).
• Lista de turma: um arquivo CSV com nomes, grupos e nomes dos arquivos de foto.</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet. How do you want to add people?

No camera is working right now, so you can start from photos.
• Photos: one clear photo per person (a passport-style photo is best).
• Class list: a CSV file with names, groups and photo file names.</source>
        <translation>Ainda não há ninguém cadastrado. Como você quer adicionar pessoas?

Nenhuma câmera está funcionando agora, então você pode começar por fotos.
• Fotos: uma foto nítida por pessoa (uma foto 3x4 é a melhor).
• Lista de turma: um arquivo CSV com nomes, grupos e nomes dos arquivos de foto.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <source>Use the camera...</source>
        <translation>Usar a câmera...</translation>
    </message>
    <message>
        <source>From photos...</source>
        <translation>Por fotos...</translation>
    </message>
    <message>
        <source>Import a class list...</source>
        <translation>Importar uma lista de turma...</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Mais tarde</translation>
    </message>
    <message>
        <source>Recognition error: {error}</source>
        <translation>Erro de reconhecimento: {error}</translation>
    </message>
    <message>
        <source>Camera: {camera} (connecting)</source>
        <translation>Câmera: {camera} (conectando)</translation>
    </message>
    <message>
        <source>Camera: {camera} (reconnecting)</source>
        <translation>Câmera: {camera} (reconectando)</translation>
    </message>
    <message>
        <source>Camera: {camera} (ended)</source>
        <translation>Câmera: {camera} (encerrada)</translation>
    </message>
    <message>
        <source>Camera: {camera} (stopped)</source>
        <translation>Câmera: {camera} (parada)</translation>
    </message>
    <message>
        <source>Camera: {camera}</source>
        <translation>Câmera: {camera}</translation>
    </message>
    <message>
        <source>Recognition: starting</source>
        <translation>Reconhecimento: iniciando</translation>
    </message>
    <message>
        <source>Recognition: preparing (first run)</source>
        <translation>Reconhecimento: preparando (primeira execução)</translation>
    </message>
    <message>
        <source>Recognition: not working (see Help &gt; Diagnostics)</source>
        <translation>Reconhecimento: não está funcionando (veja Ajuda &gt; Diagnóstico)</translation>
    </message>
    <message>
        <source>Recognition: not available</source>
        <translation>Reconhecimento: indisponível</translation>
    </message>
    <message>
        <source>Recognition: ready</source>
        <translation>Reconhecimento: pronto</translation>
    </message>
    <message>
        <source>Recognition: off</source>
        <translation>Reconhecimento: desligado</translation>
    </message>
    <message>
        <source>People: —</source>
        <translation>Pessoas: —</translation>
    </message>
    <message>
        <source>People: {count}</source>
        <translation>Pessoas: {count}</translation>
    </message>
    <message>
        <source>{fps} (painted)</source>
        <translation>{fps} (exibidos)</translation>
    </message>
    <message>
        <source>{fps} (captured)</source>
        <translation>{fps} (capturados)</translation>
    </message>
    <message>
        <source>{ms} ms a frame, {rate} frames/s</source>
        <translation>{ms} ms por quadro, {rate} quadros/s</translation>
    </message>
    <message>
        <source>{models} (detector {detector}, embedder {embedder})</source>
        <translation>{models} (detector {detector}, codificador {embedder})</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>não carregados</translation>
    </message>
    <message>
        <source>checking...</source>
        <translation>verificando...</translation>
    </message>
    <message>
        <source>loading...</source>
        <translation>carregando...</translation>
    </message>
    <message>
        <source>building...</source>
        <translation>preparando...</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>working</source>
        <translation>funcionando</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>indisponível</translation>
    </message>
    <message>
        <source>the video has ended</source>
        <translation>o vídeo terminou</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>parada</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Câmera</translation>
    </message>
    <message>
        <source>{camera} ({state})</source>
        <translation>{camera} ({state})</translation>
    </message>
    <message>
        <source>Camera source</source>
        <translation>Fonte da câmera</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>Quadros por segundo</translation>
    </message>
    <message>
        <source>Recognition time</source>
        <translation>Tempo de reconhecimento</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Banco de dados</translation>
    </message>
    <message>
        <source>Database address</source>
        <translation>Endereço do banco de dados</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nome do dispositivo</translation>
    </message>
    <message>
        <source>Attendance mode</source>
        <translation>Modo de presença</translation>
    </message>
    <message>
        <source>No session running: marks count for the day.</source>
        <translation>Nenhuma sessão em andamento: os registros contam para o dia.</translation>
    </message>
    <message>
        <source>{name} continues (running since {time}).</source>
        <translation>{name} continua (em andamento desde {time}).</translation>
    </message>
    <message>
        <source>Several sessions are running. Which one do you want to end?</source>
        <translation>Há várias sessões em andamento. Qual você quer encerrar?</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; since {time} · group {group}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; desde {time} · grupo {group}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; since {time}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; desde {time}</translation>
    </message>
    <message>
        <source>Admin pages locked again (idle).</source>
        <translation>Páginas de administração bloqueadas novamente (inatividade).</translation>
    </message>
    <message>
        <source>The {page} page</source>
        <translation>A página {page}</translation>
    </message>
    <message>
        <source>About Face Attendance</source>
        <translation>Sobre o Presença facial</translation>
    </message>
    <message>
        <source>There is no camera picture yet: check the camera.</source>
        <translation>Ainda não há imagem da câmera: verifique a câmera.</translation>
    </message>
    <message>
        <source>Open group photo</source>
        <translation>Abrir foto de grupo</translation>
    </message>
    <message>
        <source>Enrolling a person</source>
        <translation>Cadastrar uma pessoa</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Encerrar sessão</translation>
    </message>
    <message>
        <source>Session {name} ended.</source>
        <translation>A sessão {name} foi encerrada.</translation>
    </message>
    <message>
        <source>The restore did not finish</source>
        <translation>A restauração não terminou</translation>
    </message>
    <message>
        <source>The camera and recognition did not stop within {seconds} s, so nothing was changed. Try Restore again in a moment.</source>
        <translation>A câmera e o reconhecimento não pararam em {seconds} s, por isso nada foi alterado. Tente restaurar de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>Other work on the data did not finish within {seconds} s, so nothing was changed. Try Restore again in a moment.</source>
        <translation>Outras tarefas com os dados não terminaram em {seconds} s, por isso nada foi alterado. Tente restaurar de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>The hourly retention clean-up did not finish within {seconds} s, so nothing was changed. Try Restore again in a moment.</source>
        <translation>A limpeza de retenção de hora em hora não terminou em {seconds} s, por isso nada foi alterado. Tente restaurar de novo daqui a pouco.</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>Retention</source>
        <translation>Retenção</translation>
    </message>
    <message>
        <source>Deleting the older copies of the database in backups/ whose date has come did not work: {problem}. The app tries again every hour.</source>
        <translation>Não foi possível apagar as cópias antigas do banco de dados em backups/ cuja data chegou: {problem}. O aplicativo tenta de novo a cada hora.</translation>
    </message>
    <message>
        <source>Older database copies</source>
        <translation>Cópias antigas do banco de dados</translation>
    </message>
    <message>
        <source>Deleting the data that is due by the retention settings did not work: {problem} The app tries again every hour.</source>
        <translation>Não foi possível apagar os dados vencidos pelas configurações de retenção: {problem} O aplicativo tenta de novo a cada hora.</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>converting {file}</source>
        <translation>convertendo {file}</translation>
    </message>
    <message>
        <source>writing {file}</source>
        <translation>gravando {file}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>reading weights from {source}</source>
        <translation>lendo os pesos de {source}</translation>
    </message>
    <message>
        <source>{count} re-embedded</source>
        <translation>{count} recalculados</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Unexpected error: {kind}: {error}. Details are in the log.</source>
        <translation>Erro inesperado: {kind}: {error}. Os detalhes estão no log.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Aguarde</translation>
    </message>
    <message>
        <source>The window closed before the answer came.</source>
        <translation>A janela foi fechada antes de a resposta chegar.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Id externo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Amostras</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Consent given {when}, recorded by {who} (text {version})</source>
        <translation>Consentimento dado em {when}, registrado por {who} (texto {version})</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativa</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inativa</translation>
    </message>
    <message>
        <source>Search name, id or group  (Ctrl+F)</source>
        <translation>Procurar nome, id ou grupo  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add samples...</source>
        <translation>Adicionar amostras...</translation>
    </message>
    <message>
        <source>Add more photos or camera captures to the selected person</source>
        <translation>Adicionar mais fotos ou capturas da câmera à pessoa selecionada</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Editar...</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>Excluir...</translation>
    </message>
    <message>
        <source>Erase the selected person: templates, face chips, index entries</source>
        <translation>Apagar a pessoa selecionada: modelos, recortes do rosto, entradas do índice</translation>
    </message>
    <message>
        <source>From photos...</source>
        <translation>A partir de fotos...</translation>
    </message>
    <message>
        <source>From camera...</source>
        <translation>Pela câmera...</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet. Use &lt;b&gt;Enroll from camera&lt;/b&gt; (Ctrl+E) or &lt;b&gt;Enroll from photos&lt;/b&gt; (Ctrl+N), or import a roster CSV.</source>
        <translation>Ainda ninguém está cadastrado. Use &lt;b&gt;Cadastrar pela câmera&lt;/b&gt; (Ctrl+E) ou &lt;b&gt;Cadastrar por fotos&lt;/b&gt; (Ctrl+N), ou importe uma lista CSV.</translation>
    </message>
    <message>
        <source>People: {count} · active: {active}</source>
        <translation>Pessoas: {count} · ativas: {active}</translation>
    </message>
    <message>
        <source>Editing a person</source>
        <translation>Editar uma pessoa</translation>
    </message>
    <message>
        <source>Erasing a person</source>
        <translation>Apagar uma pessoa</translation>
    </message>
    <message>
        <source>Erase &lt;b&gt;{name}&lt;/b&gt;?&lt;br&gt;&lt;br&gt;This permanently deletes their face templates (stored: {count}), the face chips stored with them, the face embeddings kept with their attendance marks and their entries in the recognition index. It cannot be undone; the audit log keeps a receipt without their name.</source>
        <translation>Apagar &lt;b&gt;{name}&lt;/b&gt;?&lt;br&gt;&lt;br&gt;Isto exclui permanentemente os modelos faciais (guardados: {count}), os recortes do rosto guardados com eles, os vetores faciais guardados com os registros de presença e as entradas no índice de reconhecimento. Não pode ser desfeito; o registro de auditoria guarda um comprovante sem o nome.</translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>Apagar pessoa</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Keep their attendance marks ({count}) as anonymous statistics</source>
        <translation>Manter os registros de presença ({count}) como estatísticas anônimas</translation>
    </message>
    <message>
        <source>Attendance marks of {name}: {count}. They are deleted with the person, unless you keep them as anonymous rows (group and times, no name) so totals in reports stay complete.</source>
        <translation>Registros de presença de {name}: {count}. Eles são excluídos com a pessoa, a menos que você os mantenha como linhas anônimas (grupo e horários, sem nome) para que os totais dos relatórios continuem completos.</translation>
    </message>
    <message>
        <source>{name} was erased (receipt {receipt}).</source>
        <translation>Os dados de {name} foram apagados (comprovante {receipt}).</translation>
    </message>
    <message>
        <source>{name} was erased (receipt {receipt}). Older database copies in backups/ ({copies}) still hold them until {date}.</source>
        <translation>Os dados de {name} foram apagados (comprovante {receipt}). Cópias antigas do banco de dados em backups/ ({copies}) ainda guardam os dados até {date}.</translation>
    </message>
    <message>
        <source>{name} was erased (receipt {receipt}). Older database copies in backups/ ({copies}) still hold them until newer copies replace them.</source>
        <translation>Os dados de {name} foram apagados (comprovante {receipt}). Cópias antigas do banco de dados em backups/ ({copies}) ainda guardam os dados até serem substituídas por cópias mais recentes.</translation>
    </message>
    <message>
        <source>{name} was erased (receipt {receipt}). Older database copies in backups/ still hold them: {dated} until {date}, {counted} until newer copies replace them.</source>
        <translation>Os dados de {name} foram apagados (comprovante {receipt}). Cópias antigas do banco de dados em backups/ ainda guardam os dados: {dated} até {date}, {counted} até serem substituídas por cópias mais recentes.</translation>
    </message>
    <message>
        <source>Importing a class list</source>
        <translation>Importar uma lista de turma</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>Active (recognised and counted in reports)</source>
        <translation>Ativo(a) (reconhecido e contado nos relatórios)</translation>
    </message>
    <message>
        <source>Correct a mistake: in this group all along (earlier registers change too)</source>
        <translation>Corrigir um erro: neste grupo desde sempre (os registos anteriores também mudam)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Editar pessoa</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Admin PIN</source>
        <translation>PIN de administrador</translation>
    </message>
    <message>
        <source>Enter the admin PIN to {purpose}</source>
        <translation>Digite o PIN de administrador para: {purpose}</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Checking the PIN...</source>
        <translation>Verificando o PIN...</translation>
    </message>
    <message>
        <source>The PIN cannot be checked now: another program is using the database. Try again in a moment.</source>
        <translation>Não é possível verificar o PIN agora: outro programa está usando o banco de dados. Tente novamente em um instante.</translation>
    </message>
    <message>
        <source>The PIN cannot be checked now: {error}</source>
        <translation>Não é possível verificar o PIN agora: {error}</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <source>move closer</source>
        <translation>aproxime-se</translation>
    </message>
    <message>
        <source>too blurred: hold still</source>
        <translation>borrada demais: fique parado</translation>
    </message>
    <message>
        <source>look at the camera</source>
        <translation>olhe para a câmera</translation>
    </message>
    <message>
        <source>too dark</source>
        <translation>escura demais</translation>
    </message>
    <message>
        <source>too bright</source>
        <translation>clara demais</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Excel (XLSX)</source>
        <translation>Excel (XLSX)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Últimos 14 dias</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Datas personalizadas</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>no horário</translation>
    </message>
    <message>
        <source>late</source>
        <translation>atrasado</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No attendance in this period yet&lt;/h3&gt;&lt;p&gt;Marks appear here once people are recognised on the &lt;b&gt;Live&lt;/b&gt; page (start a session there for a class or a shift), marked from a group photo (&lt;b&gt;File › Open photo&lt;/b&gt;), or added by hand on the &lt;b&gt;Attendance&lt;/b&gt; page.&lt;/p&gt;&lt;p&gt;Or pick another period above.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ainda não há presença neste período&lt;/h3&gt;&lt;p&gt;Os registros aparecem aqui quando as pessoas são reconhecidas na página &lt;b&gt;Ao vivo&lt;/b&gt; (inicie lá uma sessão para uma aula ou um turno), registradas a partir de uma foto de grupo (&lt;b&gt;Arquivo › Abrir foto&lt;/b&gt;) ou adicionadas à mão na página &lt;b&gt;Presença&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Ou escolha outro período acima.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{present} of {expected} expected attendances ({rate}), {late} late, {absent} absent</source>
        <translation>{present} de {expected} presenças previstas ({rate}), atrasos: {late}, ausências: {absent}</translation>
    </message>
    <message>
        <source>People: {people}, marks: {marks}</source>
        <translation>pessoas: {people}, registros: {marks}</translation>
    </message>
    <message>
        <source>Marks outside the sessions (not counted): {count}</source>
        <translation>registros fora das sessões (não contados): {count}</translation>
    </message>
    <message>
        <source>{sessions}; and {count} more</source>
        <translation>{sessions}; e mais {count}</translation>
    </message>
    <message>
        <source>Sessions: {sessions}</source>
        <translation>Sessões: {sessions}</translation>
    </message>
    <message>
        <source>No sessions in this period: each day counts who came that day.</source>
        <translation>Nenhuma sessão neste período: cada dia conta quem veio naquele dia.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>em aberto</translation>
    </message>
    <message>
        <source>Which days the report covers</source>
        <translation>Quais dias o relatório abrange</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos os grupos</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Todas as sessões</translation>
    </message>
    <message>
        <source>Only this session (a lesson, a shift) in the chosen period</source>
        <translation>Somente esta sessão (uma aula, um turno) no período escolhido</translation>
    </message>
    <message>
        <source>One file per table</source>
        <translation>Um arquivo por tabela</translation>
    </message>
    <message>
        <source>CSV only: write the summary, the register and the event log as three files (for scripts) instead of one file with all three</source>
        <translation>Somente CSV: grava o resumo, o registro diário e o histórico de eventos em três arquivos (para scripts) em vez de um arquivo com os três</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exportar...</translation>
    </message>
    <message>
        <source>Write the report for this period, group and session</source>
        <translation>Gravar o relatório deste período, grupo e sessão</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Abrir arquivo</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Attendance per day</source>
        <translation>Presença por dia</translation>
    </message>
    <message>
        <source>Exporting a report</source>
        <translation>Exportar um relatório</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>Saved {files} in {folder}</source>
        <translation>{files} salvo em {folder}</translation>
    </message>
    <message>
        <source>Some characters of {names} have no font: the PDF shows their codes ([U+…]).</source>
        <translation>Alguns caracteres de {names} não têm fonte: o PDF mostra os seus códigos ([U+…]).</translation>
    </message>
    <message>
        <source>Exporting the report...</source>
        <translation>Exportando o relatório...</translation>
    </message>
</context>
<context>
    <name>RollCallDialog</name>
    <message>
        <source>The camera missed them</source>
        <translation>A câmera não o(a) detectou</translation>
    </message>
    <message>
        <source>Arrived with a note</source>
        <translation>Chegou com uma justificativa</translation>
    </message>
    <message>
        <source>Marked on the paper list</source>
        <translation>Anotado na lista em papel</translation>
    </message>
    <message>
        <source>Was on a school trip</source>
        <translation>Estava em uma excursão escolar</translation>
    </message>
    <message>
        <source>{session}: who was there</source>
        <translation>{session}: quem esteve presente</translation>
    </message>
    <message>
        <source>Kept in the audit log with every mark added here</source>
        <translation>Fica no registro de auditoria com cada registro adicionado aqui</translation>
    </message>
    <message>
        <source>Reason for marks added here:</source>
        <translation>Motivo dos registros adicionados aqui:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>This list can be opened again later: Attendance page, Roll call...</source>
        <translation>Esta lista pode ser aberta de novo depois: página Presença, Chamada...</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody was expected in this session&lt;/b&gt; (no active person in group {group}).</source>
        <translation>&lt;b&gt;Ninguém era esperado nesta sessão&lt;/b&gt; (nenhuma pessoa ativa no grupo {group}).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody was expected in this session&lt;/b&gt; (no active person).</source>
        <translation>&lt;b&gt;Ninguém era esperado nesta sessão&lt;/b&gt; (nenhuma pessoa ativa).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{present} of {expected} present&lt;/b&gt; ({late} late), &lt;b&gt;{absent} absent&lt;/b&gt;. Was someone there whom the camera missed? Mark them present: the mark is added at the start of the session, with the reason below.</source>
        <translation>&lt;b&gt;{present} de {expected} presentes&lt;/b&gt; ({late} atrasados), &lt;b&gt;{absent} ausentes&lt;/b&gt;. Alguém esteve lá e a câmera não detectou? Registre como presente: o registro é adicionado no início da sessão, com o motivo abaixo.</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>Registrar presente</translation>
    </message>
    <message>
        <source>Add a &apos;present&apos; mark for {name} in {session}</source>
        <translation>Adicionar um registro de &quot;presente&quot; para {name} em {session}</translation>
    </message>
    <message>
        <source>late, arrived {time}</source>
        <translation>atrasado, chegou às {time}</translation>
    </message>
    <message>
        <source>Please give a reason: marks added by hand are audited.</source>
        <translation>Informe um motivo: os registros adicionados à mão são auditados.</translation>
    </message>
    <message>
        <source>{name} marked present ({reason}).</source>
        <translation>{name} registrado(a) como presente ({reason}).</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Withdraw the mark just added for {name} (kept as withdrawn, audited)</source>
        <translation>Retirar o registro recém-adicionado para {name} (mantido como retirado, auditado)</translation>
    </message>
    <message>
        <source>Marked present by mistake in the roll call</source>
        <translation>Registrado como presente por engano na chamada</translation>
    </message>
    <message>
        <source>{name}: the mark was withdrawn.</source>
        <translation>{name}: o registro foi retirado.</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>confirm it for everyone listed with --consent</source>
        <translation>confirme para todas as pessoas da lista com --consent</translation>
    </message>
    <message>
        <source>import with --allow-lookalike if they are different people</source>
        <translation>importe com --allow-lookalike se forem pessoas diferentes</translation>
    </message>
    <message>
        <source>import with --allow-weak to enroll it as a weak sample</source>
        <translation>importe com --allow-weak para cadastrá-la como amostra fraca</translation>
    </message>
    <message>
        <source> at distance {distance}</source>
        <translation> a distância {distance}</translation>
    </message>
    <message>
        <source> (already enrolled, id {id})</source>
        <translation> (já cadastrado(a), id {id})</translation>
    </message>
    <message>
        <source>missing name</source>
        <translation>nome ausente</translation>
    </message>
    <message>
        <source>the name looks like several columns ({parts}): this file separates its columns differently; fix the separators on this line</source>
        <translation>o nome parece conter várias colunas ({parts}): este arquivo separa as colunas de outra forma; corrija os separadores desta linha</translation>
    </message>
    <message>
        <source>Columns not read, their values are not imported: {columns}. The columns read are name, external_id, group and photo (also written in German, French, Spanish, Portuguese, Chinese or Arabic, e.g. Klasse, classe, grupo).</source>
        <translation>Colunas não lidas, seus valores não são importados: {columns}. As colunas lidas são name, external_id, group e photo (também escritas em português: nome, matrícula, turma, foto).</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>coluna {number}</translation>
    </message>
    <message>
        <source>The roster file {path} does not exist.</source>
        <translation>O arquivo da lista de turma {path} não existe.</translation>
    </message>
    <message>
        <source>Cannot read the roster file {path}: {error}.</source>
        <translation>Não é possível ler o arquivo da lista de turma {path}: {error}.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (byte 0x{byte} at position {position}). Save it from your spreadsheet as &apos;CSV UTF-8&apos; and import it again.</source>
        <translation>{file} não é texto UTF-8 (byte 0x{byte} na posição {position}). Salve-o na sua planilha como &quot;CSV UTF-8&quot; e importe-o novamente.</translation>
    </message>
    <message>
        <source>{file} is not a text CSV file (is it a spreadsheet .xlsx?).</source>
        <translation>{file} não é um arquivo CSV de texto (é uma planilha .xlsx?).</translation>
    </message>
    <message>
        <source>{file} is empty: it needs a header line and one row per person.</source>
        <translation>{file} está vazio: precisa de uma linha de cabeçalho e uma linha por pessoa.</translation>
    </message>
    <message>
        <source>{file}: the first line cannot be read as a CSV header ({error}). The first line must be name,external_id,group,photo.</source>
        <translation>{file}: a primeira linha não pode ser lida como cabeçalho CSV ({error}). A primeira linha deve ser name,external_id,group,photo.</translation>
    </message>
    <message>
        <source>The header of {file} ({header}) has a column of first names but none of last names: add that column (e.g. first_name and last_name), or one column &apos;name&apos; with the whole name.</source>
        <translation>O cabeçalho de {file} ({header}) tem uma coluna de primeiros nomes, mas nenhuma de sobrenomes: adicione essa coluna (por ex. nome e sobrenome) ou uma coluna &quot;nome&quot; com o nome completo.</translation>
    </message>
    <message>
        <source>The header of {file} ({header}) has a column of last names but none of first names: add that column (e.g. first_name and last_name), or one column &apos;name&apos; with the whole name.</source>
        <translation>O cabeçalho de {file} ({header}) tem uma coluna de sobrenomes, mas nenhuma de primeiros nomes: adicione essa coluna (por ex. nome e sobrenome) ou uma coluna &quot;nome&quot; com o nome completo.</translation>
    </message>
    <message>
        <source>The header of {file} ({header}) could not be split into columns: separate them with commas (or semicolons), e.g. name,external_id,group,photo.</source>
        <translation>O cabeçalho de {file} ({header}) não pôde ser dividido em colunas: separe-as com vírgulas (ou ponto e vírgula), por ex. name,external_id,group,photo.</translation>
    </message>
    <message>
        <source>{file} has no header line naming its columns; the first line must be name,external_id,group,photo (found {header}).</source>
        <translation>{file} não tem uma linha de cabeçalho que nomeie as colunas; a primeira linha deve ser name,external_id,group,photo (encontrado: {header}).</translation>
    </message>
    <message>
        <source>a quote (&quot;) opens on line {line} and is never closed: everything after it was read as one value, so what it holds would be lost; close the quote or remove it</source>
        <translation>uma aspa (&quot;) abre na linha {line} e nunca é fechada: tudo o que vem depois foi lido como um só valor, e seu conteúdo se perderia; feche a aspa ou remova-a</translation>
    </message>
    <message>
        <source>{file}, line {line}: {error}. Is this really the roster? Check that line (or save the file again as CSV).</source>
        <translation>{file}, linha {line}: {error}. Esta é mesmo a lista de turma? Verifique essa linha (ou salve o arquivo novamente como CSV).</translation>
    </message>
    <message>
        <source>{file} has more than {count} rows; split it.</source>
        <translation>{file} tem mais de {count} linhas; divida-o.</translation>
    </message>
    <message>
        <source>a quote (&quot;) opens on line {line} and is not closed until line {end}: those lines were read as one row, so the people on them would be lost; close the quote or remove it</source>
        <translation>uma aspa (&quot;) abre na linha {line} e só fecha na linha {end}: essas linhas foram lidas como uma só, e as pessoas nelas se perderiam; feche a aspa ou remova-a</translation>
    </message>
    <message>
        <source>{count} fields but the header has {width} (a separator inside a name? put it in quotes)</source>
        <translation>{count} campos, mas o cabeçalho tem {width} (um separador dentro de um nome? coloque-o entre aspas)</translation>
    </message>
    <message>
        <source>the same name as line {line}, in the same group and without an external id: the roll call cannot tell them apart (add their ID numbers)</source>
        <translation>o mesmo nome da linha {line}, no mesmo grupo e sem id externo: a chamada não consegue distingui-los (adicione os números deles)</translation>
    </message>
    <message>
        <source>{name} is already in this group (id {id}): if this list was imported before, importing it again adds everyone a second time</source>
        <translation>{name} já está neste grupo (id {id}): se esta lista já foi importada, importá-la de novo adiciona todos uma segunda vez</translation>
    </message>
    <message>
        <source>{file} has a header but no rows.</source>
        <translation>{file} tem cabeçalho, mas nenhuma linha.</translation>
    </message>
    <message>
        <source>duplicate external id &apos;{id}&apos; (also on line {line})</source>
        <translation>id externo duplicado &quot;{id}&quot; (também na linha {line})</translation>
    </message>
    <message>
        <source>external id &apos;{id}&apos; already belongs to {name} (id {person})</source>
        <translation>o id externo &quot;{id}&quot; já pertence a {name} (id {person})</translation>
    </message>
    <message>
        <source>{file} is small or upscaled (too blurred for the quality gate): enrolled as a weak sample; take camera samples of this person</source>
        <translation>{file} é pequena ou ampliada (borrada demais para o controle de qualidade): cadastrada como amostra fraca; tire amostras desta pessoa com a câmera</translation>
    </message>
    <message>
        <source>consent to store the face not confirmed ({hint})</source>
        <translation>consentimento para armazenar o rosto não confirmado ({hint})</translation>
    </message>
    <message>
        <source>{name} (line {line})</source>
        <translation>{name} (linha {line})</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguém</translation>
    </message>
    <message>
        <source>looks like {others} (accepted as a look-alike)</source>
        <translation>parece com {others} (aceito como parecido)</translation>
    </message>
    <message>
        <source>looks like {others}: the same person twice, or a look-alike ({hint})</source>
        <translation>parece com {others}: a mesma pessoa duas vezes, ou alguém parecido ({hint})</translation>
    </message>
    <message>
        <source>photo &apos;{photo}&apos; is not a file inside the roster&apos;s folder {folder}: put the photos in that folder (or a folder below it)</source>
        <translation>a foto &quot;{photo}&quot; não é um arquivo da pasta da lista {folder}: coloque as fotos nessa pasta (ou em uma subpasta)</translation>
    </message>
    <message>
        <source>enrollment not available ({error})</source>
        <translation>cadastro indisponível ({error})</translation>
    </message>
    <message>
        <source>enrollment not available</source>
        <translation>cadastro indisponível</translation>
    </message>
    <message>
        <source>photo path cannot be used ({error}): {path}</source>
        <translation>o caminho da foto não pode ser usado ({error}): {path}</translation>
    </message>
    <message>
        <source>photo not found: {path}</source>
        <translation>foto não encontrada: {path}</translation>
    </message>
    <message>
        <source>unreadable photo: {error}</source>
        <translation>foto ilegível: {error}</translation>
    </message>
    <message>
        <source>no face found in {file}</source>
        <translation>nenhum rosto encontrado em {file}</translation>
    </message>
    <message>
        <source>{file}: {count} faces; crop it to one person</source>
        <translation>{file}: {count} rostos; recorte-a para uma só pessoa</translation>
    </message>
    <message>
        <source>{file}: {problems} (a small or upscaled photo: {hint}, or use a better photo)</source>
        <translation>{file}: {problems} (uma foto pequena ou ampliada: {hint}, ou use uma foto melhor)</translation>
    </message>
    <message>
        <source>photo quality too low</source>
        <translation>qualidade da foto baixa demais</translation>
    </message>
    <message>
        <source>{file}: {problems}</source>
        <translation>{file}: {problems}</translation>
    </message>
    <message>
        <source>photo cannot be checked: {error}</source>
        <translation>a foto não pode ser verificada: {error}</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>A CSV file with a header line and one row per person. Columns: &lt;code&gt;name&lt;/code&gt; (required), &lt;code&gt;external_id&lt;/code&gt; (a pupil or staff number), &lt;code&gt;group&lt;/code&gt; (class or team) and &lt;code&gt;photo&lt;/code&gt; (the photo&apos;s file name, relative to the CSV file), in English or in the app&apos;s other languages. A column the app does not read is named when the file is checked. Commas, semicolons or tabs; save as &quot;CSV UTF-8&quot; in Excel.</source>
        <translation>Um arquivo CSV com uma linha de cabeçalho e uma linha por pessoa. Colunas: &lt;code&gt;name&lt;/code&gt; (obrigatória), &lt;code&gt;external_id&lt;/code&gt; (um número de aluno ou de funcionário), &lt;code&gt;group&lt;/code&gt; (turma ou equipe) e &lt;code&gt;photo&lt;/code&gt; (o nome do arquivo da foto, relativo ao arquivo CSV), em inglês ou em português (&lt;code&gt;nome&lt;/code&gt;, &lt;code&gt;matrícula&lt;/code&gt;, &lt;code&gt;turma&lt;/code&gt;, &lt;code&gt;foto&lt;/code&gt;). Uma coluna que o aplicativo não lê é indicada ao verificar o arquivo. Vírgulas, ponto e vírgula ou tabulações; no Excel, salve como &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>tick the consent box</source>
        <translation>marque a caixa de consentimento</translation>
    </message>
    <message>
        <source>if they are different people, press &quot;Accept&quot; below</source>
        <translation>se forem pessoas diferentes, clique em &quot;Aceitar&quot; abaixo</translation>
    </message>
    <message>
        <source>&quot;Accept&quot; below enrolls it as a weak sample</source>
        <translation>&quot;Aceitar&quot; abaixo a cadastra como amostra fraca</translation>
    </message>
    <message>
        <source> (already enrolled)</source>
        <translation> (já cadastrado(a))</translation>
    </message>
    <message>
        <source>line {line}: {name}</source>
        <translation>linha {line}: {name}</translation>
    </message>
    <message>
        <source>{name} (already enrolled)</source>
        <translation>{name} (já cadastrado(a))</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation>Importar uma lista de turma</translation>
    </message>
    <message>
        <source>Save a template CSV...</source>
        <translation>Salvar um modelo CSV...</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Nenhum arquivo escolhido</translation>
    </message>
    <message>
        <source>Choose file...</source>
        <translation>Escolher arquivo...</translation>
    </message>
    <message>
        <source>Everyone on this list agreed to have their face stored for attendance</source>
        <translation>Todas as pessoas desta lista concordaram em ter o rosto armazenado para a presença</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Parece com</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Verificar o arquivo</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceitar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Class list</source>
        <translation>Lista de turma</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Arquivos CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>Salvar um modelo</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved as {file}: the file is open in another program (Excel?) or the folder is read-only. Close it there, or choose another name.</source>
        <translation>Não foi possível guardar o modelo como {file}: o ficheiro está aberto noutro programa (Excel?) ou a pasta é só de leitura. Feche-o aí ou escolha outro nome.</translation>
    </message>
    <message>
        <source>Template saved as {file}. Fill it in, then choose it above.</source>
        <translation>Modelo salvo como {file}. Preencha-o e depois escolha-o acima.</translation>
    </message>
    <message>
        <source>Checking {file}...</source>
        <translation>Verificando {file}...</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file cannot be read&lt;/b&gt;: {problem}</source>
        <translation>&lt;b&gt;O arquivo não pode ser lido&lt;/b&gt;: {problem}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{refused} of {rows} rows are refused&lt;/b&gt;: nothing is imported until every row is right. Fix the file, save it, then &lt;b&gt;Check again&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{refused} de {rows} linhas foram recusadas&lt;/b&gt;: nada é importado até que todas as linhas estejam corretas. Corrija o arquivo, salve-o e depois &lt;b&gt;Verificar de novo&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The 1 row can be imported.&lt;/b&gt;</source>
        <translation>&lt;b&gt;A única linha pode ser importada.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;All {rows} rows can be imported.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Todas as {rows} linhas podem ser importadas.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Look-alike pairs ({count})&lt;/b&gt;: the same person twice, or different people who look alike</source>
        <translation>&lt;b&gt;Pares parecidos ({count})&lt;/b&gt;: a mesma pessoa duas vezes, ou pessoas diferentes que se parecem</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Verificar de novo</translation>
    </message>
    <message>
        <source>Choose the CSV file first.</source>
        <translation>Escolha primeiro o arquivo CSV.</translation>
    </message>
    <message>
        <source>Check the file first.</source>
        <translation>Verifique primeiro o arquivo.</translation>
    </message>
    <message>
        <source>Some rows are refused: fix them and check again.</source>
        <translation>Algumas linhas foram recusadas: corrija-as e verifique de novo.</translation>
    </message>
    <message>
        <source>Tick the consent box first.</source>
        <translation>Marque primeiro a caixa de consentimento.</translation>
    </message>
    <message>
        <source>Import every row</source>
        <translation>Importar todas as linhas</translation>
    </message>
    <message>
        <source>Importing {file}...</source>
        <translation>Importando {file}...</translation>
    </message>
    <message>
        <source>{count} look-alike pair(s) accepted: each is remembered, the decision between them is stricter and a kiosk asks them for their ID number.</source>
        <translation>{count} par(es) parecido(s) aceito(s): cada um é lembrado, a decisão entre eles é mais rigorosa e o quiosque pede o número de identificação deles.</translation>
    </message>
    <message>
        <source>{count} look-alike pair(s) found (listed below): the same person twice, or different people who look alike.</source>
        <translation>{count} par(es) parecido(s) encontrado(s) (listados abaixo): a mesma pessoa duas vezes, ou pessoas diferentes que se parecem.</translation>
    </message>
    <message>
        <source>{count} photo(s) are small or upscaled and too blurred: they can be enrolled as weak samples, and those people are asked for camera samples later.</source>
        <translation>{count} foto(s) são pequenas ou ampliadas e borradas demais: podem ser cadastradas como amostras fracas, e essas pessoas receberão depois um pedido de amostras da câmera.</translation>
    </message>
    <message>
        <source>Accept {pairs} look-alike pair(s) and {photos} small photo(s)</source>
        <translation>Aceitar {pairs} par(es) parecido(s) e {photos} foto(s) pequena(s)</translation>
    </message>
    <message>
        <source>Accept 1 look-alike pair</source>
        <translation>Aceitar 1 par parecido</translation>
    </message>
    <message>
        <source>Accept {count} look-alike pairs</source>
        <translation>Aceitar {count} pares parecidos</translation>
    </message>
    <message>
        <source>Accept 1 small photo</source>
        <translation>Aceitar 1 foto pequena</translation>
    </message>
    <message>
        <source>Accept {count} small photos</source>
        <translation>Aceitar {count} fotos pequenas</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Marks made in this session that these times leave outside: {count}. They will count like marks made without a session, for the session they fall in, if any.</source>
        <translation>Presenças feitas nesta sessão que estes horários deixam de fora: {count}. Vão contar como presenças feitas sem sessão, para a sessão em que caírem, se houver.</translation>
    </message>
    <message>
        <source>Marks added into this session by hand or by a group photo that move with it: {count}.</source>
        <translation>Presenças adicionadas a esta sessão à mão ou por uma foto de grupo que são movidas com ela: {count}.</translation>
    </message>
    <message>
        <source>Session {when}</source>
        <translation>Sessão {when}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aberta</translation>
    </message>
    <message>
        <source>{name} ({group}) · {start}-{end}</source>
        <translation>{name} ({group}) · {start}-{end}</translation>
    </message>
    <message>
        <source>{name} · {start}-{end}</source>
        <translation>{name} · {start}-{end}</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Editar sessão</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Iniciar sessão</translation>
    </message>
    <message>
        <source>The class or team it is for; empty = everybody</source>
        <translation>A turma ou equipe a que se refere; vazio = todos</translation>
    </message>
    <message>
        <source>When it really started: people recognised up to {minutes} minutes before count for it</source>
        <translation>Quando ela realmente começou: contam as pessoas reconhecidas até {minutes} minutos antes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>open until ended</source>
        <translation>aberta até ser encerrada</translation>
    </message>
    <message>
        <source> min after start</source>
        <translation> min após o início</translation>
    </message>
    <message>
        <source>never late</source>
        <translation>nunca atrasado</translation>
    </message>
    <message>
        <source>Why it changes (kept in the audit log)</source>
        <translation>Por que muda (fica no registro de auditoria)</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Começou às</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Atraso</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>Continuá-la</translation>
    </message>
    <message>
        <source>Keep the running session; nothing new is started</source>
        <translation>Manter a sessão em andamento; nada novo é iniciado</translation>
    </message>
    <message>
        <source>End it and start</source>
        <translation>Encerrá-la e iniciar</translation>
    </message>
    <message>
        <source>End the running session when this one starts, then start it</source>
        <translation>Encerrar a sessão em andamento quando esta começar e então iniciá-la</translation>
    </message>
    <message>
        <source>overlaps {sessions} (same group)</source>
        <translation>coincide com {sessions} (mesmo grupo)</translation>
    </message>
    <message>
        <source>Starting the session...</source>
        <translation>Iniciando a sessão...</translation>
    </message>
    <message>
        <source>Saving the session...</source>
        <translation>Salvando a sessão...</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>More lenient: more people recognised first time, more mix-ups</source>
        <translation>Mais tolerante: mais pessoas reconhecidas de primeira, mais confusões</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Stricter: fewer mix-ups, more people asked to try again</source>
        <translation>Mais rigorosa: menos confusões, mais pessoas precisam tentar de novo</translation>
    </message>
    <message>
        <source>Strictest: fewest mix-ups, many people asked to try again</source>
        <translation>A mais rigorosa: o mínimo de confusões, muitas pessoas precisam tentar de novo</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>medido</translation>
    </message>
    <message>
        <source>extrapolated</source>
        <translation>extrapolado</translation>
    </message>
    <message>
        <source>Present (one mark per person)</source>
        <translation>Presente (um registro por pessoa)</translation>
    </message>
    <message>
        <source>Check-in / check-out</source>
        <translation>Entrada / saída</translation>
    </message>
    <message>
        <source>Entry only</source>
        <translation>Somente entrada</translation>
    </message>
    <message>
        <source>Exit only</source>
        <translation>Somente saída</translation>
    </message>
    <message>
        <source>Webcam index (0, 1 ...), a video file, an rtsp:// or http:// URL, or a folder of images</source>
        <translation>Índice da webcam (0, 1 ...), um arquivo de vídeo, uma URL rtsp:// ou http://, ou uma pasta de imagens</translation>
    </message>
    <message>
        <source>Video...</source>
        <translation>Vídeo...</translation>
    </message>
    <message>
        <source>Folder...</source>
        <translation>Pasta...</translation>
    </message>
    <message>
        <source>How webcams are opened. Automatic uses DirectShow on Windows (Media Foundation can take seconds to open a camera); pick another if a camera does not open.</source>
        <translation>Como as webcams são abertas. Automático usa DirectShow no Windows (o Media Foundation pode levar segundos para abrir uma câmera); escolha outro se uma câmera não abrir.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Câmera</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Requested size</source>
        <translation>Tamanho solicitado</translation>
    </message>
    <message>
        <source>Camera backend</source>
        <translation>Sistema da câmera</translation>
    </message>
    <message>
        <source>Smaller faces are ignored. Larger = faster; 40-80 for a desk camera.</source>
        <translation>Rostos menores são ignorados. Maior = mais rápido; 40-80 para uma câmera de mesa.</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>quadros</translation>
    </message>
    <message>
        <source>How often the whole picture is searched for new faces; in between, faces already found are followed (higher = less work for the computer)</source>
        <translation>Com que frequência a imagem inteira é vasculhada em busca de novos rostos; entre uma busca e outra, os rostos já encontrados são acompanhados (maior = menos trabalho para o computador)</translation>
    </message>
    <message>
        <source>The method that finds faces in the picture (a restart applies a change)</source>
        <translation>O método que encontra os rostos na imagem (uma mudança vale após reiniciar)</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Detecção</translation>
    </message>
    <message>
        <source>Face detector</source>
        <translation>Detector de rostos</translation>
    </message>
    <message>
        <source>Smallest face</source>
        <translation>Menor rosto</translation>
    </message>
    <message>
        <source>Full detection every</source>
        <translation>Detecção completa a cada</translation>
    </message>
    <message>
        <source>Strictness</source>
        <translation>Rigor</translation>
    </message>
    <message>
        <source>Choose in words how sure the app must be before it marks someone; it measures the matching setting on your enrolled faces (Measure on my people)</source>
        <translation>Escolha em palavras o quanto o aplicativo deve ter certeza antes de registrar alguém; ele mede o ajuste de correspondência nos seus rostos cadastrados (Medir nas minhas pessoas)</translation>
    </message>
    <message>
        <source>Fixed value</source>
        <translation>Valor fixo</translation>
    </message>
    <message>
        <source>A fixed matching limit (smaller is stricter). Out of the box this is the value measured for the face model; change it only if you know why</source>
        <translation>Um limite de correspondência fixo (menor é mais rigoroso). De fábrica, é o valor medido para o modelo facial; altere-o somente se souber por quê</translation>
    </message>
    <message>
        <source>About 1 wrong person marked in {count} check-ins by strangers</source>
        <translation>Cerca de 1 pessoa errada registrada a cada {count} tentativas de desconhecidos</translation>
    </message>
    <message>
        <source>Stricter: fewer mix-ups, more people asked to try again. More lenient: the other way round. Standard suits most schools and offices</source>
        <translation>Mais rigorosa: menos confusões, mais pessoas precisam tentar de novo. Mais tolerante: o contrário. Padrão serve para a maioria das escolas e escritórios</translation>
    </message>
    <message>
        <source>How different two faces may look and still count as the same person (smaller = stricter)</source>
        <translation>O quanto dois rostos podem diferir e ainda contar como a mesma pessoa (menor = mais rigoroso)</translation>
    </message>
    <message>
        <source>agreeing frames of the last</source>
        <translation>quadros concordantes dos últimos</translation>
    </message>
    <message>
        <source>A person is marked only when this many of the last frames agree on who it is (more = fewer mistakes, a moment longer in front of the camera)</source>
        <translation>Uma pessoa só é registrada quando esta quantidade dos últimos quadros concorda sobre quem ela é (mais = menos erros, um instante a mais diante da câmera)</translation>
    </message>
    <message>
        <source>Switch and re-embed</source>
        <translation>Trocar e reprocessar</translation>
    </message>
    <message>
        <source>Re-embed every enrolled sample with the chosen model (nobody re-enrolls); recognition keeps using the current model until it is done</source>
        <translation>Reprocessar cada amostra cadastrada com o modelo escolhido (ninguém precisa se cadastrar de novo); o reconhecimento continua usando o modelo atual até terminar</translation>
    </message>
    <message>
        <source>The method that turns a face into something comparable; changing it re-reads every enrolled photo</source>
        <translation>O método que transforma um rosto em algo comparável; trocá-lo relê cada foto cadastrada</translation>
    </message>
    <message>
        <source>What does this mean?</source>
        <translation>O que isso significa?</translation>
    </message>
    <message>
        <source>Opens the guide to these options (docs/recognition.md)</source>
        <translation>Abre o guia destas opções (docs/recognition.md)</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Reconhecimento</translation>
    </message>
    <message>
        <source>Face embedder</source>
        <translation>Modelo facial</translation>
    </message>
    <message>
        <source>Confirm after</source>
        <translation>Confirmar após</translation>
    </message>
    <message>
        <source>Mix-ups and people asked to retry, by strictness</source>
        <translation>Confusões e pessoas que precisam repetir, por rigor</translation>
    </message>
    <message>
        <source>Measure on my people</source>
        <translation>Medir nas minhas pessoas</translation>
    </message>
    <message>
        <source>Measure on the enrolled faces what the chosen strictness costs: expected mix-ups a day and how many people would be asked to try again</source>
        <translation>Medir nos rostos cadastrados o custo do rigor escolhido: confusões esperadas por dia e quantas pessoas precisariam tentar de novo</translation>
    </message>
    <message>
        <source>What the strictness costs</source>
        <translation>O custo do rigor</translation>
    </message>
    <message>
        <source>A person is not marked again within this time</source>
        <translation>Uma pessoa não é registrada de novo dentro deste tempo</translation>
    </message>
    <message>
        <source>min before the start</source>
        <translation>min antes do início</translation>
    </message>
    <message>
        <source>Someone recognised this long before a session started (before Start was pressed) counts as present in it</source>
        <translation>Quem for reconhecido com esta antecedência ao início de uma sessão (antes de clicar em Iniciar) conta como presente nela</translation>
    </message>
    <message>
        <source>Present: one mark per person and session. Check-in/out: alternating, for hours worked. Entry/Exit: a camera at a door that only checks in or out.</source>
        <translation>Presente: um registro por pessoa e sessão. Entrada/saída: alternadas, para horas trabalhadas. Somente entrada/saída: uma câmera numa porta que só registra entradas ou saídas.</translation>
    </message>
    <message>
        <source>Mark anyway (check-in)</source>
        <translation>Registrar mesmo assim (entrada)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>Takes effect on restart</source>
        <translation>Entra em vigor ao reiniciar</translation>
    </message>
    <message>
        <source>What a recognition does when no session of the person&apos;s group is running</source>
        <translation>O que um reconhecimento faz quando nenhuma sessão do grupo da pessoa está em andamento</translation>
    </message>
    <message>
        <source>This computer&apos;s name in the reports (which camera marked)</source>
        <translation>O nome deste computador nos relatórios (qual câmera registrou)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presença</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>Intervalo mínimo</translation>
    </message>
    <message>
        <source>Counts for a session from</source>
        <translation>Conta para uma sessão a partir de</translation>
    </message>
    <message>
        <source>Outside a session</source>
        <translation>Fora de uma sessão</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nome do dispositivo</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Procurar...</translation>
    </message>
    <message>
        <source>empty = SQLite in the data folder; postgresql+psycopg://...</source>
        <translation>vazio = SQLite na pasta de dados; postgresql+psycopg://...</translation>
    </message>
    <message>
        <source>Set admin PIN...</source>
        <translation>Definir PIN de administrador...</translation>
    </message>
    <message>
        <source>Needed to leave kiosk mode and for admin actions there</source>
        <translation>Necessário para sair do modo quiosque e para as ações de administração nele</translation>
    </message>
    <message>
        <source>Storage and access</source>
        <translation>Armazenamento e acesso</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>URL do banco de dados</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN de administrador</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Camera, threshold and attendance rules apply at once; data folder, database and detection changes after a restart.</source>
        <translation>Câmera, limite e regras de presença valem na hora; mudanças de pasta de dados, banco de dados e detecção, após reiniciar.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <source>A more accurate face model is available: {model}, the default for new installs. Choose it and Switch and re-embed: everyone is re-embedded from their stored photos, nobody enrolls again.</source>
        <translation>Há um modelo facial mais preciso: {model}, o padrão em novas instalações. Escolha-o e clique em «Trocar e reprocessar»: todos são recalculados a partir das fotos guardadas, ninguém precisa se cadastrar de novo.</translation>
    </message>
    <message>
        <source>(&lt;a href=&quot;{url}&quot;&gt;where the rightsholder says so&lt;/a&gt;)</source>
        <translation>(&lt;a href=&quot;{url}&quot;&gt;segundo o titular dos direitos&lt;/a&gt;)</translation>
    </message>
    <message>
        <source>Weights licence: {licence} {where}</source>
        <translation>Licença dos pesos: {licence} {where}</translation>
    </message>
    <message>
        <source>Re-embedding the enrolled samples with {model}...</source>
        <translation>Reprocessando as amostras cadastradas com {model}...</translation>
    </message>
    <message>
        <source>Re-embedding with {model}: {percent} ({step})</source>
        <translation>Reprocessando com {model}: {percent} ({step})</translation>
    </message>
    <message>
        <source>Samples re-embedded with {model}: {count}.</source>
        <translation>Amostras reprocessadas com {model}: {count}.</translation>
    </message>
    <message>
        <source>Skipped (no face chip stored): {count}.</source>
        <translation>Ignoradas (sem recorte do rosto guardado): {count}.</translation>
    </message>
    <message>
        <source>Saved to {path}. Restart the app to recognise with it.</source>
        <translation>Salvo em {path}. Reinicie o aplicativo para reconhecer com ele.</translation>
    </message>
    <message>
        <source>calibrated for 1 in {count} false matches</source>
        <translation>calibrado para 1 correspondência falsa a cada {count}</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>definido à mão</translation>
    </message>
    <message>
        <source>the model&apos;s default</source>
        <translation>o padrão do modelo</translation>
    </message>
    <message>
        <source>In use: {value} ({why}); the standard value is {standard} (smaller = stricter).</source>
        <translation>Em uso: {value} ({why}); o valor padrão é {standard} (menor = mais rigoroso).</translation>
    </message>
    <message>
        <source>Measure on my people shows what the chosen strictness costs, then Save applies it.</source>
        <translation>Medir nas minhas pessoas mostra o custo do rigor escolhido; depois, Salvar o aplica.</translation>
    </message>
    <message>
        <source>Press Measure on my people for this strictness first: it measures the setting on the enrolled faces and shows what it costs; Save then applies it.</source>
        <translation>Clique primeiro em Medir nas minhas pessoas para este rigor: o ajuste é medido nos rostos cadastrados e o custo é mostrado; depois, Salvar o aplica.</translation>
    </message>
    <message>
        <source>Strict threshold</source>
        <translation>Limite rigoroso</translation>
    </message>
    <message>
        <source>At this threshold about {share} of check-ins by enrolled people would be refused (more than {limit}). Apply it anyway?</source>
        <translation>Com este limite, cerca de {share} das tentativas de pessoas cadastradas seriam recusadas (mais de {limit}). Aplicar mesmo assim?</translation>
    </message>
    <message>
        <source>Some settings are not valid: {problems}</source>
        <translation>Algumas configurações não são válidas: {problems}</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Salvar as configurações</translation>
    </message>
    <message>
        <source>Not saved: the threshold was not applied.</source>
        <translation>Não salvo: o limite não foi aplicado.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Salvo em {path}</translation>
    </message>
    <message>
        <source>{saved}. The new language is used when the app is started again.</source>
        <translation>{saved}. O novo idioma é usado quando o aplicativo for iniciado novamente.</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>Vídeos ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Arquivo de vídeo</translation>
    </message>
    <message>
        <source>Image folder</source>
        <translation>Pasta de imagens</translation>
    </message>
    <message>
        <source>Measuring the threshold curve on the enrolled faces...</source>
        <translation>Medindo a curva do limite nos rostos cadastrados...</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibração</translation>
    </message>
    <message>
        <source>For the target rate with {people} people: threshold {threshold} ({method}).</source>
        <translation>Para a taxa-alvo com {people} pessoas: limite {threshold} ({method}).</translation>
    </message>
    <message>
        <source>Expected false accepts: {count} a day at {checkins} check-ins.</source>
        <translation>Aceitações falsas esperadas: {count} por dia com {checkins} tentativas.</translation>
    </message>
    <message>
        <source>measured on your people with several samples</source>
        <translation>medido nas suas pessoas com várias amostras</translation>
    </message>
    <message>
        <source>estimated from a reference set: enrol more samples per person to measure it here</source>
        <translation>estimado a partir de um conjunto de referência: cadastre mais amostras por pessoa para medir aqui</translation>
    </message>
    <message>
        <source>Enrolled people refused: about {share} of check-ins ({source}).</source>
        <translation>Pessoas cadastradas recusadas: cerca de {share} das tentativas ({source}).</translation>
    </message>
    <message>
        <source>Saving will ask for a confirmation.</source>
        <translation>Ao salvar, será pedida uma confirmação.</translation>
    </message>
    <message>
        <source>threshold (distance + crowding penalty)</source>
        <translation>limite (distância + penalidade por semelhança)</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>taxa</translation>
    </message>
    <message>
        <source>false match per check-in</source>
        <translation>correspondência falsa por tentativa</translation>
    </message>
    <message>
        <source>false reject</source>
        <translation>rejeição falsa</translation>
    </message>
    <message>
        <source>current threshold</source>
        <translation>limite atual</translation>
    </message>
    <message>
        <source>Current admin PIN:</source>
        <translation>PIN de administrador atual:</translation>
    </message>
    <message>
        <source>New admin PIN:</source>
        <translation>Novo PIN de administrador:</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>O mesmo PIN novamente:</translation>
    </message>
    <message>
        <source>The two PINs differ; nothing was changed.</source>
        <translation>Os dois PINs são diferentes; nada foi alterado.</translation>
    </message>
    <message>
        <source>The admin PIN was set.</source>
        <translation>O PIN de administrador foi definido.</translation>
    </message>
    <message>
        <source>Switching the face model</source>
        <translation>Trocar o modelo facial</translation>
    </message>
    <message>
        <source>This computer&apos;s zone ({zone})</source>
        <translation>Fuso deste computador ({zone})</translation>
    </message>
    <message>
        <source>The school&apos;s time zone: every time in the app, the reports and the command line is in it. Keep this computer&apos;s zone unless the computer is set to another one.</source>
        <translation>O fuso horário da escola: todos os horários no aplicativo, nos relatórios e na linha de comando estão nele. Mantenha o fuso deste computador, a menos que o computador esteja configurado com outro.</translation>
    </message>
    <message>
        <source>Unknown time zone {name}. Choose one from the list, e.g. {example}.</source>
        <translation>Fuso horário desconhecido: {name}. Escolha um da lista, por ex. {example}.</translation>
    </message>
    <message>
        <source>Cannot write the settings file: {error}</source>
        <translation>Não é possível gravar o arquivo de configurações: {error}</translation>
    </message>
    <message>
        <source>Too little data: {people} people and {scores} impostor scores (need at least 2 people and {needed} scores). Enrol more people, then calibrate again; until then the model&apos;s default threshold is used.</source>
        <translation>Dados insuficientes: {people} pessoas e {scores} comparações entre pessoas diferentes (são necessárias pelo menos 2 pessoas e {needed} comparações). Cadastre mais pessoas e calibre de novo; até lá, é usado o limite padrão do modelo.</translation>
    </message>
    <message>
        <source>Measured: {below} of {scores} impostor scores lie below the threshold.</source>
        <translation>Medido: {below} de {scores} comparações entre pessoas diferentes ficam abaixo do limite.</translation>
    </message>
    <message>
        <source>Extrapolated from the lowest of {scores} impostor scores (conservative). Enrol more people for a measured value.</source>
        <translation>Extrapolado a partir das mais baixas de {scores} comparações entre pessoas diferentes (conservador). Cadastre mais pessoas para um valor medido.</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <source>Face Attendance could not start</source>
        <translation>Presença facial não pôde ser iniciado</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>{time} on {date} does not exist in {zone}: the clocks go forward then. Choose a time before or after the skipped hour.</source>
        <translation>{time} de {date} não existe em {zone}: os relógios são adiantados nessa hora. Escolha um horário antes ou depois da hora pulada.</translation>
    </message>
    <message>
        <source>{time} on {date} comes twice in {zone}: the clocks go back then.</source>
        <translation>{time} de {date} acontece duas vezes em {zone}: os relógios são atrasados nessa hora.</translation>
    </message>
    <message>
        <source>Which one do you mean?</source>
        <translation>Qual delas você quer dizer?</translation>
    </message>
    <message>
        <source>Which time?</source>
        <translation>Qual horário?</translation>
    </message>
    <message>
        <source>{time}, before the clocks go back</source>
        <translation>{time}, antes de atrasar os relógios</translation>
    </message>
    <message>
        <source>{time}, after the clocks go back</source>
        <translation>{time}, depois de atrasar os relógios</translation>
    </message>
</context>
</TS>
