<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>About</name>
    <message>
        <source>{role} &lt;b&gt;{model}&lt;/b&gt;: {description}&lt;br&gt;weights licence: {licence}</source>
        <translation>{role} &lt;b&gt;{model}&lt;/b&gt;: {description}&lt;br&gt;licencia de los pesos: {licence}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Face Attendance&lt;/b&gt; {version}&lt;br&gt;Face recognition attendance, run with onnxruntime on this computer. No image leaves this machine.&lt;br&gt;&lt;br&gt;Models in use (Settings, Detection; &lt;code&gt;face-attendance models list&lt;/code&gt;):&lt;ul&gt;{models}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Asistencia facial&lt;/b&gt; {version}&lt;br&gt;Control de asistencia por reconocimiento facial, ejecutado con onnxruntime en este ordenador. Ninguna imagen sale de este equipo.&lt;br&gt;&lt;br&gt;Modelos en uso (Ajustes, Detección; &lt;code&gt;face-attendance models list&lt;/code&gt;):&lt;ul&gt;{models}&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>AdminGate</name>
    <message>
        <source>Checking the admin PIN...</source>
        <translation>Comprobando el PIN de administrador...</translation>
    </message>
    <message>
        <source>{what} needs the admin PIN.</source>
        <translation>{what} requiere el PIN de administrador.</translation>
    </message>
    <message>
        <source>The admin PIN cannot be checked now: {problem} Nothing was unlocked.</source>
        <translation>El PIN de administrador no se puede comprobar ahora: {problem} No se ha desbloqueado nada.</translation>
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
        <translation>Esta persona fue borrada; solo se conserva su asistencia pasada para las estadísticas, así que no se puede añadir ni asignarle ninguna marca.</translation>
    </message>
    <message>
        <source>{name}: already checked out at {time}</source>
        <translation>{name}: ya registró su salida a las {time}</translation>
    </message>
    <message>
        <source>{name}: already checked in at {time}</source>
        <translation>{name}: ya registró su entrada a las {time}</translation>
    </message>
    <message>
        <source>{name} checked out at {time} ({session})</source>
        <translation>{name} registró su salida a las {time} ({session})</translation>
    </message>
    <message>
        <source>{name} checked out at {time}</source>
        <translation>{name} registró su salida a las {time}</translation>
    </message>
    <message>
        <source>{name} checked in at {time} ({session})</source>
        <translation>{name} registró su entrada a las {time} ({session})</translation>
    </message>
    <message>
        <source>{name} checked in at {time}</source>
        <translation>{name} registró su entrada a las {time}</translation>
    </message>
    <message>
        <source>{name} is deactivated: not recorded</source>
        <translation>{name} está desactivado/a: no se registra</translation>
    </message>
    <message>
        <source>No open session for {name}: not recorded</source>
        <translation>No hay ninguna sesión abierta para {name}: no se registra</translation>
    </message>
    <message>
        <source>{when} is in the future (it is {now} now): a mark records something that happened. Check the date and time.</source>
        <translation>{when} está en el futuro (ahora son las {now}): un registro anota algo que ya ha ocurrido. Compruebe la fecha y la hora.</translation>
    </message>
    <message>
        <source>{when} is outside the session &apos;{session}&apos; ({start} to {end}). Pick a time within the session, or another session.</source>
        <translation>{when} está fuera de la sesión «{session}» ({start} a {end}). Elija una hora dentro de la sesión u otra sesión.</translation>
    </message>
    <message>
        <source>{when} is outside the session &apos;{session}&apos; ({start}). Pick a time within the session, or another session.</source>
        <translation>{when} está fuera de la sesión «{session}» ({start}). Elija una hora dentro de la sesión u otra sesión.</translation>
    </message>
    <message>
        <source>A session needs a name (for example &apos;Maths 7B&apos;).</source>
        <translation>Una sesión necesita un nombre (por ejemplo «Matemáticas 7B»).</translation>
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
        <translation>«{session}» ({who}) está en curso desde {start}. Un grupo tiene una sola sesión a la vez: continúe esa o finalícela antes de iniciar otra.</translation>
    </message>
    <message>
        <source>&apos;{session}&apos; ({who}, {when}) overlaps this time. A group has one session at a time: change the times, or edit that session.</source>
        <translation>«{session}» ({who}, {when}) coincide con este horario. Un grupo tiene una sola sesión a la vez: cambie las horas o edite esa sesión.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>de {start} a {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>desde {start}</translation>
    </message>
    <message>
        <source>Session &apos;{session}&apos; already ended at {when}.</source>
        <translation>La sesión «{session}» ya terminó a las {when}.</translation>
    </message>
    <message>
        <source>Session &apos;{session}&apos; has not started yet (starts {when}).</source>
        <translation>La sesión «{session}» aún no ha empezado (empieza a las {when}).</translation>
    </message>
    <message>
        <source>The session would end ({end}) before it starts ({start}). Check the times.</source>
        <translation>La sesión terminaría ({end}) antes de empezar ({start}). Compruebe las horas.</translation>
    </message>
    <message>
        <source>&apos;Late after&apos; ({when}) must lie between the start and the end.</source>
        <translation>«Retraso después de» ({when}) debe estar entre el inicio y el final.</translation>
    </message>
    <message>
        <source>A reason is required for every correction; it is kept in the audit log.</source>
        <translation>Cada corrección necesita un motivo; se guarda en el registro de auditoría.</translation>
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
        <translation>Persona</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>check-out</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>moved to another person</source>
        <translation>asignado a otra persona</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
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
        <translation>&lt;h3&gt;No hay registros en estos días&lt;/h3&gt;&lt;p&gt;Los registros aparecen aquí cuando se reconoce a las personas en la página &lt;b&gt;En directo&lt;/b&gt; o en una foto de grupo (&lt;b&gt;Archivo › Abrir foto&lt;/b&gt;). Inicie allí una sesión para una clase o un turno.&lt;/p&gt;&lt;p&gt;¿Falta alguien? &lt;b&gt;Añadir manual...&lt;/b&gt; lo registra a mano, con un motivo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{source}, confirmed by code</source>
        <translation>{source}, confirmado con código</translation>
    </message>
    <message>
        <source>very sure</source>
        <translation>muy segura</translation>
    </message>
    <message>
        <source>sure</source>
        <translation>segura</translation>
    </message>
    <message>
        <source>just within the limit</source>
        <translation>en el límite</translation>
    </message>
    <message>
        <source>outside the limit</source>
        <translation>fuera del límite</translation>
    </message>
    <message>
        <source>Made before the session was started (or without one): it counts for this session because it falls in it or just before its start</source>
        <translation>Hecho antes de iniciar la sesión (o sin sesión): cuenta para esta sesión porque cae dentro de ella o justo antes de su inicio</translation>
    </message>
    <message>
        <source>made in &apos;{session}&apos;, outside its times now</source>
        <translation>hecho en «{session}», ahora fuera de su horario</translation>
    </message>
    <message>
        <source>Made in &apos;{session}&apos;, whose times were changed afterwards: it lies outside them now, so it counts for this session, which it falls in</source>
        <translation>Hecho en «{session}», cuyo horario se cambió después: ahora queda fuera de él, así que cuenta para esta sesión, en la que cae</translation>
    </message>
    <message>
        <source>not counted: outside the sessions of the person&apos;s group</source>
        <translation>no contado: fuera de las sesiones del grupo de la persona</translation>
    </message>
    <message>
        <source>Made in &apos;{session}&apos;, whose times were changed afterwards: it lies outside them now and counts for no session</source>
        <translation>Hecho en «{session}», cuyo horario se cambió después: ahora queda fuera de él y no cuenta para ninguna sesión</translation>
    </message>
    <message>
        <source>How closely the face matched the enrolled photos: distance {distance}, the app accepts up to {limit}</source>
        <translation>Cuánto se parecía la cara a las fotos registradas: distancia {distance}, la aplicación acepta hasta {limit}</translation>
    </message>
    <message>
        <source>withdrawn by {by}: {reason}</source>
        <translation>retirado por {by}: {reason}</translation>
    </message>
    <message>
        <source>moved to another person by {by}: {reason}</source>
        <translation>asignado a otra persona por {by}: {reason}</translation>
    </message>
    <message>
        <source>corrected by {by}: {reason}</source>
        <translation>corregido por {by}: {reason}</translation>
    </message>
    <message>
        <source>Double-click: wrong person... · right-click: more</source>
        <translation>Doble clic: persona equivocada... · clic derecho: más</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <source>Show corrected</source>
        <translation>Mostrar corregidos</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Add manual...</source>
        <translation>Añadir manual...</translation>
    </message>
    <message>
        <source>Mark someone by hand (with a reason, recorded in the audit log)</source>
        <translation>Registrar a alguien a mano (con un motivo, anotado en el registro de auditoría)</translation>
    </message>
    <message>
        <source>Wrong person...</source>
        <translation>Persona equivocada...</translation>
    </message>
    <message>
        <source>Withdraw...</source>
        <translation>Retirar...</translation>
    </message>
    <message>
        <source>Edit session...</source>
        <translation>Editar sesión...</translation>
    </message>
    <message>
        <source>Roll call...</source>
        <translation>Pasar lista...</translation>
    </message>
    <message>
        <source>Events: {events} · people: {people}</source>
        <translation>Registros: {events} · personas: {people}</translation>
    </message>
    <message>
        <source>Only {count} marks are shown here: narrow the dates or the group</source>
        <translation>Aquí solo se muestran {count} registros: acote las fechas o el grupo</translation>
    </message>
    <message>
        <source>Marks made on these days that count for a session of another day (after midnight in an evening session, say): {count}. They are listed on that session&apos;s day.</source>
        <translation>Registros de estos días que cuentan para una sesión de otro día (por ejemplo, después de medianoche en una sesión de tarde): {count}. Se muestran en el día de esa sesión.</translation>
    </message>
    <message>
        <source>times in {zone}</source>
        <translation>horas de {zone}</translation>
    </message>
    <message>
        <source>Select a mark in the table first (or right-click a mark).</source>
        <translation>Seleccione primero un registro en la tabla (o haga clic derecho en un registro).</translation>
    </message>
    <message>
        <source>This mark was already corrected; correct the mark that replaced it.</source>
        <translation>Este registro ya se corrigió; corrija el registro que lo sustituyó.</translation>
    </message>
    <message>
        <source>The selected mark is someone else: move it to the right person</source>
        <translation>El registro seleccionado es de otra persona: asígnelo a la persona correcta</translation>
    </message>
    <message>
        <source>Withdraw the selected mark (kept as &apos;withdrawn&apos;, with a reason)</source>
        <translation>Retirar el registro seleccionado (se conserva como «retirado», con un motivo)</translation>
    </message>
    <message>
        <source>{action}. {reason}</source>
        <translation>{action}. {reason}</translation>
    </message>
    <message>
        <source>Change the chosen session&apos;s start, end, group or late time; reports follow</source>
        <translation>Cambiar el inicio, el fin, el grupo o la hora de retraso de la sesión elegida; los informes se actualizan</translation>
    </message>
    <message>
        <source>Choose a session in the filter above to change its times or group.</source>
        <translation>Elija una sesión en el filtro de arriba para cambiar sus horas o su grupo.</translation>
    </message>
    <message>
        <source>Who was absent or late in the chosen session (else the running or last one today), with Mark present for anyone the camera missed</source>
        <translation>Quién faltó o llegó tarde en la sesión elegida (si no, la que está en curso o la última de hoy), con «Registrar presente» para quien la cámara no detectó</translation>
    </message>
    <message>
        <source>No session in these days: start one, or choose other days.</source>
        <translation>No hay sesiones en estos días: inicie una o elija otros días.</translation>
    </message>
    <message>
        <source>Add another mark for {name}...</source>
        <translation>Añadir otro registro para {name}...</translation>
    </message>
    <message>
        <source>Editing a session</source>
        <translation>Editar una sesión</translation>
    </message>
    <message>
        <source>Correcting attendance</source>
        <translation>Corregir la asistencia</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup passphrase must have at least {count} characters; without it nobody (including you) can open the backup, so write it down somewhere safe.</source>
        <translation>La frase de contraseña de la copia debe tener al menos {count} caracteres; sin ella nadie (ni usted) puede abrir la copia, así que anótela en un lugar seguro.</translation>
    </message>
    <message>
        <source>The disk is full: the backup {file} was not written. Free some space or choose another folder; nothing was changed.</source>
        <translation>El disco está lleno: la copia {file} no se escribió. Libere espacio o elija otra carpeta; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Cannot write the backup {file}: {error}. Choose another folder; nothing was changed.</source>
        <translation>No se puede escribir la copia {file}: {error}. Elija otra carpeta; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{file} is a folder; give a file name for the backup.</source>
        <translation>{file} es una carpeta; indique un nombre de archivo para la copia.</translation>
    </message>
    <message>
        <source>There is no database at {file} to back up.</source>
        <translation>No hay ninguna base de datos en {file} que copiar.</translation>
    </message>
    <message>
        <source>There is no encryption key for face data to save: this database does not use encryption yet.</source>
        <translation>No hay ninguna clave de cifrado de datos faciales que guardar: esta base de datos aún no usa cifrado.</translation>
    </message>
    <message>
        <source>There is no encryption key for face data to save: key {key} is not on this computer.</source>
        <translation>No hay ninguna clave de cifrado de datos faciales que guardar: la clave {key} no está en este ordenador.</translation>
    </message>
    <message>
        <source>{file} is not a face-attendance backup archive.</source>
        <translation>{file} no es un archivo de copia de seguridad de face-attendance.</translation>
    </message>
    <message>
        <source>{file} is a backup of format version {version}, which this version of face-attendance cannot read (written by a newer version?).</source>
        <translation>{file} es una copia con formato versión {version}, que esta versión de face-attendance no puede leer (¿escrita por una versión más reciente?).</translation>
    </message>
    <message>
        <source>{file} has a damaged header.</source>
        <translation>{file} tiene una cabecera dañada.</translation>
    </message>
    <message>
        <source>{file} has a damaged or crafted header; it cannot be restored.</source>
        <translation>{file} tiene una cabecera dañada o manipulada; no se puede restaurar.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the backup {file}. Nothing was changed.</source>
        <translation>Frase de contraseña incorrecta para la copia {file}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{file} has data after its end; it was modified.</source>
        <translation>{file} tiene datos después de su final; fue modificado.</translation>
    </message>
    <message>
        <source>The backup file {file} does not exist.</source>
        <translation>El archivo de copia {file} no existe.</translation>
    </message>
    <message>
        <source>{file} is damaged: {problem}</source>
        <translation>{file} está dañado: {problem}</translation>
    </message>
    <message>
        <source>{file} has no manifest; it is not a complete backup.</source>
        <translation>{file} no tiene manifiesto; no es una copia completa.</translation>
    </message>
    <message>
        <source>{file} lacks its database; it cannot be restored.</source>
        <translation>A {file} le falta su base de datos; no se puede restaurar.</translation>
    </message>
    <message>
        <source>The database inside {file} does not match its manifest.</source>
        <translation>La base de datos dentro de {file} no coincide con su manifiesto.</translation>
    </message>
    <message>
        <source>The data key inside {file} does not match its manifest.</source>
        <translation>La clave de datos dentro de {file} no coincide con su manifiesto.</translation>
    </message>
    <message>
        <source>The database inside the backup is damaged ({problem}).</source>
        <translation>La base de datos de la copia está dañada ({problem}).</translation>
    </message>
    <message>
        <source>The database inside the backup cannot be used: {problem} Nothing was changed.</source>
        <translation>La base de datos de la copia no se puede usar: {problem} No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The backup&apos;s database is at schema revision {revision}, which this version of face-attendance does not know (it was made by a newer version). Install that version to restore it; nothing was changed.</source>
        <translation>La base de datos de la copia está en la revisión de esquema {revision}, que esta versión de face-attendance no conoce (se hizo con una versión más reciente). Instale esa versión para restaurarla; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>part of that path is a file, not a folder</source>
        <translation>parte de esa ruta es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>Restore not confirmed: nothing was changed. Re-run with --yes (or answer &apos;yes&apos;) to replace the data listed above.</source>
        <translation>Restauración no confirmada: no se ha cambiado nada. Vuelva a ejecutar con --yes (o responda &apos;yes&apos;) para reemplazar los datos indicados arriba.</translation>
    </message>
    <message>
        <source>Could not copy the current database {file} before restoring ({problem}); nothing was changed.</source>
        <translation>No se pudo copiar la base de datos actual {file} antes de restaurar ({problem}); no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Could not copy the current database {file} before restoring; nothing was changed.</source>
        <translation>No se pudo copiar la base de datos actual {file} antes de restaurar; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>The backup&apos;s data is in use, but its settings could not be written ({problem}): the settings from before stay.</source>
        <translation>Los datos de la copia están en uso, pero su configuración no se pudo escribir ({problem}): se mantiene la configuración anterior.</translation>
    </message>
    <message>
        <source>The backup&apos;s data is in use, but the restore could not finish ({problem}).</source>
        <translation>Los datos de la copia están en uso, pero la restauración no pudo terminar ({problem}).</translation>
    </message>
    <message>
        <source>The data from before the restore is kept at {file}: Undo the restore puts it back.</source>
        <translation>Los datos de antes de la restauración se guardan en {file}: «Deshacer la restauración» los recupera.</translation>
    </message>
    <message>
        <source>{file} is open in another program (a database viewer, a sync or copy tool?): close that program, then restore again. Nothing was changed.</source>
        <translation>{file} está abierto en otro programa (¿un visor de bases de datos, una herramienta de sincronización o de copia?): cierre ese programa y vuelva a restaurar. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Restoring into {file} failed ({problem}); the data there is unchanged, and a copy of it is kept at {copy}.</source>
        <translation>La restauración en {file} falló ({problem}); los datos allí no han cambiado y hay una copia en {copy}.</translation>
    </message>
    <message>
        <source>The restored database {file} fails its integrity check: {problem}</source>
        <translation>La base de datos restaurada {file} no supera la comprobación de integridad: {problem}</translation>
    </message>
    <message>
        <source>The settings inside the backup are not valid TOML ({problem}); nothing was changed.</source>
        <translation>La configuración dentro de la copia no es TOML válido ({problem}); no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The settings inside the backup are not valid ({problem}); nothing was changed.</source>
        <translation>La configuración dentro de la copia no es válida ({problem}); no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{file} is cut short (an incomplete copy). Copy it again from where it was saved, or choose another backup. Nothing was changed.</source>
        <translation>{file} está incompleto (una copia cortada). Cópielo de nuevo desde donde se guardó o elija otra copia. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{file} is damaged or was modified: part of it cannot be read. Copy it again from where it was saved, or choose another backup. Nothing was changed.</source>
        <translation>{file} está dañado o fue modificado: una parte no se puede leer. Cópielo de nuevo desde donde se guardó o elija otra copia. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>another program is using the database file right now</source>
        <translation>otro programa está usando el archivo de la base de datos en este momento</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>el archivo está dañado</translation>
    </message>
    <message>
        <source>this user may not open the file</source>
        <translation>este usuario no puede abrir el archivo</translation>
    </message>
    <message>
        <source>the disk could not be read</source>
        <translation>no se pudo leer el disco</translation>
    </message>
    <message>
        <source>SQLite says: {problem}</source>
        <translation>SQLite indica: {problem}</translation>
    </message>
    <message>
        <source>{file} could not be read: {why}.</source>
        <translation>No se pudo leer {file}: {why}.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>The data was not replaced.</source>
        <translation>Los datos no se han reemplazado.</translation>
    </message>
    <message>
        <source>Face Attendance backups (*.fab);;All files (*)</source>
        <translation>Copias de Face Attendance (*.fab);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>People: {people} · Sessions: {sessions} · Attendance records: {events}</source>
        <translation>Personas: {people} · Sesiones: {sessions} · Registros de asistencia: {events}</translation>
    </message>
    <message>
        <source>{people} ({active} active)</source>
        <translation>{people} ({active} activas)</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Elegir...</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Hacer copia</translation>
    </message>
    <message>
        <source>A backup is one file with everyone enrolled, their face data, all sessions and attendance records, and the settings. It holds biometric data, so it is encrypted with a passphrase of at least {count} characters. Write the passphrase down and keep it apart from the file: without it nobody can open the backup, not even you.</source>
        <translation>Una copia de seguridad es un archivo con todas las personas inscritas, sus datos faciales, todas las sesiones y registros de asistencia, y la configuración. Contiene datos biométricos, así que se cifra con una frase de contraseña de al menos {count} caracteres. Anote la frase y guárdela separada del archivo: sin ella nadie puede abrir la copia, ni siquiera usted.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Guardar la copia como</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>Elija dónde guardar la copia.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters.</source>
        <translation>La frase de contraseña necesita al menos {count} caracteres.</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>Haciendo la copia...</translation>
    </message>
    <message>
        <source>Backup saved.</source>
        <translation>Copia guardada.</translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation>Archivo: {file}</translation>
    </message>
    <message>
        <source>Contents as of {when}: {what}</source>
        <translation>Contenido a {when}: {what}</translation>
    </message>
    <message>
        <source>Keep the file somewhere safe (a USB stick, another computer) and the passphrase apart from it. To bring it back, use Restore... in the File menu.</source>
        <translation>Guarde el archivo en un lugar seguro (una memoria USB, otro ordenador) y la frase aparte. Para recuperarlo, use Restaurar... en el menú Archivo.</translation>
    </message>
    <message>
        <source>The encryption key of the face data is not on this computer and is not in the backup: the faces in it can only be read where that key is.</source>
        <translation>La clave de cifrado de los datos faciales no está en este ordenador ni en la copia: las caras que contiene solo se pueden leer donde esté esa clave.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation>La copia no se ha hecho.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <source>A .fab file made by Back up</source>
        <translation>Un archivo .fab hecho con Hacer copia</translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation>Abrir la copia</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de copia</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Elegir una copia</translation>
    </message>
    <message>
        <source>Opening and checking the backup...</source>
        <translation>Abriendo y comprobando la copia...</translation>
    </message>
    <message>
        <source>This backup cannot be restored.</source>
        <translation>Esta copia no se puede restaurar.</translation>
    </message>
    <message>
        <source>Backup of {when}, made on {device}</source>
        <translation>Copia del {when}, hecha en {device}</translation>
    </message>
    <message>
        <source>(Face Attendance {version})</source>
        <translation>(Face Attendance {version})</translation>
    </message>
    <message>
        <source>These protection settings change with it:</source>
        <translation>Estos ajustes de protección cambian con ella:</translation>
    </message>
    <message>
        <source>The backup&apos;s encryption key for face data will be installed on this computer.</source>
        <translation>La clave de cifrado de los datos faciales de la copia se instalará en este ordenador.</translation>
    </message>
    <message>
        <source>In the backup</source>
        <translation>En la copia</translation>
    </message>
    <message>
        <source>On this computer now</source>
        <translation>Ahora en este ordenador</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Attendance records</source>
        <translation>Registros de asistencia</translation>
    </message>
    <message>
        <source>Face templates</source>
        <translation>Plantillas faciales</translation>
    </message>
    <message>
        <source>Replace the current data</source>
        <translation>Reemplazar los datos actuales</translation>
    </message>
    <message>
        <source>Restoring the backup...</source>
        <translation>Restaurando la copia...</translation>
    </message>
    <message>
        <source>Restoring replaces everyone enrolled, their face data, all sessions and attendance records, and the settings on this computer with those in the backup. Nothing changes until you have seen what the backup holds and pressed &quot;Replace the current data&quot;.</source>
        <translation>Restaurar reemplaza a todas las personas inscritas, sus datos faciales, todas las sesiones y registros de asistencia, y la configuración de este ordenador por los de la copia. Nada cambia hasta que haya visto lo que contiene la copia y pulsado «Reemplazar los datos actuales».</translation>
    </message>
    <message>
        <source>The current data is copied to {folder} first, then replaced by the backup&apos;s.</source>
        <translation>Los datos actuales se copian primero en {folder} y luego se reemplazan por los de la copia.</translation>
    </message>
    <message>
        <source>Install the key</source>
        <translation>Instalar la clave</translation>
    </message>
    <message>
        <source>This backup holds only the encryption key for face data, no people or records: the data on this computer stays as it is.</source>
        <translation>Esta copia solo contiene la clave de cifrado de los datos faciales, ni personas ni registros: los datos de este ordenador quedan como están.</translation>
    </message>
    <message>
        <source>This computer already has that key: there is nothing to restore.</source>
        <translation>Este ordenador ya tiene esa clave: no hay nada que restaurar.</translation>
    </message>
    <message>
        <source>Consent needed to enroll</source>
        <translation>Consentimiento necesario para inscribir</translation>
    </message>
    <message>
        <source>Face data encrypted on disk</source>
        <translation>Datos faciales cifrados en el disco</translation>
    </message>
    <message>
        <source>Days face data is kept after a person leaves</source>
        <translation>Días que se guardan los datos faciales tras una baja</translation>
    </message>
    <message>
        <source>Months attendance records are kept</source>
        <translation>Meses que se guardan los registros de asistencia</translation>
    </message>
    <message>
        <source>Minutes the admin PIN stays unlocked</source>
        <translation>Minutos que el PIN de administrador queda desbloqueado</translation>
    </message>
    <message>
        <source>Database copies kept in backups/</source>
        <translation>Copias de la base de datos guardadas en backups/</translation>
    </message>
    <message>
        <source>Days those copies are kept</source>
        <translation>Días que se guardan esas copias</translation>
    </message>
    <message>
        <source>Kiosk liveness check</source>
        <translation>Comprobación de persona real en el quiosco</translation>
    </message>
    <message>
        <source>Kiosk second check</source>
        <translation>Segunda comprobación del quiosco</translation>
    </message>
    <message>
        <source>Match threshold</source>
        <translation>Umbral de coincidencia</translation>
    </message>
    <message>
        <source>Match margin</source>
        <translation>Margen de coincidencia</translation>
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
        <translation>Detector de caras</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>el valor predeterminado</translation>
    </message>
    <message>
        <source>{setting}: {old} → {new}</source>
        <translation>{setting}: {old} → {new}</translation>
    </message>
    <message>
        <source>{file} already exists and is not a Face Attendance backup. Choose another name; nothing was changed.</source>
        <translation>{file} ya existe y no es una copia de Face Attendance. Elija otro nombre; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>There is already a backup named {file}, saved {when}. Replace it with a new backup? The old backup is then lost.</source>
        <translation>Ya hay una copia llamada {file}, guardada el {when}. ¿Reemplazarla por una copia nueva? La copia anterior se perderá.</translation>
    </message>
    <message>
        <source>Replace the old backup</source>
        <translation>Reemplazar la copia anterior</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>todavía no hay datos</translation>
    </message>
    <message>
        <source>Put back the data from before the restore?</source>
        <translation>¿Recuperar los datos de antes de la restauración?</translation>
    </message>
    <message>
        <source>Replace the data on this computer with the backup&apos;s?</source>
        <translation>¿Reemplazar los datos de este equipo por los de la copia?</translation>
    </message>
    <message>
        <source>{question}

Replaced: {now}
In use afterwards: {backup}

Everyone enrolled and every mark made since then is no longer in use. The current data is copied to {folder} first.</source>
        <translation>{question}

Se reemplaza: {now}
En uso después: {backup}

Las personas registradas y las marcas hechas desde entonces dejan de estar en uso. Los datos actuales se copian antes en {folder}.</translation>
    </message>
    <message>
        <source>Undo the restore</source>
        <translation>Deshacer la restauración</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Las dos frases de contraseña aún no coinciden.</translation>
    </message>
    <message>
        <source>The admin PIN becomes the one that was set when this backup was made: make sure you know it.</source>
        <translation>El PIN de administrador pasa a ser el que había al hacer esta copia: asegúrese de conocerlo.</translation>
    </message>
    <message>
        <source>The backup has no admin PIN: afterwards the admin pages are open until you set one in Settings.</source>
        <translation>La copia no tiene PIN de administrador: después, las páginas de administración quedan abiertas hasta que defina uno en Ajustes.</translation>
    </message>
    <message>
        <source>The backup&apos;s settings are not restored: this window was started with --data-dir and without --config, so your settings file belongs to another data folder. Only the data (and the encryption key) are.</source>
        <translation>La configuración de la copia no se restaura: esta ventana se abrió con --data-dir y sin --config, así que su archivo de configuración pertenece a otra carpeta de datos. Solo se restauran los datos (y la clave de cifrado).</translation>
    </message>
    <message>
        <source>This backup holds a whole database, but this computer keeps its data on a database server ({server}): restore that server from its own backup. A backup that holds only the encryption key can be restored here.</source>
        <translation>Esta copia contiene una base de datos entera, pero este equipo guarda sus datos en un servidor de base de datos ({server}): restaure ese servidor desde su propia copia. Una copia que solo contiene la clave de cifrado sí se puede restaurar aquí.</translation>
    </message>
    <message>
        <source>This computer keeps its data on a database server ({server}): ask whoever looks after that server to back it up. Here you save what only this computer has: the encryption key for the face data. Without it the faces on the server cannot be read after a reinstall. The file is encrypted with a passphrase of at least {count} characters; keep the passphrase apart from the file.</source>
        <translation>Este ordenador guarda sus datos en un servidor de bases de datos ({server}): pida a quien se ocupa de ese servidor que haga su copia de seguridad. Aquí guarda lo que solo tiene este ordenador: la clave de cifrado de los datos faciales. Sin ella, las caras del servidor no se pueden leer tras una reinstalación. El archivo se cifra con una frase de contraseña de al menos {count} caracteres; guárdela aparte del archivo.</translation>
    </message>
    <message>
        <source>Contents: the encryption key for the face data, nothing else (the data stays on the database server).</source>
        <translation>Contenido: la clave de cifrado de los datos faciales, nada más (los datos se quedan en el servidor de bases de datos).</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <source>data that cannot be read now ({why})</source>
        <translation>datos que ahora no se pueden leer ({why})</translation>
    </message>
    <message>
        <source>The data on this computer now cannot be read ({why}), so what it holds is not shown.</source>
        <translation>Los datos de este equipo no se pueden leer ahora ({why}), así que no se muestra lo que contienen.</translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>The image folder {folder} does not exist. Create it or choose another source in Settings &gt; Camera.</source>
        <translation>La carpeta de imágenes {folder} no existe. Créela o elija otra fuente en Ajustes &gt; Cámara.</translation>
    </message>
    <message>
        <source>The image folder {folder} holds no images (.jpg, .png, ...). Add some or choose another source.</source>
        <translation>La carpeta de imágenes {folder} no contiene imágenes (.jpg, .png, ...). Añada algunas o elija otra fuente.</translation>
    </message>
    <message>
        <source>The video file {file} does not exist. Check the path, or choose another camera or video in Settings &gt; Camera.</source>
        <translation>El archivo de vídeo {file} no existe. Compruebe la ruta o elija otra cámara u otro vídeo en Ajustes &gt; Cámara.</translation>
    </message>
    <message>
        <source>Cannot connect to the stream {source}. Check the address, the network and the credentials.</source>
        <translation>No se puede conectar con la transmisión {source}. Compruebe la dirección, la red y las credenciales.</translation>
    </message>
    <message>
        <source>Cannot decode the video file {file}: it is damaged or in an unsupported format.</source>
        <translation>No se puede descodificar el archivo de vídeo {file}: está dañado o en un formato no compatible.</translation>
    </message>
    <message>
        <source>photo {file}</source>
        <translation>foto {file}</translation>
    </message>
    <message>
        <source>camera {index}</source>
        <translation>cámara {index}</translation>
    </message>
    <message>
        <source>image folder {folder}</source>
        <translation>carpeta de imágenes {folder}</translation>
    </message>
    <message>
        <source>video {file}</source>
        <translation>vídeo {file}</translation>
    </message>
    <message>
        <source>Connecting to the camera...</source>
        <translation>Conectando con la cámara...</translation>
    </message>
    <message>
        <source>Cannot open the source: {error}</source>
        <translation>No se puede abrir la fuente: {error}</translation>
    </message>
    <message>
        <source>{problem} Reconnecting in {seconds} s...</source>
        <translation>{problem} Reconectando en {seconds} s...</translation>
    </message>
    <message>
        <source>The video has ended.</source>
        <translation>El vídeo ha terminado.</translation>
    </message>
    <message>
        <source>No camera source is set. Choose one in Settings &gt; Camera.</source>
        <translation>No hay ninguna fuente de cámara configurada. Elija una en Ajustes &gt; Cámara.</translation>
    </message>
    <message>
        <source>Camera {camera} is not available: it is unplugged, used by another program, or this user may not access it (macOS: System Settings &gt; Privacy &amp; Security &gt; Camera). Plug it in or choose another camera or camera backend in Settings.</source>
        <translation>La cámara {camera} no está disponible: está desconectada, la usa otro programa o este usuario no tiene acceso a ella (macOS: Ajustes del Sistema &gt; Privacidad y seguridad &gt; Cámara). Conéctela o elija otra cámara u otro controlador de cámara en Ajustes.</translation>
    </message>
    <message>
        <source>Camera {camera} is not available through {backend}: it is unplugged, used by another program, or this user may not access it (macOS: System Settings &gt; Privacy &amp; Security &gt; Camera). Plug it in or choose another camera or camera backend in Settings.</source>
        <translation>La cámara {camera} no está disponible a través de {backend}: está desconectada, la usa otro programa o este usuario no tiene acceso a ella (macOS: Ajustes del Sistema &gt; Privacidad y seguridad &gt; Cámara). Conéctela o elija otra cámara u otro controlador de cámara en Ajustes.</translation>
    </message>
    <message>
        <source>{source} stopped delivering frames (unplugged or disconnected).</source>
        <translation>{source} ha dejado de enviar imágenes (desenchufada o desconectada).</translation>
    </message>
    <message>
        <source>None of the images in {folder} can be read.</source>
        <translation>No se puede leer ninguna de las imágenes de {folder}.</translation>
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
        <translation>Añadir un registro manual</translation>
    </message>
    <message>
        <source>Withdraw a mark</source>
        <translation>Retirar un registro</translation>
    </message>
    <message>
        <source>Wrong person</source>
        <translation>Persona equivocada</translation>
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
        <translation>salida</translation>
    </message>
    <message>
        <source>No session (counts for the day)</source>
        <translation>Sin sesión (cuenta para el día)</translation>
    </message>
    <message>
        <source>{name} — {kind} at {when}</source>
        <translation>{name} — {kind} a las {when}</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Type or choose a name</source>
        <translation>Escriba o elija un nombre</translation>
    </message>
    <message>
        <source>The session the mark counts for in the register</source>
        <translation>La sesión en la que cuenta el registro en la lista de asistencia</translation>
    </message>
    <message>
        <source>Remember that this face is not the recognised person</source>
        <translation>Recordar que esta cara no es la persona reconocida</translation>
    </message>
    <message>
        <source>Only when the camera really mixed the two people up: the app will then be stricter before recognising this face as them again. Leave it off for a simple slip.</source>
        <translation>Solo cuando la cámara de verdad confundió a las dos personas: la aplicación será más estricta antes de volver a reconocer esta cara como esa persona. Déjelo desmarcado si fue un simple descuido.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Actually</source>
        <translation>En realidad</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
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
        <translation>Obligatorio: por qué (se guarda en el registro de auditoría)</translation>
    </message>
    <message>
        <source>Please give a reason: corrections are audited.</source>
        <translation>Indique un motivo: las correcciones quedan auditadas.</translation>
    </message>
    <message>
        <source>Choose the person.</source>
        <translation>Elija a la persona.</translation>
    </message>
</context>
<context>
    <name>DataInUse</name>
    <message>
        <source>The kiosk is running on this data (since {time}).</source>
        <translation>El quiosco está funcionando con estos datos (desde {time}).</translation>
    </message>
    <message>
        <source>A Face Attendance window is open on this data (since {time}).</source>
        <translation>Hay una ventana de Face Attendance abierta con estos datos (desde {time}).</translation>
    </message>
    <message>
        <source>Another restore is running on this data (since {time}).</source>
        <translation>Otra restauración se está ejecutando con estos datos (desde {time}).</translation>
    </message>
    <message>
        <source>Another Face Attendance program is starting on this data.</source>
        <translation>Otro programa de Face Attendance se está iniciando con estos datos.</translation>
    </message>
    <message>
        <source>The command &quot;face-attendance {command}&quot; is running on this data (since {time}).</source>
        <translation>La orden &quot;face-attendance {command}&quot; se está ejecutando con estos datos (desde {time}).</translation>
    </message>
    <message>
        <source>It runs on the computer {host}.</source>
        <translation>Se ejecuta en el equipo {host}.</translation>
    </message>
    <message>
        <source>Close it, then restore. Nothing was changed.</source>
        <translation>Ciérrelo y después restaure. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Close them, then restore. Nothing was changed.</source>
        <translation>Ciérrelos y después restaure. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>A restore is replacing the data in this folder (since {time}). Start again when it has finished.</source>
        <translation>Una restauración está reemplazando los datos de esta carpeta (desde {time}). Vuelva a iniciar cuando haya terminado.</translation>
    </message>
    <message>
        <source>This user may not open {file}: a program another user of this computer runs on this data may be using it.</source>
        <translation>Este usuario no puede abrir {file}: puede que lo esté usando un programa que otro usuario de este equipo ejecuta con estos datos.</translation>
    </message>
    <message>
        <source>If no such program runs any more, delete that file (or ask someone who may), then restore.</source>
        <translation>Si ya no se ejecuta ningún programa así, borre ese archivo (o pídaselo a alguien que pueda) y luego restaure.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database {database} is locked by another program for too long. Close other copies of the app or wait and try again. Nothing was lost.</source>
        <translation>Otro programa mantiene bloqueada la base de datos {database} desde hace demasiado tiempo. Cierre las otras copias de la aplicación o espere e inténtelo de nuevo. No se ha perdido nada.</translation>
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
        <translation>Copiar al portapapeles</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Add samples for {name}</source>
        <translation>Añadir muestras de {name}</translation>
    </message>
    <message>
        <source>Enroll from camera</source>
        <translation>Registrar con la cámara</translation>
    </message>
    <message>
        <source>Enroll from photos</source>
        <translation>Registrar con fotos</translation>
    </message>
    <message>
        <source>This person agreed to have their face stored for attendance (consent text {version})</source>
        <translation>Esta persona aceptó que se guarde su cara para la asistencia (texto de consentimiento {version})</translation>
    </message>
    <message>
        <source>Consent recorded by</source>
        <translation>Consentimiento registrado por</translation>
    </message>
    <message>
        <source>Drop photos here or use &lt;b&gt;Add photos&lt;/b&gt;. One face per photo; several photos of the same person make recognition more reliable.</source>
        <translation>Suelte fotos aquí o use &lt;b&gt;Añadir fotos&lt;/b&gt;. Una cara por foto; varias fotos de la misma persona hacen el reconocimiento más fiable.</translation>
    </message>
    <message>
        <source>Add photos...</source>
        <translation>Añadir fotos...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Waiting for the camera...</source>
        <translation>Esperando a la cámara...</translation>
    </message>
    <message>
        <source>Capture  (Space)</source>
        <translation>Capturar  (Espacio)</translation>
    </message>
    <message>
        <source>Capture {count} or more views: straight, slightly left, slightly right.</source>
        <translation>Capture {count} o más vistas: de frente, un poco a la izquierda, un poco a la derecha.</translation>
    </message>
    <message>
        <source>Add samples</source>
        <translation>Añadir muestras</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>{name} was enrolled from a small or upscaled photo (a weak sample); recognition is less reliable until there are camera samples. Capture camera samples now: they replace the small photo.</source>
        <translation>{name} se registró con una foto pequeña o ampliada (una muestra débil); el reconocimiento es menos fiable hasta que haya muestras de la cámara. Capture ahora muestras con la cámara: sustituyen a la foto pequeña.</translation>
    </message>
    <message>
        <source>{name} was enrolled from a small or upscaled photo (a weak sample); recognition is less reliable until there are camera samples. Use Enroll from camera to take camera samples: they replace it.</source>
        <translation>{name} se registró con una foto pequeña o ampliada (una muestra débil); el reconocimiento es menos fiable hasta que haya muestras de la cámara. Use Registrar con la cámara para tomar muestras: sustituyen a la foto.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Escriba el nombre de la persona.</translation>
    </message>
    <message>
        <source>Consent is required before a face can be stored.</source>
        <translation>Se necesita el consentimiento antes de guardar una cara.</translation>
    </message>
    <message>
        <source>Add at least one photo.</source>
        <translation>Añada al menos una foto.</translation>
    </message>
    <message>
        <source>Capture at least one picture.</source>
        <translation>Capture al menos una imagen.</translation>
    </message>
    <message>
        <source>Ready: 1 sample.</source>
        <translation>Listo: 1 muestra.</translation>
    </message>
    <message>
        <source>Ready: {count} samples.</source>
        <translation>Listo: {count} muestras.</translation>
    </message>
    <message>
        <source>Photos of the person</source>
        <translation>Fotos de la persona</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.webp)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.bmp *.webp)</translation>
    </message>
    <message>
        <source>{file}: damaged or not a picture (not used)</source>
        <translation>{file}: dañado o no es una imagen (no se usa)</translation>
    </message>
    <message>
        <source>{files}: cannot be read, the file is damaged or not a picture. Choose another photo.</source>
        <translation>{files}: no se puede leer, el archivo está dañado o no es una imagen. Elija otra foto.</translation>
    </message>
    <message>
        <source>No camera.</source>
        <translation>No hay cámara.</translation>
    </message>
    <message>
        <source>Good: hold still and capture</source>
        <translation>Bien: quédese quieto y capture</translation>
    </message>
    <message>
        <source>Looking for a face...</source>
        <translation>Buscando una cara...</translation>
    </message>
    <message>
        <source>Only one person in the picture, please</source>
        <translation>Solo una persona en la imagen, por favor</translation>
    </message>
    <message>
        <source>No face found: look at the camera</source>
        <translation>No se encuentra ninguna cara: mire a la cámara</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>No checked picture yet.</source>
        <translation>Todavía no hay ninguna imagen comprobada.</translation>
    </message>
    <message>
        <source>Not captured: {reason}</source>
        <translation>No capturada: {reason}</translation>
    </message>
    <message>
        <source>Enrolling...</source>
        <translation>Registrando...</translation>
    </message>
    <message>
        <source>{name} has new samples: 1 sample stored.</source>
        <translation>{name} tiene muestras nuevas: 1 muestra guardada.</translation>
    </message>
    <message>
        <source>{name} has new samples: {count} samples stored.</source>
        <translation>{name} tiene muestras nuevas: {count} muestras guardadas.</translation>
    </message>
    <message>
        <source>{name} is enrolled: 1 sample stored.</source>
        <translation>{name} está registrado/a: 1 muestra guardada.</translation>
    </message>
    <message>
        <source>{name} is enrolled: {count} samples stored.</source>
        <translation>{name} está registrado/a: {count} muestras guardadas.</translation>
    </message>
    <message>
        <source>Enrolled from a small photo (weak sample): recognition of {name} is less reliable until camera samples are taken (the kiosk and this dialog ask for them).</source>
        <translation>Registrado/a con una foto pequeña (muestra débil): el reconocimiento de {name} es menos fiable hasta que se tomen muestras con la cámara (el quiosco y este diálogo las piden).</translation>
    </message>
    <message>
        <source>{done} The small photo was replaced by the camera samples.</source>
        <translation>{done} La foto pequeña se ha sustituido por las muestras de la cámara.</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>{done}

Not used:
{problems}</source>
        <translation>{done}

No usadas:
{problems}</translation>
    </message>
    <message>
        <source>Small photo</source>
        <translation>Foto pequeña</translation>
    </message>
    <message>
        <source>This photo is too blurred to enroll normally: it is small or was enlarged (an ID photo from a school or HR database?).

You can enroll it as a weak sample: recognition is less reliable until camera samples are taken, and the person is asked for them the next time the kiosk or this dialog sees them.</source>
        <translation>Esta foto está demasiado borrosa para registrarla de forma normal: es pequeña o se amplió (¿una foto de carné de la base de datos de un colegio o de RR. HH.?).

Puede registrarla como muestra débil: el reconocimiento es menos fiable hasta que se tomen muestras con la cámara, y se le pedirán a la persona la próxima vez que el quiosco o este diálogo la vean.</translation>
    </message>
    <message>
        <source>Enroll as weak sample</source>
        <translation>Registrar como muestra débil</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>Looks like someone enrolled</source>
        <translation>Se parece a alguien registrado</translation>
    </message>
    <message>
        <source>This face looks like {names}, who is already enrolled.

The same person twice? Add these photos to {name}.
Two different people who look alike (twins, relatives)? Enroll as a different person: the app remembers the pair, is stricter between them, and a kiosk asks them for their ID number.</source>
        <translation>Esta cara se parece a {names}, que ya está registrado/a.

¿La misma persona dos veces? Añada estas fotos a {name}.
¿Dos personas distintas que se parecen (gemelos, familiares)? Regístrela como otra persona: la aplicación recuerda la pareja, es más estricta entre ellas y el quiosco les pide su número de identificación.</translation>
    </message>
    <message>
        <source>Add to {name}</source>
        <translation>Añadir a {name}</translation>
    </message>
    <message>
        <source>Enroll as a different person</source>
        <translation>Registrar como otra persona</translation>
    </message>
    <message>
        <source>Which face?</source>
        <translation>¿Qué cara?</translation>
    </message>
    <message>
        <source>This photo shows {count} faces. Click the face of the person you are enrolling (or use its button below).</source>
        <translation>Esta foto muestra {count} caras. Haga clic en la cara de la persona que está registrando (o use su botón de abajo).</translation>
    </message>
    <message>
        <source>Face {number}</source>
        <translation>Cara {number}</translation>
    </message>
    <message>
        <source>not good enough yet</source>
        <translation>todavía insuficiente</translation>
    </message>
    <message>
        <source>very good picture</source>
        <translation>muy buena imagen</translation>
    </message>
    <message>
        <source>good picture</source>
        <translation>buena imagen</translation>
    </message>
    <message>
        <source>just good enough</source>
        <translation>justo suficiente</translation>
    </message>
</context>
<context>
    <name>Enrollment</name>
    <message>
        <source>No photo given: enroll needs at least one photo or camera frame.</source>
        <translation>No se ha indicado ninguna foto: el registro necesita al menos una foto o una imagen de la cámara.</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>esta persona</translation>
    </message>
    <message>
        <source>Enrolling {name} needs their consent to store their face (consent text {version}). Ask them, then confirm it (--consent on the command line, the consent box in the app). Nothing was stored.</source>
        <translation>Para registrar a {name} se necesita su consentimiento para guardar su cara (texto de consentimiento {version}). Pídaselo y luego confírmelo (--consent en la línea de comandos, la casilla de consentimiento en la aplicación). No se ha guardado nada.</translation>
    </message>
    <message>
        <source>No face found in {source}. Use a photo where the face is clearly visible, well lit and at least {pixels} pixels wide.</source>
        <translation>No se ha encontrado ninguna cara en {source}. Use una foto en la que la cara se vea con claridad, bien iluminada y de al menos {pixels} píxeles de ancho.</translation>
    </message>
    <message>
        <source>{source} has {count} face(s); face number {number} does not exist (0 = the largest, up to {last}).</source>
        <translation>{source} tiene {count} cara(s); la cara número {number} no existe (0 = la más grande, hasta {last}).</translation>
    </message>
    <message>
        <source>{source} shows {count} faces; enrollment needs exactly one. Crop the photo to one person, or choose which face to use (0 = the largest).</source>
        <translation>{source} muestra {count} caras; el registro necesita exactamente una. Recorte la foto a una sola persona o elija qué cara usar (0 = la más grande).</translation>
    </message>
    <message>
        <source>The face in {source} is too blurred to enroll ({problems}): a small or upscaled photo. Enroll it as a weak sample (--allow-weak, or &apos;Enroll as weak sample&apos; in the app): the person is then asked for camera samples the next time the kiosk or the enroll dialog sees them.</source>
        <translation>La cara de {source} está demasiado borrosa para registrarla ({problems}): una foto pequeña o ampliada. Regístrela como muestra débil (--allow-weak, o «Registrar como muestra débil» en la aplicación): se pedirán muestras con la cámara a la persona la próxima vez que la vean el quiosco o el diálogo de registro.</translation>
    </message>
    <message>
        <source>The face in {source} is not good enough to enroll: {problems}. Take another photo.</source>
        <translation>La cara de {source} no es lo bastante buena para registrarla: {problems}. Tome otra foto.</translation>
    </message>
    <message>
        <source>{first} and {second} do not look like the same person. Enroll each person separately, or add a third photo.</source>
        <translation>{first} y {second} no parecen la misma persona. Registre a cada persona por separado o añada una tercera foto.</translation>
    </message>
    <message>
        <source>{source} does not look like the other photos of this person; left out.</source>
        <translation>{source} no se parece a las otras fotos de esta persona; se deja fuera.</translation>
    </message>
    <message>
        <source>camera frame {number}</source>
        <translation>imagen de cámara {number}</translation>
    </message>
    <message>
        <source>the camera frame</source>
        <translation>la imagen de la cámara</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>&quot;{name}&quot; cannot be a file name on Windows: no : ? * &lt; &gt; | or &quot; in it, no device name such as CON or NUL, no dot or space at the end. Choose another name.</source>
        <translation>«{name}» no puede ser un nombre de archivo en Windows: sin : ? * &lt; &gt; | ni &quot; dentro, sin nombres de dispositivo como CON o NUL, sin punto ni espacio al final. Elija otro nombre.</translation>
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
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>optional: student / staff number</source>
        <translation>opcional: número de alumno / empleado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
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
        <translation>Dudoso</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>{name} (twice?)</source>
        <translation>{name} (¿dos veces?)</translation>
    </message>
    <message>
        <source>recognised</source>
        <translation>reconocido</translation>
    </message>
    <message>
        <source>not sure who</source>
        <translation>no se sabe quién es</translation>
    </message>
    <message>
        <source>found twice</source>
        <translation>encontrado dos veces</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>no reconocido</translation>
    </message>
    <message>
        <source>{name}: already found in this photo</source>
        <translation>{name}: ya aparece en esta foto</translation>
    </message>
    <message>
        <source>Not sure who (face {number}): mark by hand if you know</source>
        <translation>No se sabe quién es (cara {number}): regístrelo a mano si lo sabe</translation>
    </message>
    <message>
        <source>Not recognised (face {number}): not enrolled, or the photo is unclear</source>
        <translation>No reconocido (cara {number}): no está registrado o la foto no es nítida</translation>
    </message>
    <message>
        <source>No face was found in this photo. Faces need to be large enough and turned towards the camera: try a closer or sharper photo, or mark people by hand.</source>
        <translation>No se ha encontrado ninguna cara en esta foto. Las caras deben ser lo bastante grandes y mirar hacia la cámara: pruebe con una foto más cercana o más nítida, o registre a las personas a mano.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found 1 face&lt;/b&gt;: {known} recognised, {others} not recognised.</source>
        <translation>&lt;b&gt;Se ha encontrado 1 cara&lt;/b&gt;: {known} reconocida(s), {others} sin reconocer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found 1 face&lt;/b&gt;: {known} recognised.</source>
        <translation>&lt;b&gt;Se ha encontrado 1 cara&lt;/b&gt;: {known} reconocida(s).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found {count} faces&lt;/b&gt;: {known} recognised, {others} not recognised.</source>
        <translation>&lt;b&gt;Se han encontrado {count} caras&lt;/b&gt;: {known} reconocida(s), {others} sin reconocer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found {count} faces&lt;/b&gt;: {known} recognised.</source>
        <translation>&lt;b&gt;Se han encontrado {count} caras&lt;/b&gt;: {known} reconocida(s).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Count the people in the photo&lt;/b&gt;: anyone without a box was not found (face too small, turned away or hidden); mark them by hand on the Attendance page.</source>
        <translation>&lt;b&gt;Cuente las personas de la foto&lt;/b&gt;: quien no tenga un recuadro no se ha encontrado (cara demasiado pequeña, girada u oculta); regístrelo a mano en la página Asistencia.</translation>
    </message>
    <message>
        <source>Choose or start a session above to mark them.</source>
        <translation>Elija o inicie una sesión arriba para registrarlos.</translation>
    </message>
    <message>
        <source>Untick anyone who should not be marked in {session}.</source>
        <translation>Desmarque a quien no deba registrarse en {session}.</translation>
    </message>
    <message>
        <source>Group photo — {file}</source>
        <translation>Foto de grupo — {file}</translation>
    </message>
    <message>
        <source>Recognising...</source>
        <translation>Reconociendo...</translation>
    </message>
    <message>
        <source>Enroll this face...</source>
        <translation>Registrar esta cara...</translation>
    </message>
    <message>
        <source>Select a face that was not recognised to enroll it</source>
        <translation>Seleccione una cara no reconocida para registrarla</translation>
    </message>
    <message>
        <source>The session the ticked people are marked present in</source>
        <translation>La sesión en la que se registran como presentes las personas marcadas</translation>
    </message>
    <message>
        <source>Start a session...</source>
        <translation>Iniciar una sesión...</translation>
    </message>
    <message>
        <source>Mark into</source>
        <translation>Registrar en</translation>
    </message>
    <message>
        <source>Mark ticked people present</source>
        <translation>Registrar como presentes a los marcados</translation>
    </message>
    <message>
        <source>No session today: start one</source>
        <translation>No hay sesiones hoy: inicie una</translation>
    </message>
    <message>
        <source>Group photo</source>
        <translation>Foto de grupo</translation>
    </message>
    <message>
        <source>Recognising faces...</source>
        <translation>Reconociendo caras...</translation>
    </message>
    <message>
        <source>Marks from a group photo go into a session: choose or start one above.</source>
        <translation>Los registros de una foto de grupo van a una sesión: elija o inicie una arriba.</translation>
    </message>
    <message>
        <source>Nobody in the photo was recognised.</source>
        <translation>No se ha reconocido a nadie en la foto.</translation>
    </message>
    <message>
        <source>Mark the ticked people present in {session}</source>
        <translation>Registrar como presentes a los marcados en {session}</translation>
    </message>
    <message>
        <source>Enroll from the photo</source>
        <translation>Registrar desde la foto</translation>
    </message>
    <message>
        <source>Enroll this face</source>
        <translation>Registrar esta cara</translation>
    </message>
    <message>
        <source>Class or team (optional)</source>
        <translation>Clase o equipo (opcional)</translation>
    </message>
    <message>
        <source>This person agreed to have their face stored</source>
        <translation>Esta persona aceptó que se guarde su cara</translation>
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
        <translation>Dudoso: {name}</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identificar</translation>
    </message>
    <message>
        <source>No face found in the picture.</source>
        <translation>No se ha encontrado ninguna cara en la imagen.</translation>
    </message>
    <message>
        <source>1 face found, {known} recognised.</source>
        <translation>1 cara encontrada, {known} reconocida(s).</translation>
    </message>
    <message>
        <source>{count} faces found, {known} recognised.</source>
        <translation>{count} caras encontradas, {known} reconocida(s).</translation>
    </message>
    <message>
        <source>Mark recognised</source>
        <translation>Registrar reconocidos</translation>
    </message>
    <message>
        <source>Record attendance for the recognised people</source>
        <translation>Registrar la asistencia de las personas reconocidas</translation>
    </message>
</context>
<context>
    <name>Image</name>
    <message>
        <source>{file} is {width}x{height} pixels ({megapixels} MP), more than the {limit} MP this app opens. Save a smaller copy (a few megapixels is plenty for a face) and try again.</source>
        <translation>{file} mide {width}x{height} píxeles ({megapixels} MP), más que los {limit} MP que abre esta aplicación. Guarde una copia más pequeña (unos pocos megapíxeles bastan para una cara) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The image {file} does not exist. Check the path.</source>
        <translation>La imagen {file} no existe. Compruebe la ruta.</translation>
    </message>
    <message>
        <source>{file} is a folder, not an image file.</source>
        <translation>{file} es una carpeta, no un archivo de imagen.</translation>
    </message>
    <message>
        <source>The image {file} is empty (0 bytes). Choose another file.</source>
        <translation>La imagen {file} está vacía (0 bytes). Elija otro archivo.</translation>
    </message>
    <message>
        <source>The file {file} is {megabytes} MB, too large for a still image. Save a smaller copy and try again.</source>
        <translation>El archivo {file} ocupa {megabytes} MB, demasiado para una imagen fija. Guarde una copia más pequeña e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>No permission to read the image {file}. Give this user read access.</source>
        <translation>No hay permiso para leer la imagen {file}. Dé a este usuario acceso de lectura.</translation>
    </message>
    <message>
        <source>Cannot read the image {file}: {error}.</source>
        <translation>No se puede leer la imagen {file}: {error}.</translation>
    </message>
    <message>
        <source>{file} is not a readable image ({detail}). Use a JPEG or PNG photo; if it is one, it may be damaged: export it again from the camera or phone.</source>
        <translation>{file} no es una imagen legible ({detail}). Use una foto JPEG o PNG; si ya lo es, puede estar dañada: expórtela de nuevo desde la cámara o el teléfono.</translation>
    </message>
    <message>
        <source>{file} is not a readable image. Use a JPEG or PNG photo; if it is one, it may be damaged: export it again from the camera or phone.</source>
        <translation>{file} no es una imagen legible. Use una foto JPEG o PNG; si ya lo es, puede estar dañada: expórtela de nuevo desde la cámara o el teléfono.</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Look at the camera</source>
        <translation>Mire a la cámara</translation>
    </message>
    <message>
        <source>Step up to check in</source>
        <translation>Acérquese para registrar su entrada</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <source>Next person, please</source>
        <translation>Siguiente persona, por favor</translation>
    </message>
    <message>
        <source>One at a time, please</source>
        <translation>De uno en uno, por favor</translation>
    </message>
    <message>
        <source>Step up alone, your face inside the oval</source>
        <translation>Acérquese solo, con la cara dentro del óvalo</translation>
    </message>
    <message>
        <source>Checked out {time}</source>
        <translation>Salida registrada {time}</translation>
    </message>
    <message>
        <source>Checked in {time}</source>
        <translation>Entrada registrada {time}</translation>
    </message>
    <message>
        <source>Checking your PIN...</source>
        <translation>Comprobando su PIN...</translation>
    </message>
    <message>
        <source>Checking your ID number...</source>
        <translation>Comprobando su número de identificación...</translation>
    </message>
    <message>
        <source>Not saved: another program is using the database. Please type it again in a moment.</source>
        <translation>No se ha guardado: otro programa está usando la base de datos. Escríbalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Not saved: something went wrong (see the log). Please type it again.</source>
        <translation>No se ha guardado: algo ha fallado (consulte el registro). Escríbalo de nuevo.</translation>
    </message>
    <message>
        <source>Already checked out at {time}</source>
        <translation>Ya registró su salida a las {time}</translation>
    </message>
    <message>
        <source>Already checked in at {time}</source>
        <translation>Ya registró su entrada a las {time}</translation>
    </message>
    <message>
        <source>Hold still...</source>
        <translation>No se mueva...</translation>
    </message>
    <message>
        <source>Recognising your face</source>
        <translation>Reconociendo su cara</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>No reconocido</translation>
    </message>
    <message>
        <source>Please see the front desk</source>
        <translation>Por favor, diríjase a recepción</translation>
    </message>
    <message>
        <source>Check not passed</source>
        <translation>Comprobación no superada</translation>
    </message>
    <message>
        <source>then look back at the camera</source>
        <translation>y luego vuelva a mirar a la cámara</translation>
    </message>
    <message>
        <source>Your photo on file is small: we need to be sure it is you</source>
        <translation>Su foto registrada es pequeña: necesitamos asegurarnos de que es usted</translation>
    </message>
    <message>
        <source>Please type your PIN</source>
        <translation>Escriba su PIN</translation>
    </message>
    <message>
        <source>Please type your ID number</source>
        <translation>Escriba su número de identificación</translation>
    </message>
    <message>
        <source>We need to be sure it is you</source>
        <translation>Necesitamos asegurarnos de que es usted</translation>
    </message>
    <message>
        <source>Please wait: another program is using the database. Your check-in is saved as soon as it is free.</source>
        <translation>Espere, por favor: otro programa está usando la base de datos. Su registro se guardará en cuanto quede libre.</translation>
    </message>
    <message>
        <source>confirmed by code</source>
        <translation>confirmado con código</translation>
    </message>
    <message>
        <source>That was not right</source>
        <translation>No era correcto</translation>
    </message>
    <message>
        <source>That PIN is not right (1 try left)</source>
        <translation>Ese PIN no es correcto (queda 1 intento)</translation>
    </message>
    <message>
        <source>That PIN is not right ({count} tries left)</source>
        <translation>Ese PIN no es correcto (intentos restantes: {count})</translation>
    </message>
    <message>
        <source>That number is not right (1 try left)</source>
        <translation>Ese número no es correcto (queda 1 intento)</translation>
    </message>
    <message>
        <source>That number is not right ({count} tries left)</source>
        <translation>Ese número no es correcto (intentos restantes: {count})</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>No confirmado</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Ya registró su entrada</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Keep looking at the camera: updating your photo</source>
        <translation>Siga mirando a la cámara: actualizando su foto</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN incorrecto. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Buenos días</translation>
    </message>
    <message>
        <source>Good morning, {name}</source>
        <translation>Buenos días, {name}</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Buenas tardes</translation>
    </message>
    <message>
        <source>Good afternoon, {name}</source>
        <translation>Buenas tardes, {name}</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Buenas noches</translation>
    </message>
    <message>
        <source>Good evening, {name}</source>
        <translation>Buenas noches, {name}</translation>
    </message>
    <message>
        <source>Goodbye</source>
        <translation>Adiós</translation>
    </message>
    <message>
        <source>Goodbye, {name}</source>
        <translation>Adiós, {name}</translation>
    </message>
    <message>
        <source>Starting the camera...</source>
        <translation>Iniciando la cámara...</translation>
    </message>
    <message>
        <source>The video has ended.</source>
        <translation>El vídeo ha terminado.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Registro de entrada</translation>
    </message>
    <message>
        <source>Face models</source>
        <translation>Modelos faciales</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Fuera de servicio</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Please type your PIN to confirm it is you</source>
        <translation>Escriba su PIN para confirmar que es usted</translation>
    </message>
    <message>
        <source>Please type your ID number to confirm it is you</source>
        <translation>Escriba su número de identificación para confirmar que es usted</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Su PIN</translation>
    </message>
    <message>
        <source>Your ID number</source>
        <translation>Su número de identificación</translation>
    </message>
    <message>
        <source>Camera unavailable</source>
        <translation>Cámara no disponible</translation>
    </message>
    <message>
        <source>Reconnecting automatically - please see the front desk</source>
        <translation>Reconectando automáticamente; por favor, diríjase a recepción</translation>
    </message>
    <message>
        <source>Enter the admin PIN to leave kiosk mode</source>
        <translation>Introduzca el PIN de administrador para salir del modo quiosco</translation>
    </message>
    <message>
        <source>Slowly turn your head to your left</source>
        <translation>Gire la cabeza despacio hacia su izquierda</translation>
    </message>
    <message>
        <source>Slowly turn your head to your right</source>
        <translation>Gire la cabeza despacio hacia su derecha</translation>
    </message>
    <message>
        <source>Nod your head slowly</source>
        <translation>Asienta despacio con la cabeza</translation>
    </message>
    <message>
        <source>Open your mouth wide</source>
        <translation>Abra bien la boca</translation>
    </message>
    <message>
        <source>and keep looking at the camera</source>
        <translation>y siga mirando a la cámara</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {count} seconds.</source>
        <translation>Demasiados PIN incorrectos. Inténtelo de nuevo en {count} segundos.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {count} minutes.</source>
        <translation>Demasiados PIN incorrectos. Inténtelo de nuevo en {count} minutos.</translation>
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
        <translation>salida</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>No session running: marks count for the day.</source>
        <translation>No hay ninguna sesión en curso: los registros cuentan para el día.</translation>
    </message>
    <message>
        <source>Recognise</source>
        <translation>Reconocer</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Right-click a mark to correct it</source>
        <translation>Haga clic derecho en un registro para corregirlo</translation>
    </message>
    <message>
        <source>Recognised people appear here as they are marked.</source>
        <translation>Las personas reconocidas aparecen aquí a medida que se registran.</translation>
    </message>
    <message>
        <source>Wrong person...</source>
        <translation>Persona equivocada...</translation>
    </message>
    <message>
        <source>Withdraw...</source>
        <translation>Retirar...</translation>
    </message>
    <message>
        <source>person {id}</source>
        <translation>persona {id}</translation>
    </message>
    <message>
        <source>confirmed by code</source>
        <translation>confirmado con código</translation>
    </message>
    <message>
        <source>Right-click to correct this mark</source>
        <translation>Haga clic derecho para corregir este registro</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Ambiguous</source>
        <translation>Ambiguo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <source>not sure who</source>
        <translation>no se sabe quién</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>no reconocido</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Face Attendance</source>
        <translation>Asistencia facial</translation>
    </message>
    <message>
        <source>Identify now</source>
        <translation>Identificar ahora</translation>
    </message>
    <message>
        <source>Recognise whoever is in front of the camera now (F5)</source>
        <translation>Reconocer ahora a quien esté delante de la cámara (F5)</translation>
    </message>
    <message>
        <source>Open photo...</source>
        <translation>Abrir foto...</translation>
    </message>
    <message>
        <source>Recognise the people in a group photo and confirm who was there (Ctrl+O)</source>
        <translation>Reconocer a las personas de una foto de grupo y confirmar quién estuvo (Ctrl+O)</translation>
    </message>
    <message>
        <source>Enroll from camera...</source>
        <translation>Registrar con la cámara...</translation>
    </message>
    <message>
        <source>Enroll a person from several camera captures (Ctrl+E)</source>
        <translation>Registrar a una persona con varias capturas de la cámara (Ctrl+E)</translation>
    </message>
    <message>
        <source>Enroll from photos...</source>
        <translation>Registrar con fotos...</translation>
    </message>
    <message>
        <source>Enroll a person from one or more photo files (Ctrl+N)</source>
        <translation>Registrar a una persona con uno o más archivos de foto (Ctrl+N)</translation>
    </message>
    <message>
        <source>Start...</source>
        <translation>Iniciar...</translation>
    </message>
    <message>
        <source>Start an attendance session (a class, a shift) (Ctrl+Shift+S)</source>
        <translation>Iniciar una sesión de asistencia (una clase, un turno) (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>End the running session (Ctrl+Shift+E)</source>
        <translation>Finalizar la sesión en curso (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <source>Add many people from a CSV file (name, external id, group, photo)</source>
        <translation>Añadir muchas personas desde un archivo CSV (nombre, id externo, grupo, foto)</translation>
    </message>
    <message>
        <source>Undo the restore</source>
        <translation>Deshacer la restauración</translation>
    </message>
    <message>
        <source>The data from before the restore is back.</source>
        <translation>Los datos de antes de la restauración han vuelto.</translation>
    </message>
    <message>
        <source>The encryption key from the backup of {when} is installed.</source>
        <translation>La clave de cifrado de la copia del {when} está instalada.</translation>
    </message>
    <message>
        <source>Back up...</source>
        <translation>Hacer copia...</translation>
    </message>
    <message>
        <source>Restore...</source>
        <translation>Restaurar...</translation>
    </message>
    <message>
        <source>Save everyone enrolled, all sessions, attendance records and settings to one encrypted file</source>
        <translation>Guardar a todas las personas inscritas, sesiones, registros de asistencia y ajustes en un archivo cifrado</translation>
    </message>
    <message>
        <source>Replace the data on this computer with a backup file</source>
        <translation>Reemplazar los datos de este ordenador por un archivo de copia</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Hacer una copia</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <source>The backup of {when} is in use.</source>
        <translation>La copia del {when} está en uso.</translation>
    </message>
    <message>
        <source>The data from before the restore was copied to {file}.</source>
        <translation>Los datos de antes de la restauración se copiaron en {file}.</translation>
    </message>
    <message>
        <source>The settings from before were copied to {file}.</source>
        <translation>Los ajustes anteriores se copiaron en {file}.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia restaurada</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Reload from the database</source>
        <translation>Volver a cargar desde la base de datos</translation>
    </message>
    <message>
        <source>Find person</source>
        <translation>Buscar persona</translation>
    </message>
    <message>
        <source>Search people (Ctrl+F)</source>
        <translation>Buscar personas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Diagnostics...</source>
        <translation>Diagnóstico...</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>A&amp;sistencia</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Details: Help &gt; Diagnostics</source>
        <translation>Detalles: Ayuda &gt; Diagnóstico</translation>
    </message>
    <message>
        <source>Face models</source>
        <translation>Modelos faciales</translation>
    </message>
    <message>
        <source>{model}: {step}</source>
        <translation>{model}: {step}</translation>
    </message>
    <message>
        <source>loading the models</source>
        <translation>cargando los modelos</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>Building the face models (first run only)...</source>
        <translation>Preparando los modelos faciales (solo la primera vez)...</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet. How do you want to add people?

• Camera: the person looks into the camera for a few seconds.
• Photos: one clear photo per person (a passport-style photo is best).
• Class list: a CSV file with names, groups and photo file names.</source>
        <translation>Todavía no hay nadie registrado. ¿Cómo quiere añadir personas?

• Cámara: la persona mira a la cámara unos segundos.
• Fotos: una foto nítida por persona (lo mejor es una foto tipo carné).
• Lista de clase: un archivo CSV con nombres, grupos y nombres de archivo de las fotos.</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet. How do you want to add people?

No camera is working right now, so you can start from photos.
• Photos: one clear photo per person (a passport-style photo is best).
• Class list: a CSV file with names, groups and photo file names.</source>
        <translation>Todavía no hay nadie registrado. ¿Cómo quiere añadir personas?

Ahora mismo no funciona ninguna cámara, así que puede empezar con fotos.
• Fotos: una foto nítida por persona (lo mejor es una foto tipo carné).
• Lista de clase: un archivo CSV con nombres, grupos y nombres de archivo de las fotos.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Use the camera...</source>
        <translation>Usar la cámara...</translation>
    </message>
    <message>
        <source>From photos...</source>
        <translation>Con fotos...</translation>
    </message>
    <message>
        <source>Import a class list...</source>
        <translation>Importar una lista de clase...</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Recognition error: {error}</source>
        <translation>Error de reconocimiento: {error}</translation>
    </message>
    <message>
        <source>Camera: {camera} (connecting)</source>
        <translation>Cámara: {camera} (conectando)</translation>
    </message>
    <message>
        <source>Camera: {camera} (reconnecting)</source>
        <translation>Cámara: {camera} (reconectando)</translation>
    </message>
    <message>
        <source>Camera: {camera} (ended)</source>
        <translation>Cámara: {camera} (terminada)</translation>
    </message>
    <message>
        <source>Camera: {camera} (stopped)</source>
        <translation>Cámara: {camera} (detenida)</translation>
    </message>
    <message>
        <source>Camera: {camera}</source>
        <translation>Cámara: {camera}</translation>
    </message>
    <message>
        <source>Recognition: starting</source>
        <translation>Reconocimiento: iniciando</translation>
    </message>
    <message>
        <source>Recognition: preparing (first run)</source>
        <translation>Reconocimiento: preparando (primera vez)</translation>
    </message>
    <message>
        <source>Recognition: not working (see Help &gt; Diagnostics)</source>
        <translation>Reconocimiento: no funciona (vea Ayuda &gt; Diagnóstico)</translation>
    </message>
    <message>
        <source>Recognition: not available</source>
        <translation>Reconocimiento: no disponible</translation>
    </message>
    <message>
        <source>Recognition: ready</source>
        <translation>Reconocimiento: listo</translation>
    </message>
    <message>
        <source>Recognition: off</source>
        <translation>Reconocimiento: desactivado</translation>
    </message>
    <message>
        <source>People: —</source>
        <translation>Personas: —</translation>
    </message>
    <message>
        <source>People: {count}</source>
        <translation>Personas: {count}</translation>
    </message>
    <message>
        <source>{fps} (painted)</source>
        <translation>{fps} (mostradas)</translation>
    </message>
    <message>
        <source>{fps} (captured)</source>
        <translation>{fps} (capturadas)</translation>
    </message>
    <message>
        <source>{ms} ms a frame, {rate} frames/s</source>
        <translation>{ms} ms por imagen, {rate} imágenes/s</translation>
    </message>
    <message>
        <source>{models} (detector {detector}, embedder {embedder})</source>
        <translation>{models} (detector {detector}, codificador {embedder})</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>sin cargar</translation>
    </message>
    <message>
        <source>checking...</source>
        <translation>comprobando...</translation>
    </message>
    <message>
        <source>loading...</source>
        <translation>cargando...</translation>
    </message>
    <message>
        <source>building...</source>
        <translation>preparando...</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>error</translation>
    </message>
    <message>
        <source>working</source>
        <translation>funciona</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>the video has ended</source>
        <translation>el vídeo ha terminado</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>{camera} ({state})</source>
        <translation>{camera} ({state})</translation>
    </message>
    <message>
        <source>Camera source</source>
        <translation>Fuente de la cámara</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>Imágenes por segundo</translation>
    </message>
    <message>
        <source>Recognition time</source>
        <translation>Tiempo de reconocimiento</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Database address</source>
        <translation>Dirección de la base de datos</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nombre del dispositivo</translation>
    </message>
    <message>
        <source>Attendance mode</source>
        <translation>Modo de asistencia</translation>
    </message>
    <message>
        <source>No session running: marks count for the day.</source>
        <translation>No hay ninguna sesión en curso: los registros cuentan para el día.</translation>
    </message>
    <message>
        <source>{name} continues (running since {time}).</source>
        <translation>{name} continúa (en curso desde {time}).</translation>
    </message>
    <message>
        <source>Several sessions are running. Which one do you want to end?</source>
        <translation>Hay varias sesiones en curso. ¿Cuál quiere finalizar?</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; since {time} · group {group}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; desde las {time} · grupo {group}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; since {time}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; desde las {time}</translation>
    </message>
    <message>
        <source>Admin pages locked again (idle).</source>
        <translation>Páginas de administración bloqueadas de nuevo (inactividad).</translation>
    </message>
    <message>
        <source>The {page} page</source>
        <translation>La página {page}</translation>
    </message>
    <message>
        <source>About Face Attendance</source>
        <translation>Acerca de Asistencia facial</translation>
    </message>
    <message>
        <source>There is no camera picture yet: check the camera.</source>
        <translation>Todavía no hay imagen de la cámara: compruebe la cámara.</translation>
    </message>
    <message>
        <source>Open group photo</source>
        <translation>Abrir foto de grupo</translation>
    </message>
    <message>
        <source>Enrolling a person</source>
        <translation>Registrar a una persona</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Finalizar sesión</translation>
    </message>
    <message>
        <source>Session {name} ended.</source>
        <translation>La sesión {name} ha terminado.</translation>
    </message>
    <message>
        <source>The restore did not finish</source>
        <translation>La restauración no terminó</translation>
    </message>
    <message>
        <source>The camera and recognition did not stop within {seconds} s, so nothing was changed. Try Restore again in a moment.</source>
        <translation>La cámara y el reconocimiento no se detuvieron en {seconds} s, así que no se ha cambiado nada. Vuelva a intentar la restauración en un momento.</translation>
    </message>
    <message>
        <source>Other work on the data did not finish within {seconds} s, so nothing was changed. Try Restore again in a moment.</source>
        <translation>Otras tareas sobre los datos no terminaron en {seconds} s, así que no se ha cambiado nada. Vuelva a intentar la restauración en un momento.</translation>
    </message>
    <message>
        <source>The hourly retention clean-up did not finish within {seconds} s, so nothing was changed. Try Restore again in a moment.</source>
        <translation>La limpieza horaria de conservación no terminó en {seconds} s, así que no se ha cambiado nada. Vuelva a intentar la restauración en un momento.</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>Retention</source>
        <translation>Conservación</translation>
    </message>
    <message>
        <source>Deleting the older copies of the database in backups/ whose date has come did not work: {problem}. The app tries again every hour.</source>
        <translation>No se pudieron borrar las copias antiguas de la base de datos en backups/ cuya fecha ha llegado: {problem}. La aplicación lo vuelve a intentar cada hora.</translation>
    </message>
    <message>
        <source>Older database copies</source>
        <translation>Copias antiguas de la base de datos</translation>
    </message>
    <message>
        <source>Deleting the data that is due by the retention settings did not work: {problem} The app tries again every hour.</source>
        <translation>No se pudieron borrar los datos que vencen según los ajustes de conservación: {problem} La aplicación lo vuelve a intentar cada hora.</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>converting {file}</source>
        <translation>convirtiendo {file}</translation>
    </message>
    <message>
        <source>writing {file}</source>
        <translation>escribiendo {file}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>reading weights from {source}</source>
        <translation>leyendo los pesos de {source}</translation>
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
        <translation>Error inesperado: {kind}: {error}. Los detalles están en el registro.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Espere, por favor</translation>
    </message>
    <message>
        <source>The window closed before the answer came.</source>
        <translation>La ventana se cerró antes de que llegara la respuesta.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
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
        <translation>Muestras</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Consent given {when}, recorded by {who} (text {version})</source>
        <translation>Consentimiento dado el {when}, registrado por {who} (texto {version})</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactiva</translation>
    </message>
    <message>
        <source>Search name, id or group  (Ctrl+F)</source>
        <translation>Buscar nombre, id o grupo  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add samples...</source>
        <translation>Añadir muestras...</translation>
    </message>
    <message>
        <source>Add more photos or camera captures to the selected person</source>
        <translation>Añadir más fotos o capturas de la cámara a la persona seleccionada</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Editar...</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>Eliminar...</translation>
    </message>
    <message>
        <source>Erase the selected person: templates, face chips, index entries</source>
        <translation>Borrar a la persona seleccionada: plantillas, recortes de la cara, entradas del índice</translation>
    </message>
    <message>
        <source>From photos...</source>
        <translation>Desde fotos...</translation>
    </message>
    <message>
        <source>From camera...</source>
        <translation>Desde la cámara...</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet. Use &lt;b&gt;Enroll from camera&lt;/b&gt; (Ctrl+E) or &lt;b&gt;Enroll from photos&lt;/b&gt; (Ctrl+N), or import a roster CSV.</source>
        <translation>Todavía no hay nadie registrado. Use &lt;b&gt;Registrar con la cámara&lt;/b&gt; (Ctrl+E) o &lt;b&gt;Registrar con fotos&lt;/b&gt; (Ctrl+N), o importe una lista CSV.</translation>
    </message>
    <message>
        <source>People: {count} · active: {active}</source>
        <translation>Personas: {count} · activas: {active}</translation>
    </message>
    <message>
        <source>Editing a person</source>
        <translation>Editar una persona</translation>
    </message>
    <message>
        <source>Erasing a person</source>
        <translation>Borrar a una persona</translation>
    </message>
    <message>
        <source>Erase &lt;b&gt;{name}&lt;/b&gt;?&lt;br&gt;&lt;br&gt;This permanently deletes their face templates (stored: {count}), the face chips stored with them, the face embeddings kept with their attendance marks and their entries in the recognition index. It cannot be undone; the audit log keeps a receipt without their name.</source>
        <translation>¿Borrar a &lt;b&gt;{name}&lt;/b&gt;?&lt;br&gt;&lt;br&gt;Se eliminarán para siempre sus plantillas faciales (guardadas: {count}), los recortes de la cara guardados con ellas, los vectores faciales guardados con sus registros de asistencia y sus entradas en el índice de reconocimiento. No se puede deshacer; el registro de auditoría conserva un comprobante sin su nombre.</translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>Borrar persona</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Keep their attendance marks ({count}) as anonymous statistics</source>
        <translation>Conservar sus registros de asistencia ({count}) como estadísticas anónimas</translation>
    </message>
    <message>
        <source>Attendance marks of {name}: {count}. They are deleted with the person, unless you keep them as anonymous rows (group and times, no name) so totals in reports stay complete.</source>
        <translation>Registros de asistencia de {name}: {count}. Se eliminan con la persona, salvo que los conserve como filas anónimas (grupo y horas, sin nombre) para que los totales de los informes sigan completos.</translation>
    </message>
    <message>
        <source>{name} was erased (receipt {receipt}).</source>
        <translation>Se ha borrado a {name} (comprobante {receipt}).</translation>
    </message>
    <message>
        <source>{name} was erased (receipt {receipt}). Older database copies in backups/ ({copies}) still hold them until {date}.</source>
        <translation>Se ha borrado a {name} (comprobante {receipt}). Las copias anteriores de la base de datos en backups/ ({copies}) aún lo conservan hasta el {date}.</translation>
    </message>
    <message>
        <source>{name} was erased (receipt {receipt}). Older database copies in backups/ ({copies}) still hold them until newer copies replace them.</source>
        <translation>Se ha borrado a {name} (comprobante {receipt}). Las copias anteriores de la base de datos en backups/ ({copies}) aún lo conservan hasta que las sustituyan copias más recientes.</translation>
    </message>
    <message>
        <source>{name} was erased (receipt {receipt}). Older database copies in backups/ still hold them: {dated} until {date}, {counted} until newer copies replace them.</source>
        <translation>Se ha borrado a {name} (comprobante {receipt}). Las copias anteriores de la base de datos en backups/ aún lo conservan: {dated} hasta el {date}, {counted} hasta que las sustituyan copias más recientes.</translation>
    </message>
    <message>
        <source>Importing a class list</source>
        <translation>Importar una lista de clase</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>Editar a {name}</translation>
    </message>
    <message>
        <source>Active (recognised and counted in reports)</source>
        <translation>Activo/a (se reconoce y cuenta en los informes)</translation>
    </message>
    <message>
        <source>Correct a mistake: in this group all along (earlier registers change too)</source>
        <translation>Corregir un error: en este grupo desde siempre (los registros anteriores también cambian)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Editar persona</translation>
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
        <translation>Introduzca el PIN de administrador para: {purpose}</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Checking the PIN...</source>
        <translation>Comprobando el PIN...</translation>
    </message>
    <message>
        <source>The PIN cannot be checked now: another program is using the database. Try again in a moment.</source>
        <translation>No se puede comprobar el PIN ahora: otro programa está usando la base de datos. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The PIN cannot be checked now: {error}</source>
        <translation>No se puede comprobar el PIN ahora: {error}</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <source>move closer</source>
        <translation>acérquese</translation>
    </message>
    <message>
        <source>too blurred: hold still</source>
        <translation>demasiado borrosa: quédese quieto</translation>
    </message>
    <message>
        <source>look at the camera</source>
        <translation>mire a la cámara</translation>
    </message>
    <message>
        <source>too dark</source>
        <translation>demasiado oscura</translation>
    </message>
    <message>
        <source>too bright</source>
        <translation>demasiado clara</translation>
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
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Últimos 14 días</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Fechas personalizadas</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>puntual</translation>
    </message>
    <message>
        <source>late</source>
        <translation>con retraso</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No attendance in this period yet&lt;/h3&gt;&lt;p&gt;Marks appear here once people are recognised on the &lt;b&gt;Live&lt;/b&gt; page (start a session there for a class or a shift), marked from a group photo (&lt;b&gt;File › Open photo&lt;/b&gt;), or added by hand on the &lt;b&gt;Attendance&lt;/b&gt; page.&lt;/p&gt;&lt;p&gt;Or pick another period above.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Todavía no hay asistencia en este periodo&lt;/h3&gt;&lt;p&gt;Los registros aparecen aquí cuando se reconoce a las personas en la página &lt;b&gt;En directo&lt;/b&gt; (inicie allí una sesión para una clase o un turno), se registran desde una foto de grupo (&lt;b&gt;Archivo › Abrir foto&lt;/b&gt;) o se añaden a mano en la página &lt;b&gt;Asistencia&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;O elija otro periodo arriba.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{present} of {expected} expected attendances ({rate}), {late} late, {absent} absent</source>
        <translation>{present} de {expected} asistencias previstas ({rate}), con retraso: {late}, ausencias: {absent}</translation>
    </message>
    <message>
        <source>People: {people}, marks: {marks}</source>
        <translation>personas: {people}, registros: {marks}</translation>
    </message>
    <message>
        <source>Marks outside the sessions (not counted): {count}</source>
        <translation>registros fuera de las sesiones (no contados): {count}</translation>
    </message>
    <message>
        <source>{sessions}; and {count} more</source>
        <translation>{sessions}; y {count} más</translation>
    </message>
    <message>
        <source>Sessions: {sessions}</source>
        <translation>Sesiones: {sessions}</translation>
    </message>
    <message>
        <source>No sessions in this period: each day counts who came that day.</source>
        <translation>No hay sesiones en este periodo: cada día cuenta quién vino ese día.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>Which days the report covers</source>
        <translation>Qué días abarca el informe</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <source>Only this session (a lesson, a shift) in the chosen period</source>
        <translation>Solo esta sesión (una clase, un turno) en el periodo elegido</translation>
    </message>
    <message>
        <source>One file per table</source>
        <translation>Un archivo por tabla</translation>
    </message>
    <message>
        <source>CSV only: write the summary, the register and the event log as three files (for scripts) instead of one file with all three</source>
        <translation>Solo CSV: escribe el resumen, el registro diario y el historial de eventos en tres archivos (para scripts) en lugar de un archivo con los tres</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exportar...</translation>
    </message>
    <message>
        <source>Write the report for this period, group and session</source>
        <translation>Escribir el informe de este periodo, grupo y sesión</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Attendance per day</source>
        <translation>Asistencia por día</translation>
    </message>
    <message>
        <source>Exporting a report</source>
        <translation>Exportar un informe</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Saved {files} in {folder}</source>
        <translation>{files} guardado en {folder}</translation>
    </message>
    <message>
        <source>Some characters of {names} have no font: the PDF shows their codes ([U+…]).</source>
        <translation>Algunos caracteres de {names} no tienen fuente: el PDF muestra sus códigos ([U+…]).</translation>
    </message>
    <message>
        <source>Exporting the report...</source>
        <translation>Exportando el informe...</translation>
    </message>
</context>
<context>
    <name>RollCallDialog</name>
    <message>
        <source>The camera missed them</source>
        <translation>La cámara no lo detectó</translation>
    </message>
    <message>
        <source>Arrived with a note</source>
        <translation>Llegó con un justificante</translation>
    </message>
    <message>
        <source>Marked on the paper list</source>
        <translation>Anotado en la lista en papel</translation>
    </message>
    <message>
        <source>Was on a school trip</source>
        <translation>Estaba en una excursión escolar</translation>
    </message>
    <message>
        <source>{session}: who was there</source>
        <translation>{session}: quién estuvo</translation>
    </message>
    <message>
        <source>Kept in the audit log with every mark added here</source>
        <translation>Se guarda en el registro de auditoría con cada registro añadido aquí</translation>
    </message>
    <message>
        <source>Reason for marks added here:</source>
        <translation>Motivo de los registros añadidos aquí:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>This list can be opened again later: Attendance page, Roll call...</source>
        <translation>Esta lista se puede abrir de nuevo más tarde: página Asistencia, Pasar lista...</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody was expected in this session&lt;/b&gt; (no active person in group {group}).</source>
        <translation>&lt;b&gt;No se esperaba a nadie en esta sesión&lt;/b&gt; (ninguna persona activa en el grupo {group}).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody was expected in this session&lt;/b&gt; (no active person).</source>
        <translation>&lt;b&gt;No se esperaba a nadie en esta sesión&lt;/b&gt; (ninguna persona activa).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{present} of {expected} present&lt;/b&gt; ({late} late), &lt;b&gt;{absent} absent&lt;/b&gt;. Was someone there whom the camera missed? Mark them present: the mark is added at the start of the session, with the reason below.</source>
        <translation>&lt;b&gt;{present} de {expected} presentes&lt;/b&gt; ({late} con retraso), &lt;b&gt;{absent} ausentes&lt;/b&gt;. ¿Estuvo alguien a quien la cámara no detectó? Regístrelo como presente: el registro se añade al inicio de la sesión, con el motivo de abajo.</translation>
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
        <translation>Añadir un registro de «presente» para {name} en {session}</translation>
    </message>
    <message>
        <source>late, arrived {time}</source>
        <translation>con retraso, llegó a las {time}</translation>
    </message>
    <message>
        <source>Please give a reason: marks added by hand are audited.</source>
        <translation>Indique un motivo: los registros añadidos a mano quedan auditados.</translation>
    </message>
    <message>
        <source>{name} marked present ({reason}).</source>
        <translation>{name} registrado/a como presente ({reason}).</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Withdraw the mark just added for {name} (kept as withdrawn, audited)</source>
        <translation>Retirar el registro recién añadido para {name} (se conserva como retirado, queda auditado)</translation>
    </message>
    <message>
        <source>Marked present by mistake in the roll call</source>
        <translation>Registrado como presente por error al pasar lista</translation>
    </message>
    <message>
        <source>{name}: the mark was withdrawn.</source>
        <translation>{name}: se retiró el registro.</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>confirm it for everyone listed with --consent</source>
        <translation>confírmelo para todas las personas de la lista con --consent</translation>
    </message>
    <message>
        <source>import with --allow-lookalike if they are different people</source>
        <translation>importe con --allow-lookalike si son personas distintas</translation>
    </message>
    <message>
        <source>import with --allow-weak to enroll it as a weak sample</source>
        <translation>importe con --allow-weak para registrarla como muestra débil</translation>
    </message>
    <message>
        <source> at distance {distance}</source>
        <translation> a distancia {distance}</translation>
    </message>
    <message>
        <source> (already enrolled, id {id})</source>
        <translation> (ya registrado/a, id {id})</translation>
    </message>
    <message>
        <source>missing name</source>
        <translation>falta el nombre</translation>
    </message>
    <message>
        <source>the name looks like several columns ({parts}): this file separates its columns differently; fix the separators on this line</source>
        <translation>el nombre parece contener varias columnas ({parts}): este archivo separa sus columnas de otra forma; corrija los separadores de esta línea</translation>
    </message>
    <message>
        <source>Columns not read, their values are not imported: {columns}. The columns read are name, external_id, group and photo (also written in German, French, Spanish, Portuguese, Chinese or Arabic, e.g. Klasse, classe, grupo).</source>
        <translation>Columnas no leídas, sus valores no se importan: {columns}. Las columnas que se leen son name, external_id, group y photo (también escritas en español: nombre, matrícula, grupo, foto).</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>columna {number}</translation>
    </message>
    <message>
        <source>The roster file {path} does not exist.</source>
        <translation>El archivo de la lista de clase {path} no existe.</translation>
    </message>
    <message>
        <source>Cannot read the roster file {path}: {error}.</source>
        <translation>No se puede leer el archivo de la lista de clase {path}: {error}.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (byte 0x{byte} at position {position}). Save it from your spreadsheet as &apos;CSV UTF-8&apos; and import it again.</source>
        <translation>{file} no es texto UTF-8 (byte 0x{byte} en la posición {position}). Guárdelo desde su hoja de cálculo como «CSV UTF-8» e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>{file} is not a text CSV file (is it a spreadsheet .xlsx?).</source>
        <translation>{file} no es un archivo CSV de texto (¿es una hoja de cálculo .xlsx?).</translation>
    </message>
    <message>
        <source>{file} is empty: it needs a header line and one row per person.</source>
        <translation>{file} está vacío: necesita una línea de encabezado y una fila por persona.</translation>
    </message>
    <message>
        <source>{file}: the first line cannot be read as a CSV header ({error}). The first line must be name,external_id,group,photo.</source>
        <translation>{file}: la primera línea no se puede leer como encabezado CSV ({error}). La primera línea debe ser name,external_id,group,photo.</translation>
    </message>
    <message>
        <source>The header of {file} ({header}) has a column of first names but none of last names: add that column (e.g. first_name and last_name), or one column &apos;name&apos; with the whole name.</source>
        <translation>El encabezado de {file} ({header}) tiene una columna de nombres de pila pero ninguna de apellidos: añada esa columna (p. ej. nombre y apellidos) o una columna «nombre» con el nombre completo.</translation>
    </message>
    <message>
        <source>The header of {file} ({header}) has a column of last names but none of first names: add that column (e.g. first_name and last_name), or one column &apos;name&apos; with the whole name.</source>
        <translation>El encabezado de {file} ({header}) tiene una columna de apellidos pero ninguna de nombres de pila: añada esa columna (p. ej. nombre y apellidos) o una columna «nombre» con el nombre completo.</translation>
    </message>
    <message>
        <source>The header of {file} ({header}) could not be split into columns: separate them with commas (or semicolons), e.g. name,external_id,group,photo.</source>
        <translation>El encabezado de {file} ({header}) no se pudo dividir en columnas: sepárelas con comas (o punto y coma), p. ej. name,external_id,group,photo.</translation>
    </message>
    <message>
        <source>{file} has no header line naming its columns; the first line must be name,external_id,group,photo (found {header}).</source>
        <translation>{file} no tiene una línea de encabezado que nombre sus columnas; la primera línea debe ser name,external_id,group,photo (se encontró {header}).</translation>
    </message>
    <message>
        <source>a quote (&quot;) opens on line {line} and is never closed: everything after it was read as one value, so what it holds would be lost; close the quote or remove it</source>
        <translation>unas comillas (&quot;) se abren en la línea {line} y nunca se cierran: todo lo que sigue se leyó como un solo valor y su contenido se perdería; cierre las comillas o quítelas</translation>
    </message>
    <message>
        <source>{file}, line {line}: {error}. Is this really the roster? Check that line (or save the file again as CSV).</source>
        <translation>{file}, línea {line}: {error}. ¿Es realmente la lista de clase? Compruebe esa línea (o guarde de nuevo el archivo como CSV).</translation>
    </message>
    <message>
        <source>{file} has more than {count} rows; split it.</source>
        <translation>{file} tiene más de {count} filas; divídalo.</translation>
    </message>
    <message>
        <source>a quote (&quot;) opens on line {line} and is not closed until line {end}: those lines were read as one row, so the people on them would be lost; close the quote or remove it</source>
        <translation>unas comillas (&quot;) se abren en la línea {line} y no se cierran hasta la línea {end}: esas líneas se leyeron como una sola fila y se perderían las personas que contienen; cierre las comillas o quítelas</translation>
    </message>
    <message>
        <source>{count} fields but the header has {width} (a separator inside a name? put it in quotes)</source>
        <translation>{count} campos pero el encabezado tiene {width} (¿un separador dentro de un nombre? póngalo entre comillas)</translation>
    </message>
    <message>
        <source>the same name as line {line}, in the same group and without an external id: the roll call cannot tell them apart (add their ID numbers)</source>
        <translation>el mismo nombre que en la línea {line}, en el mismo grupo y sin id externo: el pase de lista no puede distinguirlos (añada sus números)</translation>
    </message>
    <message>
        <source>{name} is already in this group (id {id}): if this list was imported before, importing it again adds everyone a second time</source>
        <translation>{name} ya está en este grupo (id {id}): si esta lista ya se importó, importarla de nuevo añade a todos por segunda vez</translation>
    </message>
    <message>
        <source>{file} has a header but no rows.</source>
        <translation>{file} tiene encabezado pero ninguna fila.</translation>
    </message>
    <message>
        <source>duplicate external id &apos;{id}&apos; (also on line {line})</source>
        <translation>id externo duplicado «{id}» (también en la línea {line})</translation>
    </message>
    <message>
        <source>external id &apos;{id}&apos; already belongs to {name} (id {person})</source>
        <translation>el id externo «{id}» ya pertenece a {name} (id {person})</translation>
    </message>
    <message>
        <source>{file} is small or upscaled (too blurred for the quality gate): enrolled as a weak sample; take camera samples of this person</source>
        <translation>{file} es pequeña o ampliada (demasiado borrosa para el control de calidad): registrada como muestra débil; tome muestras de esta persona con la cámara</translation>
    </message>
    <message>
        <source>consent to store the face not confirmed ({hint})</source>
        <translation>consentimiento para guardar la cara no confirmado ({hint})</translation>
    </message>
    <message>
        <source>{name} (line {line})</source>
        <translation>{name} (línea {line})</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>looks like {others} (accepted as a look-alike)</source>
        <translation>se parece a {others} (aceptado como parecido)</translation>
    </message>
    <message>
        <source>looks like {others}: the same person twice, or a look-alike ({hint})</source>
        <translation>se parece a {others}: la misma persona dos veces, o alguien parecido ({hint})</translation>
    </message>
    <message>
        <source>photo &apos;{photo}&apos; is not a file inside the roster&apos;s folder {folder}: put the photos in that folder (or a folder below it)</source>
        <translation>la foto «{photo}» no es un archivo de la carpeta de la lista {folder}: ponga las fotos en esa carpeta (o en una subcarpeta)</translation>
    </message>
    <message>
        <source>enrollment not available ({error})</source>
        <translation>el registro no está disponible ({error})</translation>
    </message>
    <message>
        <source>enrollment not available</source>
        <translation>el registro no está disponible</translation>
    </message>
    <message>
        <source>photo path cannot be used ({error}): {path}</source>
        <translation>no se puede usar la ruta de la foto ({error}): {path}</translation>
    </message>
    <message>
        <source>photo not found: {path}</source>
        <translation>no se encuentra la foto: {path}</translation>
    </message>
    <message>
        <source>unreadable photo: {error}</source>
        <translation>foto ilegible: {error}</translation>
    </message>
    <message>
        <source>no face found in {file}</source>
        <translation>no se encuentra ninguna cara en {file}</translation>
    </message>
    <message>
        <source>{file}: {count} faces; crop it to one person</source>
        <translation>{file}: {count} caras; recórtela a una sola persona</translation>
    </message>
    <message>
        <source>{file}: {problems} (a small or upscaled photo: {hint}, or use a better photo)</source>
        <translation>{file}: {problems} (una foto pequeña o ampliada: {hint}, o use una foto mejor)</translation>
    </message>
    <message>
        <source>photo quality too low</source>
        <translation>calidad de la foto demasiado baja</translation>
    </message>
    <message>
        <source>{file}: {problems}</source>
        <translation>{file}: {problems}</translation>
    </message>
    <message>
        <source>photo cannot be checked: {error}</source>
        <translation>no se puede comprobar la foto: {error}</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>A CSV file with a header line and one row per person. Columns: &lt;code&gt;name&lt;/code&gt; (required), &lt;code&gt;external_id&lt;/code&gt; (a pupil or staff number), &lt;code&gt;group&lt;/code&gt; (class or team) and &lt;code&gt;photo&lt;/code&gt; (the photo&apos;s file name, relative to the CSV file), in English or in the app&apos;s other languages. A column the app does not read is named when the file is checked. Commas, semicolons or tabs; save as &quot;CSV UTF-8&quot; in Excel.</source>
        <translation>Un archivo CSV con una línea de encabezado y una fila por persona. Columnas: &lt;code&gt;name&lt;/code&gt; (obligatoria), &lt;code&gt;external_id&lt;/code&gt; (un número de alumno o de empleado), &lt;code&gt;group&lt;/code&gt; (clase o equipo) y &lt;code&gt;photo&lt;/code&gt; (el nombre del archivo de la foto, relativo al archivo CSV), en inglés o en español (&lt;code&gt;nombre&lt;/code&gt;, &lt;code&gt;matrícula&lt;/code&gt;, &lt;code&gt;grupo&lt;/code&gt;, &lt;code&gt;foto&lt;/code&gt;). Una columna que la aplicación no lee se indica al comprobar el archivo. Comas, punto y coma o tabuladores; en Excel, guarde como «CSV UTF-8».</translation>
    </message>
    <message>
        <source>tick the consent box</source>
        <translation>marque la casilla de consentimiento</translation>
    </message>
    <message>
        <source>if they are different people, press &quot;Accept&quot; below</source>
        <translation>si son personas distintas, pulse «Aceptar» abajo</translation>
    </message>
    <message>
        <source>&quot;Accept&quot; below enrolls it as a weak sample</source>
        <translation>«Aceptar» abajo la registra como muestra débil</translation>
    </message>
    <message>
        <source> (already enrolled)</source>
        <translation> (ya registrado/a)</translation>
    </message>
    <message>
        <source>line {line}: {name}</source>
        <translation>línea {line}: {name}</translation>
    </message>
    <message>
        <source>{name} (already enrolled)</source>
        <translation>{name} (ya registrado/a)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation>Importar una lista de clase</translation>
    </message>
    <message>
        <source>Save a template CSV...</source>
        <translation>Guardar una plantilla CSV...</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No se ha elegido ningún archivo</translation>
    </message>
    <message>
        <source>Choose file...</source>
        <translation>Elegir archivo...</translation>
    </message>
    <message>
        <source>Everyone on this list agreed to have their face stored for attendance</source>
        <translation>Todas las personas de esta lista aceptaron que se guarde su cara para la asistencia</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Se parece a</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Comprobar el archivo</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Class list</source>
        <translation>Lista de clase</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Archivos CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>Guardar una plantilla</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved as {file}: the file is open in another program (Excel?) or the folder is read-only. Close it there, or choose another name.</source>
        <translation>No se pudo guardar la plantilla como {file}: el archivo está abierto en otro programa (¿Excel?) o la carpeta es de solo lectura. Ciérrelo allí o elija otro nombre.</translation>
    </message>
    <message>
        <source>Template saved as {file}. Fill it in, then choose it above.</source>
        <translation>Plantilla guardada como {file}. Rellénela y luego elíjala arriba.</translation>
    </message>
    <message>
        <source>Checking {file}...</source>
        <translation>Comprobando {file}...</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file cannot be read&lt;/b&gt;: {problem}</source>
        <translation>&lt;b&gt;No se puede leer el archivo&lt;/b&gt;: {problem}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{refused} of {rows} rows are refused&lt;/b&gt;: nothing is imported until every row is right. Fix the file, save it, then &lt;b&gt;Check again&lt;/b&gt;.</source>
        <translation>&lt;b&gt;Se rechazan {refused} de {rows} filas&lt;/b&gt;: no se importa nada hasta que todas las filas estén bien. Corrija el archivo, guárdelo y luego pulse &lt;b&gt;Comprobar de nuevo&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The 1 row can be imported.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Se puede importar la única fila.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;All {rows} rows can be imported.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Se pueden importar las {rows} filas.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Look-alike pairs ({count})&lt;/b&gt;: the same person twice, or different people who look alike</source>
        <translation>&lt;b&gt;Parejas parecidas ({count})&lt;/b&gt;: la misma persona dos veces, o personas distintas que se parecen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Choose the CSV file first.</source>
        <translation>Elija primero el archivo CSV.</translation>
    </message>
    <message>
        <source>Check the file first.</source>
        <translation>Compruebe primero el archivo.</translation>
    </message>
    <message>
        <source>Some rows are refused: fix them and check again.</source>
        <translation>Se rechazan algunas filas: corríjalas y compruebe de nuevo.</translation>
    </message>
    <message>
        <source>Tick the consent box first.</source>
        <translation>Marque primero la casilla de consentimiento.</translation>
    </message>
    <message>
        <source>Import every row</source>
        <translation>Importar todas las filas</translation>
    </message>
    <message>
        <source>Importing {file}...</source>
        <translation>Importando {file}...</translation>
    </message>
    <message>
        <source>{count} look-alike pair(s) accepted: each is remembered, the decision between them is stricter and a kiosk asks them for their ID number.</source>
        <translation>{count} pareja(s) parecida(s) aceptada(s): cada una se recuerda, la decisión entre ellas es más estricta y el quiosco les pide su número de identificación.</translation>
    </message>
    <message>
        <source>{count} look-alike pair(s) found (listed below): the same person twice, or different people who look alike.</source>
        <translation>Se han encontrado {count} pareja(s) parecida(s) (abajo): la misma persona dos veces, o personas distintas que se parecen.</translation>
    </message>
    <message>
        <source>{count} photo(s) are small or upscaled and too blurred: they can be enrolled as weak samples, and those people are asked for camera samples later.</source>
        <translation>{count} foto(s) son pequeñas o ampliadas y demasiado borrosas: pueden registrarse como muestras débiles, y a esas personas se les pedirán muestras con la cámara más adelante.</translation>
    </message>
    <message>
        <source>Accept {pairs} look-alike pair(s) and {photos} small photo(s)</source>
        <translation>Aceptar {pairs} pareja(s) parecida(s) y {photos} foto(s) pequeña(s)</translation>
    </message>
    <message>
        <source>Accept 1 look-alike pair</source>
        <translation>Aceptar 1 pareja parecida</translation>
    </message>
    <message>
        <source>Accept {count} look-alike pairs</source>
        <translation>Aceptar {count} parejas parecidas</translation>
    </message>
    <message>
        <source>Accept 1 small photo</source>
        <translation>Aceptar 1 foto pequeña</translation>
    </message>
    <message>
        <source>Accept {count} small photos</source>
        <translation>Aceptar {count} fotos pequeñas</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Marks made in this session that these times leave outside: {count}. They will count like marks made without a session, for the session they fall in, if any.</source>
        <translation>Marcas hechas en esta sesión que este horario deja fuera: {count}. Contarán como marcas hechas sin sesión, para la sesión en la que caigan, si la hay.</translation>
    </message>
    <message>
        <source>Marks added into this session by hand or by a group photo that move with it: {count}.</source>
        <translation>Marcas añadidas a esta sesión a mano o con una foto de grupo que se mueven con ella: {count}.</translation>
    </message>
    <message>
        <source>Session {when}</source>
        <translation>Sesión {when}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
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
        <translation>Editar sesión</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>The class or team it is for; empty = everybody</source>
        <translation>La clase o el equipo al que corresponde; vacío = todos</translation>
    </message>
    <message>
        <source>When it really started: people recognised up to {minutes} minutes before count for it</source>
        <translation>Cuándo empezó realmente: cuentan las personas reconocidas hasta {minutes} minutos antes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>open until ended</source>
        <translation>abierta hasta que se finalice</translation>
    </message>
    <message>
        <source> min after start</source>
        <translation> min después del inicio</translation>
    </message>
    <message>
        <source>never late</source>
        <translation>nunca con retraso</translation>
    </message>
    <message>
        <source>Why it changes (kept in the audit log)</source>
        <translation>Por qué cambia (se guarda en el registro de auditoría)</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Empezó a las</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>Continuarla</translation>
    </message>
    <message>
        <source>Keep the running session; nothing new is started</source>
        <translation>Mantener la sesión en curso; no se inicia nada nuevo</translation>
    </message>
    <message>
        <source>End it and start</source>
        <translation>Finalizarla e iniciar</translation>
    </message>
    <message>
        <source>End the running session when this one starts, then start it</source>
        <translation>Finalizar la sesión en curso cuando empiece esta y luego iniciarla</translation>
    </message>
    <message>
        <source>overlaps {sessions} (same group)</source>
        <translation>se solapa con {sessions} (mismo grupo)</translation>
    </message>
    <message>
        <source>Starting the session...</source>
        <translation>Iniciando la sesión...</translation>
    </message>
    <message>
        <source>Saving the session...</source>
        <translation>Guardando la sesión...</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>More lenient: more people recognised first time, more mix-ups</source>
        <translation>Más permisiva: más personas reconocidas a la primera, más confusiones</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Stricter: fewer mix-ups, more people asked to try again</source>
        <translation>Más estricta: menos confusiones, a más personas se les pide que lo intenten de nuevo</translation>
    </message>
    <message>
        <source>Strictest: fewest mix-ups, many people asked to try again</source>
        <translation>La más estricta: el mínimo de confusiones, a muchas personas se les pide que lo intenten de nuevo</translation>
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
        <translation>Presente (un registro por persona)</translation>
    </message>
    <message>
        <source>Check-in / check-out</source>
        <translation>Entrada / salida</translation>
    </message>
    <message>
        <source>Entry only</source>
        <translation>Solo entrada</translation>
    </message>
    <message>
        <source>Exit only</source>
        <translation>Solo salida</translation>
    </message>
    <message>
        <source>Webcam index (0, 1 ...), a video file, an rtsp:// or http:// URL, or a folder of images</source>
        <translation>Índice de la webcam (0, 1 ...), un archivo de vídeo, una URL rtsp:// o http://, o una carpeta de imágenes</translation>
    </message>
    <message>
        <source>Video...</source>
        <translation>Vídeo...</translation>
    </message>
    <message>
        <source>Folder...</source>
        <translation>Carpeta...</translation>
    </message>
    <message>
        <source>How webcams are opened. Automatic uses DirectShow on Windows (Media Foundation can take seconds to open a camera); pick another if a camera does not open.</source>
        <translation>Cómo se abren las webcams. Automático usa DirectShow en Windows (Media Foundation puede tardar segundos en abrir una cámara); elija otro si una cámara no se abre.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Requested size</source>
        <translation>Tamaño solicitado</translation>
    </message>
    <message>
        <source>Camera backend</source>
        <translation>Sistema de cámara</translation>
    </message>
    <message>
        <source>Smaller faces are ignored. Larger = faster; 40-80 for a desk camera.</source>
        <translation>Se ignoran las caras más pequeñas. Más grande = más rápido; 40-80 para una cámara de escritorio.</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>fotogramas</translation>
    </message>
    <message>
        <source>How often the whole picture is searched for new faces; in between, faces already found are followed (higher = less work for the computer)</source>
        <translation>Con qué frecuencia se busca en toda la imagen caras nuevas; entre medias se siguen las caras ya encontradas (más alto = menos trabajo para el ordenador)</translation>
    </message>
    <message>
        <source>The method that finds faces in the picture (a restart applies a change)</source>
        <translation>El método que encuentra las caras en la imagen (un cambio se aplica al reiniciar)</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Detección</translation>
    </message>
    <message>
        <source>Face detector</source>
        <translation>Detector de caras</translation>
    </message>
    <message>
        <source>Smallest face</source>
        <translation>Cara más pequeña</translation>
    </message>
    <message>
        <source>Full detection every</source>
        <translation>Detección completa cada</translation>
    </message>
    <message>
        <source>Strictness</source>
        <translation>Exigencia</translation>
    </message>
    <message>
        <source>Choose in words how sure the app must be before it marks someone; it measures the matching setting on your enrolled faces (Measure on my people)</source>
        <translation>Elija con palabras lo segura que debe estar la aplicación antes de registrar a alguien; mide el ajuste de coincidencia con sus caras registradas (Medir con mis personas)</translation>
    </message>
    <message>
        <source>Fixed value</source>
        <translation>Valor fijo</translation>
    </message>
    <message>
        <source>A fixed matching limit (smaller is stricter). Out of the box this is the value measured for the face model; change it only if you know why</source>
        <translation>Un límite de coincidencia fijo (más pequeño es más estricto). De fábrica es el valor medido para el modelo facial; cámbielo solo si sabe por qué</translation>
    </message>
    <message>
        <source>About 1 wrong person marked in {count} check-ins by strangers</source>
        <translation>Aproximadamente 1 persona equivocada registrada cada {count} intentos de desconocidos</translation>
    </message>
    <message>
        <source>Stricter: fewer mix-ups, more people asked to try again. More lenient: the other way round. Standard suits most schools and offices</source>
        <translation>Más estricta: menos confusiones, a más personas se les pide que lo intenten de nuevo. Más permisiva: al revés. Estándar sirve para la mayoría de escuelas y oficinas</translation>
    </message>
    <message>
        <source>How different two faces may look and still count as the same person (smaller = stricter)</source>
        <translation>Cuánto pueden diferir dos caras y seguir contando como la misma persona (más pequeño = más estricto)</translation>
    </message>
    <message>
        <source>agreeing frames of the last</source>
        <translation>fotogramas coincidentes de los últimos</translation>
    </message>
    <message>
        <source>A person is marked only when this many of the last frames agree on who it is (more = fewer mistakes, a moment longer in front of the camera)</source>
        <translation>Una persona se registra solo cuando esta cantidad de los últimos fotogramas coincide en quién es (más = menos errores, un momento más delante de la cámara)</translation>
    </message>
    <message>
        <source>Switch and re-embed</source>
        <translation>Cambiar y volver a procesar</translation>
    </message>
    <message>
        <source>Re-embed every enrolled sample with the chosen model (nobody re-enrolls); recognition keeps using the current model until it is done</source>
        <translation>Volver a procesar cada muestra registrada con el modelo elegido (nadie tiene que registrarse de nuevo); el reconocimiento sigue usando el modelo actual hasta que termine</translation>
    </message>
    <message>
        <source>The method that turns a face into something comparable; changing it re-reads every enrolled photo</source>
        <translation>El método que convierte una cara en algo comparable; cambiarlo vuelve a leer cada foto registrada</translation>
    </message>
    <message>
        <source>What does this mean?</source>
        <translation>¿Qué significa esto?</translation>
    </message>
    <message>
        <source>Opens the guide to these options (docs/recognition.md)</source>
        <translation>Abre la guía de estas opciones (docs/recognition.md)</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Reconocimiento</translation>
    </message>
    <message>
        <source>Face embedder</source>
        <translation>Modelo facial</translation>
    </message>
    <message>
        <source>Confirm after</source>
        <translation>Confirmar tras</translation>
    </message>
    <message>
        <source>Mix-ups and people asked to retry, by strictness</source>
        <translation>Confusiones y personas a las que se pide repetir, según la exigencia</translation>
    </message>
    <message>
        <source>Measure on my people</source>
        <translation>Medir con mis personas</translation>
    </message>
    <message>
        <source>Measure on the enrolled faces what the chosen strictness costs: expected mix-ups a day and how many people would be asked to try again</source>
        <translation>Medir con las caras registradas lo que cuesta la exigencia elegida: confusiones previstas al día y a cuántas personas se les pediría que lo intenten de nuevo</translation>
    </message>
    <message>
        <source>What the strictness costs</source>
        <translation>Lo que cuesta la exigencia</translation>
    </message>
    <message>
        <source>A person is not marked again within this time</source>
        <translation>No se vuelve a registrar a una persona dentro de este tiempo</translation>
    </message>
    <message>
        <source>min before the start</source>
        <translation>min antes del inicio</translation>
    </message>
    <message>
        <source>Someone recognised this long before a session started (before Start was pressed) counts as present in it</source>
        <translation>Quien sea reconocido con esta antelación al inicio de una sesión (antes de pulsar Iniciar) cuenta como presente en ella</translation>
    </message>
    <message>
        <source>Present: one mark per person and session. Check-in/out: alternating, for hours worked. Entry/Exit: a camera at a door that only checks in or out.</source>
        <translation>Presente: un registro por persona y sesión. Entrada/salida: alternadas, para horas trabajadas. Solo entrada/salida: una cámara en una puerta que solo registra entradas o salidas.</translation>
    </message>
    <message>
        <source>Mark anyway (check-in)</source>
        <translation>Registrar igualmente (entrada)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Takes effect on restart</source>
        <translation>Se aplica al reiniciar</translation>
    </message>
    <message>
        <source>What a recognition does when no session of the person&apos;s group is running</source>
        <translation>Qué hace un reconocimiento cuando no hay ninguna sesión del grupo de la persona en curso</translation>
    </message>
    <message>
        <source>This computer&apos;s name in the reports (which camera marked)</source>
        <translation>El nombre de este equipo en los informes (qué cámara registró)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>Tiempo de espera</translation>
    </message>
    <message>
        <source>Counts for a session from</source>
        <translation>Cuenta para una sesión desde</translation>
    </message>
    <message>
        <source>Outside a session</source>
        <translation>Fuera de una sesión</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nombre del equipo</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>empty = SQLite in the data folder; postgresql+psycopg://...</source>
        <translation>vacío = SQLite en la carpeta de datos; postgresql+psycopg://...</translation>
    </message>
    <message>
        <source>Set admin PIN...</source>
        <translation>Establecer PIN de administrador...</translation>
    </message>
    <message>
        <source>Needed to leave kiosk mode and for admin actions there</source>
        <translation>Necesario para salir del modo quiosco y para las acciones de administración allí</translation>
    </message>
    <message>
        <source>Storage and access</source>
        <translation>Almacenamiento y acceso</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>URL de la base de datos</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN de administrador</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Camera, threshold and attendance rules apply at once; data folder, database and detection changes after a restart.</source>
        <translation>La cámara, el umbral y las reglas de asistencia se aplican al momento; los cambios de carpeta de datos, base de datos y detección, tras reiniciar.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>A more accurate face model is available: {model}, the default for new installs. Choose it and Switch and re-embed: everyone is re-embedded from their stored photos, nobody enrolls again.</source>
        <translation>Hay un modelo facial más preciso: {model}, el predeterminado en instalaciones nuevas. Elíjalo y pulse «Cambiar y volver a procesar»: se recalcula a todos desde sus fotos guardadas, nadie tiene que registrarse de nuevo.</translation>
    </message>
    <message>
        <source>(&lt;a href=&quot;{url}&quot;&gt;where the rightsholder says so&lt;/a&gt;)</source>
        <translation>(&lt;a href=&quot;{url}&quot;&gt;según el titular de los derechos&lt;/a&gt;)</translation>
    </message>
    <message>
        <source>Weights licence: {licence} {where}</source>
        <translation>Licencia de los pesos: {licence} {where}</translation>
    </message>
    <message>
        <source>Re-embedding the enrolled samples with {model}...</source>
        <translation>Procesando de nuevo las muestras registradas con {model}...</translation>
    </message>
    <message>
        <source>Re-embedding with {model}: {percent} ({step})</source>
        <translation>Procesando de nuevo con {model}: {percent} ({step})</translation>
    </message>
    <message>
        <source>Samples re-embedded with {model}: {count}.</source>
        <translation>Muestras procesadas de nuevo con {model}: {count}.</translation>
    </message>
    <message>
        <source>Skipped (no face chip stored): {count}.</source>
        <translation>Omitidas (sin recorte de la cara guardado): {count}.</translation>
    </message>
    <message>
        <source>Saved to {path}. Restart the app to recognise with it.</source>
        <translation>Guardado en {path}. Reinicie la aplicación para reconocer con él.</translation>
    </message>
    <message>
        <source>calibrated for 1 in {count} false matches</source>
        <translation>calibrado para 1 coincidencia falsa cada {count}</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>fijado a mano</translation>
    </message>
    <message>
        <source>the model&apos;s default</source>
        <translation>el valor por defecto del modelo</translation>
    </message>
    <message>
        <source>In use: {value} ({why}); the standard value is {standard} (smaller = stricter).</source>
        <translation>En uso: {value} ({why}); el valor estándar es {standard} (más pequeño = más estricto).</translation>
    </message>
    <message>
        <source>Measure on my people shows what the chosen strictness costs, then Save applies it.</source>
        <translation>Medir con mis personas muestra lo que cuesta la exigencia elegida; después, Guardar la aplica.</translation>
    </message>
    <message>
        <source>Press Measure on my people for this strictness first: it measures the setting on the enrolled faces and shows what it costs; Save then applies it.</source>
        <translation>Pulse primero Medir con mis personas para esta exigencia: mide el ajuste con las caras registradas y muestra lo que cuesta; después, Guardar lo aplica.</translation>
    </message>
    <message>
        <source>Strict threshold</source>
        <translation>Umbral estricto</translation>
    </message>
    <message>
        <source>At this threshold about {share} of check-ins by enrolled people would be refused (more than {limit}). Apply it anyway?</source>
        <translation>Con este umbral se rechazaría aproximadamente el {share} de los intentos de personas registradas (más del {limit}). ¿Aplicarlo de todos modos?</translation>
    </message>
    <message>
        <source>Some settings are not valid: {problems}</source>
        <translation>Algunos ajustes no son válidos: {problems}</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Guardar los ajustes</translation>
    </message>
    <message>
        <source>Not saved: the threshold was not applied.</source>
        <translation>No se ha guardado: el umbral no se aplicó.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <source>{saved}. The new language is used when the app is started again.</source>
        <translation>{saved}. El nuevo idioma se usa cuando la aplicación se inicie de nuevo.</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>Vídeos ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Archivo de vídeo</translation>
    </message>
    <message>
        <source>Image folder</source>
        <translation>Carpeta de imágenes</translation>
    </message>
    <message>
        <source>Measuring the threshold curve on the enrolled faces...</source>
        <translation>Midiendo la curva del umbral con las caras registradas...</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibración</translation>
    </message>
    <message>
        <source>For the target rate with {people} people: threshold {threshold} ({method}).</source>
        <translation>Para la tasa objetivo con {people} personas: umbral {threshold} ({method}).</translation>
    </message>
    <message>
        <source>Expected false accepts: {count} a day at {checkins} check-ins.</source>
        <translation>Aceptaciones falsas previstas: {count} al día con {checkins} intentos.</translation>
    </message>
    <message>
        <source>measured on your people with several samples</source>
        <translation>medido con sus personas que tienen varias muestras</translation>
    </message>
    <message>
        <source>estimated from a reference set: enrol more samples per person to measure it here</source>
        <translation>estimado a partir de un conjunto de referencia: registre más muestras por persona para medirlo aquí</translation>
    </message>
    <message>
        <source>Enrolled people refused: about {share} of check-ins ({source}).</source>
        <translation>Personas registradas rechazadas: aproximadamente el {share} de los intentos ({source}).</translation>
    </message>
    <message>
        <source>Saving will ask for a confirmation.</source>
        <translation>Al guardar se pedirá una confirmación.</translation>
    </message>
    <message>
        <source>threshold (distance + crowding penalty)</source>
        <translation>umbral (distancia + penalización por parecidos)</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>tasa</translation>
    </message>
    <message>
        <source>false match per check-in</source>
        <translation>coincidencia falsa por intento</translation>
    </message>
    <message>
        <source>false reject</source>
        <translation>rechazo falso</translation>
    </message>
    <message>
        <source>current threshold</source>
        <translation>umbral actual</translation>
    </message>
    <message>
        <source>Current admin PIN:</source>
        <translation>PIN de administrador actual:</translation>
    </message>
    <message>
        <source>New admin PIN:</source>
        <translation>Nuevo PIN de administrador:</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>El mismo PIN otra vez:</translation>
    </message>
    <message>
        <source>The two PINs differ; nothing was changed.</source>
        <translation>Los dos PIN no coinciden; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The admin PIN was set.</source>
        <translation>Se ha establecido el PIN de administrador.</translation>
    </message>
    <message>
        <source>Switching the face model</source>
        <translation>Cambiar el modelo facial</translation>
    </message>
    <message>
        <source>This computer&apos;s zone ({zone})</source>
        <translation>Zona de este equipo ({zone})</translation>
    </message>
    <message>
        <source>The school&apos;s time zone: every time in the app, the reports and the command line is in it. Keep this computer&apos;s zone unless the computer is set to another one.</source>
        <translation>La zona horaria del centro: todas las horas de la aplicación, los informes y la línea de comandos están en ella. Mantenga la zona de este equipo salvo que el equipo esté configurado con otra.</translation>
    </message>
    <message>
        <source>Unknown time zone {name}. Choose one from the list, e.g. {example}.</source>
        <translation>Zona horaria desconocida: {name}. Elija una de la lista, p. ej. {example}.</translation>
    </message>
    <message>
        <source>Cannot write the settings file: {error}</source>
        <translation>No se puede escribir el archivo de ajustes: {error}</translation>
    </message>
    <message>
        <source>Too little data: {people} people and {scores} impostor scores (need at least 2 people and {needed} scores). Enrol more people, then calibrate again; until then the model&apos;s default threshold is used.</source>
        <translation>Muy pocos datos: {people} personas y {scores} comparaciones entre personas distintas (se necesitan al menos 2 personas y {needed} comparaciones). Registre más personas y vuelva a calibrar; hasta entonces se usa el umbral por defecto del modelo.</translation>
    </message>
    <message>
        <source>Measured: {below} of {scores} impostor scores lie below the threshold.</source>
        <translation>Medido: {below} de {scores} comparaciones entre personas distintas quedan por debajo del umbral.</translation>
    </message>
    <message>
        <source>Extrapolated from the lowest of {scores} impostor scores (conservative). Enrol more people for a measured value.</source>
        <translation>Extrapolado a partir de las más bajas de {scores} comparaciones entre personas distintas (prudente). Registre más personas para obtener un valor medido.</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <source>Face Attendance could not start</source>
        <translation>Asistencia facial no pudo iniciarse</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>{time} on {date} does not exist in {zone}: the clocks go forward then. Choose a time before or after the skipped hour.</source>
        <translation>Las {time} del {date} no existen en {zone}: los relojes se adelantan entonces. Elija una hora antes o después de la hora que se salta.</translation>
    </message>
    <message>
        <source>{time} on {date} comes twice in {zone}: the clocks go back then.</source>
        <translation>Las {time} del {date} ocurren dos veces en {zone}: los relojes se atrasan entonces.</translation>
    </message>
    <message>
        <source>Which one do you mean?</source>
        <translation>¿Cuál de las dos quiere decir?</translation>
    </message>
    <message>
        <source>Which time?</source>
        <translation>¿Qué hora?</translation>
    </message>
    <message>
        <source>{time}, before the clocks go back</source>
        <translation>{time}, antes de atrasar los relojes</translation>
    </message>
    <message>
        <source>{time}, after the clocks go back</source>
        <translation>{time}, después de atrasar los relojes</translation>
    </message>
</context>
</TS>
