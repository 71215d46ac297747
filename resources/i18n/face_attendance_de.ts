<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>About</name>
    <message>
        <source>{role} &lt;b&gt;{model}&lt;/b&gt;: {description}&lt;br&gt;weights licence: {licence}</source>
        <translation>{role} &lt;b&gt;{model}&lt;/b&gt;: {description}&lt;br&gt;Lizenz der Gewichte: {licence}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Face Attendance&lt;/b&gt; {version}&lt;br&gt;Face recognition attendance, run with onnxruntime on this computer. No image leaves this machine.&lt;br&gt;&lt;br&gt;Models in use (Settings, Detection; &lt;code&gt;face-attendance models list&lt;/code&gt;):&lt;ul&gt;{models}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Gesichtserkennung Anwesenheit&lt;/b&gt; {version}&lt;br&gt;Anwesenheitserfassung per Gesichtserkennung, ausgeführt mit onnxruntime auf diesem Computer. Kein Bild verlässt dieses Gerät.&lt;br&gt;&lt;br&gt;Verwendete Modelle (Einstellungen, Erkennung; &lt;code&gt;face-attendance models list&lt;/code&gt;):&lt;ul&gt;{models}&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>AdminGate</name>
    <message>
        <source>Checking the admin PIN...</source>
        <translation>Die Admin-PIN wird geprüft...</translation>
    </message>
    <message>
        <source>{what} needs the admin PIN.</source>
        <translation>{what} erfordert die Admin-PIN.</translation>
    </message>
    <message>
        <source>The admin PIN cannot be checked now: {problem} Nothing was unlocked.</source>
        <translation>Die Admin-PIN kann gerade nicht geprüft werden: {problem} Es wurde nichts entsperrt.</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>Admin-PIN</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>This person was erased; only their past attendance is kept for the statistics, so no mark can be added for them or given to them.</source>
        <translation>Diese Person wurde gelöscht; nur ihre bisherigen Anwesenheiten bleiben für die Statistik erhalten, daher kann für sie keine Anwesenheit erfasst oder ihr zugeordnet werden.</translation>
    </message>
    <message>
        <source>{name}: already checked out at {time}</source>
        <translation>{name}: bereits um {time} gegangen</translation>
    </message>
    <message>
        <source>{name}: already checked in at {time}</source>
        <translation>{name}: bereits um {time} gekommen</translation>
    </message>
    <message>
        <source>{name} checked out at {time} ({session})</source>
        <translation>{name} um {time} gegangen ({session})</translation>
    </message>
    <message>
        <source>{name} checked out at {time}</source>
        <translation>{name} um {time} gegangen</translation>
    </message>
    <message>
        <source>{name} checked in at {time} ({session})</source>
        <translation>{name} um {time} gekommen ({session})</translation>
    </message>
    <message>
        <source>{name} checked in at {time}</source>
        <translation>{name} um {time} gekommen</translation>
    </message>
    <message>
        <source>{name} is deactivated: not recorded</source>
        <translation>{name} ist deaktiviert: nicht erfasst</translation>
    </message>
    <message>
        <source>No open session for {name}: not recorded</source>
        <translation>Keine offene Sitzung für {name}: nicht erfasst</translation>
    </message>
    <message>
        <source>{when} is in the future (it is {now} now): a mark records something that happened. Check the date and time.</source>
        <translation>{when} liegt in der Zukunft (jetzt ist es {now}): Eine Erfassung hält etwas fest, das geschehen ist. Prüfen Sie Datum und Uhrzeit.</translation>
    </message>
    <message>
        <source>{when} is outside the session &apos;{session}&apos; ({start} to {end}). Pick a time within the session, or another session.</source>
        <translation>{when} liegt außerhalb der Sitzung „{session}“ ({start} bis {end}). Wählen Sie eine Zeit innerhalb der Sitzung oder eine andere Sitzung.</translation>
    </message>
    <message>
        <source>{when} is outside the session &apos;{session}&apos; ({start}). Pick a time within the session, or another session.</source>
        <translation>{when} liegt außerhalb der Sitzung „{session}“ ({start}). Wählen Sie eine Zeit innerhalb der Sitzung oder eine andere Sitzung.</translation>
    </message>
    <message>
        <source>A session needs a name (for example &apos;Maths 7B&apos;).</source>
        <translation>Eine Sitzung braucht einen Namen (zum Beispiel „Mathe 7B“).</translation>
    </message>
    <message>
        <source>group {group}</source>
        <translation>Gruppe {group}</translation>
    </message>
    <message>
        <source>for everybody</source>
        <translation>für alle</translation>
    </message>
    <message>
        <source>&apos;{session}&apos; ({who}) has been running since {start}. A group has one session at a time: continue that one, or end it before starting another.</source>
        <translation>„{session}“ ({who}) läuft bereits seit {start}. Eine Gruppe hat immer nur eine Sitzung: Setzen Sie diese fort oder beenden Sie sie, bevor Sie eine andere starten.</translation>
    </message>
    <message>
        <source>&apos;{session}&apos; ({who}, {when}) overlaps this time. A group has one session at a time: change the times, or edit that session.</source>
        <translation>„{session}“ ({who}, {when}) überschneidet sich mit dieser Zeit. Eine Gruppe hat immer nur eine Sitzung: Ändern Sie die Zeiten oder bearbeiten Sie jene Sitzung.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>ab {start}</translation>
    </message>
    <message>
        <source>Session &apos;{session}&apos; already ended at {when}.</source>
        <translation>Die Sitzung „{session}“ endete bereits um {when}.</translation>
    </message>
    <message>
        <source>Session &apos;{session}&apos; has not started yet (starts {when}).</source>
        <translation>Die Sitzung „{session}“ hat noch nicht begonnen (Beginn {when}).</translation>
    </message>
    <message>
        <source>The session would end ({end}) before it starts ({start}). Check the times.</source>
        <translation>Die Sitzung würde enden ({end}), bevor sie beginnt ({start}). Prüfen Sie die Zeiten.</translation>
    </message>
    <message>
        <source>&apos;Late after&apos; ({when}) must lie between the start and the end.</source>
        <translation>„Verspätet nach“ ({when}) muss zwischen Beginn und Ende liegen.</translation>
    </message>
    <message>
        <source>A reason is required for every correction; it is kept in the audit log.</source>
        <translation>Jede Korrektur braucht einen Grund; er wird im Prüfprotokoll gespeichert.</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>Kommen</translation>
    </message>
    <message>
        <source>check-out</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>present</source>
        <translation>anwesend</translation>
    </message>
    <message>
        <source>moved to another person</source>
        <translation>einer anderen Person zugeordnet</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Group photo</source>
        <translation>Gruppenfoto</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No marks for these days&lt;/h3&gt;&lt;p&gt;Marks appear here when people are recognised on the &lt;b&gt;Live&lt;/b&gt; page or in a group photo (&lt;b&gt;File › Open photo&lt;/b&gt;). Start a session there for a class or a shift.&lt;/p&gt;&lt;p&gt;Someone was missed? &lt;b&gt;Add manual...&lt;/b&gt; marks them by hand, with a reason.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine Erfassungen an diesen Tagen&lt;/h3&gt;&lt;p&gt;Erfassungen erscheinen hier, wenn Personen auf der Seite &lt;b&gt;Live&lt;/b&gt; oder auf einem Gruppenfoto (&lt;b&gt;Datei › Foto öffnen&lt;/b&gt;) erkannt werden. Starten Sie dort eine Sitzung für eine Klasse oder eine Schicht.&lt;/p&gt;&lt;p&gt;Jemand wurde übersehen? &lt;b&gt;Manuell hinzufügen...&lt;/b&gt; erfasst die Person von Hand, mit Begründung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{source}, confirmed by code</source>
        <translation>{source}, per Code bestätigt</translation>
    </message>
    <message>
        <source>very sure</source>
        <translation>sehr sicher</translation>
    </message>
    <message>
        <source>sure</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>just within the limit</source>
        <translation>knapp im Rahmen</translation>
    </message>
    <message>
        <source>outside the limit</source>
        <translation>außerhalb der Grenze</translation>
    </message>
    <message>
        <source>Made before the session was started (or without one): it counts for this session because it falls in it or just before its start</source>
        <translation>Vor dem Start der Sitzung (oder ohne Sitzung) erfasst: zählt für diese Sitzung, weil die Erfassung in ihr oder kurz vor ihrem Beginn liegt</translation>
    </message>
    <message>
        <source>made in &apos;{session}&apos;, outside its times now</source>
        <translation>erfasst in „{session}“, jetzt außerhalb ihrer Zeiten</translation>
    </message>
    <message>
        <source>Made in &apos;{session}&apos;, whose times were changed afterwards: it lies outside them now, so it counts for this session, which it falls in</source>
        <translation>Erfasst in „{session}“, deren Zeiten danach geändert wurden: liegt jetzt außerhalb davon und zählt daher für diese Sitzung, in die sie fällt</translation>
    </message>
    <message>
        <source>not counted: outside the sessions of the person&apos;s group</source>
        <translation>nicht gezählt: außerhalb der Sitzungen der Gruppe dieser Person</translation>
    </message>
    <message>
        <source>Made in &apos;{session}&apos;, whose times were changed afterwards: it lies outside them now and counts for no session</source>
        <translation>Erfasst in „{session}“, deren Zeiten danach geändert wurden: liegt jetzt außerhalb davon und zählt für keine Sitzung</translation>
    </message>
    <message>
        <source>How closely the face matched the enrolled photos: distance {distance}, the app accepts up to {limit}</source>
        <translation>Wie gut das Gesicht zu den erfassten Fotos passte: Abstand {distance}, die App akzeptiert bis {limit}</translation>
    </message>
    <message>
        <source>withdrawn by {by}: {reason}</source>
        <translation>zurückgezogen von {by}: {reason}</translation>
    </message>
    <message>
        <source>moved to another person by {by}: {reason}</source>
        <translation>von {by} einer anderen Person zugeordnet: {reason}</translation>
    </message>
    <message>
        <source>corrected by {by}: {reason}</source>
        <translation>korrigiert von {by}: {reason}</translation>
    </message>
    <message>
        <source>Double-click: wrong person... · right-click: more</source>
        <translation>Doppelklick: falsche Person... · Rechtsklick: mehr</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message>
        <source>Show corrected</source>
        <translation>Korrigierte zeigen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Add manual...</source>
        <translation>Manuell hinzufügen...</translation>
    </message>
    <message>
        <source>Mark someone by hand (with a reason, recorded in the audit log)</source>
        <translation>Jemanden von Hand erfassen (mit Begründung, im Prüfprotokoll vermerkt)</translation>
    </message>
    <message>
        <source>Wrong person...</source>
        <translation>Falsche Person...</translation>
    </message>
    <message>
        <source>Withdraw...</source>
        <translation>Zurückziehen...</translation>
    </message>
    <message>
        <source>Edit session...</source>
        <translation>Sitzung bearbeiten...</translation>
    </message>
    <message>
        <source>Roll call...</source>
        <translation>Anwesenheitsliste...</translation>
    </message>
    <message>
        <source>Events: {events} · people: {people}</source>
        <translation>Erfassungen: {events} · Personen: {people}</translation>
    </message>
    <message>
        <source>Only {count} marks are shown here: narrow the dates or the group</source>
        <translation>Hier werden nur {count} Erfassungen angezeigt: Zeitraum oder Gruppe eingrenzen</translation>
    </message>
    <message>
        <source>Marks made on these days that count for a session of another day (after midnight in an evening session, say): {count}. They are listed on that session&apos;s day.</source>
        <translation>Erfassungen dieser Tage, die für eine Sitzung eines anderen Tages zählen (etwa nach Mitternacht in einer Abendsitzung): {count}. Sie stehen beim Tag dieser Sitzung.</translation>
    </message>
    <message>
        <source>times in {zone}</source>
        <translation>Zeiten in {zone}</translation>
    </message>
    <message>
        <source>Select a mark in the table first (or right-click a mark).</source>
        <translation>Wählen Sie zuerst eine Erfassung in der Tabelle aus (oder klicken Sie mit der rechten Maustaste darauf).</translation>
    </message>
    <message>
        <source>This mark was already corrected; correct the mark that replaced it.</source>
        <translation>Diese Erfassung wurde bereits korrigiert; korrigieren Sie die Erfassung, die sie ersetzt hat.</translation>
    </message>
    <message>
        <source>The selected mark is someone else: move it to the right person</source>
        <translation>Die ausgewählte Erfassung gehört zu jemand anderem: der richtigen Person zuordnen</translation>
    </message>
    <message>
        <source>Withdraw the selected mark (kept as &apos;withdrawn&apos;, with a reason)</source>
        <translation>Die ausgewählte Erfassung zurückziehen (bleibt als „zurückgezogen“ erhalten, mit Begründung)</translation>
    </message>
    <message>
        <source>{action}. {reason}</source>
        <translation>{action}. {reason}</translation>
    </message>
    <message>
        <source>Change the chosen session&apos;s start, end, group or late time; reports follow</source>
        <translation>Beginn, Ende, Gruppe oder Verspätungsgrenze der gewählten Sitzung ändern; die Berichte folgen</translation>
    </message>
    <message>
        <source>Choose a session in the filter above to change its times or group.</source>
        <translation>Wählen Sie oben im Filter eine Sitzung, um ihre Zeiten oder Gruppe zu ändern.</translation>
    </message>
    <message>
        <source>Who was absent or late in the chosen session (else the running or last one today), with Mark present for anyone the camera missed</source>
        <translation>Wer in der gewählten Sitzung (sonst der laufenden oder letzten von heute) fehlte oder zu spät kam, mit „Als anwesend erfassen“ für alle, die die Kamera übersehen hat</translation>
    </message>
    <message>
        <source>No session in these days: start one, or choose other days.</source>
        <translation>Keine Sitzung an diesen Tagen: Starten Sie eine oder wählen Sie andere Tage.</translation>
    </message>
    <message>
        <source>Add another mark for {name}...</source>
        <translation>Weitere Erfassung für {name} hinzufügen...</translation>
    </message>
    <message>
        <source>Editing a session</source>
        <translation>Eine Sitzung zu bearbeiten</translation>
    </message>
    <message>
        <source>Correcting attendance</source>
        <translation>Die Anwesenheit zu korrigieren</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup passphrase must have at least {count} characters; without it nobody (including you) can open the backup, so write it down somewhere safe.</source>
        <translation>Die Passphrase der Sicherung muss mindestens {count} Zeichen haben; ohne sie kann niemand (auch Sie nicht) die Sicherung öffnen, also schreiben Sie sie an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <source>The disk is full: the backup {file} was not written. Free some space or choose another folder; nothing was changed.</source>
        <translation>Der Datenträger ist voll: Die Sicherung {file} wurde nicht geschrieben. Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot write the backup {file}: {error}. Choose another folder; nothing was changed.</source>
        <translation>Die Sicherung {file} kann nicht geschrieben werden: {error}. Wählen Sie einen anderen Ordner; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{file} is a folder; give a file name for the backup.</source>
        <translation>{file} ist ein Ordner; geben Sie einen Dateinamen für die Sicherung an.</translation>
    </message>
    <message>
        <source>There is no database at {file} to back up.</source>
        <translation>Unter {file} gibt es keine Datenbank zum Sichern.</translation>
    </message>
    <message>
        <source>There is no encryption key for face data to save: this database does not use encryption yet.</source>
        <translation>Es gibt keinen Schlüssel für Gesichtsdaten zu sichern: Diese Datenbank verwendet noch keine Verschlüsselung.</translation>
    </message>
    <message>
        <source>There is no encryption key for face data to save: key {key} is not on this computer.</source>
        <translation>Es gibt keinen Schlüssel für Gesichtsdaten zu sichern: Schlüssel {key} ist nicht auf diesem Computer.</translation>
    </message>
    <message>
        <source>{file} is not a face-attendance backup archive.</source>
        <translation>{file} ist kein Sicherungsarchiv von face-attendance.</translation>
    </message>
    <message>
        <source>{file} is a backup of format version {version}, which this version of face-attendance cannot read (written by a newer version?).</source>
        <translation>{file} ist eine Sicherung im Format Version {version}, das diese Version von face-attendance nicht lesen kann (von einer neueren Version geschrieben?).</translation>
    </message>
    <message>
        <source>{file} has a damaged header.</source>
        <translation>{file} hat einen beschädigten Kopf.</translation>
    </message>
    <message>
        <source>{file} has a damaged or crafted header; it cannot be restored.</source>
        <translation>{file} hat einen beschädigten oder manipulierten Kopf; die Sicherung kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the backup {file}. Nothing was changed.</source>
        <translation>Falsche Passphrase für die Sicherung {file}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{file} has data after its end; it was modified.</source>
        <translation>{file} hat Daten nach seinem Ende; die Datei wurde verändert.</translation>
    </message>
    <message>
        <source>The backup file {file} does not exist.</source>
        <translation>Die Sicherungsdatei {file} existiert nicht.</translation>
    </message>
    <message>
        <source>{file} is damaged: {problem}</source>
        <translation>{file} ist beschädigt: {problem}</translation>
    </message>
    <message>
        <source>{file} has no manifest; it is not a complete backup.</source>
        <translation>{file} hat kein Inhaltsverzeichnis; es ist keine vollständige Sicherung.</translation>
    </message>
    <message>
        <source>{file} lacks its database; it cannot be restored.</source>
        <translation>{file} fehlt die Datenbank; die Sicherung kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>The database inside {file} does not match its manifest.</source>
        <translation>Die Datenbank in {file} passt nicht zu ihrem Inhaltsverzeichnis.</translation>
    </message>
    <message>
        <source>The data key inside {file} does not match its manifest.</source>
        <translation>Der Datenschlüssel in {file} passt nicht zu seinem Inhaltsverzeichnis.</translation>
    </message>
    <message>
        <source>The database inside the backup is damaged ({problem}).</source>
        <translation>Die Datenbank in der Sicherung ist beschädigt ({problem}).</translation>
    </message>
    <message>
        <source>The database inside the backup cannot be used: {problem} Nothing was changed.</source>
        <translation>Die Datenbank in der Sicherung kann nicht verwendet werden: {problem} Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The backup&apos;s database is at schema revision {revision}, which this version of face-attendance does not know (it was made by a newer version). Install that version to restore it; nothing was changed.</source>
        <translation>Die Datenbank der Sicherung hat den Schemastand {revision}, den diese Version von face-attendance nicht kennt (sie wurde mit einer neueren Version erstellt). Installieren Sie diese Version, um sie wiederherzustellen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>part of that path is a file, not a folder</source>
        <translation>ein Teil dieses Pfads ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>Restore not confirmed: nothing was changed. Re-run with --yes (or answer &apos;yes&apos;) to replace the data listed above.</source>
        <translation>Wiederherstellung nicht bestätigt: Es wurde nichts geändert. Führen Sie den Befehl mit --yes erneut aus (oder antworten Sie &apos;yes&apos;), um die oben genannten Daten zu ersetzen.</translation>
    </message>
    <message>
        <source>Could not copy the current database {file} before restoring ({problem}); nothing was changed.</source>
        <translation>Die aktuelle Datenbank {file} konnte vor der Wiederherstellung nicht kopiert werden ({problem}); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Could not copy the current database {file} before restoring; nothing was changed.</source>
        <translation>Die aktuelle Datenbank {file} konnte vor der Wiederherstellung nicht kopiert werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>The backup&apos;s data is in use, but its settings could not be written ({problem}): the settings from before stay.</source>
        <translation>Die Daten der Sicherung sind in Gebrauch, aber ihre Einstellungen konnten nicht geschrieben werden ({problem}): Die bisherigen Einstellungen bleiben.</translation>
    </message>
    <message>
        <source>The backup&apos;s data is in use, but the restore could not finish ({problem}).</source>
        <translation>Die Daten der Sicherung sind in Gebrauch, aber die Wiederherstellung konnte nicht abgeschlossen werden ({problem}).</translation>
    </message>
    <message>
        <source>The data from before the restore is kept at {file}: Undo the restore puts it back.</source>
        <translation>Die Daten von vor der Wiederherstellung liegen in {file}: „Wiederherstellung rückgängig machen“ holt sie zurück.</translation>
    </message>
    <message>
        <source>{file} is open in another program (a database viewer, a sync or copy tool?): close that program, then restore again. Nothing was changed.</source>
        <translation>{file} ist in einem anderen Programm geöffnet (einem Datenbank-Betrachter, einem Synchronisations- oder Kopierprogramm?): Schließen Sie dieses Programm und stellen Sie dann erneut wieder her. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Restoring into {file} failed ({problem}); the data there is unchanged, and a copy of it is kept at {copy}.</source>
        <translation>Die Wiederherstellung in {file} ist fehlgeschlagen ({problem}); die Daten dort sind unverändert, eine Kopie davon liegt in {copy}.</translation>
    </message>
    <message>
        <source>The restored database {file} fails its integrity check: {problem}</source>
        <translation>Die wiederhergestellte Datenbank {file} besteht die Integritätsprüfung nicht: {problem}</translation>
    </message>
    <message>
        <source>The settings inside the backup are not valid TOML ({problem}); nothing was changed.</source>
        <translation>Die Einstellungen in der Sicherung sind kein gültiges TOML ({problem}); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The settings inside the backup are not valid ({problem}); nothing was changed.</source>
        <translation>Die Einstellungen in der Sicherung sind ungültig ({problem}); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{file} is cut short (an incomplete copy). Copy it again from where it was saved, or choose another backup. Nothing was changed.</source>
        <translation>{file} ist unvollständig (eine abgebrochene Kopie). Kopieren Sie sie noch einmal von dort, wo sie gespeichert wurde, oder wählen Sie eine andere Sicherung. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{file} is damaged or was modified: part of it cannot be read. Copy it again from where it was saved, or choose another backup. Nothing was changed.</source>
        <translation>{file} ist beschädigt oder wurde verändert: Ein Teil davon kann nicht gelesen werden. Kopieren Sie sie noch einmal von dort, wo sie gespeichert wurde, oder wählen Sie eine andere Sicherung. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>another program is using the database file right now</source>
        <translation>ein anderes Programm verwendet die Datenbankdatei gerade</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>this user may not open the file</source>
        <translation>dieser Benutzer darf die Datei nicht öffnen</translation>
    </message>
    <message>
        <source>the disk could not be read</source>
        <translation>der Datenträger konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>SQLite says: {problem}</source>
        <translation>SQLite meldet: {problem}</translation>
    </message>
    <message>
        <source>{file} could not be read: {why}.</source>
        <translation>{file} konnte nicht gelesen werden: {why}.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>The data was not replaced.</source>
        <translation>Die Daten wurden nicht ersetzt.</translation>
    </message>
    <message>
        <source>Face Attendance backups (*.fab);;All files (*)</source>
        <translation>Face-Attendance-Sicherungen (*.fab);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>People: {people} · Sessions: {sessions} · Attendance records: {events}</source>
        <translation>Personen: {people} · Sitzungen: {sessions} · Anwesenheitseinträge: {events}</translation>
    </message>
    <message>
        <source>{people} ({active} active)</source>
        <translation>{people} ({active} aktiv)</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Auswählen...</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>A backup is one file with everyone enrolled, their face data, all sessions and attendance records, and the settings. It holds biometric data, so it is encrypted with a passphrase of at least {count} characters. Write the passphrase down and keep it apart from the file: without it nobody can open the backup, not even you.</source>
        <translation>Eine Sicherung ist eine Datei mit allen erfassten Personen, ihren Gesichtsdaten, allen Sitzungen und Anwesenheitseinträgen sowie den Einstellungen. Sie enthält biometrische Daten und wird deshalb mit einer Passphrase von mindestens {count} Zeichen verschlüsselt. Schreiben Sie die Passphrase auf und bewahren Sie sie getrennt von der Datei auf: Ohne sie kann niemand die Sicherung öffnen, auch Sie nicht.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Sicherung speichern unter</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>Wählen Sie, wo die Sicherung gespeichert wird.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters.</source>
        <translation>Die Passphrase braucht mindestens {count} Zeichen.</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>Sicherung läuft...</translation>
    </message>
    <message>
        <source>Backup saved.</source>
        <translation>Sicherung gespeichert.</translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation>Datei: {file}</translation>
    </message>
    <message>
        <source>Contents as of {when}: {what}</source>
        <translation>Inhalt vom {when}: {what}</translation>
    </message>
    <message>
        <source>Keep the file somewhere safe (a USB stick, another computer) and the passphrase apart from it. To bring it back, use Restore... in the File menu.</source>
        <translation>Bewahren Sie die Datei an einem sicheren Ort auf (USB-Stick, anderer Computer) und die Passphrase getrennt davon. Zum Zurückholen verwenden Sie Wiederherstellen... im Menü Datei.</translation>
    </message>
    <message>
        <source>The encryption key of the face data is not on this computer and is not in the backup: the faces in it can only be read where that key is.</source>
        <translation>Der Schlüssel der Gesichtsdaten ist nicht auf diesem Computer und nicht in der Sicherung: Die Gesichter darin sind nur dort lesbar, wo dieser Schlüssel ist.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation>Die Sicherung wurde nicht erstellt.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>A .fab file made by Back up</source>
        <translation>Eine .fab-Datei, erstellt mit Sichern</translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation>Sicherung öffnen</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Sicherung auswählen</translation>
    </message>
    <message>
        <source>Opening and checking the backup...</source>
        <translation>Sicherung wird geöffnet und geprüft...</translation>
    </message>
    <message>
        <source>This backup cannot be restored.</source>
        <translation>Diese Sicherung kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Backup of {when}, made on {device}</source>
        <translation>Sicherung vom {when}, erstellt auf {device}</translation>
    </message>
    <message>
        <source>(Face Attendance {version})</source>
        <translation>(Face Attendance {version})</translation>
    </message>
    <message>
        <source>These protection settings change with it:</source>
        <translation>Diese Schutzeinstellungen ändern sich damit:</translation>
    </message>
    <message>
        <source>The backup&apos;s encryption key for face data will be installed on this computer.</source>
        <translation>Der Schlüssel der Sicherung für die Gesichtsdaten wird auf diesem Computer installiert.</translation>
    </message>
    <message>
        <source>In the backup</source>
        <translation>In der Sicherung</translation>
    </message>
    <message>
        <source>On this computer now</source>
        <translation>Jetzt auf diesem Computer</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Attendance records</source>
        <translation>Anwesenheitseinträge</translation>
    </message>
    <message>
        <source>Face templates</source>
        <translation>Gesichtsvorlagen</translation>
    </message>
    <message>
        <source>Replace the current data</source>
        <translation>Aktuelle Daten ersetzen</translation>
    </message>
    <message>
        <source>Restoring the backup...</source>
        <translation>Sicherung wird wiederhergestellt...</translation>
    </message>
    <message>
        <source>Restoring replaces everyone enrolled, their face data, all sessions and attendance records, and the settings on this computer with those in the backup. Nothing changes until you have seen what the backup holds and pressed &quot;Replace the current data&quot;.</source>
        <translation>Beim Wiederherstellen werden alle erfassten Personen, ihre Gesichtsdaten, alle Sitzungen und Anwesenheitseinträge sowie die Einstellungen auf diesem Computer durch die der Sicherung ersetzt. Nichts ändert sich, bevor Sie gesehen haben, was die Sicherung enthält, und auf „Aktuelle Daten ersetzen“ gedrückt haben.</translation>
    </message>
    <message>
        <source>The current data is copied to {folder} first, then replaced by the backup&apos;s.</source>
        <translation>Die aktuellen Daten werden zuerst nach {folder} kopiert und dann durch die der Sicherung ersetzt.</translation>
    </message>
    <message>
        <source>Install the key</source>
        <translation>Schlüssel installieren</translation>
    </message>
    <message>
        <source>This backup holds only the encryption key for face data, no people or records: the data on this computer stays as it is.</source>
        <translation>Diese Sicherung enthält nur den Schlüssel für die Gesichtsdaten, keine Personen oder Einträge: Die Daten auf diesem Computer bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>This computer already has that key: there is nothing to restore.</source>
        <translation>Dieser Computer hat diesen Schlüssel bereits: Es gibt nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>Consent needed to enroll</source>
        <translation>Einwilligung zum Erfassen nötig</translation>
    </message>
    <message>
        <source>Face data encrypted on disk</source>
        <translation>Gesichtsdaten auf dem Datenträger verschlüsselt</translation>
    </message>
    <message>
        <source>Days face data is kept after a person leaves</source>
        <translation>Tage, die Gesichtsdaten nach dem Ausscheiden bleiben</translation>
    </message>
    <message>
        <source>Months attendance records are kept</source>
        <translation>Monate, die Anwesenheitseinträge bleiben</translation>
    </message>
    <message>
        <source>Minutes the admin PIN stays unlocked</source>
        <translation>Minuten, die die Admin-PIN entsperrt bleibt</translation>
    </message>
    <message>
        <source>Database copies kept in backups/</source>
        <translation>In backups/ behaltene Datenbankkopien</translation>
    </message>
    <message>
        <source>Days those copies are kept</source>
        <translation>Tage, die diese Kopien bleiben</translation>
    </message>
    <message>
        <source>Kiosk liveness check</source>
        <translation>Lebenderkennung am Kiosk</translation>
    </message>
    <message>
        <source>Kiosk second check</source>
        <translation>Zweite Prüfung am Kiosk</translation>
    </message>
    <message>
        <source>Match threshold</source>
        <translation>Vergleichsschwelle</translation>
    </message>
    <message>
        <source>Match margin</source>
        <translation>Vergleichsabstand</translation>
    </message>
    <message>
        <source>Strictness</source>
        <translation>Strenge</translation>
    </message>
    <message>
        <source>Face model</source>
        <translation>Gesichtsmodell</translation>
    </message>
    <message>
        <source>Face detector</source>
        <translation>Gesichtsdetektor</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>{setting}: {old} → {new}</source>
        <translation>{setting}: {old} → {new}</translation>
    </message>
    <message>
        <source>{file} already exists and is not a Face Attendance backup. Choose another name; nothing was changed.</source>
        <translation>{file} gibt es schon, und es ist keine Face-Attendance-Sicherung. Wählen Sie einen anderen Namen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>There is already a backup named {file}, saved {when}. Replace it with a new backup? The old backup is then lost.</source>
        <translation>Es gibt bereits eine Sicherung namens {file}, gespeichert am {when}. Durch eine neue Sicherung ersetzen? Die alte Sicherung geht dann verloren.</translation>
    </message>
    <message>
        <source>Replace the old backup</source>
        <translation>Alte Sicherung ersetzen</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
    <message>
        <source>Put back the data from before the restore?</source>
        <translation>Die Daten von vor der Wiederherstellung zurückholen?</translation>
    </message>
    <message>
        <source>Replace the data on this computer with the backup&apos;s?</source>
        <translation>Die Daten auf diesem Computer durch die der Sicherung ersetzen?</translation>
    </message>
    <message>
        <source>{question}

Replaced: {now}
In use afterwards: {backup}

Everyone enrolled and every mark made since then is no longer in use. The current data is copied to {folder} first.</source>
        <translation>{question}

Ersetzt: {now}
Danach in Gebrauch: {backup}

Alle seither Erfassten und alle seither gemachten Einträge sind nicht mehr in Gebrauch. Die aktuellen Daten werden zuerst nach {folder} kopiert.</translation>
    </message>
    <message>
        <source>Undo the restore</source>
        <translation>Wiederherstellung rückgängig machen</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Die beiden Passphrasen stimmen noch nicht überein.</translation>
    </message>
    <message>
        <source>The admin PIN becomes the one that was set when this backup was made: make sure you know it.</source>
        <translation>Die Admin-PIN wird zu der, die beim Erstellen dieser Sicherung galt: Stellen Sie sicher, dass Sie sie kennen.</translation>
    </message>
    <message>
        <source>The backup has no admin PIN: afterwards the admin pages are open until you set one in Settings.</source>
        <translation>Die Sicherung hat keine Admin-PIN: Danach sind die Admin-Seiten offen, bis Sie in den Einstellungen eine festlegen.</translation>
    </message>
    <message>
        <source>The backup&apos;s settings are not restored: this window was started with --data-dir and without --config, so your settings file belongs to another data folder. Only the data (and the encryption key) are.</source>
        <translation>Die Einstellungen der Sicherung werden nicht wiederhergestellt: Dieses Fenster wurde mit --data-dir und ohne --config gestartet, Ihre Einstellungsdatei gehört also zu einem anderen Datenordner. Nur die Daten (und der Schlüssel) werden wiederhergestellt.</translation>
    </message>
    <message>
        <source>This backup holds a whole database, but this computer keeps its data on a database server ({server}): restore that server from its own backup. A backup that holds only the encryption key can be restored here.</source>
        <translation>Diese Sicherung enthält eine ganze Datenbank, aber dieser Computer speichert seine Daten auf einem Datenbankserver ({server}): Stellen Sie diesen Server aus seiner eigenen Sicherung wieder her. Eine Sicherung, die nur den Schlüssel enthält, kann hier wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>This computer keeps its data on a database server ({server}): ask whoever looks after that server to back it up. Here you save what only this computer has: the encryption key for the face data. Without it the faces on the server cannot be read after a reinstall. The file is encrypted with a passphrase of at least {count} characters; keep the passphrase apart from the file.</source>
        <translation>Dieser Computer speichert seine Daten auf einem Datenbankserver ({server}): Bitten Sie die Person, die diesen Server betreut, ihn zu sichern. Hier sichern Sie, was nur dieser Computer hat: den Schlüssel für die Gesichtsdaten. Ohne ihn lassen sich die Gesichter auf dem Server nach einer Neuinstallation nicht mehr lesen. Die Datei wird mit einer Passphrase aus mindestens {count} Zeichen verschlüsselt; bewahren Sie die Passphrase getrennt von der Datei auf.</translation>
    </message>
    <message>
        <source>Contents: the encryption key for the face data, nothing else (the data stays on the database server).</source>
        <translation>Inhalt: der Schlüssel für die Gesichtsdaten, sonst nichts (die Daten bleiben auf dem Datenbankserver).</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>data that cannot be read now ({why})</source>
        <translation>Daten, die gerade nicht gelesen werden können ({why})</translation>
    </message>
    <message>
        <source>The data on this computer now cannot be read ({why}), so what it holds is not shown.</source>
        <translation>Die Daten auf diesem Computer können gerade nicht gelesen werden ({why}), daher wird ihr Inhalt nicht angezeigt.</translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>The image folder {folder} does not exist. Create it or choose another source in Settings &gt; Camera.</source>
        <translation>Der Bildordner {folder} existiert nicht. Legen Sie ihn an oder wählen Sie unter Einstellungen &gt; Kamera eine andere Quelle.</translation>
    </message>
    <message>
        <source>The image folder {folder} holds no images (.jpg, .png, ...). Add some or choose another source.</source>
        <translation>Der Bildordner {folder} enthält keine Bilder (.jpg, .png, ...). Fügen Sie welche hinzu oder wählen Sie eine andere Quelle.</translation>
    </message>
    <message>
        <source>The video file {file} does not exist. Check the path, or choose another camera or video in Settings &gt; Camera.</source>
        <translation>Die Videodatei {file} existiert nicht. Prüfen Sie den Pfad oder wählen Sie unter Einstellungen &gt; Kamera eine andere Kamera oder ein anderes Video.</translation>
    </message>
    <message>
        <source>Cannot connect to the stream {source}. Check the address, the network and the credentials.</source>
        <translation>Keine Verbindung zum Stream {source}. Prüfen Sie die Adresse, das Netzwerk und die Zugangsdaten.</translation>
    </message>
    <message>
        <source>Cannot decode the video file {file}: it is damaged or in an unsupported format.</source>
        <translation>Die Videodatei {file} kann nicht gelesen werden: Sie ist beschädigt oder in einem nicht unterstützten Format.</translation>
    </message>
    <message>
        <source>photo {file}</source>
        <translation>Foto {file}</translation>
    </message>
    <message>
        <source>camera {index}</source>
        <translation>Kamera {index}</translation>
    </message>
    <message>
        <source>image folder {folder}</source>
        <translation>Bildordner {folder}</translation>
    </message>
    <message>
        <source>video {file}</source>
        <translation>Video {file}</translation>
    </message>
    <message>
        <source>Connecting to the camera...</source>
        <translation>Verbindung zur Kamera wird hergestellt...</translation>
    </message>
    <message>
        <source>Cannot open the source: {error}</source>
        <translation>Die Quelle kann nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <source>{problem} Reconnecting in {seconds} s...</source>
        <translation>{problem} Neuer Verbindungsversuch in {seconds} s...</translation>
    </message>
    <message>
        <source>The video has ended.</source>
        <translation>Das Video ist zu Ende.</translation>
    </message>
    <message>
        <source>No camera source is set. Choose one in Settings &gt; Camera.</source>
        <translation>Keine Kameraquelle eingestellt. Wählen Sie eine unter Einstellungen &gt; Kamera.</translation>
    </message>
    <message>
        <source>Camera {camera} is not available: it is unplugged, used by another program, or this user may not access it (macOS: System Settings &gt; Privacy &amp; Security &gt; Camera). Plug it in or choose another camera or camera backend in Settings.</source>
        <translation>Kamera {camera} ist nicht verfügbar: Sie ist nicht angeschlossen, wird von einem anderen Programm verwendet, oder dieser Benutzer hat keinen Zugriff (macOS: Systemeinstellungen &gt; Datenschutz &amp; Sicherheit &gt; Kamera). Schließen Sie sie an oder wählen Sie in den Einstellungen eine andere Kamera oder Kameraschnittstelle.</translation>
    </message>
    <message>
        <source>Camera {camera} is not available through {backend}: it is unplugged, used by another program, or this user may not access it (macOS: System Settings &gt; Privacy &amp; Security &gt; Camera). Plug it in or choose another camera or camera backend in Settings.</source>
        <translation>Kamera {camera} ist über {backend} nicht verfügbar: Sie ist nicht angeschlossen, wird von einem anderen Programm verwendet, oder dieser Benutzer hat keinen Zugriff (macOS: Systemeinstellungen &gt; Datenschutz &amp; Sicherheit &gt; Kamera). Schließen Sie sie an oder wählen Sie in den Einstellungen eine andere Kamera oder Kameraschnittstelle.</translation>
    </message>
    <message>
        <source>{source} stopped delivering frames (unplugged or disconnected).</source>
        <translation>{source} liefert keine Bilder mehr (ausgesteckt oder getrennt).</translation>
    </message>
    <message>
        <source>None of the images in {folder} can be read.</source>
        <translation>Keines der Bilder in {folder} kann gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Cameras</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Add a manual mark</source>
        <translation>Manuelle Erfassung hinzufügen</translation>
    </message>
    <message>
        <source>Withdraw a mark</source>
        <translation>Erfassung zurückziehen</translation>
    </message>
    <message>
        <source>Wrong person</source>
        <translation>Falsche Person</translation>
    </message>
    <message>
        <source>present</source>
        <translation>anwesend</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>Kommen</translation>
    </message>
    <message>
        <source>check-out</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>No session (counts for the day)</source>
        <translation>Keine Sitzung (zählt für den Tag)</translation>
    </message>
    <message>
        <source>{name} — {kind} at {when}</source>
        <translation>{name} — {kind} am {when}</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Erfassung</translation>
    </message>
    <message>
        <source>Type or choose a name</source>
        <translation>Namen eingeben oder auswählen</translation>
    </message>
    <message>
        <source>The session the mark counts for in the register</source>
        <translation>Die Sitzung, für die die Erfassung im Register zählt</translation>
    </message>
    <message>
        <source>Remember that this face is not the recognised person</source>
        <translation>Merken, dass dieses Gesicht nicht die erkannte Person ist</translation>
    </message>
    <message>
        <source>Only when the camera really mixed the two people up: the app will then be stricter before recognising this face as them again. Leave it off for a simple slip.</source>
        <translation>Nur wenn die Kamera die beiden Personen wirklich verwechselt hat: Die App ist dann strenger, bevor sie dieses Gesicht wieder als diese Person erkennt. Bei einem einfachen Versehen nicht ankreuzen.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Actually</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Required: why (kept in the audit log)</source>
        <translation>Pflichtfeld: warum (wird im Prüfprotokoll gespeichert)</translation>
    </message>
    <message>
        <source>Please give a reason: corrections are audited.</source>
        <translation>Bitte geben Sie einen Grund an: Korrekturen werden protokolliert.</translation>
    </message>
    <message>
        <source>Choose the person.</source>
        <translation>Wählen Sie die Person.</translation>
    </message>
</context>
<context>
    <name>DataInUse</name>
    <message>
        <source>The kiosk is running on this data (since {time}).</source>
        <translation>Der Kiosk läuft mit diesen Daten (seit {time}).</translation>
    </message>
    <message>
        <source>A Face Attendance window is open on this data (since {time}).</source>
        <translation>Ein Face-Attendance-Fenster ist mit diesen Daten geöffnet (seit {time}).</translation>
    </message>
    <message>
        <source>Another restore is running on this data (since {time}).</source>
        <translation>Eine andere Wiederherstellung läuft mit diesen Daten (seit {time}).</translation>
    </message>
    <message>
        <source>Another Face Attendance program is starting on this data.</source>
        <translation>Ein anderes Face-Attendance-Programm startet gerade mit diesen Daten.</translation>
    </message>
    <message>
        <source>The command &quot;face-attendance {command}&quot; is running on this data (since {time}).</source>
        <translation>Der Befehl &quot;face-attendance {command}&quot; läuft mit diesen Daten (seit {time}).</translation>
    </message>
    <message>
        <source>It runs on the computer {host}.</source>
        <translation>Er läuft auf dem Computer {host}.</translation>
    </message>
    <message>
        <source>Close it, then restore. Nothing was changed.</source>
        <translation>Beenden Sie dieses Programm, dann stellen Sie die Sicherung wieder her. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Close them, then restore. Nothing was changed.</source>
        <translation>Beenden Sie diese Programme, dann stellen Sie die Sicherung wieder her. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A restore is replacing the data in this folder (since {time}). Start again when it has finished.</source>
        <translation>Eine Wiederherstellung ersetzt gerade die Daten in diesem Ordner (seit {time}). Starten Sie erneut, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>This user may not open {file}: a program another user of this computer runs on this data may be using it.</source>
        <translation>Dieser Benutzer darf {file} nicht öffnen: Ein Programm, das ein anderer Benutzer dieses Computers mit diesen Daten ausführt, verwendet sie vielleicht.</translation>
    </message>
    <message>
        <source>If no such program runs any more, delete that file (or ask someone who may), then restore.</source>
        <translation>Wenn kein solches Programm mehr läuft, löschen Sie diese Datei (oder bitten Sie jemanden, der es darf) und stellen Sie dann die Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database {database} is locked by another program for too long. Close other copies of the app or wait and try again. Nothing was lost.</source>
        <translation>Die Datenbank {database} ist zu lange von einem anderen Programm gesperrt. Schließen Sie andere Instanzen der App oder warten Sie und versuchen Sie es erneut. Es ist nichts verloren gegangen.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Add samples for {name}</source>
        <translation>Proben für {name} hinzufügen</translation>
    </message>
    <message>
        <source>Enroll from camera</source>
        <translation>Mit der Kamera erfassen</translation>
    </message>
    <message>
        <source>Enroll from photos</source>
        <translation>Aus Fotos erfassen</translation>
    </message>
    <message>
        <source>This person agreed to have their face stored for attendance (consent text {version})</source>
        <translation>Diese Person hat der Speicherung ihres Gesichts für die Anwesenheit zugestimmt (Einwilligungstext {version})</translation>
    </message>
    <message>
        <source>Consent recorded by</source>
        <translation>Einwilligung erfasst von</translation>
    </message>
    <message>
        <source>Drop photos here or use &lt;b&gt;Add photos&lt;/b&gt;. One face per photo; several photos of the same person make recognition more reliable.</source>
        <translation>Fotos hier ablegen oder &lt;b&gt;Fotos hinzufügen&lt;/b&gt; verwenden. Ein Gesicht pro Foto; mehrere Fotos derselben Person machen die Erkennung zuverlässiger.</translation>
    </message>
    <message>
        <source>Add photos...</source>
        <translation>Fotos hinzufügen...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Waiting for the camera...</source>
        <translation>Warten auf die Kamera...</translation>
    </message>
    <message>
        <source>Capture  (Space)</source>
        <translation>Aufnehmen  (Leertaste)</translation>
    </message>
    <message>
        <source>Capture {count} or more views: straight, slightly left, slightly right.</source>
        <translation>Nehmen Sie {count} oder mehr Ansichten auf: gerade, leicht links, leicht rechts.</translation>
    </message>
    <message>
        <source>Add samples</source>
        <translation>Proben hinzufügen</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>{name} was enrolled from a small or upscaled photo (a weak sample); recognition is less reliable until there are camera samples. Capture camera samples now: they replace the small photo.</source>
        <translation>{name} wurde aus einem kleinen oder hochskalierten Foto erfasst (eine schwache Probe); die Erkennung ist weniger zuverlässig, bis Kameraproben vorliegen. Nehmen Sie jetzt Kameraproben auf: Sie ersetzen das kleine Foto.</translation>
    </message>
    <message>
        <source>{name} was enrolled from a small or upscaled photo (a weak sample); recognition is less reliable until there are camera samples. Use Enroll from camera to take camera samples: they replace it.</source>
        <translation>{name} wurde aus einem kleinen oder hochskalierten Foto erfasst (eine schwache Probe); die Erkennung ist weniger zuverlässig, bis Kameraproben vorliegen. Nehmen Sie mit „Mit der Kamera erfassen“ Kameraproben auf: Sie ersetzen das Foto.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Geben Sie den Namen der Person ein.</translation>
    </message>
    <message>
        <source>Consent is required before a face can be stored.</source>
        <translation>Vor dem Speichern eines Gesichts ist eine Einwilligung erforderlich.</translation>
    </message>
    <message>
        <source>Add at least one photo.</source>
        <translation>Fügen Sie mindestens ein Foto hinzu.</translation>
    </message>
    <message>
        <source>Capture at least one picture.</source>
        <translation>Nehmen Sie mindestens ein Bild auf.</translation>
    </message>
    <message>
        <source>Ready: 1 sample.</source>
        <translation>Bereit: 1 Probe.</translation>
    </message>
    <message>
        <source>Ready: {count} samples.</source>
        <translation>Bereit: {count} Proben.</translation>
    </message>
    <message>
        <source>Photos of the person</source>
        <translation>Fotos der Person</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.webp)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.bmp *.webp)</translation>
    </message>
    <message>
        <source>{file}: damaged or not a picture (not used)</source>
        <translation>{file}: beschädigt oder kein Bild (nicht verwendet)</translation>
    </message>
    <message>
        <source>{files}: cannot be read, the file is damaged or not a picture. Choose another photo.</source>
        <translation>{files}: kann nicht gelesen werden, die Datei ist beschädigt oder kein Bild. Wählen Sie ein anderes Foto.</translation>
    </message>
    <message>
        <source>No camera.</source>
        <translation>Keine Kamera.</translation>
    </message>
    <message>
        <source>Good: hold still and capture</source>
        <translation>Gut: stillhalten und aufnehmen</translation>
    </message>
    <message>
        <source>Looking for a face...</source>
        <translation>Gesicht wird gesucht...</translation>
    </message>
    <message>
        <source>Only one person in the picture, please</source>
        <translation>Bitte nur eine Person im Bild</translation>
    </message>
    <message>
        <source>No face found: look at the camera</source>
        <translation>Kein Gesicht gefunden: Schauen Sie in die Kamera</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>Anpassen</translation>
    </message>
    <message>
        <source>No checked picture yet.</source>
        <translation>Noch kein geprüftes Bild.</translation>
    </message>
    <message>
        <source>Not captured: {reason}</source>
        <translation>Nicht aufgenommen: {reason}</translation>
    </message>
    <message>
        <source>Enrolling...</source>
        <translation>Wird erfasst...</translation>
    </message>
    <message>
        <source>{name} has new samples: 1 sample stored.</source>
        <translation>{name} hat neue Proben: 1 Probe gespeichert.</translation>
    </message>
    <message>
        <source>{name} has new samples: {count} samples stored.</source>
        <translation>{name} hat neue Proben: {count} Proben gespeichert.</translation>
    </message>
    <message>
        <source>{name} is enrolled: 1 sample stored.</source>
        <translation>{name} ist erfasst: 1 Probe gespeichert.</translation>
    </message>
    <message>
        <source>{name} is enrolled: {count} samples stored.</source>
        <translation>{name} ist erfasst: {count} Proben gespeichert.</translation>
    </message>
    <message>
        <source>Enrolled from a small photo (weak sample): recognition of {name} is less reliable until camera samples are taken (the kiosk and this dialog ask for them).</source>
        <translation>Aus einem kleinen Foto erfasst (schwache Probe): Die Erkennung von {name} ist weniger zuverlässig, bis Kameraproben aufgenommen sind (der Kiosk und dieser Dialog fragen danach).</translation>
    </message>
    <message>
        <source>{done} The small photo was replaced by the camera samples.</source>
        <translation>{done} Das kleine Foto wurde durch die Kameraproben ersetzt.</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>{done}

Not used:
{problems}</source>
        <translation>{done}

Nicht verwendet:
{problems}</translation>
    </message>
    <message>
        <source>Small photo</source>
        <translation>Kleines Foto</translation>
    </message>
    <message>
        <source>This photo is too blurred to enroll normally: it is small or was enlarged (an ID photo from a school or HR database?).

You can enroll it as a weak sample: recognition is less reliable until camera samples are taken, and the person is asked for them the next time the kiosk or this dialog sees them.</source>
        <translation>Dieses Foto ist zu unscharf für eine normale Erfassung: Es ist klein oder wurde vergrößert (ein Ausweisfoto aus einer Schul- oder Personaldatenbank?).

Sie können es als schwache Probe erfassen: Die Erkennung ist weniger zuverlässig, bis Kameraproben aufgenommen sind, und die Person wird danach gefragt, wenn der Kiosk oder dieser Dialog sie das nächste Mal sieht.</translation>
    </message>
    <message>
        <source>Enroll as weak sample</source>
        <translation>Als schwache Probe erfassen</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>Looks like someone enrolled</source>
        <translation>Ähnelt einer erfassten Person</translation>
    </message>
    <message>
        <source>This face looks like {names}, who is already enrolled.

The same person twice? Add these photos to {name}.
Two different people who look alike (twins, relatives)? Enroll as a different person: the app remembers the pair, is stricter between them, and a kiosk asks them for their ID number.</source>
        <translation>Dieses Gesicht ähnelt {names}, der/die bereits erfasst ist.

Dieselbe Person zweimal? Fügen Sie diese Fotos zu {name} hinzu.
Zwei verschiedene Personen, die sich ähneln (Zwillinge, Verwandte)? Als andere Person erfassen: Die App merkt sich das Paar, unterscheidet strenger zwischen ihnen, und ein Kiosk fragt sie nach ihrer ID-Nummer.</translation>
    </message>
    <message>
        <source>Add to {name}</source>
        <translation>Zu {name} hinzufügen</translation>
    </message>
    <message>
        <source>Enroll as a different person</source>
        <translation>Als andere Person erfassen</translation>
    </message>
    <message>
        <source>Which face?</source>
        <translation>Welches Gesicht?</translation>
    </message>
    <message>
        <source>This photo shows {count} faces. Click the face of the person you are enrolling (or use its button below).</source>
        <translation>Dieses Foto zeigt {count} Gesichter. Klicken Sie auf das Gesicht der Person, die Sie erfassen (oder nutzen Sie die Schaltfläche unten).</translation>
    </message>
    <message>
        <source>Face {number}</source>
        <translation>Gesicht {number}</translation>
    </message>
    <message>
        <source>not good enough yet</source>
        <translation>noch nicht gut genug</translation>
    </message>
    <message>
        <source>very good picture</source>
        <translation>sehr gutes Bild</translation>
    </message>
    <message>
        <source>good picture</source>
        <translation>gutes Bild</translation>
    </message>
    <message>
        <source>just good enough</source>
        <translation>gerade gut genug</translation>
    </message>
</context>
<context>
    <name>Enrollment</name>
    <message>
        <source>No photo given: enroll needs at least one photo or camera frame.</source>
        <translation>Kein Foto angegeben: Für das Erfassen wird mindestens ein Foto oder Kamerabild benötigt.</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>diese Person</translation>
    </message>
    <message>
        <source>Enrolling {name} needs their consent to store their face (consent text {version}). Ask them, then confirm it (--consent on the command line, the consent box in the app). Nothing was stored.</source>
        <translation>Für das Erfassen von {name} ist die Einwilligung zur Speicherung des Gesichts nötig (Einwilligungstext {version}). Fragen Sie die Person und bestätigen Sie es dann (--consent auf der Kommandozeile, das Einwilligungsfeld in der App). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>No face found in {source}. Use a photo where the face is clearly visible, well lit and at least {pixels} pixels wide.</source>
        <translation>Kein Gesicht in {source} gefunden. Verwenden Sie ein Foto, auf dem das Gesicht deutlich sichtbar, gut beleuchtet und mindestens {pixels} Pixel breit ist.</translation>
    </message>
    <message>
        <source>{source} has {count} face(s); face number {number} does not exist (0 = the largest, up to {last}).</source>
        <translation>{source} enthält {count} Gesicht(er); Gesicht Nummer {number} gibt es nicht (0 = das größte, bis {last}).</translation>
    </message>
    <message>
        <source>{source} shows {count} faces; enrollment needs exactly one. Crop the photo to one person, or choose which face to use (0 = the largest).</source>
        <translation>{source} zeigt {count} Gesichter; für das Erfassen wird genau eines benötigt. Schneiden Sie das Foto auf eine Person zu oder wählen Sie das zu verwendende Gesicht (0 = das größte).</translation>
    </message>
    <message>
        <source>The face in {source} is too blurred to enroll ({problems}): a small or upscaled photo. Enroll it as a weak sample (--allow-weak, or &apos;Enroll as weak sample&apos; in the app): the person is then asked for camera samples the next time the kiosk or the enroll dialog sees them.</source>
        <translation>Das Gesicht in {source} ist zu unscharf zum Erfassen ({problems}): ein kleines oder hochskaliertes Foto. Erfassen Sie es als schwache Probe (--allow-weak oder „Als schwache Probe erfassen“ in der App): Die Person wird dann um Kameraproben gebeten, wenn der Kiosk oder der Erfassungsdialog sie das nächste Mal sieht.</translation>
    </message>
    <message>
        <source>The face in {source} is not good enough to enroll: {problems}. Take another photo.</source>
        <translation>Das Gesicht in {source} ist für das Erfassen nicht gut genug: {problems}. Machen Sie ein anderes Foto.</translation>
    </message>
    <message>
        <source>{first} and {second} do not look like the same person. Enroll each person separately, or add a third photo.</source>
        <translation>{first} und {second} scheinen nicht dieselbe Person zu zeigen. Erfassen Sie jede Person einzeln oder fügen Sie ein drittes Foto hinzu.</translation>
    </message>
    <message>
        <source>{source} does not look like the other photos of this person; left out.</source>
        <translation>{source} ähnelt den anderen Fotos dieser Person nicht; ausgelassen.</translation>
    </message>
    <message>
        <source>camera frame {number}</source>
        <translation>Kamerabild {number}</translation>
    </message>
    <message>
        <source>the camera frame</source>
        <translation>dem Kamerabild</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>&quot;{name}&quot; cannot be a file name on Windows: no : ? * &lt; &gt; | or &quot; in it, no device name such as CON or NUL, no dot or space at the end. Choose another name.</source>
        <translation>„{name}“ kann unter Windows kein Dateiname sein: kein : ? * &lt; &gt; | oder &quot; darin, kein Gerätename wie CON oder NUL, kein Punkt oder Leerzeichen am Ende. Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>optional: student / staff number</source>
        <translation>optional: Schüler- / Personalnummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>GroupPhotoDialog</name>
    <message>
        <source>Ambiguous</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doppelt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>{name} (twice?)</source>
        <translation>{name} (doppelt?)</translation>
    </message>
    <message>
        <source>recognised</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <source>not sure who</source>
        <translation>unklar, wer</translation>
    </message>
    <message>
        <source>found twice</source>
        <translation>doppelt gefunden</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>nicht erkannt</translation>
    </message>
    <message>
        <source>{name}: already found in this photo</source>
        <translation>{name}: bereits auf diesem Foto gefunden</translation>
    </message>
    <message>
        <source>Not sure who (face {number}): mark by hand if you know</source>
        <translation>Unklar, wer (Gesicht {number}): von Hand erfassen, wenn Sie es wissen</translation>
    </message>
    <message>
        <source>Not recognised (face {number}): not enrolled, or the photo is unclear</source>
        <translation>Nicht erkannt (Gesicht {number}): nicht erfasst, oder das Foto ist unscharf</translation>
    </message>
    <message>
        <source>No face was found in this photo. Faces need to be large enough and turned towards the camera: try a closer or sharper photo, or mark people by hand.</source>
        <translation>Auf diesem Foto wurde kein Gesicht gefunden. Gesichter müssen groß genug und der Kamera zugewandt sein: Versuchen Sie ein näheres oder schärferes Foto, oder erfassen Sie die Personen von Hand.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found 1 face&lt;/b&gt;: {known} recognised, {others} not recognised.</source>
        <translation>&lt;b&gt;1 Gesicht gefunden&lt;/b&gt;: {known} erkannt, {others} nicht erkannt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found 1 face&lt;/b&gt;: {known} recognised.</source>
        <translation>&lt;b&gt;1 Gesicht gefunden&lt;/b&gt;: {known} erkannt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found {count} faces&lt;/b&gt;: {known} recognised, {others} not recognised.</source>
        <translation>&lt;b&gt;{count} Gesichter gefunden&lt;/b&gt;: {known} erkannt, {others} nicht erkannt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found {count} faces&lt;/b&gt;: {known} recognised.</source>
        <translation>&lt;b&gt;{count} Gesichter gefunden&lt;/b&gt;: {known} erkannt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Count the people in the photo&lt;/b&gt;: anyone without a box was not found (face too small, turned away or hidden); mark them by hand on the Attendance page.</source>
        <translation>&lt;b&gt;Zählen Sie die Personen auf dem Foto&lt;/b&gt;: Wer keinen Rahmen hat, wurde nicht gefunden (Gesicht zu klein, abgewandt oder verdeckt); erfassen Sie diese Personen von Hand auf der Seite Anwesenheit.</translation>
    </message>
    <message>
        <source>Choose or start a session above to mark them.</source>
        <translation>Wählen oder starten Sie oben eine Sitzung, um sie zu erfassen.</translation>
    </message>
    <message>
        <source>Untick anyone who should not be marked in {session}.</source>
        <translation>Entfernen Sie das Häkchen bei allen, die nicht in {session} erfasst werden sollen.</translation>
    </message>
    <message>
        <source>Group photo — {file}</source>
        <translation>Gruppenfoto — {file}</translation>
    </message>
    <message>
        <source>Recognising...</source>
        <translation>Erkennung läuft...</translation>
    </message>
    <message>
        <source>Enroll this face...</source>
        <translation>Dieses Gesicht erfassen...</translation>
    </message>
    <message>
        <source>Select a face that was not recognised to enroll it</source>
        <translation>Wählen Sie ein nicht erkanntes Gesicht aus, um es zu erfassen</translation>
    </message>
    <message>
        <source>The session the ticked people are marked present in</source>
        <translation>Die Sitzung, in der die angehakten Personen als anwesend erfasst werden</translation>
    </message>
    <message>
        <source>Start a session...</source>
        <translation>Sitzung starten...</translation>
    </message>
    <message>
        <source>Mark into</source>
        <translation>Erfassen in</translation>
    </message>
    <message>
        <source>Mark ticked people present</source>
        <translation>Angehakte Personen als anwesend erfassen</translation>
    </message>
    <message>
        <source>No session today: start one</source>
        <translation>Heute keine Sitzung: starten Sie eine</translation>
    </message>
    <message>
        <source>Group photo</source>
        <translation>Gruppenfoto</translation>
    </message>
    <message>
        <source>Recognising faces...</source>
        <translation>Gesichter werden erkannt...</translation>
    </message>
    <message>
        <source>Marks from a group photo go into a session: choose or start one above.</source>
        <translation>Erfassungen aus einem Gruppenfoto gehören in eine Sitzung: Wählen oder starten Sie oben eine.</translation>
    </message>
    <message>
        <source>Nobody in the photo was recognised.</source>
        <translation>Niemand auf dem Foto wurde erkannt.</translation>
    </message>
    <message>
        <source>Mark the ticked people present in {session}</source>
        <translation>Die angehakten Personen in {session} als anwesend erfassen</translation>
    </message>
    <message>
        <source>Enroll from the photo</source>
        <translation>Aus dem Foto erfassen</translation>
    </message>
    <message>
        <source>Enroll this face</source>
        <translation>Dieses Gesicht erfassen</translation>
    </message>
    <message>
        <source>Class or team (optional)</source>
        <translation>Klasse oder Team (optional)</translation>
    </message>
    <message>
        <source>This person agreed to have their face stored</source>
        <translation>Diese Person hat der Speicherung ihres Gesichts zugestimmt</translation>
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
        <translation>Unsicher: {name}</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identifizieren</translation>
    </message>
    <message>
        <source>No face found in the picture.</source>
        <translation>Kein Gesicht im Bild gefunden.</translation>
    </message>
    <message>
        <source>1 face found, {known} recognised.</source>
        <translation>1 Gesicht gefunden, {known} erkannt.</translation>
    </message>
    <message>
        <source>{count} faces found, {known} recognised.</source>
        <translation>{count} Gesichter gefunden, {known} erkannt.</translation>
    </message>
    <message>
        <source>Mark recognised</source>
        <translation>Erkannte erfassen</translation>
    </message>
    <message>
        <source>Record attendance for the recognised people</source>
        <translation>Anwesenheit der erkannten Personen erfassen</translation>
    </message>
</context>
<context>
    <name>Image</name>
    <message>
        <source>{file} is {width}x{height} pixels ({megapixels} MP), more than the {limit} MP this app opens. Save a smaller copy (a few megapixels is plenty for a face) and try again.</source>
        <translation>{file} hat {width}x{height} Pixel ({megapixels} MP), mehr als die {limit} MP, die diese App öffnet. Speichern Sie eine kleinere Kopie (einige Megapixel genügen für ein Gesicht) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The image {file} does not exist. Check the path.</source>
        <translation>Das Bild {file} existiert nicht. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>{file} is a folder, not an image file.</source>
        <translation>{file} ist ein Ordner, keine Bilddatei.</translation>
    </message>
    <message>
        <source>The image {file} is empty (0 bytes). Choose another file.</source>
        <translation>Das Bild {file} ist leer (0 Byte). Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The file {file} is {megabytes} MB, too large for a still image. Save a smaller copy and try again.</source>
        <translation>Die Datei {file} ist {megabytes} MB groß, zu groß für ein Standbild. Speichern Sie eine kleinere Kopie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No permission to read the image {file}. Give this user read access.</source>
        <translation>Keine Berechtigung, das Bild {file} zu lesen. Geben Sie diesem Benutzer Lesezugriff.</translation>
    </message>
    <message>
        <source>Cannot read the image {file}: {error}.</source>
        <translation>Das Bild {file} kann nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <source>{file} is not a readable image ({detail}). Use a JPEG or PNG photo; if it is one, it may be damaged: export it again from the camera or phone.</source>
        <translation>{file} ist kein lesbares Bild ({detail}). Verwenden Sie ein JPEG- oder PNG-Foto; ist es eines, ist es vielleicht beschädigt: Exportieren Sie es erneut von der Kamera oder dem Telefon.</translation>
    </message>
    <message>
        <source>{file} is not a readable image. Use a JPEG or PNG photo; if it is one, it may be damaged: export it again from the camera or phone.</source>
        <translation>{file} ist kein lesbares Bild. Verwenden Sie ein JPEG- oder PNG-Foto; ist es eines, ist es vielleicht beschädigt: Exportieren Sie es erneut von der Kamera oder dem Telefon.</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Look at the camera</source>
        <translation>Bitte in die Kamera schauen</translation>
    </message>
    <message>
        <source>Step up to check in</source>
        <translation>Treten Sie näher, um sich anzumelden</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Danke</translation>
    </message>
    <message>
        <source>Next person, please</source>
        <translation>Die nächste Person, bitte</translation>
    </message>
    <message>
        <source>One at a time, please</source>
        <translation>Bitte einzeln nacheinander</translation>
    </message>
    <message>
        <source>Step up alone, your face inside the oval</source>
        <translation>Treten Sie allein vor, das Gesicht im Oval</translation>
    </message>
    <message>
        <source>Checked out {time}</source>
        <translation>Abgemeldet {time}</translation>
    </message>
    <message>
        <source>Checked in {time}</source>
        <translation>Angemeldet {time}</translation>
    </message>
    <message>
        <source>Checking your PIN...</source>
        <translation>Ihre PIN wird geprüft...</translation>
    </message>
    <message>
        <source>Checking your ID number...</source>
        <translation>Ihre Ausweisnummer wird geprüft...</translation>
    </message>
    <message>
        <source>Not saved: another program is using the database. Please type it again in a moment.</source>
        <translation>Nicht gespeichert: Ein anderes Programm verwendet die Datenbank. Bitte geben Sie sie gleich noch einmal ein.</translation>
    </message>
    <message>
        <source>Not saved: something went wrong (see the log). Please type it again.</source>
        <translation>Nicht gespeichert: Etwas ist schiefgegangen (siehe Protokoll). Bitte geben Sie sie noch einmal ein.</translation>
    </message>
    <message>
        <source>Already checked out at {time}</source>
        <translation>Bereits um {time} abgemeldet</translation>
    </message>
    <message>
        <source>Already checked in at {time}</source>
        <translation>Bereits um {time} angemeldet</translation>
    </message>
    <message>
        <source>Hold still...</source>
        <translation>Bitte still halten...</translation>
    </message>
    <message>
        <source>Recognising your face</source>
        <translation>Ihr Gesicht wird erkannt</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Nicht erkannt</translation>
    </message>
    <message>
        <source>Please see the front desk</source>
        <translation>Bitte wenden Sie sich an den Empfang</translation>
    </message>
    <message>
        <source>Check not passed</source>
        <translation>Prüfung nicht bestanden</translation>
    </message>
    <message>
        <source>then look back at the camera</source>
        <translation>und dann wieder in die Kamera schauen</translation>
    </message>
    <message>
        <source>Your photo on file is small: we need to be sure it is you</source>
        <translation>Ihr hinterlegtes Foto ist klein: Wir müssen sicher sein, dass Sie es sind</translation>
    </message>
    <message>
        <source>Please type your PIN</source>
        <translation>Bitte geben Sie Ihre PIN ein</translation>
    </message>
    <message>
        <source>Please type your ID number</source>
        <translation>Bitte geben Sie Ihre Ausweisnummer ein</translation>
    </message>
    <message>
        <source>We need to be sure it is you</source>
        <translation>Wir müssen sicher sein, dass Sie es sind</translation>
    </message>
    <message>
        <source>Please wait: another program is using the database. Your check-in is saved as soon as it is free.</source>
        <translation>Bitte warten: Ein anderes Programm verwendet die Datenbank. Ihre Anmeldung wird gespeichert, sobald sie frei ist.</translation>
    </message>
    <message>
        <source>confirmed by code</source>
        <translation>per Code bestätigt</translation>
    </message>
    <message>
        <source>That was not right</source>
        <translation>Das war nicht richtig</translation>
    </message>
    <message>
        <source>That PIN is not right (1 try left)</source>
        <translation>Diese PIN ist falsch (noch 1 Versuch)</translation>
    </message>
    <message>
        <source>That PIN is not right ({count} tries left)</source>
        <translation>Diese PIN ist falsch (verbleibende Versuche: {count})</translation>
    </message>
    <message>
        <source>That number is not right (1 try left)</source>
        <translation>Diese Nummer ist falsch (noch 1 Versuch)</translation>
    </message>
    <message>
        <source>That number is not right ({count} tries left)</source>
        <translation>Diese Nummer ist falsch (verbleibende Versuche: {count})</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Bereits angemeldet</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Keep looking at the camera: updating your photo</source>
        <translation>Schauen Sie weiter in die Kamera: Ihr Foto wird aktualisiert</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Falsche PIN. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <source>Good morning, {name}</source>
        <translation>Guten Morgen, {name}</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <source>Good afternoon, {name}</source>
        <translation>Guten Tag, {name}</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Guten Abend</translation>
    </message>
    <message>
        <source>Good evening, {name}</source>
        <translation>Guten Abend, {name}</translation>
    </message>
    <message>
        <source>Goodbye</source>
        <translation>Auf Wiedersehen</translation>
    </message>
    <message>
        <source>Goodbye, {name}</source>
        <translation>Auf Wiedersehen, {name}</translation>
    </message>
    <message>
        <source>Starting the camera...</source>
        <translation>Kamera wird gestartet...</translation>
    </message>
    <message>
        <source>The video has ended.</source>
        <translation>Das Video ist zu Ende.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Face models</source>
        <translation>Gesichtsmodelle</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>Please type your PIN to confirm it is you</source>
        <translation>Bitte geben Sie Ihre PIN ein, um zu bestätigen, dass Sie es sind</translation>
    </message>
    <message>
        <source>Please type your ID number to confirm it is you</source>
        <translation>Bitte geben Sie Ihre Ausweisnummer ein, um zu bestätigen, dass Sie es sind</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Ihre PIN</translation>
    </message>
    <message>
        <source>Your ID number</source>
        <translation>Ihre Ausweisnummer</translation>
    </message>
    <message>
        <source>Camera unavailable</source>
        <translation>Kamera nicht verfügbar</translation>
    </message>
    <message>
        <source>Reconnecting automatically - please see the front desk</source>
        <translation>Automatische Neuverbindung - bitte wenden Sie sich an den Empfang</translation>
    </message>
    <message>
        <source>Enter the admin PIN to leave kiosk mode</source>
        <translation>Geben Sie die Admin-PIN ein, um den Kioskmodus zu verlassen</translation>
    </message>
    <message>
        <source>Slowly turn your head to your left</source>
        <translation>Drehen Sie den Kopf langsam nach links</translation>
    </message>
    <message>
        <source>Slowly turn your head to your right</source>
        <translation>Drehen Sie den Kopf langsam nach rechts</translation>
    </message>
    <message>
        <source>Nod your head slowly</source>
        <translation>Nicken Sie langsam</translation>
    </message>
    <message>
        <source>Open your mouth wide</source>
        <translation>Öffnen Sie den Mund weit</translation>
    </message>
    <message>
        <source>and keep looking at the camera</source>
        <translation>und schauen Sie weiter in die Kamera</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {count} seconds.</source>
        <translation>Zu viele falsche PINs. Versuchen Sie es in {count} Sekunden erneut.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {count} minutes.</source>
        <translation>Zu viele falsche PINs. Versuchen Sie es in {count} Minuten erneut.</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <source>checked in</source>
        <translation>gekommen</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>gegangen</translation>
    </message>
    <message>
        <source>present</source>
        <translation>anwesend</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>No session running: marks count for the day.</source>
        <translation>Keine Sitzung läuft: Erfassungen zählen für den Tag.</translation>
    </message>
    <message>
        <source>Recognise</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Right-click a mark to correct it</source>
        <translation>Rechtsklick auf eine Erfassung, um sie zu korrigieren</translation>
    </message>
    <message>
        <source>Recognised people appear here as they are marked.</source>
        <translation>Erkannte Personen erscheinen hier, sobald sie erfasst werden.</translation>
    </message>
    <message>
        <source>Wrong person...</source>
        <translation>Falsche Person...</translation>
    </message>
    <message>
        <source>Withdraw...</source>
        <translation>Zurückziehen...</translation>
    </message>
    <message>
        <source>person {id}</source>
        <translation>Person {id}</translation>
    </message>
    <message>
        <source>confirmed by code</source>
        <translation>per Code bestätigt</translation>
    </message>
    <message>
        <source>Right-click to correct this mark</source>
        <translation>Rechtsklick, um diese Erfassung zu korrigieren</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Ambiguous</source>
        <translation>Nicht eindeutig</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>not sure who</source>
        <translation>unklar, wer</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>nicht erkannt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Face Attendance</source>
        <translation>Gesichtserkennung Anwesenheit</translation>
    </message>
    <message>
        <source>Identify now</source>
        <translation>Jetzt erkennen</translation>
    </message>
    <message>
        <source>Recognise whoever is in front of the camera now (F5)</source>
        <translation>Die Person vor der Kamera jetzt erkennen (F5)</translation>
    </message>
    <message>
        <source>Open photo...</source>
        <translation>Foto öffnen...</translation>
    </message>
    <message>
        <source>Recognise the people in a group photo and confirm who was there (Ctrl+O)</source>
        <translation>Personen auf einem Gruppenfoto erkennen und bestätigen, wer da war (Strg+O)</translation>
    </message>
    <message>
        <source>Enroll from camera...</source>
        <translation>Mit der Kamera erfassen...</translation>
    </message>
    <message>
        <source>Enroll a person from several camera captures (Ctrl+E)</source>
        <translation>Eine Person aus mehreren Kamerabildern erfassen (Strg+E)</translation>
    </message>
    <message>
        <source>Enroll from photos...</source>
        <translation>Aus Fotos erfassen...</translation>
    </message>
    <message>
        <source>Enroll a person from one or more photo files (Ctrl+N)</source>
        <translation>Eine Person aus einer oder mehreren Fotodateien erfassen (Strg+N)</translation>
    </message>
    <message>
        <source>Start...</source>
        <translation>Starten...</translation>
    </message>
    <message>
        <source>Start an attendance session (a class, a shift) (Ctrl+Shift+S)</source>
        <translation>Eine Anwesenheitssitzung starten (Unterricht, Schicht) (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>End the running session (Ctrl+Shift+E)</source>
        <translation>Die laufende Sitzung beenden (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Add many people from a CSV file (name, external id, group, photo)</source>
        <translation>Viele Personen aus einer CSV-Datei hinzufügen (Name, externe ID, Gruppe, Foto)</translation>
    </message>
    <message>
        <source>Undo the restore</source>
        <translation>Wiederherstellung rückgängig machen</translation>
    </message>
    <message>
        <source>The data from before the restore is back.</source>
        <translation>Die Daten von vor der Wiederherstellung sind zurück.</translation>
    </message>
    <message>
        <source>The encryption key from the backup of {when} is installed.</source>
        <translation>Der Schlüssel aus der Sicherung vom {when} ist installiert.</translation>
    </message>
    <message>
        <source>Back up...</source>
        <translation>Sichern...</translation>
    </message>
    <message>
        <source>Restore...</source>
        <translation>Wiederherstellen...</translation>
    </message>
    <message>
        <source>Save everyone enrolled, all sessions, attendance records and settings to one encrypted file</source>
        <translation>Alle erfassten Personen, Sitzungen, Anwesenheitseinträge und Einstellungen in einer verschlüsselten Datei sichern</translation>
    </message>
    <message>
        <source>Replace the data on this computer with a backup file</source>
        <translation>Die Daten auf diesem Computer durch eine Sicherungsdatei ersetzen</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Das Sichern</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>Das Wiederherstellen einer Sicherung</translation>
    </message>
    <message>
        <source>The backup of {when} is in use.</source>
        <translation>Die Sicherung vom {when} ist jetzt in Gebrauch.</translation>
    </message>
    <message>
        <source>The data from before the restore was copied to {file}.</source>
        <translation>Die Daten von vor der Wiederherstellung wurden nach {file} kopiert.</translation>
    </message>
    <message>
        <source>The settings from before were copied to {file}.</source>
        <translation>Die vorherigen Einstellungen wurden nach {file} kopiert.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Reload from the database</source>
        <translation>Aus der Datenbank neu laden</translation>
    </message>
    <message>
        <source>Find person</source>
        <translation>Person suchen</translation>
    </message>
    <message>
        <source>Search people (Ctrl+F)</source>
        <translation>Personen suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Diagnostics...</source>
        <translation>Diagnose...</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Anwesenheit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Details: Help &gt; Diagnostics</source>
        <translation>Details: Hilfe &gt; Diagnose</translation>
    </message>
    <message>
        <source>Face models</source>
        <translation>Gesichtsmodelle</translation>
    </message>
    <message>
        <source>{model}: {step}</source>
        <translation>{model}: {step}</translation>
    </message>
    <message>
        <source>loading the models</source>
        <translation>Modelle werden geladen</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>Building the face models (first run only)...</source>
        <translation>Die Gesichtsmodelle werden erstellt (nur beim ersten Start)...</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet. How do you want to add people?

• Camera: the person looks into the camera for a few seconds.
• Photos: one clear photo per person (a passport-style photo is best).
• Class list: a CSV file with names, groups and photo file names.</source>
        <translation>Noch ist niemand erfasst. Wie möchten Sie Personen hinzufügen?

• Kamera: Die Person schaut einige Sekunden in die Kamera.
• Fotos: ein deutliches Foto pro Person (am besten ein Passfoto).
• Klassenliste: eine CSV-Datei mit Namen, Gruppen und Dateinamen der Fotos.</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet. How do you want to add people?

No camera is working right now, so you can start from photos.
• Photos: one clear photo per person (a passport-style photo is best).
• Class list: a CSV file with names, groups and photo file names.</source>
        <translation>Noch ist niemand erfasst. Wie möchten Sie Personen hinzufügen?

Gerade funktioniert keine Kamera, Sie können also mit Fotos beginnen.
• Fotos: ein deutliches Foto pro Person (am besten ein Passfoto).
• Klassenliste: eine CSV-Datei mit Namen, Gruppen und Dateinamen der Fotos.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Use the camera...</source>
        <translation>Kamera verwenden...</translation>
    </message>
    <message>
        <source>From photos...</source>
        <translation>Aus Fotos...</translation>
    </message>
    <message>
        <source>Import a class list...</source>
        <translation>Klassenliste importieren...</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Recognition error: {error}</source>
        <translation>Erkennungsfehler: {error}</translation>
    </message>
    <message>
        <source>Camera: {camera} (connecting)</source>
        <translation>Kamera: {camera} (verbindet)</translation>
    </message>
    <message>
        <source>Camera: {camera} (reconnecting)</source>
        <translation>Kamera: {camera} (verbindet neu)</translation>
    </message>
    <message>
        <source>Camera: {camera} (ended)</source>
        <translation>Kamera: {camera} (beendet)</translation>
    </message>
    <message>
        <source>Camera: {camera} (stopped)</source>
        <translation>Kamera: {camera} (angehalten)</translation>
    </message>
    <message>
        <source>Camera: {camera}</source>
        <translation>Kamera: {camera}</translation>
    </message>
    <message>
        <source>Recognition: starting</source>
        <translation>Erkennung: startet</translation>
    </message>
    <message>
        <source>Recognition: preparing (first run)</source>
        <translation>Erkennung: wird vorbereitet (erster Start)</translation>
    </message>
    <message>
        <source>Recognition: not working (see Help &gt; Diagnostics)</source>
        <translation>Erkennung: funktioniert nicht (siehe Hilfe &gt; Diagnose)</translation>
    </message>
    <message>
        <source>Recognition: not available</source>
        <translation>Erkennung: nicht verfügbar</translation>
    </message>
    <message>
        <source>Recognition: ready</source>
        <translation>Erkennung: bereit</translation>
    </message>
    <message>
        <source>Recognition: off</source>
        <translation>Erkennung: aus</translation>
    </message>
    <message>
        <source>People: —</source>
        <translation>Personen: —</translation>
    </message>
    <message>
        <source>People: {count}</source>
        <translation>Personen: {count}</translation>
    </message>
    <message>
        <source>{fps} (painted)</source>
        <translation>{fps} (angezeigt)</translation>
    </message>
    <message>
        <source>{fps} (captured)</source>
        <translation>{fps} (aufgenommen)</translation>
    </message>
    <message>
        <source>{ms} ms a frame, {rate} frames/s</source>
        <translation>{ms} ms pro Bild, {rate} Bilder/s</translation>
    </message>
    <message>
        <source>{models} (detector {detector}, embedder {embedder})</source>
        <translation>{models} (Detektor {detector}, Encoder {embedder})</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
    <message>
        <source>checking...</source>
        <translation>wird geprüft...</translation>
    </message>
    <message>
        <source>loading...</source>
        <translation>wird geladen...</translation>
    </message>
    <message>
        <source>building...</source>
        <translation>wird erstellt...</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>working</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>the video has ended</source>
        <translation>das Video ist zu Ende</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>{camera} ({state})</source>
        <translation>{camera} ({state})</translation>
    </message>
    <message>
        <source>Camera source</source>
        <translation>Kameraquelle</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>Bilder pro Sekunde</translation>
    </message>
    <message>
        <source>Recognition time</source>
        <translation>Erkennungszeit</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Database address</source>
        <translation>Datenbankadresse</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <source>Attendance mode</source>
        <translation>Anwesenheitsmodus</translation>
    </message>
    <message>
        <source>No session running: marks count for the day.</source>
        <translation>Keine Sitzung läuft: Erfassungen zählen für den Tag.</translation>
    </message>
    <message>
        <source>{name} continues (running since {time}).</source>
        <translation>{name} läuft weiter (seit {time}).</translation>
    </message>
    <message>
        <source>Several sessions are running. Which one do you want to end?</source>
        <translation>Mehrere Sitzungen laufen. Welche möchten Sie beenden?</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; since {time} · group {group}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; seit {time} · Gruppe {group}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; since {time}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; seit {time}</translation>
    </message>
    <message>
        <source>Admin pages locked again (idle).</source>
        <translation>Admin-Seiten wieder gesperrt (Inaktivität).</translation>
    </message>
    <message>
        <source>The {page} page</source>
        <translation>Die Seite {page}</translation>
    </message>
    <message>
        <source>About Face Attendance</source>
        <translation>Über Gesichtserkennung Anwesenheit</translation>
    </message>
    <message>
        <source>There is no camera picture yet: check the camera.</source>
        <translation>Es gibt noch kein Kamerabild: Prüfen Sie die Kamera.</translation>
    </message>
    <message>
        <source>Open group photo</source>
        <translation>Gruppenfoto öffnen</translation>
    </message>
    <message>
        <source>Enrolling a person</source>
        <translation>Das Erfassen einer Person</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>Session {name} ended.</source>
        <translation>Sitzung {name} beendet.</translation>
    </message>
    <message>
        <source>The restore did not finish</source>
        <translation>Die Wiederherstellung wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>The camera and recognition did not stop within {seconds} s, so nothing was changed. Try Restore again in a moment.</source>
        <translation>Kamera und Erkennung haben nicht innerhalb von {seconds} s angehalten, daher wurde nichts geändert. Versuchen Sie die Wiederherstellung gleich noch einmal.</translation>
    </message>
    <message>
        <source>Other work on the data did not finish within {seconds} s, so nothing was changed. Try Restore again in a moment.</source>
        <translation>Andere Arbeiten an den Daten wurden nicht innerhalb von {seconds} s fertig, daher wurde nichts geändert. Versuchen Sie die Wiederherstellung gleich noch einmal.</translation>
    </message>
    <message>
        <source>The hourly retention clean-up did not finish within {seconds} s, so nothing was changed. Try Restore again in a moment.</source>
        <translation>Die stündliche Aufbewahrungs-Bereinigung wurde nicht innerhalb von {seconds} s fertig, daher wurde nichts geändert. Versuchen Sie die Wiederherstellung gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Deleting the older copies of the database in backups/ whose date has come did not work: {problem}. The app tries again every hour.</source>
        <translation>Das Löschen der älteren Kopien der Datenbank in backups/, deren Datum gekommen ist, hat nicht funktioniert: {problem}. Die App versucht es jede Stunde erneut.</translation>
    </message>
    <message>
        <source>Older database copies</source>
        <translation>Ältere Datenbankkopien</translation>
    </message>
    <message>
        <source>Deleting the data that is due by the retention settings did not work: {problem} The app tries again every hour.</source>
        <translation>Das Löschen der Daten, die laut den Aufbewahrungseinstellungen fällig sind, hat nicht funktioniert: {problem} Die App versucht es jede Stunde erneut.</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>converting {file}</source>
        <translation>{file} wird umgewandelt</translation>
    </message>
    <message>
        <source>writing {file}</source>
        <translation>{file} wird geschrieben</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>reading weights from {source}</source>
        <translation>Gewichte werden aus {source} gelesen</translation>
    </message>
    <message>
        <source>{count} re-embedded</source>
        <translation>{count} neu berechnet</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Unexpected error: {kind}: {error}. Details are in the log.</source>
        <translation>Unerwarteter Fehler: {kind}: {error}. Details stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <source>The window closed before the answer came.</source>
        <translation>Das Fenster wurde geschlossen, bevor die Antwort kam.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Proben</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Consent given {when}, recorded by {who} (text {version})</source>
        <translation>Einwilligung erteilt am {when}, erfasst von {who} (Text {version})</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Search name, id or group  (Ctrl+F)</source>
        <translation>Name, ID oder Gruppe suchen  (Strg+F)</translation>
    </message>
    <message>
        <source>Add samples...</source>
        <translation>Proben hinzufügen...</translation>
    </message>
    <message>
        <source>Add more photos or camera captures to the selected person</source>
        <translation>Der ausgewählten Person weitere Fotos oder Kamerabilder hinzufügen</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Bearbeiten...</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>Löschen...</translation>
    </message>
    <message>
        <source>Erase the selected person: templates, face chips, index entries</source>
        <translation>Die ausgewählte Person löschen: Vorlagen, Gesichtsausschnitte, Indexeinträge</translation>
    </message>
    <message>
        <source>From photos...</source>
        <translation>Aus Fotos...</translation>
    </message>
    <message>
        <source>From camera...</source>
        <translation>Mit der Kamera...</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet. Use &lt;b&gt;Enroll from camera&lt;/b&gt; (Ctrl+E) or &lt;b&gt;Enroll from photos&lt;/b&gt; (Ctrl+N), or import a roster CSV.</source>
        <translation>Noch niemand ist erfasst. Verwenden Sie &lt;b&gt;Mit der Kamera erfassen&lt;/b&gt; (Strg+E) oder &lt;b&gt;Aus Fotos erfassen&lt;/b&gt; (Strg+N), oder importieren Sie eine CSV-Liste.</translation>
    </message>
    <message>
        <source>People: {count} · active: {active}</source>
        <translation>Personen: {count} · aktiv: {active}</translation>
    </message>
    <message>
        <source>Editing a person</source>
        <translation>Eine Person zu bearbeiten</translation>
    </message>
    <message>
        <source>Erasing a person</source>
        <translation>Eine Person zu löschen</translation>
    </message>
    <message>
        <source>Erase &lt;b&gt;{name}&lt;/b&gt;?&lt;br&gt;&lt;br&gt;This permanently deletes their face templates (stored: {count}), the face chips stored with them, the face embeddings kept with their attendance marks and their entries in the recognition index. It cannot be undone; the audit log keeps a receipt without their name.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; löschen?&lt;br&gt;&lt;br&gt;Damit werden die Gesichtsvorlagen (gespeichert: {count}), die dazu gespeicherten Gesichtsausschnitte, die bei den Anwesenheitserfassungen gespeicherten Gesichtsmerkmale und die Einträge im Erkennungsindex endgültig gelöscht. Das lässt sich nicht rückgängig machen; das Prüfprotokoll behält einen Beleg ohne den Namen.</translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep their attendance marks ({count}) as anonymous statistics</source>
        <translation>Die Anwesenheitserfassungen ({count}) als anonyme Statistik behalten</translation>
    </message>
    <message>
        <source>Attendance marks of {name}: {count}. They are deleted with the person, unless you keep them as anonymous rows (group and times, no name) so totals in reports stay complete.</source>
        <translation>Anwesenheitserfassungen von {name}: {count}. Sie werden mit der Person gelöscht, es sei denn, Sie behalten sie als anonyme Zeilen (Gruppe und Zeiten, kein Name), damit die Summen in den Berichten vollständig bleiben.</translation>
    </message>
    <message>
        <source>{name} was erased (receipt {receipt}).</source>
        <translation>{name} wurde gelöscht (Beleg {receipt}).</translation>
    </message>
    <message>
        <source>{name} was erased (receipt {receipt}). Older database copies in backups/ ({copies}) still hold them until {date}.</source>
        <translation>{name} wurde gelöscht (Beleg {receipt}). Ältere Datenbankkopien in backups/ ({copies}) enthalten die Daten noch bis {date}.</translation>
    </message>
    <message>
        <source>{name} was erased (receipt {receipt}). Older database copies in backups/ ({copies}) still hold them until newer copies replace them.</source>
        <translation>{name} wurde gelöscht (Beleg {receipt}). Ältere Datenbankkopien in backups/ ({copies}) enthalten die Daten noch, bis neuere Kopien sie ersetzen.</translation>
    </message>
    <message>
        <source>{name} was erased (receipt {receipt}). Older database copies in backups/ still hold them: {dated} until {date}, {counted} until newer copies replace them.</source>
        <translation>{name} wurde gelöscht (Beleg {receipt}). Ältere Datenbankkopien in backups/ enthalten die Daten noch: {dated} bis {date}, {counted}, bis neuere Kopien sie ersetzen.</translation>
    </message>
    <message>
        <source>Importing a class list</source>
        <translation>Eine Klassenliste zu importieren</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <source>Active (recognised and counted in reports)</source>
        <translation>Aktiv (wird erkannt und in Berichten gezählt)</translation>
    </message>
    <message>
        <source>Correct a mistake: in this group all along (earlier registers change too)</source>
        <translation>Einen Fehler berichtigen: schon immer in dieser Gruppe (frühere Anwesenheitslisten ändern sich mit)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Person bearbeiten</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Admin PIN</source>
        <translation>Admin-PIN</translation>
    </message>
    <message>
        <source>Enter the admin PIN to {purpose}</source>
        <translation>Admin-PIN eingeben für: {purpose}</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Checking the PIN...</source>
        <translation>Die PIN wird geprüft...</translation>
    </message>
    <message>
        <source>The PIN cannot be checked now: another program is using the database. Try again in a moment.</source>
        <translation>Die PIN kann gerade nicht geprüft werden: Ein anderes Programm verwendet die Datenbank. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The PIN cannot be checked now: {error}</source>
        <translation>Die PIN kann gerade nicht geprüft werden: {error}</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <source>move closer</source>
        <translation>näher kommen</translation>
    </message>
    <message>
        <source>too blurred: hold still</source>
        <translation>zu unscharf: stillhalten</translation>
    </message>
    <message>
        <source>look at the camera</source>
        <translation>in die Kamera schauen</translation>
    </message>
    <message>
        <source>too dark</source>
        <translation>zu dunkel</translation>
    </message>
    <message>
        <source>too bright</source>
        <translation>zu hell</translation>
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
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>Letzte 14 Tage</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigene Daten</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>pünktlich</translation>
    </message>
    <message>
        <source>late</source>
        <translation>verspätet</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No attendance in this period yet&lt;/h3&gt;&lt;p&gt;Marks appear here once people are recognised on the &lt;b&gt;Live&lt;/b&gt; page (start a session there for a class or a shift), marked from a group photo (&lt;b&gt;File › Open photo&lt;/b&gt;), or added by hand on the &lt;b&gt;Attendance&lt;/b&gt; page.&lt;/p&gt;&lt;p&gt;Or pick another period above.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Anwesenheit in diesem Zeitraum&lt;/h3&gt;&lt;p&gt;Erfassungen erscheinen hier, sobald Personen auf der Seite &lt;b&gt;Live&lt;/b&gt; erkannt werden (starten Sie dort eine Sitzung für eine Klasse oder eine Schicht), über ein Gruppenfoto erfasst werden (&lt;b&gt;Datei › Foto öffnen&lt;/b&gt;) oder auf der Seite &lt;b&gt;Anwesenheit&lt;/b&gt; von Hand hinzugefügt werden.&lt;/p&gt;&lt;p&gt;Oder wählen Sie oben einen anderen Zeitraum.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{present} of {expected} expected attendances ({rate}), {late} late, {absent} absent</source>
        <translation>{present} von {expected} erwarteten Anwesenheiten ({rate}), verspätet: {late}, abwesend: {absent}</translation>
    </message>
    <message>
        <source>People: {people}, marks: {marks}</source>
        <translation>Personen: {people}, Erfassungen: {marks}</translation>
    </message>
    <message>
        <source>Marks outside the sessions (not counted): {count}</source>
        <translation>Erfassungen außerhalb der Sitzungen (nicht gezählt): {count}</translation>
    </message>
    <message>
        <source>{sessions}; and {count} more</source>
        <translation>{sessions}; und {count} weitere</translation>
    </message>
    <message>
        <source>Sessions: {sessions}</source>
        <translation>Sitzungen: {sessions}</translation>
    </message>
    <message>
        <source>No sessions in this period: each day counts who came that day.</source>
        <translation>Keine Sitzungen in diesem Zeitraum: Jeder Tag zählt, wer an diesem Tag da war.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Which days the report covers</source>
        <translation>Welche Tage der Bericht umfasst</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message>
        <source>Only this session (a lesson, a shift) in the chosen period</source>
        <translation>Nur diese Sitzung (eine Stunde, eine Schicht) im gewählten Zeitraum</translation>
    </message>
    <message>
        <source>One file per table</source>
        <translation>Eine Datei pro Tabelle</translation>
    </message>
    <message>
        <source>CSV only: write the summary, the register and the event log as three files (for scripts) instead of one file with all three</source>
        <translation>Nur CSV: Zusammenfassung, Register und Ereignisprotokoll als drei Dateien schreiben (für Skripte) statt einer Datei mit allen dreien</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exportieren...</translation>
    </message>
    <message>
        <source>Write the report for this period, group and session</source>
        <translation>Den Bericht für diesen Zeitraum, diese Gruppe und Sitzung schreiben</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Attendance per day</source>
        <translation>Anwesenheit pro Tag</translation>
    </message>
    <message>
        <source>Exporting a report</source>
        <translation>Einen Bericht zu exportieren</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Saved {files} in {folder}</source>
        <translation>{files} gespeichert in {folder}</translation>
    </message>
    <message>
        <source>Some characters of {names} have no font: the PDF shows their codes ([U+…]).</source>
        <translation>Für einige Zeichen von {names} gibt es keine Schrift: Das PDF zeigt ihre Codes ([U+…]).</translation>
    </message>
    <message>
        <source>Exporting the report...</source>
        <translation>Bericht wird exportiert...</translation>
    </message>
</context>
<context>
    <name>RollCallDialog</name>
    <message>
        <source>The camera missed them</source>
        <translation>Die Kamera hat die Person übersehen</translation>
    </message>
    <message>
        <source>Arrived with a note</source>
        <translation>Kam mit einer Entschuldigung</translation>
    </message>
    <message>
        <source>Marked on the paper list</source>
        <translation>Auf der Papierliste vermerkt</translation>
    </message>
    <message>
        <source>Was on a school trip</source>
        <translation>War auf einem Schulausflug</translation>
    </message>
    <message>
        <source>{session}: who was there</source>
        <translation>{session}: wer da war</translation>
    </message>
    <message>
        <source>Kept in the audit log with every mark added here</source>
        <translation>Wird mit jeder hier hinzugefügten Erfassung im Prüfprotokoll gespeichert</translation>
    </message>
    <message>
        <source>Reason for marks added here:</source>
        <translation>Grund für hier hinzugefügte Erfassungen:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>This list can be opened again later: Attendance page, Roll call...</source>
        <translation>Diese Liste lässt sich später wieder öffnen: Seite Anwesenheit, Anwesenheitsliste...</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody was expected in this session&lt;/b&gt; (no active person in group {group}).</source>
        <translation>&lt;b&gt;In dieser Sitzung wurde niemand erwartet&lt;/b&gt; (keine aktive Person in der Gruppe {group}).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody was expected in this session&lt;/b&gt; (no active person).</source>
        <translation>&lt;b&gt;In dieser Sitzung wurde niemand erwartet&lt;/b&gt; (keine aktive Person).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{present} of {expected} present&lt;/b&gt; ({late} late), &lt;b&gt;{absent} absent&lt;/b&gt;. Was someone there whom the camera missed? Mark them present: the mark is added at the start of the session, with the reason below.</source>
        <translation>&lt;b&gt;{present} von {expected} anwesend&lt;/b&gt; ({late} verspätet), &lt;b&gt;{absent} abwesend&lt;/b&gt;. War jemand da, den die Kamera übersehen hat? Als anwesend erfassen: Die Erfassung wird zu Beginn der Sitzung mit dem Grund unten hinzugefügt.</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>Als anwesend erfassen</translation>
    </message>
    <message>
        <source>Add a &apos;present&apos; mark for {name} in {session}</source>
        <translation>Eine Erfassung „anwesend“ für {name} in {session} hinzufügen</translation>
    </message>
    <message>
        <source>late, arrived {time}</source>
        <translation>verspätet, gekommen um {time}</translation>
    </message>
    <message>
        <source>Please give a reason: marks added by hand are audited.</source>
        <translation>Bitte geben Sie einen Grund an: Von Hand hinzugefügte Erfassungen werden protokolliert.</translation>
    </message>
    <message>
        <source>{name} marked present ({reason}).</source>
        <translation>{name} als anwesend erfasst ({reason}).</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Withdraw the mark just added for {name} (kept as withdrawn, audited)</source>
        <translation>Die eben hinzugefügte Erfassung für {name} zurückziehen (bleibt als zurückgezogen erhalten, protokolliert)</translation>
    </message>
    <message>
        <source>Marked present by mistake in the roll call</source>
        <translation>In der Anwesenheitsliste versehentlich als anwesend erfasst</translation>
    </message>
    <message>
        <source>{name}: the mark was withdrawn.</source>
        <translation>{name}: Die Erfassung wurde zurückgezogen.</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>confirm it for everyone listed with --consent</source>
        <translation>bestätigen Sie sie für alle Aufgeführten mit --consent</translation>
    </message>
    <message>
        <source>import with --allow-lookalike if they are different people</source>
        <translation>importieren Sie mit --allow-lookalike, wenn es verschiedene Personen sind</translation>
    </message>
    <message>
        <source>import with --allow-weak to enroll it as a weak sample</source>
        <translation>importieren Sie mit --allow-weak, um es als schwache Probe zu erfassen</translation>
    </message>
    <message>
        <source> at distance {distance}</source>
        <translation> im Abstand {distance}</translation>
    </message>
    <message>
        <source> (already enrolled, id {id})</source>
        <translation> (bereits erfasst, ID {id})</translation>
    </message>
    <message>
        <source>missing name</source>
        <translation>Name fehlt</translation>
    </message>
    <message>
        <source>the name looks like several columns ({parts}): this file separates its columns differently; fix the separators on this line</source>
        <translation>der Name sieht aus wie mehrere Spalten ({parts}): diese Datei trennt ihre Spalten anders; korrigieren Sie die Trennzeichen in dieser Zeile</translation>
    </message>
    <message>
        <source>Columns not read, their values are not imported: {columns}. The columns read are name, external_id, group and photo (also written in German, French, Spanish, Portuguese, Chinese or Arabic, e.g. Klasse, classe, grupo).</source>
        <translation>Nicht gelesene Spalten, ihre Werte werden nicht importiert: {columns}. Gelesen werden die Spalten name, external_id, group und photo (auch deutsch geschrieben: Name, Schülernummer, Klasse, Foto).</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>Spalte {number}</translation>
    </message>
    <message>
        <source>The roster file {path} does not exist.</source>
        <translation>Die Klassenlisten-Datei {path} existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read the roster file {path}: {error}.</source>
        <translation>Die Klassenlisten-Datei {path} kann nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (byte 0x{byte} at position {position}). Save it from your spreadsheet as &apos;CSV UTF-8&apos; and import it again.</source>
        <translation>{file} ist kein UTF-8-Text (Byte 0x{byte} an Position {position}). Speichern Sie die Datei in Ihrer Tabellenkalkulation als „CSV UTF-8“ und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>{file} is not a text CSV file (is it a spreadsheet .xlsx?).</source>
        <translation>{file} ist keine CSV-Textdatei (ist es eine Tabelle im Format .xlsx?).</translation>
    </message>
    <message>
        <source>{file} is empty: it needs a header line and one row per person.</source>
        <translation>{file} ist leer: Die Datei braucht eine Kopfzeile und eine Zeile pro Person.</translation>
    </message>
    <message>
        <source>{file}: the first line cannot be read as a CSV header ({error}). The first line must be name,external_id,group,photo.</source>
        <translation>{file}: Die erste Zeile kann nicht als CSV-Kopfzeile gelesen werden ({error}). Die erste Zeile muss name,external_id,group,photo lauten.</translation>
    </message>
    <message>
        <source>The header of {file} ({header}) has a column of first names but none of last names: add that column (e.g. first_name and last_name), or one column &apos;name&apos; with the whole name.</source>
        <translation>Die Kopfzeile von {file} ({header}) hat eine Spalte mit Vornamen, aber keine mit Nachnamen: Fügen Sie diese Spalte hinzu (z. B. Vorname und Nachname) oder eine Spalte „Name“ mit dem ganzen Namen.</translation>
    </message>
    <message>
        <source>The header of {file} ({header}) has a column of last names but none of first names: add that column (e.g. first_name and last_name), or one column &apos;name&apos; with the whole name.</source>
        <translation>Die Kopfzeile von {file} ({header}) hat eine Spalte mit Nachnamen, aber keine mit Vornamen: Fügen Sie diese Spalte hinzu (z. B. Vorname und Nachname) oder eine Spalte „Name“ mit dem ganzen Namen.</translation>
    </message>
    <message>
        <source>The header of {file} ({header}) could not be split into columns: separate them with commas (or semicolons), e.g. name,external_id,group,photo.</source>
        <translation>Die Kopfzeile von {file} ({header}) ließ sich nicht in Spalten aufteilen: Trennen Sie sie mit Kommas (oder Semikolons), z. B. name,external_id,group,photo.</translation>
    </message>
    <message>
        <source>{file} has no header line naming its columns; the first line must be name,external_id,group,photo (found {header}).</source>
        <translation>{file} hat keine Kopfzeile mit den Spaltennamen; die erste Zeile muss name,external_id,group,photo lauten (gefunden: {header}).</translation>
    </message>
    <message>
        <source>a quote (&quot;) opens on line {line} and is never closed: everything after it was read as one value, so what it holds would be lost; close the quote or remove it</source>
        <translation>ein Anführungszeichen (&quot;) beginnt in Zeile {line} und wird nie geschlossen: alles danach wurde als ein Wert gelesen, sein Inhalt ginge verloren; schließen oder entfernen Sie das Anführungszeichen</translation>
    </message>
    <message>
        <source>{file}, line {line}: {error}. Is this really the roster? Check that line (or save the file again as CSV).</source>
        <translation>{file}, Zeile {line}: {error}. Ist das wirklich die Klassenliste? Prüfen Sie diese Zeile (oder speichern Sie die Datei erneut als CSV).</translation>
    </message>
    <message>
        <source>{file} has more than {count} rows; split it.</source>
        <translation>{file} hat mehr als {count} Zeilen; teilen Sie die Datei auf.</translation>
    </message>
    <message>
        <source>a quote (&quot;) opens on line {line} and is not closed until line {end}: those lines were read as one row, so the people on them would be lost; close the quote or remove it</source>
        <translation>ein Anführungszeichen (&quot;) beginnt in Zeile {line} und wird erst in Zeile {end} geschlossen: diese Zeilen wurden als eine Zeile gelesen, die Personen darin gingen verloren; schließen oder entfernen Sie das Anführungszeichen</translation>
    </message>
    <message>
        <source>{count} fields but the header has {width} (a separator inside a name? put it in quotes)</source>
        <translation>{count} Felder, aber die Kopfzeile hat {width} (ein Trennzeichen in einem Namen? Setzen Sie ihn in Anführungszeichen)</translation>
    </message>
    <message>
        <source>the same name as line {line}, in the same group and without an external id: the roll call cannot tell them apart (add their ID numbers)</source>
        <translation>derselbe Name wie in Zeile {line}, in derselben Gruppe und ohne externe ID: die Anwesenheitsliste kann sie nicht unterscheiden (tragen Sie ihre Nummern ein)</translation>
    </message>
    <message>
        <source>{name} is already in this group (id {id}): if this list was imported before, importing it again adds everyone a second time</source>
        <translation>{name} ist schon in dieser Gruppe (ID {id}): wurde diese Liste schon einmal importiert, fügt ein erneuter Import alle ein zweites Mal hinzu</translation>
    </message>
    <message>
        <source>{file} has a header but no rows.</source>
        <translation>{file} hat eine Kopfzeile, aber keine Zeilen.</translation>
    </message>
    <message>
        <source>duplicate external id &apos;{id}&apos; (also on line {line})</source>
        <translation>doppelte externe ID „{id}“ (auch in Zeile {line})</translation>
    </message>
    <message>
        <source>external id &apos;{id}&apos; already belongs to {name} (id {person})</source>
        <translation>die externe ID „{id}“ gehört bereits {name} (ID {person})</translation>
    </message>
    <message>
        <source>{file} is small or upscaled (too blurred for the quality gate): enrolled as a weak sample; take camera samples of this person</source>
        <translation>{file} ist klein oder hochskaliert (zu unscharf für die Qualitätsprüfung): als schwache Probe erfasst; nehmen Sie Kameraproben dieser Person auf</translation>
    </message>
    <message>
        <source>consent to store the face not confirmed ({hint})</source>
        <translation>Einwilligung zur Speicherung des Gesichts nicht bestätigt ({hint})</translation>
    </message>
    <message>
        <source>{name} (line {line})</source>
        <translation>{name} (Zeile {line})</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>looks like {others} (accepted as a look-alike)</source>
        <translation>ähnelt {others} (als ähnlich akzeptiert)</translation>
    </message>
    <message>
        <source>looks like {others}: the same person twice, or a look-alike ({hint})</source>
        <translation>ähnelt {others}: dieselbe Person zweimal oder eine ähnlich aussehende ({hint})</translation>
    </message>
    <message>
        <source>photo &apos;{photo}&apos; is not a file inside the roster&apos;s folder {folder}: put the photos in that folder (or a folder below it)</source>
        <translation>das Foto „{photo}“ ist keine Datei im Ordner der Liste {folder}: Legen Sie die Fotos in diesen Ordner (oder einen Unterordner)</translation>
    </message>
    <message>
        <source>enrollment not available ({error})</source>
        <translation>Erfassen nicht verfügbar ({error})</translation>
    </message>
    <message>
        <source>enrollment not available</source>
        <translation>Erfassen nicht verfügbar</translation>
    </message>
    <message>
        <source>photo path cannot be used ({error}): {path}</source>
        <translation>Fotopfad nicht verwendbar ({error}): {path}</translation>
    </message>
    <message>
        <source>photo not found: {path}</source>
        <translation>Foto nicht gefunden: {path}</translation>
    </message>
    <message>
        <source>unreadable photo: {error}</source>
        <translation>Foto nicht lesbar: {error}</translation>
    </message>
    <message>
        <source>no face found in {file}</source>
        <translation>kein Gesicht in {file} gefunden</translation>
    </message>
    <message>
        <source>{file}: {count} faces; crop it to one person</source>
        <translation>{file}: {count} Gesichter; auf eine Person zuschneiden</translation>
    </message>
    <message>
        <source>{file}: {problems} (a small or upscaled photo: {hint}, or use a better photo)</source>
        <translation>{file}: {problems} (ein kleines oder hochskaliertes Foto: {hint}, oder verwenden Sie ein besseres Foto)</translation>
    </message>
    <message>
        <source>photo quality too low</source>
        <translation>Fotoqualität zu gering</translation>
    </message>
    <message>
        <source>{file}: {problems}</source>
        <translation>{file}: {problems}</translation>
    </message>
    <message>
        <source>photo cannot be checked: {error}</source>
        <translation>Foto kann nicht geprüft werden: {error}</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>A CSV file with a header line and one row per person. Columns: &lt;code&gt;name&lt;/code&gt; (required), &lt;code&gt;external_id&lt;/code&gt; (a pupil or staff number), &lt;code&gt;group&lt;/code&gt; (class or team) and &lt;code&gt;photo&lt;/code&gt; (the photo&apos;s file name, relative to the CSV file), in English or in the app&apos;s other languages. A column the app does not read is named when the file is checked. Commas, semicolons or tabs; save as &quot;CSV UTF-8&quot; in Excel.</source>
        <translation>Eine CSV-Datei mit einer Kopfzeile und einer Zeile pro Person. Spalten: &lt;code&gt;name&lt;/code&gt; (Pflicht), &lt;code&gt;external_id&lt;/code&gt; (eine Schüler- oder Personalnummer), &lt;code&gt;group&lt;/code&gt; (Klasse oder Team) und &lt;code&gt;photo&lt;/code&gt; (der Dateiname des Fotos, relativ zur CSV-Datei), auf Englisch oder Deutsch (&lt;code&gt;Name&lt;/code&gt;, &lt;code&gt;Schülernummer&lt;/code&gt;, &lt;code&gt;Klasse&lt;/code&gt;, &lt;code&gt;Foto&lt;/code&gt;). Eine Spalte, die die App nicht liest, wird beim Prüfen der Datei genannt. Kommas, Semikolons oder Tabulatoren; in Excel als „CSV UTF-8“ speichern.</translation>
    </message>
    <message>
        <source>tick the consent box</source>
        <translation>kreuzen Sie das Einwilligungsfeld an</translation>
    </message>
    <message>
        <source>if they are different people, press &quot;Accept&quot; below</source>
        <translation>wenn es verschiedene Personen sind, klicken Sie unten auf „Akzeptieren“</translation>
    </message>
    <message>
        <source>&quot;Accept&quot; below enrolls it as a weak sample</source>
        <translation>„Akzeptieren“ unten erfasst es als schwache Probe</translation>
    </message>
    <message>
        <source> (already enrolled)</source>
        <translation> (bereits erfasst)</translation>
    </message>
    <message>
        <source>line {line}: {name}</source>
        <translation>Zeile {line}: {name}</translation>
    </message>
    <message>
        <source>{name} (already enrolled)</source>
        <translation>{name} (bereits erfasst)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation>Klassenliste importieren</translation>
    </message>
    <message>
        <source>Save a template CSV...</source>
        <translation>CSV-Vorlage speichern...</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei ausgewählt</translation>
    </message>
    <message>
        <source>Choose file...</source>
        <translation>Datei wählen...</translation>
    </message>
    <message>
        <source>Everyone on this list agreed to have their face stored for attendance</source>
        <translation>Alle Personen auf dieser Liste haben der Speicherung ihres Gesichts für die Anwesenheit zugestimmt</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Ähnelt</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Datei prüfen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Akzeptieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Class list</source>
        <translation>Klassenliste</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved as {file}: the file is open in another program (Excel?) or the folder is read-only. Close it there, or choose another name.</source>
        <translation>Die Vorlage konnte nicht als {file} gespeichert werden: Die Datei ist in einem anderen Programm geöffnet (Excel?) oder der Ordner ist schreibgeschützt. Schließen Sie sie dort oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Template saved as {file}. Fill it in, then choose it above.</source>
        <translation>Vorlage gespeichert als {file}. Füllen Sie sie aus und wählen Sie sie dann oben.</translation>
    </message>
    <message>
        <source>Checking {file}...</source>
        <translation>{file} wird geprüft...</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file cannot be read&lt;/b&gt;: {problem}</source>
        <translation>&lt;b&gt;Die Datei kann nicht gelesen werden&lt;/b&gt;: {problem}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{refused} of {rows} rows are refused&lt;/b&gt;: nothing is imported until every row is right. Fix the file, save it, then &lt;b&gt;Check again&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{refused} von {rows} Zeilen werden abgelehnt&lt;/b&gt;: Nichts wird importiert, bis jede Zeile stimmt. Korrigieren Sie die Datei, speichern Sie sie und dann &lt;b&gt;Erneut prüfen&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The 1 row can be imported.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Die eine Zeile kann importiert werden.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;All {rows} rows can be imported.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Alle {rows} Zeilen können importiert werden.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Look-alike pairs ({count})&lt;/b&gt;: the same person twice, or different people who look alike</source>
        <translation>&lt;b&gt;Ähnliche Paare ({count})&lt;/b&gt;: dieselbe Person zweimal oder verschiedene Personen, die sich ähneln</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Choose the CSV file first.</source>
        <translation>Wählen Sie zuerst die CSV-Datei.</translation>
    </message>
    <message>
        <source>Check the file first.</source>
        <translation>Prüfen Sie zuerst die Datei.</translation>
    </message>
    <message>
        <source>Some rows are refused: fix them and check again.</source>
        <translation>Einige Zeilen werden abgelehnt: Korrigieren Sie sie und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Tick the consent box first.</source>
        <translation>Kreuzen Sie zuerst das Einwilligungsfeld an.</translation>
    </message>
    <message>
        <source>Import every row</source>
        <translation>Alle Zeilen importieren</translation>
    </message>
    <message>
        <source>Importing {file}...</source>
        <translation>{file} wird importiert...</translation>
    </message>
    <message>
        <source>{count} look-alike pair(s) accepted: each is remembered, the decision between them is stricter and a kiosk asks them for their ID number.</source>
        <translation>{count} ähnliche(s) Paar(e) akzeptiert: Jedes wird gespeichert, die Entscheidung zwischen ihnen ist strenger, und ein Kiosk fragt sie nach ihrer ID-Nummer.</translation>
    </message>
    <message>
        <source>{count} look-alike pair(s) found (listed below): the same person twice, or different people who look alike.</source>
        <translation>{count} ähnliche(s) Paar(e) gefunden (unten aufgeführt): dieselbe Person zweimal oder verschiedene Personen, die sich ähneln.</translation>
    </message>
    <message>
        <source>{count} photo(s) are small or upscaled and too blurred: they can be enrolled as weak samples, and those people are asked for camera samples later.</source>
        <translation>{count} Foto(s) sind klein oder hochskaliert und zu unscharf: Sie können als schwache Proben erfasst werden, und diese Personen werden später um Kameraproben gebeten.</translation>
    </message>
    <message>
        <source>Accept {pairs} look-alike pair(s) and {photos} small photo(s)</source>
        <translation>{pairs} ähnliche(s) Paar(e) und {photos} kleine(s) Foto(s) akzeptieren</translation>
    </message>
    <message>
        <source>Accept 1 look-alike pair</source>
        <translation>1 ähnliches Paar akzeptieren</translation>
    </message>
    <message>
        <source>Accept {count} look-alike pairs</source>
        <translation>{count} ähnliche Paare akzeptieren</translation>
    </message>
    <message>
        <source>Accept 1 small photo</source>
        <translation>1 kleines Foto akzeptieren</translation>
    </message>
    <message>
        <source>Accept {count} small photos</source>
        <translation>{count} kleine Fotos akzeptieren</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Marks made in this session that these times leave outside: {count}. They will count like marks made without a session, for the session they fall in, if any.</source>
        <translation>In dieser Sitzung erfasste Anwesenheiten, die mit diesen Zeiten außerhalb liegen: {count}. Sie zählen dann wie Anwesenheiten ohne Sitzung: für die Sitzung, in die sie fallen, falls es eine gibt.</translation>
    </message>
    <message>
        <source>Marks added into this session by hand or by a group photo that move with it: {count}.</source>
        <translation>Von Hand oder per Gruppenfoto in diese Sitzung eingetragene Anwesenheiten, die mit ihr verschoben werden: {count}.</translation>
    </message>
    <message>
        <source>Session {when}</source>
        <translation>Sitzung {when}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
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
        <translation>Sitzung bearbeiten</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Sitzung starten</translation>
    </message>
    <message>
        <source>The class or team it is for; empty = everybody</source>
        <translation>Die Klasse oder das Team, für das sie gilt; leer = alle</translation>
    </message>
    <message>
        <source>When it really started: people recognised up to {minutes} minutes before count for it</source>
        <translation>Wann sie wirklich begann: Personen, die bis zu {minutes} Minuten vorher erkannt wurden, zählen dafür</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>open until ended</source>
        <translation>offen bis zum Beenden</translation>
    </message>
    <message>
        <source> min after start</source>
        <translation> Min. nach Beginn</translation>
    </message>
    <message>
        <source>never late</source>
        <translation>nie verspätet</translation>
    </message>
    <message>
        <source>Why it changes (kept in the audit log)</source>
        <translation>Warum sie geändert wird (wird im Prüfprotokoll gespeichert)</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Begonnen um</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Keep the running session; nothing new is started</source>
        <translation>Die laufende Sitzung behalten; nichts Neues wird gestartet</translation>
    </message>
    <message>
        <source>End it and start</source>
        <translation>Beenden und starten</translation>
    </message>
    <message>
        <source>End the running session when this one starts, then start it</source>
        <translation>Die laufende Sitzung beenden, wenn diese beginnt, und diese starten</translation>
    </message>
    <message>
        <source>overlaps {sessions} (same group)</source>
        <translation>überschneidet sich mit {sessions} (gleiche Gruppe)</translation>
    </message>
    <message>
        <source>Starting the session...</source>
        <translation>Die Sitzung wird gestartet...</translation>
    </message>
    <message>
        <source>Saving the session...</source>
        <translation>Die Sitzung wird gespeichert...</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>More lenient: more people recognised first time, more mix-ups</source>
        <translation>Großzügiger: mehr Personen beim ersten Mal erkannt, mehr Verwechslungen</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Stricter: fewer mix-ups, more people asked to try again</source>
        <translation>Strenger: weniger Verwechslungen, mehr Personen müssen es erneut versuchen</translation>
    </message>
    <message>
        <source>Strictest: fewest mix-ups, many people asked to try again</source>
        <translation>Am strengsten: die wenigsten Verwechslungen, viele Personen müssen es erneut versuchen</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>gemessen</translation>
    </message>
    <message>
        <source>extrapolated</source>
        <translation>extrapoliert</translation>
    </message>
    <message>
        <source>Present (one mark per person)</source>
        <translation>Anwesend (eine Erfassung pro Person)</translation>
    </message>
    <message>
        <source>Check-in / check-out</source>
        <translation>Kommen / Gehen</translation>
    </message>
    <message>
        <source>Entry only</source>
        <translation>Nur Kommen</translation>
    </message>
    <message>
        <source>Exit only</source>
        <translation>Nur Gehen</translation>
    </message>
    <message>
        <source>Webcam index (0, 1 ...), a video file, an rtsp:// or http:// URL, or a folder of images</source>
        <translation>Webcam-Nummer (0, 1 ...), eine Videodatei, eine rtsp://- oder http://-URL oder ein Bilderordner</translation>
    </message>
    <message>
        <source>Video...</source>
        <translation>Video...</translation>
    </message>
    <message>
        <source>Folder...</source>
        <translation>Ordner...</translation>
    </message>
    <message>
        <source>How webcams are opened. Automatic uses DirectShow on Windows (Media Foundation can take seconds to open a camera); pick another if a camera does not open.</source>
        <translation>Wie Webcams geöffnet werden. Automatisch verwendet unter Windows DirectShow (Media Foundation braucht mitunter Sekunden, um eine Kamera zu öffnen); wählen Sie ein anderes, wenn eine Kamera nicht öffnet.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Requested size</source>
        <translation>Gewünschte Größe</translation>
    </message>
    <message>
        <source>Camera backend</source>
        <translation>Kamera-Schnittstelle</translation>
    </message>
    <message>
        <source>Smaller faces are ignored. Larger = faster; 40-80 for a desk camera.</source>
        <translation>Kleinere Gesichter werden ignoriert. Größer = schneller; 40-80 für eine Tischkamera.</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>How often the whole picture is searched for new faces; in between, faces already found are followed (higher = less work for the computer)</source>
        <translation>Wie oft das ganze Bild nach neuen Gesichtern durchsucht wird; dazwischen werden bereits gefundene Gesichter verfolgt (höher = weniger Arbeit für den Computer)</translation>
    </message>
    <message>
        <source>The method that finds faces in the picture (a restart applies a change)</source>
        <translation>Das Verfahren, das Gesichter im Bild findet (eine Änderung gilt nach einem Neustart)</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Gesichtssuche</translation>
    </message>
    <message>
        <source>Face detector</source>
        <translation>Gesichtsdetektor</translation>
    </message>
    <message>
        <source>Smallest face</source>
        <translation>Kleinstes Gesicht</translation>
    </message>
    <message>
        <source>Full detection every</source>
        <translation>Volle Suche alle</translation>
    </message>
    <message>
        <source>Strictness</source>
        <translation>Strenge</translation>
    </message>
    <message>
        <source>Choose in words how sure the app must be before it marks someone; it measures the matching setting on your enrolled faces (Measure on my people)</source>
        <translation>Wählen Sie in Worten, wie sicher die App sein muss, bevor sie jemanden erfasst; sie misst die Abgleich-Einstellung an Ihren erfassten Gesichtern (An meinen Personen messen)</translation>
    </message>
    <message>
        <source>Fixed value</source>
        <translation>Fester Wert</translation>
    </message>
    <message>
        <source>A fixed matching limit (smaller is stricter). Out of the box this is the value measured for the face model; change it only if you know why</source>
        <translation>Eine feste Abgleichgrenze (kleiner ist strenger). Ab Werk ist das der für das Gesichtsmodell gemessene Wert; ändern Sie ihn nur, wenn Sie wissen, warum</translation>
    </message>
    <message>
        <source>About 1 wrong person marked in {count} check-ins by strangers</source>
        <translation>Etwa 1 falsche Person erfasst auf {count} Versuche von Unbekannten</translation>
    </message>
    <message>
        <source>Stricter: fewer mix-ups, more people asked to try again. More lenient: the other way round. Standard suits most schools and offices</source>
        <translation>Strenger: weniger Verwechslungen, mehr Personen müssen es erneut versuchen. Großzügiger: umgekehrt. Standard passt für die meisten Schulen und Büros</translation>
    </message>
    <message>
        <source>How different two faces may look and still count as the same person (smaller = stricter)</source>
        <translation>Wie verschieden zwei Gesichter aussehen dürfen und trotzdem als dieselbe Person gelten (kleiner = strenger)</translation>
    </message>
    <message>
        <source>agreeing frames of the last</source>
        <translation>gleiche Bilder von den letzten</translation>
    </message>
    <message>
        <source>A person is marked only when this many of the last frames agree on who it is (more = fewer mistakes, a moment longer in front of the camera)</source>
        <translation>Eine Person wird erst erfasst, wenn so viele der letzten Bilder übereinstimmen, wer es ist (mehr = weniger Fehler, einen Moment länger vor der Kamera)</translation>
    </message>
    <message>
        <source>Switch and re-embed</source>
        <translation>Wechseln, neu berechnen</translation>
    </message>
    <message>
        <source>Re-embed every enrolled sample with the chosen model (nobody re-enrolls); recognition keeps using the current model until it is done</source>
        <translation>Jede erfasste Probe mit dem gewählten Modell neu berechnen (niemand muss sich neu erfassen lassen); die Erkennung nutzt bis zum Ende weiter das aktuelle Modell</translation>
    </message>
    <message>
        <source>The method that turns a face into something comparable; changing it re-reads every enrolled photo</source>
        <translation>Das Verfahren, das ein Gesicht vergleichbar macht; ein Wechsel liest jedes erfasste Foto neu ein</translation>
    </message>
    <message>
        <source>What does this mean?</source>
        <translation>Was bedeutet das?</translation>
    </message>
    <message>
        <source>Opens the guide to these options (docs/recognition.md)</source>
        <translation>Öffnet die Anleitung zu diesen Optionen (docs/recognition.md)</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Face embedder</source>
        <translation>Gesichtsmodell</translation>
    </message>
    <message>
        <source>Confirm after</source>
        <translation>Bestätigen nach</translation>
    </message>
    <message>
        <source>Mix-ups and people asked to retry, by strictness</source>
        <translation>Verwechslungen und Wiederholungen nach Strenge</translation>
    </message>
    <message>
        <source>Measure on my people</source>
        <translation>An meinen Personen messen</translation>
    </message>
    <message>
        <source>Measure on the enrolled faces what the chosen strictness costs: expected mix-ups a day and how many people would be asked to try again</source>
        <translation>An den erfassten Gesichtern messen, was die gewählte Strenge kostet: erwartete Verwechslungen pro Tag und wie viele Personen es erneut versuchen müssten</translation>
    </message>
    <message>
        <source>What the strictness costs</source>
        <translation>Was die Strenge kostet</translation>
    </message>
    <message>
        <source>A person is not marked again within this time</source>
        <translation>Eine Person wird innerhalb dieser Zeit nicht erneut erfasst</translation>
    </message>
    <message>
        <source>min before the start</source>
        <translation>Min. vor Beginn</translation>
    </message>
    <message>
        <source>Someone recognised this long before a session started (before Start was pressed) counts as present in it</source>
        <translation>Wer so lange vor Beginn einer Sitzung erkannt wurde (bevor Start gedrückt wurde), zählt darin als anwesend</translation>
    </message>
    <message>
        <source>Present: one mark per person and session. Check-in/out: alternating, for hours worked. Entry/Exit: a camera at a door that only checks in or out.</source>
        <translation>Anwesend: eine Erfassung pro Person und Sitzung. Kommen/Gehen: abwechselnd, für Arbeitszeiten. Nur Kommen/Gehen: eine Kamera an einer Tür, die nur das Kommen oder das Gehen erfasst.</translation>
    </message>
    <message>
        <source>Mark anyway (check-in)</source>
        <translation>Trotzdem erfassen (Kommen)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Takes effect on restart</source>
        <translation>Wirkt nach einem Neustart</translation>
    </message>
    <message>
        <source>What a recognition does when no session of the person&apos;s group is running</source>
        <translation>Was eine Erkennung bewirkt, wenn keine Sitzung der Gruppe der Person läuft</translation>
    </message>
    <message>
        <source>This computer&apos;s name in the reports (which camera marked)</source>
        <translation>Der Name dieses Computers in den Berichten (welche Kamera erfasst hat)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>Sperrzeit</translation>
    </message>
    <message>
        <source>Counts for a session from</source>
        <translation>Zählt für eine Sitzung ab</translation>
    </message>
    <message>
        <source>Outside a session</source>
        <translation>Außerhalb einer Sitzung</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>empty = SQLite in the data folder; postgresql+psycopg://...</source>
        <translation>leer = SQLite im Datenordner; postgresql+psycopg://...</translation>
    </message>
    <message>
        <source>Set admin PIN...</source>
        <translation>Admin-PIN festlegen...</translation>
    </message>
    <message>
        <source>Needed to leave kiosk mode and for admin actions there</source>
        <translation>Nötig, um den Kioskmodus zu verlassen, und für Admin-Aktionen dort</translation>
    </message>
    <message>
        <source>Storage and access</source>
        <translation>Speicher und Zugang</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>Datenbank-URL</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>Admin-PIN</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Camera, threshold and attendance rules apply at once; data folder, database and detection changes after a restart.</source>
        <translation>Kamera, Schwelle und Anwesenheitsregeln gelten sofort; Änderungen an Datenordner, Datenbank und Erkennung nach einem Neustart.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>A more accurate face model is available: {model}, the default for new installs. Choose it and Switch and re-embed: everyone is re-embedded from their stored photos, nobody enrolls again.</source>
        <translation>Ein genaueres Gesichtsmodell ist verfügbar: {model}, der Standard bei Neuinstallationen. Wählen Sie es und dann „Wechseln, neu berechnen“: Alle werden aus ihren gespeicherten Fotos neu berechnet, niemand muss sich neu erfassen lassen.</translation>
    </message>
    <message>
        <source>(&lt;a href=&quot;{url}&quot;&gt;where the rightsholder says so&lt;/a&gt;)</source>
        <translation>(&lt;a href=&quot;{url}&quot;&gt;laut Rechteinhaber&lt;/a&gt;)</translation>
    </message>
    <message>
        <source>Weights licence: {licence} {where}</source>
        <translation>Lizenz der Gewichte: {licence} {where}</translation>
    </message>
    <message>
        <source>Re-embedding the enrolled samples with {model}...</source>
        <translation>Erfasste Proben werden mit {model} neu berechnet...</translation>
    </message>
    <message>
        <source>Re-embedding with {model}: {percent} ({step})</source>
        <translation>Neuberechnung mit {model}: {percent} ({step})</translation>
    </message>
    <message>
        <source>Samples re-embedded with {model}: {count}.</source>
        <translation>Mit {model} neu berechnete Proben: {count}.</translation>
    </message>
    <message>
        <source>Skipped (no face chip stored): {count}.</source>
        <translation>Übersprungen (kein Gesichtsausschnitt gespeichert): {count}.</translation>
    </message>
    <message>
        <source>Saved to {path}. Restart the app to recognise with it.</source>
        <translation>Gespeichert in {path}. Starten Sie die App neu, um damit zu erkennen.</translation>
    </message>
    <message>
        <source>calibrated for 1 in {count} false matches</source>
        <translation>kalibriert auf 1 Fehltreffer pro {count}</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>von Hand gesetzt</translation>
    </message>
    <message>
        <source>the model&apos;s default</source>
        <translation>Standardwert des Modells</translation>
    </message>
    <message>
        <source>In use: {value} ({why}); the standard value is {standard} (smaller = stricter).</source>
        <translation>In Gebrauch: {value} ({why}); der Standardwert ist {standard} (kleiner = strenger).</translation>
    </message>
    <message>
        <source>Measure on my people shows what the chosen strictness costs, then Save applies it.</source>
        <translation>An meinen Personen messen zeigt, was die gewählte Strenge kostet; Speichern wendet sie dann an.</translation>
    </message>
    <message>
        <source>Press Measure on my people for this strictness first: it measures the setting on the enrolled faces and shows what it costs; Save then applies it.</source>
        <translation>Drücken Sie zuerst „An meinen Personen messen“ für diese Strenge: Die Einstellung wird an den erfassten Gesichtern gemessen und ihre Kosten gezeigt; Speichern wendet sie dann an.</translation>
    </message>
    <message>
        <source>Strict threshold</source>
        <translation>Strenge Schwelle</translation>
    </message>
    <message>
        <source>At this threshold about {share} of check-ins by enrolled people would be refused (more than {limit}). Apply it anyway?</source>
        <translation>Bei dieser Schwelle würden etwa {share} der Versuche erfasster Personen abgelehnt (mehr als {limit}). Trotzdem anwenden?</translation>
    </message>
    <message>
        <source>Some settings are not valid: {problems}</source>
        <translation>Einige Einstellungen sind ungültig: {problems}</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Die Einstellungen zu speichern</translation>
    </message>
    <message>
        <source>Not saved: the threshold was not applied.</source>
        <translation>Nicht gespeichert: Die Schwelle wurde nicht angewendet.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Gespeichert in {path}</translation>
    </message>
    <message>
        <source>{saved}. The new language is used when the app is started again.</source>
        <translation>{saved}. Die neue Sprache gilt ab dem nächsten Start der App.</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>Videos ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Videodatei</translation>
    </message>
    <message>
        <source>Image folder</source>
        <translation>Bilderordner</translation>
    </message>
    <message>
        <source>Measuring the threshold curve on the enrolled faces...</source>
        <translation>Die Schwellenkurve wird an den erfassten Gesichtern gemessen...</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>For the target rate with {people} people: threshold {threshold} ({method}).</source>
        <translation>Für die Zielrate bei {people} Personen: Schwelle {threshold} ({method}).</translation>
    </message>
    <message>
        <source>Expected false accepts: {count} a day at {checkins} check-ins.</source>
        <translation>Erwartete Fehlannahmen: {count} pro Tag bei {checkins} Versuchen.</translation>
    </message>
    <message>
        <source>measured on your people with several samples</source>
        <translation>gemessen an Ihren Personen mit mehreren Proben</translation>
    </message>
    <message>
        <source>estimated from a reference set: enrol more samples per person to measure it here</source>
        <translation>geschätzt aus einem Referenzdatensatz: erfassen Sie mehr Proben pro Person, um es hier zu messen</translation>
    </message>
    <message>
        <source>Enrolled people refused: about {share} of check-ins ({source}).</source>
        <translation>Abgelehnte erfasste Personen: etwa {share} der Versuche ({source}).</translation>
    </message>
    <message>
        <source>Saving will ask for a confirmation.</source>
        <translation>Beim Speichern wird eine Bestätigung verlangt.</translation>
    </message>
    <message>
        <source>threshold (distance + crowding penalty)</source>
        <translation>Schwelle (Abstand + Ähnlichkeitsaufschlag)</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>false match per check-in</source>
        <translation>Fehltreffer pro Versuch</translation>
    </message>
    <message>
        <source>false reject</source>
        <translation>Fehlablehnung</translation>
    </message>
    <message>
        <source>current threshold</source>
        <translation>aktuelle Schwelle</translation>
    </message>
    <message>
        <source>Current admin PIN:</source>
        <translation>Aktuelle Admin-PIN:</translation>
    </message>
    <message>
        <source>New admin PIN:</source>
        <translation>Neue Admin-PIN:</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>Dieselbe PIN noch einmal:</translation>
    </message>
    <message>
        <source>The two PINs differ; nothing was changed.</source>
        <translation>Die beiden PINs stimmen nicht überein; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The admin PIN was set.</source>
        <translation>Die Admin-PIN wurde festgelegt.</translation>
    </message>
    <message>
        <source>Switching the face model</source>
        <translation>Das Gesichtsmodell zu wechseln</translation>
    </message>
    <message>
        <source>This computer&apos;s zone ({zone})</source>
        <translation>Zeitzone dieses Computers ({zone})</translation>
    </message>
    <message>
        <source>The school&apos;s time zone: every time in the app, the reports and the command line is in it. Keep this computer&apos;s zone unless the computer is set to another one.</source>
        <translation>Die Zeitzone der Schule: Alle Zeiten in der App, in den Berichten und auf der Befehlszeile gelten in ihr. Behalten Sie die Zeitzone dieses Computers, außer der Computer ist auf eine andere eingestellt.</translation>
    </message>
    <message>
        <source>Unknown time zone {name}. Choose one from the list, e.g. {example}.</source>
        <translation>Unbekannte Zeitzone {name}. Wählen Sie eine aus der Liste, z. B. {example}.</translation>
    </message>
    <message>
        <source>Cannot write the settings file: {error}</source>
        <translation>Die Einstellungsdatei kann nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>Too little data: {people} people and {scores} impostor scores (need at least 2 people and {needed} scores). Enrol more people, then calibrate again; until then the model&apos;s default threshold is used.</source>
        <translation>Zu wenige Daten: {people} Personen und {scores} Vergleiche zwischen verschiedenen Personen (nötig sind mindestens 2 Personen und {needed} Vergleiche). Erfassen Sie mehr Personen und kalibrieren Sie dann erneut; bis dahin gilt die Standardschwelle des Modells.</translation>
    </message>
    <message>
        <source>Measured: {below} of {scores} impostor scores lie below the threshold.</source>
        <translation>Gemessen: {below} von {scores} Vergleichen zwischen verschiedenen Personen liegen unter der Schwelle.</translation>
    </message>
    <message>
        <source>Extrapolated from the lowest of {scores} impostor scores (conservative). Enrol more people for a measured value.</source>
        <translation>Extrapoliert aus den niedrigsten von {scores} Vergleichen zwischen verschiedenen Personen (vorsichtig). Erfassen Sie mehr Personen für einen gemessenen Wert.</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <source>Face Attendance could not start</source>
        <translation>Gesichtserkennung Anwesenheit konnte nicht starten</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>{time} on {date} does not exist in {zone}: the clocks go forward then. Choose a time before or after the skipped hour.</source>
        <translation>{time} am {date} gibt es in {zone} nicht: Die Uhren werden dann vorgestellt. Wählen Sie eine Zeit vor oder nach der übersprungenen Stunde.</translation>
    </message>
    <message>
        <source>{time} on {date} comes twice in {zone}: the clocks go back then.</source>
        <translation>{time} am {date} kommt in {zone} zweimal vor: Die Uhren werden dann zurückgestellt.</translation>
    </message>
    <message>
        <source>Which one do you mean?</source>
        <translation>Welche meinen Sie?</translation>
    </message>
    <message>
        <source>Which time?</source>
        <translation>Welche Uhrzeit?</translation>
    </message>
    <message>
        <source>{time}, before the clocks go back</source>
        <translation>{time}, bevor die Uhren zurückgestellt werden</translation>
    </message>
    <message>
        <source>{time}, after the clocks go back</source>
        <translation>{time}, nachdem die Uhren zurückgestellt wurden</translation>
    </message>
</context>
</TS>
