<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>About</name>
    <message>
        <source>{role} &lt;b&gt;{model}&lt;/b&gt;: {description}&lt;br&gt;weights licence: {licence}</source>
        <translation>{role} &lt;b&gt;{model}&lt;/b&gt; : {description}&lt;br&gt;licence des poids : {licence}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Face Attendance&lt;/b&gt; {version}&lt;br&gt;Face recognition attendance, run with onnxruntime on this computer. No image leaves this machine.&lt;br&gt;&lt;br&gt;Models in use (Settings, Detection; &lt;code&gt;face-attendance models list&lt;/code&gt;):&lt;ul&gt;{models}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Présence par visage&lt;/b&gt; {version}&lt;br&gt;Gestion des présences par reconnaissance faciale, exécutée avec onnxruntime sur cet ordinateur. Aucune image ne quitte cette machine.&lt;br&gt;&lt;br&gt;Modèles utilisés (Paramètres, Détection ; &lt;code&gt;face-attendance models list&lt;/code&gt;) :&lt;ul&gt;{models}&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>AdminGate</name>
    <message>
        <source>Checking the admin PIN...</source>
        <translation>Vérification du code PIN administrateur...</translation>
    </message>
    <message>
        <source>{what} needs the admin PIN.</source>
        <translation>{what} nécessite le code PIN administrateur.</translation>
    </message>
    <message>
        <source>The admin PIN cannot be checked now: {problem} Nothing was unlocked.</source>
        <translation>Le code PIN administrateur ne peut pas être vérifié pour l&apos;instant : {problem} Rien n&apos;a été déverrouillé.</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>Code PIN administrateur</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>This person was erased; only their past attendance is kept for the statistics, so no mark can be added for them or given to them.</source>
        <translation>Cette personne a été effacée ; seules ses présences passées sont conservées pour les statistiques : aucune présence ne peut être ajoutée pour elle ni lui être attribuée.</translation>
    </message>
    <message>
        <source>{name}: already checked out at {time}</source>
        <translation>{name} : départ déjà enregistré à {time}</translation>
    </message>
    <message>
        <source>{name}: already checked in at {time}</source>
        <translation>{name} : arrivée déjà enregistrée à {time}</translation>
    </message>
    <message>
        <source>{name} checked out at {time} ({session})</source>
        <translation>{name} : départ enregistré à {time} ({session})</translation>
    </message>
    <message>
        <source>{name} checked out at {time}</source>
        <translation>{name} : départ enregistré à {time}</translation>
    </message>
    <message>
        <source>{name} checked in at {time} ({session})</source>
        <translation>{name} : arrivée enregistrée à {time} ({session})</translation>
    </message>
    <message>
        <source>{name} checked in at {time}</source>
        <translation>{name} : arrivée enregistrée à {time}</translation>
    </message>
    <message>
        <source>{name} is deactivated: not recorded</source>
        <translation>{name} est désactivé(e) : non enregistré</translation>
    </message>
    <message>
        <source>No open session for {name}: not recorded</source>
        <translation>Aucune séance ouverte pour {name} : non enregistré</translation>
    </message>
    <message>
        <source>{when} is in the future (it is {now} now): a mark records something that happened. Check the date and time.</source>
        <translation>{when} est dans le futur (il est {now}) : un pointage enregistre quelque chose qui s&apos;est produit. Vérifiez la date et l&apos;heure.</translation>
    </message>
    <message>
        <source>{when} is outside the session &apos;{session}&apos; ({start} to {end}). Pick a time within the session, or another session.</source>
        <translation>{when} est en dehors de la séance « {session} » ({start} à {end}). Choisissez une heure dans la séance, ou une autre séance.</translation>
    </message>
    <message>
        <source>{when} is outside the session &apos;{session}&apos; ({start}). Pick a time within the session, or another session.</source>
        <translation>{when} est en dehors de la séance « {session} » ({start}). Choisissez une heure dans la séance, ou une autre séance.</translation>
    </message>
    <message>
        <source>A session needs a name (for example &apos;Maths 7B&apos;).</source>
        <translation>Une séance a besoin d&apos;un nom (par exemple « Maths 7B »).</translation>
    </message>
    <message>
        <source>group {group}</source>
        <translation>groupe {group}</translation>
    </message>
    <message>
        <source>for everybody</source>
        <translation>pour tout le monde</translation>
    </message>
    <message>
        <source>&apos;{session}&apos; ({who}) has been running since {start}. A group has one session at a time: continue that one, or end it before starting another.</source>
        <translation>« {session} » ({who}) est en cours depuis {start}. Un groupe n&apos;a qu&apos;une séance à la fois : poursuivez celle-ci, ou terminez-la avant d&apos;en démarrer une autre.</translation>
    </message>
    <message>
        <source>&apos;{session}&apos; ({who}, {when}) overlaps this time. A group has one session at a time: change the times, or edit that session.</source>
        <translation>« {session} » ({who}, {when}) chevauche cet horaire. Un groupe n&apos;a qu&apos;une séance à la fois : changez les heures, ou modifiez cette séance-là.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>de {start} à {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>à partir de {start}</translation>
    </message>
    <message>
        <source>Session &apos;{session}&apos; already ended at {when}.</source>
        <translation>La séance « {session} » s&apos;est déjà terminée à {when}.</translation>
    </message>
    <message>
        <source>Session &apos;{session}&apos; has not started yet (starts {when}).</source>
        <translation>La séance « {session} » n&apos;a pas encore commencé (début à {when}).</translation>
    </message>
    <message>
        <source>The session would end ({end}) before it starts ({start}). Check the times.</source>
        <translation>La séance se terminerait ({end}) avant de commencer ({start}). Vérifiez les heures.</translation>
    </message>
    <message>
        <source>&apos;Late after&apos; ({when}) must lie between the start and the end.</source>
        <translation>« En retard après » ({when}) doit se situer entre le début et la fin.</translation>
    </message>
    <message>
        <source>A reason is required for every correction; it is kept in the audit log.</source>
        <translation>Chaque correction exige un motif ; il est conservé dans le journal d&apos;audit.</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>arrivée</translation>
    </message>
    <message>
        <source>check-out</source>
        <translation>départ</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>moved to another person</source>
        <translation>attribué à une autre personne</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Group photo</source>
        <translation>Photo de groupe</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No marks for these days&lt;/h3&gt;&lt;p&gt;Marks appear here when people are recognised on the &lt;b&gt;Live&lt;/b&gt; page or in a group photo (&lt;b&gt;File › Open photo&lt;/b&gt;). Start a session there for a class or a shift.&lt;/p&gt;&lt;p&gt;Someone was missed? &lt;b&gt;Add manual...&lt;/b&gt; marks them by hand, with a reason.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun pointage pour ces jours&lt;/h3&gt;&lt;p&gt;Les pointages apparaissent ici quand des personnes sont reconnues sur la page &lt;b&gt;Direct&lt;/b&gt; ou sur une photo de groupe (&lt;b&gt;Fichier › Ouvrir une photo&lt;/b&gt;). Démarrez-y une séance pour un cours ou une équipe.&lt;/p&gt;&lt;p&gt;Quelqu&apos;un a été oublié ? &lt;b&gt;Ajout manuel...&lt;/b&gt; le pointe à la main, avec un motif.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{source}, confirmed by code</source>
        <translation>{source}, confirmé par code</translation>
    </message>
    <message>
        <source>very sure</source>
        <translation>très sûre</translation>
    </message>
    <message>
        <source>sure</source>
        <translation>sûre</translation>
    </message>
    <message>
        <source>just within the limit</source>
        <translation>de justesse</translation>
    </message>
    <message>
        <source>outside the limit</source>
        <translation>hors de la limite</translation>
    </message>
    <message>
        <source>Made before the session was started (or without one): it counts for this session because it falls in it or just before its start</source>
        <translation>Fait avant le démarrage de la séance (ou sans séance) : il compte pour cette séance car il tombe pendant celle-ci ou juste avant son début</translation>
    </message>
    <message>
        <source>made in &apos;{session}&apos;, outside its times now</source>
        <translation>fait dans « {session} », désormais hors de ses horaires</translation>
    </message>
    <message>
        <source>Made in &apos;{session}&apos;, whose times were changed afterwards: it lies outside them now, so it counts for this session, which it falls in</source>
        <translation>Fait dans « {session} », dont les horaires ont été modifiés ensuite : il est désormais en dehors, donc il compte pour cette séance, dans laquelle il tombe</translation>
    </message>
    <message>
        <source>not counted: outside the sessions of the person&apos;s group</source>
        <translation>non compté : hors des séances du groupe de la personne</translation>
    </message>
    <message>
        <source>Made in &apos;{session}&apos;, whose times were changed afterwards: it lies outside them now and counts for no session</source>
        <translation>Fait dans « {session} », dont les horaires ont été modifiés ensuite : il est désormais en dehors et ne compte pour aucune séance</translation>
    </message>
    <message>
        <source>How closely the face matched the enrolled photos: distance {distance}, the app accepts up to {limit}</source>
        <translation>Degré de ressemblance du visage avec les photos inscrites : distance {distance}, l&apos;application accepte jusqu&apos;à {limit}</translation>
    </message>
    <message>
        <source>withdrawn by {by}: {reason}</source>
        <translation>retiré par {by} : {reason}</translation>
    </message>
    <message>
        <source>moved to another person by {by}: {reason}</source>
        <translation>attribué à une autre personne par {by} : {reason}</translation>
    </message>
    <message>
        <source>corrected by {by}: {reason}</source>
        <translation>corrigé par {by} : {reason}</translation>
    </message>
    <message>
        <source>Double-click: wrong person... · right-click: more</source>
        <translation>Double-clic : mauvaise personne... · clic droit : plus</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Toutes les séances</translation>
    </message>
    <message>
        <source>Show corrected</source>
        <translation>Afficher les corrigés</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Add manual...</source>
        <translation>Ajout manuel...</translation>
    </message>
    <message>
        <source>Mark someone by hand (with a reason, recorded in the audit log)</source>
        <translation>Pointer quelqu&apos;un à la main (avec un motif, consigné dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Wrong person...</source>
        <translation>Mauvaise personne...</translation>
    </message>
    <message>
        <source>Withdraw...</source>
        <translation>Retirer...</translation>
    </message>
    <message>
        <source>Edit session...</source>
        <translation>Modifier la séance...</translation>
    </message>
    <message>
        <source>Roll call...</source>
        <translation>Appel...</translation>
    </message>
    <message>
        <source>Events: {events} · people: {people}</source>
        <translation>Pointages : {events} · personnes : {people}</translation>
    </message>
    <message>
        <source>Only {count} marks are shown here: narrow the dates or the group</source>
        <translation>Seuls {count} pointages sont affichés ici : réduisez les dates ou choisissez un groupe</translation>
    </message>
    <message>
        <source>Marks made on these days that count for a session of another day (after midnight in an evening session, say): {count}. They are listed on that session&apos;s day.</source>
        <translation>Pointages de ces jours qui comptent pour une séance d&apos;un autre jour (par exemple après minuit dans une séance du soir) : {count}. Ils sont listés au jour de cette séance.</translation>
    </message>
    <message>
        <source>times in {zone}</source>
        <translation>heures de {zone}</translation>
    </message>
    <message>
        <source>Select a mark in the table first (or right-click a mark).</source>
        <translation>Sélectionnez d&apos;abord un pointage dans le tableau (ou faites un clic droit sur un pointage).</translation>
    </message>
    <message>
        <source>This mark was already corrected; correct the mark that replaced it.</source>
        <translation>Ce pointage a déjà été corrigé ; corrigez le pointage qui l&apos;a remplacé.</translation>
    </message>
    <message>
        <source>The selected mark is someone else: move it to the right person</source>
        <translation>Le pointage sélectionné concerne quelqu&apos;un d&apos;autre : attribuez-le à la bonne personne</translation>
    </message>
    <message>
        <source>Withdraw the selected mark (kept as &apos;withdrawn&apos;, with a reason)</source>
        <translation>Retirer le pointage sélectionné (conservé comme « retiré », avec un motif)</translation>
    </message>
    <message>
        <source>{action}. {reason}</source>
        <translation>{action}. {reason}</translation>
    </message>
    <message>
        <source>Change the chosen session&apos;s start, end, group or late time; reports follow</source>
        <translation>Modifier le début, la fin, le groupe ou l&apos;heure de retard de la séance choisie ; les rapports suivent</translation>
    </message>
    <message>
        <source>Choose a session in the filter above to change its times or group.</source>
        <translation>Choisissez une séance dans le filtre ci-dessus pour modifier ses heures ou son groupe.</translation>
    </message>
    <message>
        <source>Who was absent or late in the chosen session (else the running or last one today), with Mark present for anyone the camera missed</source>
        <translation>Qui était absent ou en retard dans la séance choisie (sinon celle en cours ou la dernière d&apos;aujourd&apos;hui), avec « Pointer présent » pour ceux que la caméra n&apos;a pas vus</translation>
    </message>
    <message>
        <source>No session in these days: start one, or choose other days.</source>
        <translation>Aucune séance ces jours-là : démarrez-en une, ou choisissez d&apos;autres jours.</translation>
    </message>
    <message>
        <source>Add another mark for {name}...</source>
        <translation>Ajouter un autre pointage pour {name}...</translation>
    </message>
    <message>
        <source>Editing a session</source>
        <translation>Modifier une séance</translation>
    </message>
    <message>
        <source>Correcting attendance</source>
        <translation>Corriger les présences</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup passphrase must have at least {count} characters; without it nobody (including you) can open the backup, so write it down somewhere safe.</source>
        <translation>La phrase secrète de la sauvegarde doit compter au moins {count} caractères ; sans elle personne (vous compris) ne peut ouvrir la sauvegarde, notez-la donc en lieu sûr.</translation>
    </message>
    <message>
        <source>The disk is full: the backup {file} was not written. Free some space or choose another folder; nothing was changed.</source>
        <translation>Le disque est plein : la sauvegarde {file} n&apos;a pas été écrite. Libérez de l&apos;espace ou choisissez un autre dossier ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot write the backup {file}: {error}. Choose another folder; nothing was changed.</source>
        <translation>Impossible d&apos;écrire la sauvegarde {file} : {error}. Choisissez un autre dossier ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{file} is a folder; give a file name for the backup.</source>
        <translation>{file} est un dossier ; indiquez un nom de fichier pour la sauvegarde.</translation>
    </message>
    <message>
        <source>There is no database at {file} to back up.</source>
        <translation>Il n&apos;y a pas de base de données à sauvegarder dans {file}.</translation>
    </message>
    <message>
        <source>There is no encryption key for face data to save: this database does not use encryption yet.</source>
        <translation>Il n&apos;y a pas de clé de chiffrement des données faciales à sauvegarder : cette base de données n&apos;utilise pas encore le chiffrement.</translation>
    </message>
    <message>
        <source>There is no encryption key for face data to save: key {key} is not on this computer.</source>
        <translation>Il n&apos;y a pas de clé de chiffrement des données faciales à sauvegarder : la clé {key} n&apos;est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>{file} is not a face-attendance backup archive.</source>
        <translation>{file} n&apos;est pas une archive de sauvegarde face-attendance.</translation>
    </message>
    <message>
        <source>{file} is a backup of format version {version}, which this version of face-attendance cannot read (written by a newer version?).</source>
        <translation>{file} est une sauvegarde au format version {version}, que cette version de face-attendance ne sait pas lire (écrite par une version plus récente ?).</translation>
    </message>
    <message>
        <source>{file} has a damaged header.</source>
        <translation>{file} a un en-tête endommagé.</translation>
    </message>
    <message>
        <source>{file} has a damaged or crafted header; it cannot be restored.</source>
        <translation>{file} a un en-tête endommagé ou falsifié ; elle ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the backup {file}. Nothing was changed.</source>
        <translation>Phrase secrète incorrecte pour la sauvegarde {file}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{file} has data after its end; it was modified.</source>
        <translation>{file} contient des données après sa fin ; il a été modifié.</translation>
    </message>
    <message>
        <source>The backup file {file} does not exist.</source>
        <translation>Le fichier de sauvegarde {file} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{file} is damaged: {problem}</source>
        <translation>{file} est endommagé : {problem}</translation>
    </message>
    <message>
        <source>{file} has no manifest; it is not a complete backup.</source>
        <translation>{file} n&apos;a pas de manifeste ; ce n&apos;est pas une sauvegarde complète.</translation>
    </message>
    <message>
        <source>{file} lacks its database; it cannot be restored.</source>
        <translation>{file} ne contient pas sa base de données ; il ne peut pas être restauré.</translation>
    </message>
    <message>
        <source>The database inside {file} does not match its manifest.</source>
        <translation>La base de données contenue dans {file} ne correspond pas à son manifeste.</translation>
    </message>
    <message>
        <source>The data key inside {file} does not match its manifest.</source>
        <translation>La clé de données contenue dans {file} ne correspond pas à son manifeste.</translation>
    </message>
    <message>
        <source>The database inside the backup is damaged ({problem}).</source>
        <translation>La base de données de la sauvegarde est endommagée ({problem}).</translation>
    </message>
    <message>
        <source>The database inside the backup cannot be used: {problem} Nothing was changed.</source>
        <translation>La base de données de la sauvegarde est inutilisable : {problem} Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The backup&apos;s database is at schema revision {revision}, which this version of face-attendance does not know (it was made by a newer version). Install that version to restore it; nothing was changed.</source>
        <translation>La base de données de la sauvegarde est à la révision de schéma {revision}, que cette version de face-attendance ne connaît pas (elle a été créée par une version plus récente). Installez cette version pour la restaurer ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>part of that path is a file, not a folder</source>
        <translation>une partie de ce chemin est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>Restore not confirmed: nothing was changed. Re-run with --yes (or answer &apos;yes&apos;) to replace the data listed above.</source>
        <translation>Restauration non confirmée : rien n&apos;a été modifié. Relancez avec --yes (ou répondez &apos;yes&apos;) pour remplacer les données ci-dessus.</translation>
    </message>
    <message>
        <source>Could not copy the current database {file} before restoring ({problem}); nothing was changed.</source>
        <translation>Impossible de copier la base de données actuelle {file} avant la restauration ({problem}) ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not copy the current database {file} before restoring; nothing was changed.</source>
        <translation>Impossible de copier la base de données actuelle {file} avant la restauration ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>The backup&apos;s data is in use, but its settings could not be written ({problem}): the settings from before stay.</source>
        <translation>Les données de la sauvegarde sont en service, mais ses réglages n&apos;ont pas pu être écrits ({problem}) : les réglages d&apos;avant restent.</translation>
    </message>
    <message>
        <source>The backup&apos;s data is in use, but the restore could not finish ({problem}).</source>
        <translation>Les données de la sauvegarde sont en service, mais la restauration n&apos;a pas pu se terminer ({problem}).</translation>
    </message>
    <message>
        <source>The data from before the restore is kept at {file}: Undo the restore puts it back.</source>
        <translation>Les données d&apos;avant la restauration sont conservées dans {file} : « Annuler la restauration » les remet en place.</translation>
    </message>
    <message>
        <source>{file} is open in another program (a database viewer, a sync or copy tool?): close that program, then restore again. Nothing was changed.</source>
        <translation>{file} est ouvert dans un autre programme (un visualiseur de base de données, un outil de synchronisation ou de copie ?) : fermez ce programme, puis relancez la restauration. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Restoring into {file} failed ({problem}); the data there is unchanged, and a copy of it is kept at {copy}.</source>
        <translation>La restauration dans {file} a échoué ({problem}) ; les données y sont inchangées, et une copie est conservée dans {copy}.</translation>
    </message>
    <message>
        <source>The restored database {file} fails its integrity check: {problem}</source>
        <translation>La base de données restaurée {file} échoue au contrôle d&apos;intégrité : {problem}</translation>
    </message>
    <message>
        <source>The settings inside the backup are not valid TOML ({problem}); nothing was changed.</source>
        <translation>Les réglages dans la sauvegarde ne sont pas du TOML valide ({problem}) ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The settings inside the backup are not valid ({problem}); nothing was changed.</source>
        <translation>Les réglages dans la sauvegarde ne sont pas valides ({problem}) ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{file} is cut short (an incomplete copy). Copy it again from where it was saved, or choose another backup. Nothing was changed.</source>
        <translation>{file} est incomplet (une copie interrompue). Copiez-le à nouveau depuis l&apos;endroit où il a été enregistré, ou choisissez une autre sauvegarde. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{file} is damaged or was modified: part of it cannot be read. Copy it again from where it was saved, or choose another backup. Nothing was changed.</source>
        <translation>{file} est endommagé ou a été modifié : une partie ne peut pas être lue. Copiez-le à nouveau depuis l&apos;endroit où il a été enregistré, ou choisissez une autre sauvegarde. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>another program is using the database file right now</source>
        <translation>un autre programme utilise le fichier de la base de données en ce moment</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>le fichier est endommagé</translation>
    </message>
    <message>
        <source>this user may not open the file</source>
        <translation>cet utilisateur n&apos;a pas le droit d&apos;ouvrir le fichier</translation>
    </message>
    <message>
        <source>the disk could not be read</source>
        <translation>le disque n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>SQLite says: {problem}</source>
        <translation>SQLite indique : {problem}</translation>
    </message>
    <message>
        <source>{file} could not be read: {why}.</source>
        <translation>{file} n&apos;a pas pu être lu : {why}.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>The data was not replaced.</source>
        <translation>Les données n&apos;ont pas été remplacées.</translation>
    </message>
    <message>
        <source>Face Attendance backups (*.fab);;All files (*)</source>
        <translation>Sauvegardes Face Attendance (*.fab);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>People: {people} · Sessions: {sessions} · Attendance records: {events}</source>
        <translation>Personnes : {people} · Séances : {sessions} · Enregistrements de présence : {events}</translation>
    </message>
    <message>
        <source>{people} ({active} active)</source>
        <translation>{people} ({active} actives)</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Choisir...</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>A backup is one file with everyone enrolled, their face data, all sessions and attendance records, and the settings. It holds biometric data, so it is encrypted with a passphrase of at least {count} characters. Write the passphrase down and keep it apart from the file: without it nobody can open the backup, not even you.</source>
        <translation>Une sauvegarde est un fichier contenant toutes les personnes inscrites, leurs données faciales, toutes les séances et tous les enregistrements de présence, ainsi que les réglages. Elle contient des données biométriques : elle est donc chiffrée avec une phrase secrète d&apos;au moins {count} caractères. Notez la phrase secrète et gardez-la à l&apos;écart du fichier : sans elle personne ne peut ouvrir la sauvegarde, pas même vous.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>Enregistrer la sauvegarde sous</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>Choisissez où enregistrer la sauvegarde.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters.</source>
        <translation>La phrase secrète doit compter au moins {count} caractères.</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>Sauvegarde en cours...</translation>
    </message>
    <message>
        <source>Backup saved.</source>
        <translation>Sauvegarde enregistrée.</translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation>Fichier : {file}</translation>
    </message>
    <message>
        <source>Contents as of {when}: {what}</source>
        <translation>Contenu au {when} : {what}</translation>
    </message>
    <message>
        <source>Keep the file somewhere safe (a USB stick, another computer) and the passphrase apart from it. To bring it back, use Restore... in the File menu.</source>
        <translation>Gardez le fichier en lieu sûr (une clé USB, un autre ordinateur) et la phrase secrète à part. Pour le récupérer, utilisez Restaurer... dans le menu Fichier.</translation>
    </message>
    <message>
        <source>The encryption key of the face data is not on this computer and is not in the backup: the faces in it can only be read where that key is.</source>
        <translation>La clé de chiffrement des données faciales n&apos;est pas sur cet ordinateur ni dans la sauvegarde : les visages qu&apos;elle contient ne sont lisibles que là où se trouve cette clé.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation>La sauvegarde n&apos;a pas été faite.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>A .fab file made by Back up</source>
        <translation>Un fichier .fab créé par Sauvegarder</translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation>Ouvrir la sauvegarde</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <source>Opening and checking the backup...</source>
        <translation>Ouverture et vérification de la sauvegarde...</translation>
    </message>
    <message>
        <source>This backup cannot be restored.</source>
        <translation>Cette sauvegarde ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>Backup of {when}, made on {device}</source>
        <translation>Sauvegarde du {when}, faite sur {device}</translation>
    </message>
    <message>
        <source>(Face Attendance {version})</source>
        <translation>(Face Attendance {version})</translation>
    </message>
    <message>
        <source>These protection settings change with it:</source>
        <translation>Ces réglages de protection changent avec elle :</translation>
    </message>
    <message>
        <source>The backup&apos;s encryption key for face data will be installed on this computer.</source>
        <translation>La clé de chiffrement des données faciales de la sauvegarde sera installée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>In the backup</source>
        <translation>Dans la sauvegarde</translation>
    </message>
    <message>
        <source>On this computer now</source>
        <translation>Sur cet ordinateur maintenant</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Attendance records</source>
        <translation>Enregistrements de présence</translation>
    </message>
    <message>
        <source>Face templates</source>
        <translation>Modèles de visage</translation>
    </message>
    <message>
        <source>Replace the current data</source>
        <translation>Remplacer les données actuelles</translation>
    </message>
    <message>
        <source>Restoring the backup...</source>
        <translation>Restauration de la sauvegarde...</translation>
    </message>
    <message>
        <source>Restoring replaces everyone enrolled, their face data, all sessions and attendance records, and the settings on this computer with those in the backup. Nothing changes until you have seen what the backup holds and pressed &quot;Replace the current data&quot;.</source>
        <translation>La restauration remplace toutes les personnes inscrites, leurs données faciales, toutes les séances et tous les enregistrements de présence, ainsi que les réglages de cet ordinateur par ceux de la sauvegarde. Rien ne change avant que vous ayez vu ce que contient la sauvegarde et appuyé sur « Remplacer les données actuelles ».</translation>
    </message>
    <message>
        <source>The current data is copied to {folder} first, then replaced by the backup&apos;s.</source>
        <translation>Les données actuelles sont d&apos;abord copiées dans {folder}, puis remplacées par celles de la sauvegarde.</translation>
    </message>
    <message>
        <source>Install the key</source>
        <translation>Installer la clé</translation>
    </message>
    <message>
        <source>This backup holds only the encryption key for face data, no people or records: the data on this computer stays as it is.</source>
        <translation>Cette sauvegarde ne contient que la clé de chiffrement des données faciales, ni personnes ni enregistrements : les données de cet ordinateur restent telles quelles.</translation>
    </message>
    <message>
        <source>This computer already has that key: there is nothing to restore.</source>
        <translation>Cet ordinateur a déjà cette clé : il n&apos;y a rien à restaurer.</translation>
    </message>
    <message>
        <source>Consent needed to enroll</source>
        <translation>Consentement requis pour inscrire</translation>
    </message>
    <message>
        <source>Face data encrypted on disk</source>
        <translation>Données faciales chiffrées sur le disque</translation>
    </message>
    <message>
        <source>Days face data is kept after a person leaves</source>
        <translation>Jours de conservation des données faciales après un départ</translation>
    </message>
    <message>
        <source>Months attendance records are kept</source>
        <translation>Mois de conservation des présences</translation>
    </message>
    <message>
        <source>Minutes the admin PIN stays unlocked</source>
        <translation>Minutes de déverrouillage du code PIN admin</translation>
    </message>
    <message>
        <source>Database copies kept in backups/</source>
        <translation>Copies de la base gardées dans backups/</translation>
    </message>
    <message>
        <source>Days those copies are kept</source>
        <translation>Jours de conservation de ces copies</translation>
    </message>
    <message>
        <source>Kiosk liveness check</source>
        <translation>Contrôle de présence réelle du kiosque</translation>
    </message>
    <message>
        <source>Kiosk second check</source>
        <translation>Seconde vérification du kiosque</translation>
    </message>
    <message>
        <source>Match threshold</source>
        <translation>Seuil de correspondance</translation>
    </message>
    <message>
        <source>Match margin</source>
        <translation>Marge de correspondance</translation>
    </message>
    <message>
        <source>Strictness</source>
        <translation>Sévérité</translation>
    </message>
    <message>
        <source>Face model</source>
        <translation>Modèle de visage</translation>
    </message>
    <message>
        <source>Face detector</source>
        <translation>Détecteur de visage</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>la valeur par défaut</translation>
    </message>
    <message>
        <source>{setting}: {old} → {new}</source>
        <translation>{setting} : {old} → {new}</translation>
    </message>
    <message>
        <source>{file} already exists and is not a Face Attendance backup. Choose another name; nothing was changed.</source>
        <translation>{file} existe déjà et n&apos;est pas une sauvegarde Face Attendance. Choisissez un autre nom ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>There is already a backup named {file}, saved {when}. Replace it with a new backup? The old backup is then lost.</source>
        <translation>Il existe déjà une sauvegarde nommée {file}, enregistrée le {when}. La remplacer par une nouvelle sauvegarde ? L&apos;ancienne sauvegarde sera alors perdue.</translation>
    </message>
    <message>
        <source>Replace the old backup</source>
        <translation>Remplacer l&apos;ancienne sauvegarde</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>pas encore de données</translation>
    </message>
    <message>
        <source>Put back the data from before the restore?</source>
        <translation>Remettre les données d&apos;avant la restauration ?</translation>
    </message>
    <message>
        <source>Replace the data on this computer with the backup&apos;s?</source>
        <translation>Remplacer les données de cet ordinateur par celles de la sauvegarde ?</translation>
    </message>
    <message>
        <source>{question}

Replaced: {now}
In use afterwards: {backup}

Everyone enrolled and every mark made since then is no longer in use. The current data is copied to {folder} first.</source>
        <translation>{question}

Remplacé : {now}
En service ensuite : {backup}

Les personnes inscrites et les présences notées depuis ne sont plus en service. Les données actuelles sont d&apos;abord copiées dans {folder}.</translation>
    </message>
    <message>
        <source>Undo the restore</source>
        <translation>Annuler la restauration</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Les deux phrases secrètes ne sont pas encore identiques.</translation>
    </message>
    <message>
        <source>The admin PIN becomes the one that was set when this backup was made: make sure you know it.</source>
        <translation>Le code PIN admin devient celui qui était défini lors de cette sauvegarde : assurez-vous de le connaître.</translation>
    </message>
    <message>
        <source>The backup has no admin PIN: afterwards the admin pages are open until you set one in Settings.</source>
        <translation>La sauvegarde n&apos;a pas de code PIN admin : ensuite, les pages d&apos;administration sont ouvertes jusqu&apos;à ce que vous en définissiez un dans Réglages.</translation>
    </message>
    <message>
        <source>The backup&apos;s settings are not restored: this window was started with --data-dir and without --config, so your settings file belongs to another data folder. Only the data (and the encryption key) are.</source>
        <translation>Les réglages de la sauvegarde ne sont pas restaurés : cette fenêtre a été lancée avec --data-dir et sans --config, votre fichier de réglages appartient donc à un autre dossier de données. Seules les données (et la clé de chiffrement) le sont.</translation>
    </message>
    <message>
        <source>This backup holds a whole database, but this computer keeps its data on a database server ({server}): restore that server from its own backup. A backup that holds only the encryption key can be restored here.</source>
        <translation>Cette sauvegarde contient une base de données entière, mais cet ordinateur garde ses données sur un serveur de base de données ({server}) : restaurez ce serveur depuis sa propre sauvegarde. Une sauvegarde qui ne contient que la clé de chiffrement peut être restaurée ici.</translation>
    </message>
    <message>
        <source>This computer keeps its data on a database server ({server}): ask whoever looks after that server to back it up. Here you save what only this computer has: the encryption key for the face data. Without it the faces on the server cannot be read after a reinstall. The file is encrypted with a passphrase of at least {count} characters; keep the passphrase apart from the file.</source>
        <translation>Cet ordinateur garde ses données sur un serveur de base de données ({server}) : demandez à la personne qui s&apos;occupe de ce serveur de le sauvegarder. Ici, vous sauvegardez ce que seul cet ordinateur possède : la clé de chiffrement des données faciales. Sans elle, les visages sur le serveur ne peuvent plus être lus après une réinstallation. Le fichier est chiffré avec une phrase secrète d&apos;au moins {count} caractères ; gardez-la à part du fichier.</translation>
    </message>
    <message>
        <source>Contents: the encryption key for the face data, nothing else (the data stays on the database server).</source>
        <translation>Contenu : la clé de chiffrement des données faciales, rien d&apos;autre (les données restent sur le serveur de base de données).</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>data that cannot be read now ({why})</source>
        <translation>des données illisibles pour l&apos;instant ({why})</translation>
    </message>
    <message>
        <source>The data on this computer now cannot be read ({why}), so what it holds is not shown.</source>
        <translation>Les données de cet ordinateur sont illisibles pour l&apos;instant ({why}) : leur contenu n&apos;est donc pas affiché.</translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>The image folder {folder} does not exist. Create it or choose another source in Settings &gt; Camera.</source>
        <translation>Le dossier d&apos;images {folder} n&apos;existe pas. Créez-le ou choisissez une autre source dans Paramètres &gt; Caméra.</translation>
    </message>
    <message>
        <source>The image folder {folder} holds no images (.jpg, .png, ...). Add some or choose another source.</source>
        <translation>Le dossier d&apos;images {folder} ne contient aucune image (.jpg, .png, ...). Ajoutez-en ou choisissez une autre source.</translation>
    </message>
    <message>
        <source>The video file {file} does not exist. Check the path, or choose another camera or video in Settings &gt; Camera.</source>
        <translation>Le fichier vidéo {file} n&apos;existe pas. Vérifiez le chemin ou choisissez une autre caméra ou une autre vidéo dans Paramètres &gt; Caméra.</translation>
    </message>
    <message>
        <source>Cannot connect to the stream {source}. Check the address, the network and the credentials.</source>
        <translation>Impossible de se connecter au flux {source}. Vérifiez l&apos;adresse, le réseau et les identifiants.</translation>
    </message>
    <message>
        <source>Cannot decode the video file {file}: it is damaged or in an unsupported format.</source>
        <translation>Impossible de décoder le fichier vidéo {file} : il est endommagé ou dans un format non pris en charge.</translation>
    </message>
    <message>
        <source>photo {file}</source>
        <translation>photo {file}</translation>
    </message>
    <message>
        <source>camera {index}</source>
        <translation>caméra {index}</translation>
    </message>
    <message>
        <source>image folder {folder}</source>
        <translation>dossier d&apos;images {folder}</translation>
    </message>
    <message>
        <source>video {file}</source>
        <translation>vidéo {file}</translation>
    </message>
    <message>
        <source>Connecting to the camera...</source>
        <translation>Connexion à la caméra...</translation>
    </message>
    <message>
        <source>Cannot open the source: {error}</source>
        <translation>Impossible d&apos;ouvrir la source : {error}</translation>
    </message>
    <message>
        <source>{problem} Reconnecting in {seconds} s...</source>
        <translation>{problem} Reconnexion dans {seconds} s...</translation>
    </message>
    <message>
        <source>The video has ended.</source>
        <translation>La vidéo est terminée.</translation>
    </message>
    <message>
        <source>No camera source is set. Choose one in Settings &gt; Camera.</source>
        <translation>Aucune source de caméra n&apos;est définie. Choisissez-en une dans Paramètres &gt; Caméra.</translation>
    </message>
    <message>
        <source>Camera {camera} is not available: it is unplugged, used by another program, or this user may not access it (macOS: System Settings &gt; Privacy &amp; Security &gt; Camera). Plug it in or choose another camera or camera backend in Settings.</source>
        <translation>La caméra {camera} n&apos;est pas disponible : elle est débranchée, utilisée par un autre programme, ou cet utilisateur n&apos;y a pas accès (macOS : Réglages Système &gt; Confidentialité et sécurité &gt; Caméra). Branchez-la ou choisissez une autre caméra ou un autre pilote de caméra dans les Paramètres.</translation>
    </message>
    <message>
        <source>Camera {camera} is not available through {backend}: it is unplugged, used by another program, or this user may not access it (macOS: System Settings &gt; Privacy &amp; Security &gt; Camera). Plug it in or choose another camera or camera backend in Settings.</source>
        <translation>La caméra {camera} n&apos;est pas disponible via {backend} : elle est débranchée, utilisée par un autre programme, ou cet utilisateur n&apos;y a pas accès (macOS : Réglages Système &gt; Confidentialité et sécurité &gt; Caméra). Branchez-la ou choisissez une autre caméra ou un autre pilote de caméra dans les Paramètres.</translation>
    </message>
    <message>
        <source>{source} stopped delivering frames (unplugged or disconnected).</source>
        <translation>{source} n&apos;envoie plus d&apos;images (débranchée ou déconnectée).</translation>
    </message>
    <message>
        <source>None of the images in {folder} can be read.</source>
        <translation>Aucune des images de {folder} ne peut être lue.</translation>
    </message>
</context>
<context>
    <name>Cameras</name>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Add a manual mark</source>
        <translation>Ajouter un pointage manuel</translation>
    </message>
    <message>
        <source>Withdraw a mark</source>
        <translation>Retirer un pointage</translation>
    </message>
    <message>
        <source>Wrong person</source>
        <translation>Mauvaise personne</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>arrivée</translation>
    </message>
    <message>
        <source>check-out</source>
        <translation>départ</translation>
    </message>
    <message>
        <source>No session (counts for the day)</source>
        <translation>Aucune séance (compte pour la journée)</translation>
    </message>
    <message>
        <source>{name} — {kind} at {when}</source>
        <translation>{name} — {kind} le {when}</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Pointage</translation>
    </message>
    <message>
        <source>Type or choose a name</source>
        <translation>Saisissez ou choisissez un nom</translation>
    </message>
    <message>
        <source>The session the mark counts for in the register</source>
        <translation>La séance pour laquelle le pointage compte dans le registre</translation>
    </message>
    <message>
        <source>Remember that this face is not the recognised person</source>
        <translation>Retenir que ce visage n&apos;est pas la personne reconnue</translation>
    </message>
    <message>
        <source>Only when the camera really mixed the two people up: the app will then be stricter before recognising this face as them again. Leave it off for a simple slip.</source>
        <translation>Seulement si la caméra a vraiment confondu les deux personnes : l&apos;application sera alors plus stricte avant de reconnaître à nouveau ce visage comme cette personne. Laissez décoché pour une simple erreur.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Actually</source>
        <translation>En réalité</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Required: why (kept in the audit log)</source>
        <translation>Obligatoire : pourquoi (conservé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Please give a reason: corrections are audited.</source>
        <translation>Veuillez indiquer un motif : les corrections sont auditées.</translation>
    </message>
    <message>
        <source>Choose the person.</source>
        <translation>Choisissez la personne.</translation>
    </message>
</context>
<context>
    <name>DataInUse</name>
    <message>
        <source>The kiosk is running on this data (since {time}).</source>
        <translation>Le kiosque fonctionne sur ces données (depuis {time}).</translation>
    </message>
    <message>
        <source>A Face Attendance window is open on this data (since {time}).</source>
        <translation>Une fenêtre Face Attendance est ouverte sur ces données (depuis {time}).</translation>
    </message>
    <message>
        <source>Another restore is running on this data (since {time}).</source>
        <translation>Une autre restauration est en cours sur ces données (depuis {time}).</translation>
    </message>
    <message>
        <source>Another Face Attendance program is starting on this data.</source>
        <translation>Un autre programme Face Attendance démarre sur ces données.</translation>
    </message>
    <message>
        <source>The command &quot;face-attendance {command}&quot; is running on this data (since {time}).</source>
        <translation>La commande « face-attendance {command} » s&apos;exécute sur ces données (depuis {time}).</translation>
    </message>
    <message>
        <source>It runs on the computer {host}.</source>
        <translation>Il s&apos;exécute sur l&apos;ordinateur {host}.</translation>
    </message>
    <message>
        <source>Close it, then restore. Nothing was changed.</source>
        <translation>Fermez-le, puis restaurez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Close them, then restore. Nothing was changed.</source>
        <translation>Fermez-les, puis restaurez. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>A restore is replacing the data in this folder (since {time}). Start again when it has finished.</source>
        <translation>Une restauration remplace les données de ce dossier (depuis {time}). Relancez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>This user may not open {file}: a program another user of this computer runs on this data may be using it.</source>
        <translation>Cet utilisateur n&apos;a pas le droit d&apos;ouvrir {file} : un programme qu&apos;un autre utilisateur de cet ordinateur exécute sur ces données l&apos;utilise peut-être.</translation>
    </message>
    <message>
        <source>If no such program runs any more, delete that file (or ask someone who may), then restore.</source>
        <translation>Si aucun programme de ce genre ne tourne plus, supprimez ce fichier (ou demandez-le à quelqu&apos;un qui en a le droit), puis restaurez.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database {database} is locked by another program for too long. Close other copies of the app or wait and try again. Nothing was lost.</source>
        <translation>La base de données {database} est verrouillée par un autre programme depuis trop longtemps. Fermez les autres copies de l&apos;application ou attendez et réessayez. Rien n&apos;a été perdu.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Copier dans le presse-papiers</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Add samples for {name}</source>
        <translation>Ajouter des échantillons pour {name}</translation>
    </message>
    <message>
        <source>Enroll from camera</source>
        <translation>Inscrire avec la caméra</translation>
    </message>
    <message>
        <source>Enroll from photos</source>
        <translation>Inscrire avec des photos</translation>
    </message>
    <message>
        <source>This person agreed to have their face stored for attendance (consent text {version})</source>
        <translation>Cette personne a accepté que son visage soit enregistré pour les présences (texte de consentement {version})</translation>
    </message>
    <message>
        <source>Consent recorded by</source>
        <translation>Consentement recueilli par</translation>
    </message>
    <message>
        <source>Drop photos here or use &lt;b&gt;Add photos&lt;/b&gt;. One face per photo; several photos of the same person make recognition more reliable.</source>
        <translation>Déposez des photos ici ou utilisez &lt;b&gt;Ajouter des photos&lt;/b&gt;. Un visage par photo ; plusieurs photos de la même personne rendent la reconnaissance plus fiable.</translation>
    </message>
    <message>
        <source>Add photos...</source>
        <translation>Ajouter des photos...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Waiting for the camera...</source>
        <translation>En attente de la caméra...</translation>
    </message>
    <message>
        <source>Capture  (Space)</source>
        <translation>Capturer  (Espace)</translation>
    </message>
    <message>
        <source>Capture {count} or more views: straight, slightly left, slightly right.</source>
        <translation>Capturez {count} vues ou plus : de face, légèrement à gauche, légèrement à droite.</translation>
    </message>
    <message>
        <source>Add samples</source>
        <translation>Ajouter les échantillons</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>{name} was enrolled from a small or upscaled photo (a weak sample); recognition is less reliable until there are camera samples. Capture camera samples now: they replace the small photo.</source>
        <translation>{name} a été inscrit(e) à partir d&apos;une photo petite ou agrandie (un échantillon faible) ; la reconnaissance est moins fiable tant qu&apos;il n&apos;y a pas d&apos;échantillons de la caméra. Capturez maintenant des échantillons avec la caméra : ils remplacent la petite photo.</translation>
    </message>
    <message>
        <source>{name} was enrolled from a small or upscaled photo (a weak sample); recognition is less reliable until there are camera samples. Use Enroll from camera to take camera samples: they replace it.</source>
        <translation>{name} a été inscrit(e) à partir d&apos;une photo petite ou agrandie (un échantillon faible) ; la reconnaissance est moins fiable tant qu&apos;il n&apos;y a pas d&apos;échantillons de la caméra. Utilisez Inscrire avec la caméra pour prendre des échantillons : ils la remplacent.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Saisissez le nom de la personne.</translation>
    </message>
    <message>
        <source>Consent is required before a face can be stored.</source>
        <translation>Le consentement est requis avant d&apos;enregistrer un visage.</translation>
    </message>
    <message>
        <source>Add at least one photo.</source>
        <translation>Ajoutez au moins une photo.</translation>
    </message>
    <message>
        <source>Capture at least one picture.</source>
        <translation>Capturez au moins une image.</translation>
    </message>
    <message>
        <source>Ready: 1 sample.</source>
        <translation>Prêt : 1 échantillon.</translation>
    </message>
    <message>
        <source>Ready: {count} samples.</source>
        <translation>Prêt : {count} échantillons.</translation>
    </message>
    <message>
        <source>Photos of the person</source>
        <translation>Photos de la personne</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.webp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.bmp *.webp)</translation>
    </message>
    <message>
        <source>{file}: damaged or not a picture (not used)</source>
        <translation>{file} : endommagé ou pas une image (non utilisé)</translation>
    </message>
    <message>
        <source>{files}: cannot be read, the file is damaged or not a picture. Choose another photo.</source>
        <translation>{files} : illisible, le fichier est endommagé ou n&apos;est pas une image. Choisissez une autre photo.</translation>
    </message>
    <message>
        <source>No camera.</source>
        <translation>Pas de caméra.</translation>
    </message>
    <message>
        <source>Good: hold still and capture</source>
        <translation>Bien : ne bougez plus et capturez</translation>
    </message>
    <message>
        <source>Looking for a face...</source>
        <translation>Recherche d&apos;un visage...</translation>
    </message>
    <message>
        <source>Only one person in the picture, please</source>
        <translation>Une seule personne dans l&apos;image, s&apos;il vous plaît</translation>
    </message>
    <message>
        <source>No face found: look at the camera</source>
        <translation>Aucun visage trouvé : regardez la caméra</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>À ajuster</translation>
    </message>
    <message>
        <source>No checked picture yet.</source>
        <translation>Aucune image vérifiée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Not captured: {reason}</source>
        <translation>Non capturée : {reason}</translation>
    </message>
    <message>
        <source>Enrolling...</source>
        <translation>Inscription...</translation>
    </message>
    <message>
        <source>{name} has new samples: 1 sample stored.</source>
        <translation>{name} a de nouveaux échantillons : 1 échantillon enregistré.</translation>
    </message>
    <message>
        <source>{name} has new samples: {count} samples stored.</source>
        <translation>{name} a de nouveaux échantillons : {count} échantillons enregistrés.</translation>
    </message>
    <message>
        <source>{name} is enrolled: 1 sample stored.</source>
        <translation>{name} est inscrit(e) : 1 échantillon enregistré.</translation>
    </message>
    <message>
        <source>{name} is enrolled: {count} samples stored.</source>
        <translation>{name} est inscrit(e) : {count} échantillons enregistrés.</translation>
    </message>
    <message>
        <source>Enrolled from a small photo (weak sample): recognition of {name} is less reliable until camera samples are taken (the kiosk and this dialog ask for them).</source>
        <translation>Inscrit(e) à partir d&apos;une petite photo (échantillon faible) : la reconnaissance de {name} est moins fiable tant que des échantillons de la caméra n&apos;ont pas été pris (le kiosque et cette fenêtre les demandent).</translation>
    </message>
    <message>
        <source>{done} The small photo was replaced by the camera samples.</source>
        <translation>{done} La petite photo a été remplacée par les échantillons de la caméra.</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>{done}

Not used:
{problems}</source>
        <translation>{done}

Non utilisées :
{problems}</translation>
    </message>
    <message>
        <source>Small photo</source>
        <translation>Petite photo</translation>
    </message>
    <message>
        <source>This photo is too blurred to enroll normally: it is small or was enlarged (an ID photo from a school or HR database?).

You can enroll it as a weak sample: recognition is less reliable until camera samples are taken, and the person is asked for them the next time the kiosk or this dialog sees them.</source>
        <translation>Cette photo est trop floue pour une inscription normale : elle est petite ou a été agrandie (une photo d&apos;identité issue d&apos;une base scolaire ou RH ?).

Vous pouvez l&apos;inscrire comme échantillon faible : la reconnaissance est moins fiable tant que des échantillons de la caméra n&apos;ont pas été pris, et ils seront demandés à la personne la prochaine fois que le kiosque ou cette fenêtre la verra.</translation>
    </message>
    <message>
        <source>Enroll as weak sample</source>
        <translation>Inscrire comme échantillon faible</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>Looks like someone enrolled</source>
        <translation>Ressemble à une personne inscrite</translation>
    </message>
    <message>
        <source>This face looks like {names}, who is already enrolled.

The same person twice? Add these photos to {name}.
Two different people who look alike (twins, relatives)? Enroll as a different person: the app remembers the pair, is stricter between them, and a kiosk asks them for their ID number.</source>
        <translation>Ce visage ressemble à {names}, déjà inscrit(e).

La même personne deux fois ? Ajoutez ces photos à {name}.
Deux personnes différentes qui se ressemblent (jumeaux, proches) ? Inscrivez-la comme une autre personne : l&apos;application retient la paire, est plus stricte entre elles, et un kiosque leur demande leur numéro d&apos;identification.</translation>
    </message>
    <message>
        <source>Add to {name}</source>
        <translation>Ajouter à {name}</translation>
    </message>
    <message>
        <source>Enroll as a different person</source>
        <translation>Inscrire comme une autre personne</translation>
    </message>
    <message>
        <source>Which face?</source>
        <translation>Quel visage ?</translation>
    </message>
    <message>
        <source>This photo shows {count} faces. Click the face of the person you are enrolling (or use its button below).</source>
        <translation>Cette photo montre {count} visages. Cliquez sur le visage de la personne que vous inscrivez (ou utilisez son bouton ci-dessous).</translation>
    </message>
    <message>
        <source>Face {number}</source>
        <translation>Visage {number}</translation>
    </message>
    <message>
        <source>not good enough yet</source>
        <translation>pas encore suffisante</translation>
    </message>
    <message>
        <source>very good picture</source>
        <translation>très bonne image</translation>
    </message>
    <message>
        <source>good picture</source>
        <translation>bonne image</translation>
    </message>
    <message>
        <source>just good enough</source>
        <translation>tout juste suffisante</translation>
    </message>
</context>
<context>
    <name>Enrollment</name>
    <message>
        <source>No photo given: enroll needs at least one photo or camera frame.</source>
        <translation>Aucune photo fournie : l&apos;inscription a besoin d&apos;au moins une photo ou une image de la caméra.</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>cette personne</translation>
    </message>
    <message>
        <source>Enrolling {name} needs their consent to store their face (consent text {version}). Ask them, then confirm it (--consent on the command line, the consent box in the app). Nothing was stored.</source>
        <translation>L&apos;inscription de {name} nécessite son consentement pour enregistrer son visage (texte de consentement {version}). Demandez-le-lui, puis confirmez-le (--consent en ligne de commande, la case de consentement dans l&apos;application). Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>No face found in {source}. Use a photo where the face is clearly visible, well lit and at least {pixels} pixels wide.</source>
        <translation>Aucun visage trouvé dans {source}. Utilisez une photo où le visage est bien visible, bien éclairé et d&apos;au moins {pixels} pixels de large.</translation>
    </message>
    <message>
        <source>{source} has {count} face(s); face number {number} does not exist (0 = the largest, up to {last}).</source>
        <translation>{source} contient {count} visage(s) ; le visage numéro {number} n&apos;existe pas (0 = le plus grand, jusqu&apos;à {last}).</translation>
    </message>
    <message>
        <source>{source} shows {count} faces; enrollment needs exactly one. Crop the photo to one person, or choose which face to use (0 = the largest).</source>
        <translation>{source} montre {count} visages ; l&apos;inscription en demande exactement un. Recadrez la photo sur une seule personne, ou choisissez le visage à utiliser (0 = le plus grand).</translation>
    </message>
    <message>
        <source>The face in {source} is too blurred to enroll ({problems}): a small or upscaled photo. Enroll it as a weak sample (--allow-weak, or &apos;Enroll as weak sample&apos; in the app): the person is then asked for camera samples the next time the kiosk or the enroll dialog sees them.</source>
        <translation>Le visage dans {source} est trop flou pour être inscrit ({problems}) : une photo petite ou agrandie. Inscrivez-le comme échantillon faible (--allow-weak, ou « Inscrire comme échantillon faible » dans l&apos;application) : des échantillons de la caméra seront demandés à la personne la prochaine fois que le kiosque ou la fenêtre d&apos;inscription la verra.</translation>
    </message>
    <message>
        <source>The face in {source} is not good enough to enroll: {problems}. Take another photo.</source>
        <translation>Le visage dans {source} n&apos;est pas assez bon pour être inscrit : {problems}. Prenez une autre photo.</translation>
    </message>
    <message>
        <source>{first} and {second} do not look like the same person. Enroll each person separately, or add a third photo.</source>
        <translation>{first} et {second} ne semblent pas montrer la même personne. Inscrivez chaque personne séparément, ou ajoutez une troisième photo.</translation>
    </message>
    <message>
        <source>{source} does not look like the other photos of this person; left out.</source>
        <translation>{source} ne ressemble pas aux autres photos de cette personne ; écartée.</translation>
    </message>
    <message>
        <source>camera frame {number}</source>
        <translation>image de caméra {number}</translation>
    </message>
    <message>
        <source>the camera frame</source>
        <translation>l&apos;image de la caméra</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>&quot;{name}&quot; cannot be a file name on Windows: no : ? * &lt; &gt; | or &quot; in it, no device name such as CON or NUL, no dot or space at the end. Choose another name.</source>
        <translation>« {name} » ne peut pas être un nom de fichier sous Windows : pas de : ? * &lt; &gt; | ni de &quot; dedans, pas de nom de périphérique comme CON ou NUL, pas de point ni d&apos;espace à la fin. Choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>optional: student / staff number</source>
        <translation>facultatif : numéro d&apos;élève / d&apos;employé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Identifiant externe</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>GroupPhotoDialog</name>
    <message>
        <source>Ambiguous</source>
        <translation>Incertain</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>{name} (twice?)</source>
        <translation>{name} (deux fois ?)</translation>
    </message>
    <message>
        <source>recognised</source>
        <translation>reconnu</translation>
    </message>
    <message>
        <source>not sure who</source>
        <translation>identité incertaine</translation>
    </message>
    <message>
        <source>found twice</source>
        <translation>trouvé deux fois</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>non reconnu</translation>
    </message>
    <message>
        <source>{name}: already found in this photo</source>
        <translation>{name} : déjà trouvé(e) dans cette photo</translation>
    </message>
    <message>
        <source>Not sure who (face {number}): mark by hand if you know</source>
        <translation>Identité incertaine (visage {number}) : pointez à la main si vous savez qui c&apos;est</translation>
    </message>
    <message>
        <source>Not recognised (face {number}): not enrolled, or the photo is unclear</source>
        <translation>Non reconnu (visage {number}) : pas inscrit, ou la photo n&apos;est pas nette</translation>
    </message>
    <message>
        <source>No face was found in this photo. Faces need to be large enough and turned towards the camera: try a closer or sharper photo, or mark people by hand.</source>
        <translation>Aucun visage n&apos;a été trouvé dans cette photo. Les visages doivent être assez grands et tournés vers l&apos;appareil : essayez une photo plus rapprochée ou plus nette, ou pointez les personnes à la main.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found 1 face&lt;/b&gt;: {known} recognised, {others} not recognised.</source>
        <translation>&lt;b&gt;1 visage trouvé&lt;/b&gt; : {known} reconnu(s), {others} non reconnu(s).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found 1 face&lt;/b&gt;: {known} recognised.</source>
        <translation>&lt;b&gt;1 visage trouvé&lt;/b&gt; : {known} reconnu(s).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found {count} faces&lt;/b&gt;: {known} recognised, {others} not recognised.</source>
        <translation>&lt;b&gt;{count} visages trouvés&lt;/b&gt; : {known} reconnu(s), {others} non reconnu(s).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found {count} faces&lt;/b&gt;: {known} recognised.</source>
        <translation>&lt;b&gt;{count} visages trouvés&lt;/b&gt; : {known} reconnu(s).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Count the people in the photo&lt;/b&gt;: anyone without a box was not found (face too small, turned away or hidden); mark them by hand on the Attendance page.</source>
        <translation>&lt;b&gt;Comptez les personnes sur la photo&lt;/b&gt; : toute personne sans cadre n&apos;a pas été trouvée (visage trop petit, détourné ou caché) ; pointez-la à la main sur la page Présences.</translation>
    </message>
    <message>
        <source>Choose or start a session above to mark them.</source>
        <translation>Choisissez ou démarrez une séance ci-dessus pour les pointer.</translation>
    </message>
    <message>
        <source>Untick anyone who should not be marked in {session}.</source>
        <translation>Décochez toute personne qui ne doit pas être pointée dans {session}.</translation>
    </message>
    <message>
        <source>Group photo — {file}</source>
        <translation>Photo de groupe — {file}</translation>
    </message>
    <message>
        <source>Recognising...</source>
        <translation>Reconnaissance...</translation>
    </message>
    <message>
        <source>Enroll this face...</source>
        <translation>Inscrire ce visage...</translation>
    </message>
    <message>
        <source>Select a face that was not recognised to enroll it</source>
        <translation>Sélectionnez un visage non reconnu pour l&apos;inscrire</translation>
    </message>
    <message>
        <source>The session the ticked people are marked present in</source>
        <translation>La séance dans laquelle les personnes cochées sont pointées présentes</translation>
    </message>
    <message>
        <source>Start a session...</source>
        <translation>Démarrer une séance...</translation>
    </message>
    <message>
        <source>Mark into</source>
        <translation>Pointer dans</translation>
    </message>
    <message>
        <source>Mark ticked people present</source>
        <translation>Pointer présentes les personnes cochées</translation>
    </message>
    <message>
        <source>No session today: start one</source>
        <translation>Aucune séance aujourd&apos;hui : démarrez-en une</translation>
    </message>
    <message>
        <source>Group photo</source>
        <translation>Photo de groupe</translation>
    </message>
    <message>
        <source>Recognising faces...</source>
        <translation>Reconnaissance des visages...</translation>
    </message>
    <message>
        <source>Marks from a group photo go into a session: choose or start one above.</source>
        <translation>Les pointages d&apos;une photo de groupe vont dans une séance : choisissez-en ou démarrez-en une ci-dessus.</translation>
    </message>
    <message>
        <source>Nobody in the photo was recognised.</source>
        <translation>Personne n&apos;a été reconnu sur la photo.</translation>
    </message>
    <message>
        <source>Mark the ticked people present in {session}</source>
        <translation>Pointer présentes les personnes cochées dans {session}</translation>
    </message>
    <message>
        <source>Enroll from the photo</source>
        <translation>Inscrire depuis la photo</translation>
    </message>
    <message>
        <source>Enroll this face</source>
        <translation>Inscrire ce visage</translation>
    </message>
    <message>
        <source>Class or team (optional)</source>
        <translation>Classe ou équipe (facultatif)</translation>
    </message>
    <message>
        <source>This person agreed to have their face stored</source>
        <translation>Cette personne a accepté que son visage soit enregistré</translation>
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
        <translation>Incertain : {name}</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>No face found in the picture.</source>
        <translation>Aucun visage trouvé dans l&apos;image.</translation>
    </message>
    <message>
        <source>1 face found, {known} recognised.</source>
        <translation>1 visage trouvé, {known} reconnu(s).</translation>
    </message>
    <message>
        <source>{count} faces found, {known} recognised.</source>
        <translation>{count} visages trouvés, {known} reconnu(s).</translation>
    </message>
    <message>
        <source>Mark recognised</source>
        <translation>Pointer les personnes reconnues</translation>
    </message>
    <message>
        <source>Record attendance for the recognised people</source>
        <translation>Enregistrer la présence des personnes reconnues</translation>
    </message>
</context>
<context>
    <name>Image</name>
    <message>
        <source>{file} is {width}x{height} pixels ({megapixels} MP), more than the {limit} MP this app opens. Save a smaller copy (a few megapixels is plenty for a face) and try again.</source>
        <translation>{file} mesure {width}x{height} pixels ({megapixels} MP), plus que les {limit} MP que cette application ouvre. Enregistrez une copie plus petite (quelques mégapixels suffisent pour un visage) et réessayez.</translation>
    </message>
    <message>
        <source>The image {file} does not exist. Check the path.</source>
        <translation>L&apos;image {file} n&apos;existe pas. Vérifiez le chemin.</translation>
    </message>
    <message>
        <source>{file} is a folder, not an image file.</source>
        <translation>{file} est un dossier, pas un fichier image.</translation>
    </message>
    <message>
        <source>The image {file} is empty (0 bytes). Choose another file.</source>
        <translation>L&apos;image {file} est vide (0 octet). Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The file {file} is {megabytes} MB, too large for a still image. Save a smaller copy and try again.</source>
        <translation>Le fichier {file} fait {megabytes} Mo, trop pour une image fixe. Enregistrez une copie plus petite et réessayez.</translation>
    </message>
    <message>
        <source>No permission to read the image {file}. Give this user read access.</source>
        <translation>Pas d&apos;autorisation pour lire l&apos;image {file}. Donnez à cet utilisateur l&apos;accès en lecture.</translation>
    </message>
    <message>
        <source>Cannot read the image {file}: {error}.</source>
        <translation>Impossible de lire l&apos;image {file} : {error}.</translation>
    </message>
    <message>
        <source>{file} is not a readable image ({detail}). Use a JPEG or PNG photo; if it is one, it may be damaged: export it again from the camera or phone.</source>
        <translation>{file} n&apos;est pas une image lisible ({detail}). Utilisez une photo JPEG ou PNG ; si c&apos;en est une, elle est peut-être endommagée : exportez-la à nouveau depuis l&apos;appareil photo ou le téléphone.</translation>
    </message>
    <message>
        <source>{file} is not a readable image. Use a JPEG or PNG photo; if it is one, it may be damaged: export it again from the camera or phone.</source>
        <translation>{file} n&apos;est pas une image lisible. Utilisez une photo JPEG ou PNG ; si c&apos;en est une, elle est peut-être endommagée : exportez-la à nouveau depuis l&apos;appareil photo ou le téléphone.</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Look at the camera</source>
        <translation>Regardez la caméra</translation>
    </message>
    <message>
        <source>Step up to check in</source>
        <translation>Approchez-vous pour pointer</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Merci</translation>
    </message>
    <message>
        <source>Next person, please</source>
        <translation>Personne suivante, s&apos;il vous plaît</translation>
    </message>
    <message>
        <source>One at a time, please</source>
        <translation>Une personne à la fois, s&apos;il vous plaît</translation>
    </message>
    <message>
        <source>Step up alone, your face inside the oval</source>
        <translation>Approchez-vous seul, le visage dans l&apos;ovale</translation>
    </message>
    <message>
        <source>Checked out {time}</source>
        <translation>Départ enregistré {time}</translation>
    </message>
    <message>
        <source>Checked in {time}</source>
        <translation>Arrivée enregistrée {time}</translation>
    </message>
    <message>
        <source>Checking your PIN...</source>
        <translation>Vérification de votre code PIN...</translation>
    </message>
    <message>
        <source>Checking your ID number...</source>
        <translation>Vérification de votre numéro d&apos;identifiant...</translation>
    </message>
    <message>
        <source>Not saved: another program is using the database. Please type it again in a moment.</source>
        <translation>Non enregistré : un autre programme utilise la base de données. Veuillez le saisir de nouveau dans un instant.</translation>
    </message>
    <message>
        <source>Not saved: something went wrong (see the log). Please type it again.</source>
        <translation>Non enregistré : une erreur s&apos;est produite (voir le journal). Veuillez le saisir de nouveau.</translation>
    </message>
    <message>
        <source>Already checked out at {time}</source>
        <translation>Départ déjà enregistré à {time}</translation>
    </message>
    <message>
        <source>Already checked in at {time}</source>
        <translation>Arrivée déjà enregistrée à {time}</translation>
    </message>
    <message>
        <source>Hold still...</source>
        <translation>Ne bougez pas...</translation>
    </message>
    <message>
        <source>Recognising your face</source>
        <translation>Reconnaissance de votre visage</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Non reconnu</translation>
    </message>
    <message>
        <source>Please see the front desk</source>
        <translation>Veuillez vous adresser à l&apos;accueil</translation>
    </message>
    <message>
        <source>Check not passed</source>
        <translation>Vérification échouée</translation>
    </message>
    <message>
        <source>then look back at the camera</source>
        <translation>puis regardez de nouveau la caméra</translation>
    </message>
    <message>
        <source>Your photo on file is small: we need to be sure it is you</source>
        <translation>Votre photo enregistrée est petite : nous devons être sûrs que c&apos;est vous</translation>
    </message>
    <message>
        <source>Please type your PIN</source>
        <translation>Veuillez saisir votre code PIN</translation>
    </message>
    <message>
        <source>Please type your ID number</source>
        <translation>Veuillez saisir votre numéro d&apos;identifiant</translation>
    </message>
    <message>
        <source>We need to be sure it is you</source>
        <translation>Nous devons être sûrs que c&apos;est vous</translation>
    </message>
    <message>
        <source>Please wait: another program is using the database. Your check-in is saved as soon as it is free.</source>
        <translation>Veuillez patienter : un autre programme utilise la base de données. Votre pointage sera enregistré dès qu&apos;elle sera libre.</translation>
    </message>
    <message>
        <source>confirmed by code</source>
        <translation>confirmé par code</translation>
    </message>
    <message>
        <source>That was not right</source>
        <translation>Ce n&apos;était pas correct</translation>
    </message>
    <message>
        <source>That PIN is not right (1 try left)</source>
        <translation>Ce code PIN est incorrect (encore 1 essai)</translation>
    </message>
    <message>
        <source>That PIN is not right ({count} tries left)</source>
        <translation>Ce code PIN est incorrect (essais restants : {count})</translation>
    </message>
    <message>
        <source>That number is not right (1 try left)</source>
        <translation>Ce numéro est incorrect (encore 1 essai)</translation>
    </message>
    <message>
        <source>That number is not right ({count} tries left)</source>
        <translation>Ce numéro est incorrect (essais restants : {count})</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>Non confirmé</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Arrivée déjà enregistrée</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Keep looking at the camera: updating your photo</source>
        <translation>Continuez à regarder la caméra : mise à jour de votre photo</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Code PIN incorrect. Réessayez.</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Bonjour</translation>
    </message>
    <message>
        <source>Good morning, {name}</source>
        <translation>Bonjour {name}</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Bonjour</translation>
    </message>
    <message>
        <source>Good afternoon, {name}</source>
        <translation>Bonjour {name}</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Bonsoir</translation>
    </message>
    <message>
        <source>Good evening, {name}</source>
        <translation>Bonsoir {name}</translation>
    </message>
    <message>
        <source>Goodbye</source>
        <translation>Au revoir</translation>
    </message>
    <message>
        <source>Goodbye, {name}</source>
        <translation>Au revoir {name}</translation>
    </message>
    <message>
        <source>Starting the camera...</source>
        <translation>Démarrage de la caméra...</translation>
    </message>
    <message>
        <source>The video has ended.</source>
        <translation>La vidéo est terminée.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Pointage</translation>
    </message>
    <message>
        <source>Face models</source>
        <translation>Modèles de visage</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Please type your PIN to confirm it is you</source>
        <translation>Veuillez saisir votre code PIN pour confirmer que c&apos;est vous</translation>
    </message>
    <message>
        <source>Please type your ID number to confirm it is you</source>
        <translation>Veuillez saisir votre numéro d&apos;identifiant pour confirmer que c&apos;est vous</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Votre code PIN</translation>
    </message>
    <message>
        <source>Your ID number</source>
        <translation>Votre numéro d&apos;identifiant</translation>
    </message>
    <message>
        <source>Camera unavailable</source>
        <translation>Caméra indisponible</translation>
    </message>
    <message>
        <source>Reconnecting automatically - please see the front desk</source>
        <translation>Reconnexion automatique - veuillez vous adresser à l&apos;accueil</translation>
    </message>
    <message>
        <source>Enter the admin PIN to leave kiosk mode</source>
        <translation>Saisissez le code PIN administrateur pour quitter le mode borne</translation>
    </message>
    <message>
        <source>Slowly turn your head to your left</source>
        <translation>Tournez lentement la tête vers votre gauche</translation>
    </message>
    <message>
        <source>Slowly turn your head to your right</source>
        <translation>Tournez lentement la tête vers votre droite</translation>
    </message>
    <message>
        <source>Nod your head slowly</source>
        <translation>Hochez lentement la tête</translation>
    </message>
    <message>
        <source>Open your mouth wide</source>
        <translation>Ouvrez grand la bouche</translation>
    </message>
    <message>
        <source>and keep looking at the camera</source>
        <translation>et continuez à regarder la caméra</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {count} seconds.</source>
        <translation>Trop de codes PIN incorrects. Réessayez dans {count} secondes.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {count} minutes.</source>
        <translation>Trop de codes PIN incorrects. Réessayez dans {count} minutes.</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <source>checked in</source>
        <translation>arrivée</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>départ</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>No session running: marks count for the day.</source>
        <translation>Aucune séance en cours : les pointages comptent pour la journée.</translation>
    </message>
    <message>
        <source>Recognise</source>
        <translation>Reconnaître</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Right-click a mark to correct it</source>
        <translation>Clic droit sur un pointage pour le corriger</translation>
    </message>
    <message>
        <source>Recognised people appear here as they are marked.</source>
        <translation>Les personnes reconnues apparaissent ici au fur et à mesure des pointages.</translation>
    </message>
    <message>
        <source>Wrong person...</source>
        <translation>Mauvaise personne...</translation>
    </message>
    <message>
        <source>Withdraw...</source>
        <translation>Retirer...</translation>
    </message>
    <message>
        <source>person {id}</source>
        <translation>personne {id}</translation>
    </message>
    <message>
        <source>confirmed by code</source>
        <translation>confirmé par code</translation>
    </message>
    <message>
        <source>Right-click to correct this mark</source>
        <translation>Clic droit pour corriger ce pointage</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Ambiguous</source>
        <translation>Ambigu</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>not sure who</source>
        <translation>identité incertaine</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>non reconnu</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Live</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Face Attendance</source>
        <translation>Présence par visage</translation>
    </message>
    <message>
        <source>Identify now</source>
        <translation>Identifier maintenant</translation>
    </message>
    <message>
        <source>Recognise whoever is in front of the camera now (F5)</source>
        <translation>Reconnaître maintenant la personne devant la caméra (F5)</translation>
    </message>
    <message>
        <source>Open photo...</source>
        <translation>Ouvrir une photo...</translation>
    </message>
    <message>
        <source>Recognise the people in a group photo and confirm who was there (Ctrl+O)</source>
        <translation>Reconnaître les personnes d&apos;une photo de groupe et confirmer qui était là (Ctrl+O)</translation>
    </message>
    <message>
        <source>Enroll from camera...</source>
        <translation>Inscrire avec la caméra...</translation>
    </message>
    <message>
        <source>Enroll a person from several camera captures (Ctrl+E)</source>
        <translation>Inscrire une personne à partir de plusieurs captures de la caméra (Ctrl+E)</translation>
    </message>
    <message>
        <source>Enroll from photos...</source>
        <translation>Inscrire avec des photos...</translation>
    </message>
    <message>
        <source>Enroll a person from one or more photo files (Ctrl+N)</source>
        <translation>Inscrire une personne à partir d&apos;un ou plusieurs fichiers photo (Ctrl+N)</translation>
    </message>
    <message>
        <source>Start...</source>
        <translation>Démarrer...</translation>
    </message>
    <message>
        <source>Start an attendance session (a class, a shift) (Ctrl+Shift+S)</source>
        <translation>Démarrer une séance de présence (un cours, une équipe) (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>End the running session (Ctrl+Shift+E)</source>
        <translation>Terminer la séance en cours (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>Add many people from a CSV file (name, external id, group, photo)</source>
        <translation>Ajouter de nombreuses personnes depuis un fichier CSV (nom, identifiant externe, groupe, photo)</translation>
    </message>
    <message>
        <source>Undo the restore</source>
        <translation>Annuler la restauration</translation>
    </message>
    <message>
        <source>The data from before the restore is back.</source>
        <translation>Les données d&apos;avant la restauration sont de retour.</translation>
    </message>
    <message>
        <source>The encryption key from the backup of {when} is installed.</source>
        <translation>La clé de chiffrement de la sauvegarde du {when} est installée.</translation>
    </message>
    <message>
        <source>Back up...</source>
        <translation>Sauvegarder...</translation>
    </message>
    <message>
        <source>Restore...</source>
        <translation>Restaurer...</translation>
    </message>
    <message>
        <source>Save everyone enrolled, all sessions, attendance records and settings to one encrypted file</source>
        <translation>Enregistrer toutes les personnes inscrites, les séances, les présences et les réglages dans un fichier chiffré</translation>
    </message>
    <message>
        <source>Replace the data on this computer with a backup file</source>
        <translation>Remplacer les données de cet ordinateur par un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>La sauvegarde</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>La restauration d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>The backup of {when} is in use.</source>
        <translation>La sauvegarde du {when} est en service.</translation>
    </message>
    <message>
        <source>The data from before the restore was copied to {file}.</source>
        <translation>Les données d&apos;avant la restauration ont été copiées dans {file}.</translation>
    </message>
    <message>
        <source>The settings from before were copied to {file}.</source>
        <translation>Les réglages d&apos;avant ont été copiés dans {file}.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Reload from the database</source>
        <translation>Recharger depuis la base de données</translation>
    </message>
    <message>
        <source>Find person</source>
        <translation>Chercher une personne</translation>
    </message>
    <message>
        <source>Search people (Ctrl+F)</source>
        <translation>Chercher des personnes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Diagnostics...</source>
        <translation>Diagnostic...</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>Pré&amp;sences</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Details: Help &gt; Diagnostics</source>
        <translation>Détails : Aide &gt; Diagnostic</translation>
    </message>
    <message>
        <source>Face models</source>
        <translation>Modèles de visage</translation>
    </message>
    <message>
        <source>{model}: {step}</source>
        <translation>{model} : {step}</translation>
    </message>
    <message>
        <source>loading the models</source>
        <translation>chargement des modèles</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>Building the face models (first run only)...</source>
        <translation>Préparation des modèles de visage (au premier lancement seulement)...</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet. How do you want to add people?

• Camera: the person looks into the camera for a few seconds.
• Photos: one clear photo per person (a passport-style photo is best).
• Class list: a CSV file with names, groups and photo file names.</source>
        <translation>Personne n&apos;est encore inscrit. Comment voulez-vous ajouter des personnes ?

• Caméra : la personne regarde la caméra quelques secondes.
• Photos : une photo nette par personne (une photo d&apos;identité est idéale).
• Liste de classe : un fichier CSV avec les noms, les groupes et les noms des fichiers photo.</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet. How do you want to add people?

No camera is working right now, so you can start from photos.
• Photos: one clear photo per person (a passport-style photo is best).
• Class list: a CSV file with names, groups and photo file names.</source>
        <translation>Personne n&apos;est encore inscrit. Comment voulez-vous ajouter des personnes ?

Aucune caméra ne fonctionne pour l&apos;instant, vous pouvez donc commencer par des photos.
• Photos : une photo nette par personne (une photo d&apos;identité est idéale).
• Liste de classe : un fichier CSV avec les noms, les groupes et les noms des fichiers photo.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Use the camera...</source>
        <translation>Utiliser la caméra...</translation>
    </message>
    <message>
        <source>From photos...</source>
        <translation>À partir de photos...</translation>
    </message>
    <message>
        <source>Import a class list...</source>
        <translation>Importer une liste de classe...</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Recognition error: {error}</source>
        <translation>Erreur de reconnaissance : {error}</translation>
    </message>
    <message>
        <source>Camera: {camera} (connecting)</source>
        <translation>Caméra : {camera} (connexion)</translation>
    </message>
    <message>
        <source>Camera: {camera} (reconnecting)</source>
        <translation>Caméra : {camera} (reconnexion)</translation>
    </message>
    <message>
        <source>Camera: {camera} (ended)</source>
        <translation>Caméra : {camera} (terminée)</translation>
    </message>
    <message>
        <source>Camera: {camera} (stopped)</source>
        <translation>Caméra : {camera} (arrêtée)</translation>
    </message>
    <message>
        <source>Camera: {camera}</source>
        <translation>Caméra : {camera}</translation>
    </message>
    <message>
        <source>Recognition: starting</source>
        <translation>Reconnaissance : démarrage</translation>
    </message>
    <message>
        <source>Recognition: preparing (first run)</source>
        <translation>Reconnaissance : préparation (premier lancement)</translation>
    </message>
    <message>
        <source>Recognition: not working (see Help &gt; Diagnostics)</source>
        <translation>Reconnaissance : ne fonctionne pas (voir Aide &gt; Diagnostic)</translation>
    </message>
    <message>
        <source>Recognition: not available</source>
        <translation>Reconnaissance : indisponible</translation>
    </message>
    <message>
        <source>Recognition: ready</source>
        <translation>Reconnaissance : prête</translation>
    </message>
    <message>
        <source>Recognition: off</source>
        <translation>Reconnaissance : désactivée</translation>
    </message>
    <message>
        <source>People: —</source>
        <translation>Personnes : —</translation>
    </message>
    <message>
        <source>People: {count}</source>
        <translation>Personnes : {count}</translation>
    </message>
    <message>
        <source>{fps} (painted)</source>
        <translation>{fps} (affichées)</translation>
    </message>
    <message>
        <source>{fps} (captured)</source>
        <translation>{fps} (capturées)</translation>
    </message>
    <message>
        <source>{ms} ms a frame, {rate} frames/s</source>
        <translation>{ms} ms par image, {rate} images/s</translation>
    </message>
    <message>
        <source>{models} (detector {detector}, embedder {embedder})</source>
        <translation>{models} (détecteur {detector}, encodeur {embedder})</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>non chargés</translation>
    </message>
    <message>
        <source>checking...</source>
        <translation>vérification...</translation>
    </message>
    <message>
        <source>loading...</source>
        <translation>chargement...</translation>
    </message>
    <message>
        <source>building...</source>
        <translation>préparation...</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>working</source>
        <translation>fonctionne</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion en cours</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>the video has ended</source>
        <translation>la vidéo est terminée</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>{camera} ({state})</source>
        <translation>{camera} ({state})</translation>
    </message>
    <message>
        <source>Camera source</source>
        <translation>Source de la caméra</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>Images par seconde</translation>
    </message>
    <message>
        <source>Recognition time</source>
        <translation>Temps de reconnaissance</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Database address</source>
        <translation>Adresse de la base de données</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nom de l&apos;appareil</translation>
    </message>
    <message>
        <source>Attendance mode</source>
        <translation>Mode de présence</translation>
    </message>
    <message>
        <source>No session running: marks count for the day.</source>
        <translation>Aucune séance en cours : les pointages comptent pour la journée.</translation>
    </message>
    <message>
        <source>{name} continues (running since {time}).</source>
        <translation>{name} continue (en cours depuis {time}).</translation>
    </message>
    <message>
        <source>Several sessions are running. Which one do you want to end?</source>
        <translation>Plusieurs séances sont en cours. Laquelle voulez-vous terminer ?</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; since {time} · group {group}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; depuis {time} · groupe {group}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; since {time}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; depuis {time}</translation>
    </message>
    <message>
        <source>Admin pages locked again (idle).</source>
        <translation>Pages d&apos;administration verrouillées à nouveau (inactivité).</translation>
    </message>
    <message>
        <source>The {page} page</source>
        <translation>La page {page}</translation>
    </message>
    <message>
        <source>About Face Attendance</source>
        <translation>À propos de Présence par visage</translation>
    </message>
    <message>
        <source>There is no camera picture yet: check the camera.</source>
        <translation>Il n&apos;y a pas encore d&apos;image de la caméra : vérifiez la caméra.</translation>
    </message>
    <message>
        <source>Open group photo</source>
        <translation>Ouvrir une photo de groupe</translation>
    </message>
    <message>
        <source>Enrolling a person</source>
        <translation>L&apos;inscription d&apos;une personne</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminer la séance</translation>
    </message>
    <message>
        <source>Session {name} ended.</source>
        <translation>La séance {name} est terminée.</translation>
    </message>
    <message>
        <source>The restore did not finish</source>
        <translation>La restauration ne s&apos;est pas terminée</translation>
    </message>
    <message>
        <source>The camera and recognition did not stop within {seconds} s, so nothing was changed. Try Restore again in a moment.</source>
        <translation>La caméra et la reconnaissance ne se sont pas arrêtées en {seconds} s, donc rien n&apos;a été modifié. Relancez la restauration dans un instant.</translation>
    </message>
    <message>
        <source>Other work on the data did not finish within {seconds} s, so nothing was changed. Try Restore again in a moment.</source>
        <translation>D&apos;autres traitements des données ne se sont pas terminés en {seconds} s, donc rien n&apos;a été modifié. Relancez la restauration dans un instant.</translation>
    </message>
    <message>
        <source>The hourly retention clean-up did not finish within {seconds} s, so nothing was changed. Try Restore again in a moment.</source>
        <translation>Le nettoyage horaire de conservation ne s&apos;est pas terminé en {seconds} s, donc rien n&apos;a été modifié. Relancez la restauration dans un instant.</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Deleting the older copies of the database in backups/ whose date has come did not work: {problem}. The app tries again every hour.</source>
        <translation>La suppression des anciennes copies de la base de données dans backups/ dont la date est arrivée n&apos;a pas fonctionné : {problem}. L&apos;application réessaie toutes les heures.</translation>
    </message>
    <message>
        <source>Older database copies</source>
        <translation>Anciennes copies de la base de données</translation>
    </message>
    <message>
        <source>Deleting the data that is due by the retention settings did not work: {problem} The app tries again every hour.</source>
        <translation>La suppression des données arrivées à échéance selon les réglages de conservation n&apos;a pas fonctionné : {problem} L&apos;application réessaie toutes les heures.</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>converting {file}</source>
        <translation>conversion de {file}</translation>
    </message>
    <message>
        <source>writing {file}</source>
        <translation>écriture de {file}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>reading weights from {source}</source>
        <translation>lecture des poids depuis {source}</translation>
    </message>
    <message>
        <source>{count} re-embedded</source>
        <translation>{count} recalculés</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Unexpected error: {kind}: {error}. Details are in the log.</source>
        <translation>Erreur inattendue : {kind} : {error}. Les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <source>The window closed before the answer came.</source>
        <translation>La fenêtre a été fermée avant l&apos;arrivée de la réponse.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Identifiant externe</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Consent given {when}, recorded by {who} (text {version})</source>
        <translation>Consentement donné le {when}, enregistré par {who} (texte {version})</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>Search name, id or group  (Ctrl+F)</source>
        <translation>Chercher un nom, un identifiant ou un groupe  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add samples...</source>
        <translation>Ajouter des échantillons...</translation>
    </message>
    <message>
        <source>Add more photos or camera captures to the selected person</source>
        <translation>Ajouter d&apos;autres photos ou captures de la caméra à la personne sélectionnée</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Modifier...</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>Supprimer...</translation>
    </message>
    <message>
        <source>Erase the selected person: templates, face chips, index entries</source>
        <translation>Effacer la personne sélectionnée : modèles, vignettes du visage, entrées de l&apos;index</translation>
    </message>
    <message>
        <source>From photos...</source>
        <translation>À partir de photos...</translation>
    </message>
    <message>
        <source>From camera...</source>
        <translation>Avec la caméra...</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet. Use &lt;b&gt;Enroll from camera&lt;/b&gt; (Ctrl+E) or &lt;b&gt;Enroll from photos&lt;/b&gt; (Ctrl+N), or import a roster CSV.</source>
        <translation>Personne n&apos;est encore inscrit. Utilisez &lt;b&gt;Inscrire avec la caméra&lt;/b&gt; (Ctrl+E) ou &lt;b&gt;Inscrire avec des photos&lt;/b&gt; (Ctrl+N), ou importez une liste CSV.</translation>
    </message>
    <message>
        <source>People: {count} · active: {active}</source>
        <translation>Personnes : {count} · actives : {active}</translation>
    </message>
    <message>
        <source>Editing a person</source>
        <translation>Modifier une personne</translation>
    </message>
    <message>
        <source>Erasing a person</source>
        <translation>Effacer une personne</translation>
    </message>
    <message>
        <source>Erase &lt;b&gt;{name}&lt;/b&gt;?&lt;br&gt;&lt;br&gt;This permanently deletes their face templates (stored: {count}), the face chips stored with them, the face embeddings kept with their attendance marks and their entries in the recognition index. It cannot be undone; the audit log keeps a receipt without their name.</source>
        <translation>Effacer &lt;b&gt;{name}&lt;/b&gt; ?&lt;br&gt;&lt;br&gt;Cela supprime définitivement ses modèles de visage (enregistrés : {count}), les vignettes du visage conservées avec eux, les empreintes faciales conservées avec ses pointages et ses entrées dans l&apos;index de reconnaissance. C&apos;est irréversible ; le journal d&apos;audit garde un reçu sans son nom.</translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>Effacer la personne</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Keep their attendance marks ({count}) as anonymous statistics</source>
        <translation>Conserver ses pointages ({count}) comme statistiques anonymes</translation>
    </message>
    <message>
        <source>Attendance marks of {name}: {count}. They are deleted with the person, unless you keep them as anonymous rows (group and times, no name) so totals in reports stay complete.</source>
        <translation>Pointages de {name} : {count}. Ils sont supprimés avec la personne, sauf si vous les conservez comme lignes anonymes (groupe et heures, sans nom) pour que les totaux des rapports restent complets.</translation>
    </message>
    <message>
        <source>{name} was erased (receipt {receipt}).</source>
        <translation>Les données de {name} ont été effacées (reçu {receipt}).</translation>
    </message>
    <message>
        <source>{name} was erased (receipt {receipt}). Older database copies in backups/ ({copies}) still hold them until {date}.</source>
        <translation>Les données de {name} ont été effacées (reçu {receipt}). Les anciennes copies de la base de données dans backups/ ({copies}) le conservent encore jusqu&apos;au {date}.</translation>
    </message>
    <message>
        <source>{name} was erased (receipt {receipt}). Older database copies in backups/ ({copies}) still hold them until newer copies replace them.</source>
        <translation>Les données de {name} ont été effacées (reçu {receipt}). Les anciennes copies de la base de données dans backups/ ({copies}) le conservent encore jusqu&apos;à ce que de nouvelles copies les remplacent.</translation>
    </message>
    <message>
        <source>{name} was erased (receipt {receipt}). Older database copies in backups/ still hold them: {dated} until {date}, {counted} until newer copies replace them.</source>
        <translation>Les données de {name} ont été effacées (reçu {receipt}). Les anciennes copies de la base de données dans backups/ le conservent encore : {dated} jusqu&apos;au {date}, {counted} jusqu&apos;à ce que de nouvelles copies les remplacent.</translation>
    </message>
    <message>
        <source>Importing a class list</source>
        <translation>Importer une liste de classe</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>Active (recognised and counted in reports)</source>
        <translation>Actif (reconnu et compté dans les rapports)</translation>
    </message>
    <message>
        <source>Correct a mistake: in this group all along (earlier registers change too)</source>
        <translation>Corriger une erreur : dans ce groupe depuis toujours (les registres antérieurs changent aussi)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Modifier la personne</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Admin PIN</source>
        <translation>Code PIN administrateur</translation>
    </message>
    <message>
        <source>Enter the admin PIN to {purpose}</source>
        <translation>Saisissez le code PIN administrateur pour : {purpose}</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Checking the PIN...</source>
        <translation>Vérification du code PIN...</translation>
    </message>
    <message>
        <source>The PIN cannot be checked now: another program is using the database. Try again in a moment.</source>
        <translation>Le code PIN ne peut pas être vérifié maintenant : un autre programme utilise la base de données. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The PIN cannot be checked now: {error}</source>
        <translation>Le code PIN ne peut pas être vérifié maintenant : {error}</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <source>move closer</source>
        <translation>rapprochez-vous</translation>
    </message>
    <message>
        <source>too blurred: hold still</source>
        <translation>trop flou : ne bougez plus</translation>
    </message>
    <message>
        <source>look at the camera</source>
        <translation>regardez la caméra</translation>
    </message>
    <message>
        <source>too dark</source>
        <translation>trop sombre</translation>
    </message>
    <message>
        <source>too bright</source>
        <translation>trop clair</translation>
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
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>14 derniers jours</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dates personnalisées</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>à l&apos;heure</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No attendance in this period yet&lt;/h3&gt;&lt;p&gt;Marks appear here once people are recognised on the &lt;b&gt;Live&lt;/b&gt; page (start a session there for a class or a shift), marked from a group photo (&lt;b&gt;File › Open photo&lt;/b&gt;), or added by hand on the &lt;b&gt;Attendance&lt;/b&gt; page.&lt;/p&gt;&lt;p&gt;Or pick another period above.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucune présence pour cette période&lt;/h3&gt;&lt;p&gt;Les pointages apparaissent ici dès que des personnes sont reconnues sur la page &lt;b&gt;Direct&lt;/b&gt; (démarrez-y une séance pour un cours ou une équipe), pointées depuis une photo de groupe (&lt;b&gt;Fichier › Ouvrir une photo&lt;/b&gt;) ou ajoutées à la main sur la page &lt;b&gt;Présences&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Ou choisissez une autre période ci-dessus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{present} of {expected} expected attendances ({rate}), {late} late, {absent} absent</source>
        <translation>{present} présences sur {expected} attendues ({rate}), retards : {late}, absences : {absent}</translation>
    </message>
    <message>
        <source>People: {people}, marks: {marks}</source>
        <translation>personnes : {people}, pointages : {marks}</translation>
    </message>
    <message>
        <source>Marks outside the sessions (not counted): {count}</source>
        <translation>pointages hors des séances (non comptés) : {count}</translation>
    </message>
    <message>
        <source>{sessions}; and {count} more</source>
        <translation>{sessions} ; et {count} de plus</translation>
    </message>
    <message>
        <source>Sessions: {sessions}</source>
        <translation>Séances : {sessions}</translation>
    </message>
    <message>
        <source>No sessions in this period: each day counts who came that day.</source>
        <translation>Aucune séance pendant cette période : chaque jour compte les personnes venues ce jour-là.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Which days the report covers</source>
        <translation>Les jours couverts par le rapport</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Toutes les séances</translation>
    </message>
    <message>
        <source>Only this session (a lesson, a shift) in the chosen period</source>
        <translation>Seulement cette séance (un cours, une équipe) dans la période choisie</translation>
    </message>
    <message>
        <source>One file per table</source>
        <translation>Un fichier par tableau</translation>
    </message>
    <message>
        <source>CSV only: write the summary, the register and the event log as three files (for scripts) instead of one file with all three</source>
        <translation>CSV uniquement : écrit le résumé, le registre et le journal des pointages dans trois fichiers (pour des scripts) au lieu d&apos;un seul fichier avec les trois</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exporter...</translation>
    </message>
    <message>
        <source>Write the report for this period, group and session</source>
        <translation>Écrire le rapport pour cette période, ce groupe et cette séance</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Attendance per day</source>
        <translation>Présences par jour</translation>
    </message>
    <message>
        <source>Exporting a report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Saved {files} in {folder}</source>
        <translation>{files} enregistré dans {folder}</translation>
    </message>
    <message>
        <source>Some characters of {names} have no font: the PDF shows their codes ([U+…]).</source>
        <translation>Certains caractères de {names} n’ont pas de police : le PDF affiche leurs codes ([U+…]).</translation>
    </message>
    <message>
        <source>Exporting the report...</source>
        <translation>Export du rapport...</translation>
    </message>
</context>
<context>
    <name>RollCallDialog</name>
    <message>
        <source>The camera missed them</source>
        <translation>La caméra ne l&apos;a pas vu(e)</translation>
    </message>
    <message>
        <source>Arrived with a note</source>
        <translation>Arrivé(e) avec un justificatif</translation>
    </message>
    <message>
        <source>Marked on the paper list</source>
        <translation>Noté(e) sur la liste papier</translation>
    </message>
    <message>
        <source>Was on a school trip</source>
        <translation>Était en sortie scolaire</translation>
    </message>
    <message>
        <source>{session}: who was there</source>
        <translation>{session} : qui était là</translation>
    </message>
    <message>
        <source>Kept in the audit log with every mark added here</source>
        <translation>Conservé dans le journal d&apos;audit avec chaque pointage ajouté ici</translation>
    </message>
    <message>
        <source>Reason for marks added here:</source>
        <translation>Motif des pointages ajoutés ici :</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>This list can be opened again later: Attendance page, Roll call...</source>
        <translation>Cette liste peut être rouverte plus tard : page Présences, Appel...</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody was expected in this session&lt;/b&gt; (no active person in group {group}).</source>
        <translation>&lt;b&gt;Personne n&apos;était attendu à cette séance&lt;/b&gt; (aucune personne active dans le groupe {group}).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody was expected in this session&lt;/b&gt; (no active person).</source>
        <translation>&lt;b&gt;Personne n&apos;était attendu à cette séance&lt;/b&gt; (aucune personne active).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{present} of {expected} present&lt;/b&gt; ({late} late), &lt;b&gt;{absent} absent&lt;/b&gt;. Was someone there whom the camera missed? Mark them present: the mark is added at the start of the session, with the reason below.</source>
        <translation>&lt;b&gt;{present} présent(s) sur {expected}&lt;/b&gt; ({late} en retard), &lt;b&gt;{absent} absent(s)&lt;/b&gt;. Quelqu&apos;un était-il là sans que la caméra le voie ? Pointez-le présent : le pointage est ajouté au début de la séance, avec le motif ci-dessous.</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent(e)</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>Pointer présent</translation>
    </message>
    <message>
        <source>Add a &apos;present&apos; mark for {name} in {session}</source>
        <translation>Ajouter un pointage « présent » pour {name} dans {session}</translation>
    </message>
    <message>
        <source>late, arrived {time}</source>
        <translation>en retard, arrivé(e) à {time}</translation>
    </message>
    <message>
        <source>Please give a reason: marks added by hand are audited.</source>
        <translation>Veuillez indiquer un motif : les pointages ajoutés à la main sont audités.</translation>
    </message>
    <message>
        <source>{name} marked present ({reason}).</source>
        <translation>{name} pointé(e) présent(e) ({reason}).</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Withdraw the mark just added for {name} (kept as withdrawn, audited)</source>
        <translation>Retirer le pointage qui vient d&apos;être ajouté pour {name} (conservé comme retiré, journalisé)</translation>
    </message>
    <message>
        <source>Marked present by mistake in the roll call</source>
        <translation>Pointé(e) présent(e) par erreur dans l&apos;appel</translation>
    </message>
    <message>
        <source>{name}: the mark was withdrawn.</source>
        <translation>{name} : le pointage a été retiré.</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>confirm it for everyone listed with --consent</source>
        <translation>confirmez-le pour toutes les personnes de la liste avec --consent</translation>
    </message>
    <message>
        <source>import with --allow-lookalike if they are different people</source>
        <translation>importez avec --allow-lookalike s&apos;il s&apos;agit de personnes différentes</translation>
    </message>
    <message>
        <source>import with --allow-weak to enroll it as a weak sample</source>
        <translation>importez avec --allow-weak pour l&apos;inscrire comme échantillon faible</translation>
    </message>
    <message>
        <source> at distance {distance}</source>
        <translation> à distance {distance}</translation>
    </message>
    <message>
        <source> (already enrolled, id {id})</source>
        <translation> (déjà inscrit(e), id {id})</translation>
    </message>
    <message>
        <source>missing name</source>
        <translation>nom manquant</translation>
    </message>
    <message>
        <source>the name looks like several columns ({parts}): this file separates its columns differently; fix the separators on this line</source>
        <translation>le nom ressemble à plusieurs colonnes ({parts}) : ce fichier sépare ses colonnes autrement ; corrigez les séparateurs de cette ligne</translation>
    </message>
    <message>
        <source>Columns not read, their values are not imported: {columns}. The columns read are name, external_id, group and photo (also written in German, French, Spanish, Portuguese, Chinese or Arabic, e.g. Klasse, classe, grupo).</source>
        <translation>Colonnes non lues, leurs valeurs ne sont pas importées : {columns}. Les colonnes lues sont name, external_id, group et photo (aussi écrites en français : nom, numéro d&apos;élève, classe, photo).</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>colonne {number}</translation>
    </message>
    <message>
        <source>The roster file {path} does not exist.</source>
        <translation>Le fichier de liste de classe {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot read the roster file {path}: {error}.</source>
        <translation>Impossible de lire le fichier de liste de classe {path} : {error}.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (byte 0x{byte} at position {position}). Save it from your spreadsheet as &apos;CSV UTF-8&apos; and import it again.</source>
        <translation>{file} n&apos;est pas un texte UTF-8 (octet 0x{byte} à la position {position}). Enregistrez-le depuis votre tableur en « CSV UTF-8 » et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>{file} is not a text CSV file (is it a spreadsheet .xlsx?).</source>
        <translation>{file} n&apos;est pas un fichier CSV texte (est-ce un classeur .xlsx ?).</translation>
    </message>
    <message>
        <source>{file} is empty: it needs a header line and one row per person.</source>
        <translation>{file} est vide : il faut une ligne d&apos;en-tête et une ligne par personne.</translation>
    </message>
    <message>
        <source>{file}: the first line cannot be read as a CSV header ({error}). The first line must be name,external_id,group,photo.</source>
        <translation>{file} : la première ligne ne peut pas être lue comme un en-tête CSV ({error}). La première ligne doit être name,external_id,group,photo.</translation>
    </message>
    <message>
        <source>The header of {file} ({header}) has a column of first names but none of last names: add that column (e.g. first_name and last_name), or one column &apos;name&apos; with the whole name.</source>
        <translation>L&apos;en-tête de {file} ({header}) a une colonne de prénoms mais aucune de noms de famille : ajoutez cette colonne (par ex. prénom et nom de famille), ou une colonne « nom » avec le nom complet.</translation>
    </message>
    <message>
        <source>The header of {file} ({header}) has a column of last names but none of first names: add that column (e.g. first_name and last_name), or one column &apos;name&apos; with the whole name.</source>
        <translation>L&apos;en-tête de {file} ({header}) a une colonne de noms de famille mais aucune de prénoms : ajoutez cette colonne (par ex. prénom et nom de famille), ou une colonne « nom » avec le nom complet.</translation>
    </message>
    <message>
        <source>The header of {file} ({header}) could not be split into columns: separate them with commas (or semicolons), e.g. name,external_id,group,photo.</source>
        <translation>L&apos;en-tête de {file} ({header}) n&apos;a pas pu être découpé en colonnes : séparez-les par des virgules (ou des points-virgules), par ex. name,external_id,group,photo.</translation>
    </message>
    <message>
        <source>{file} has no header line naming its columns; the first line must be name,external_id,group,photo (found {header}).</source>
        <translation>{file} n&apos;a pas de ligne d&apos;en-tête nommant ses colonnes ; la première ligne doit être name,external_id,group,photo (trouvé : {header}).</translation>
    </message>
    <message>
        <source>a quote (&quot;) opens on line {line} and is never closed: everything after it was read as one value, so what it holds would be lost; close the quote or remove it</source>
        <translation>un guillemet (&quot;) s&apos;ouvre à la ligne {line} et n&apos;est jamais fermé : tout ce qui suit a été lu comme une seule valeur, son contenu serait perdu ; fermez ou supprimez ce guillemet</translation>
    </message>
    <message>
        <source>{file}, line {line}: {error}. Is this really the roster? Check that line (or save the file again as CSV).</source>
        <translation>{file}, ligne {line} : {error}. Est-ce vraiment la liste de classe ? Vérifiez cette ligne (ou enregistrez à nouveau le fichier en CSV).</translation>
    </message>
    <message>
        <source>{file} has more than {count} rows; split it.</source>
        <translation>{file} a plus de {count} lignes ; divisez-le.</translation>
    </message>
    <message>
        <source>a quote (&quot;) opens on line {line} and is not closed until line {end}: those lines were read as one row, so the people on them would be lost; close the quote or remove it</source>
        <translation>un guillemet (&quot;) s&apos;ouvre à la ligne {line} et ne se ferme qu&apos;à la ligne {end} : ces lignes ont été lues comme une seule, les personnes qui y figurent seraient perdues ; fermez ou supprimez ce guillemet</translation>
    </message>
    <message>
        <source>{count} fields but the header has {width} (a separator inside a name? put it in quotes)</source>
        <translation>{count} champs mais l&apos;en-tête en a {width} (un séparateur dans un nom ? mettez-le entre guillemets)</translation>
    </message>
    <message>
        <source>the same name as line {line}, in the same group and without an external id: the roll call cannot tell them apart (add their ID numbers)</source>
        <translation>le même nom qu&apos;à la ligne {line}, dans le même groupe et sans identifiant externe : l&apos;appel ne peut pas les distinguer (ajoutez leurs numéros)</translation>
    </message>
    <message>
        <source>{name} is already in this group (id {id}): if this list was imported before, importing it again adds everyone a second time</source>
        <translation>{name} est déjà dans ce groupe (id {id}) : si cette liste a déjà été importée, l&apos;importer à nouveau ajoute tout le monde une seconde fois</translation>
    </message>
    <message>
        <source>{file} has a header but no rows.</source>
        <translation>{file} a un en-tête mais aucune ligne.</translation>
    </message>
    <message>
        <source>duplicate external id &apos;{id}&apos; (also on line {line})</source>
        <translation>identifiant externe en double « {id} » (aussi à la ligne {line})</translation>
    </message>
    <message>
        <source>external id &apos;{id}&apos; already belongs to {name} (id {person})</source>
        <translation>l&apos;identifiant externe « {id} » appartient déjà à {name} (id {person})</translation>
    </message>
    <message>
        <source>{file} is small or upscaled (too blurred for the quality gate): enrolled as a weak sample; take camera samples of this person</source>
        <translation>{file} est petite ou agrandie (trop floue pour le contrôle de qualité) : inscrite comme échantillon faible ; prenez des échantillons de cette personne avec la caméra</translation>
    </message>
    <message>
        <source>consent to store the face not confirmed ({hint})</source>
        <translation>consentement à l&apos;enregistrement du visage non confirmé ({hint})</translation>
    </message>
    <message>
        <source>{name} (line {line})</source>
        <translation>{name} (ligne {line})</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>looks like {others} (accepted as a look-alike)</source>
        <translation>ressemble à {others} (accepté comme sosie)</translation>
    </message>
    <message>
        <source>looks like {others}: the same person twice, or a look-alike ({hint})</source>
        <translation>ressemble à {others} : la même personne deux fois, ou un sosie ({hint})</translation>
    </message>
    <message>
        <source>photo &apos;{photo}&apos; is not a file inside the roster&apos;s folder {folder}: put the photos in that folder (or a folder below it)</source>
        <translation>la photo « {photo} » n&apos;est pas un fichier du dossier de la liste {folder} : placez les photos dans ce dossier (ou un sous-dossier)</translation>
    </message>
    <message>
        <source>enrollment not available ({error})</source>
        <translation>inscription indisponible ({error})</translation>
    </message>
    <message>
        <source>enrollment not available</source>
        <translation>inscription indisponible</translation>
    </message>
    <message>
        <source>photo path cannot be used ({error}): {path}</source>
        <translation>chemin de photo inutilisable ({error}) : {path}</translation>
    </message>
    <message>
        <source>photo not found: {path}</source>
        <translation>photo introuvable : {path}</translation>
    </message>
    <message>
        <source>unreadable photo: {error}</source>
        <translation>photo illisible : {error}</translation>
    </message>
    <message>
        <source>no face found in {file}</source>
        <translation>aucun visage trouvé dans {file}</translation>
    </message>
    <message>
        <source>{file}: {count} faces; crop it to one person</source>
        <translation>{file} : {count} visages ; recadrez-la sur une seule personne</translation>
    </message>
    <message>
        <source>{file}: {problems} (a small or upscaled photo: {hint}, or use a better photo)</source>
        <translation>{file} : {problems} (une photo petite ou agrandie : {hint}, ou utilisez une meilleure photo)</translation>
    </message>
    <message>
        <source>photo quality too low</source>
        <translation>qualité de la photo trop faible</translation>
    </message>
    <message>
        <source>{file}: {problems}</source>
        <translation>{file} : {problems}</translation>
    </message>
    <message>
        <source>photo cannot be checked: {error}</source>
        <translation>la photo ne peut pas être vérifiée : {error}</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>A CSV file with a header line and one row per person. Columns: &lt;code&gt;name&lt;/code&gt; (required), &lt;code&gt;external_id&lt;/code&gt; (a pupil or staff number), &lt;code&gt;group&lt;/code&gt; (class or team) and &lt;code&gt;photo&lt;/code&gt; (the photo&apos;s file name, relative to the CSV file), in English or in the app&apos;s other languages. A column the app does not read is named when the file is checked. Commas, semicolons or tabs; save as &quot;CSV UTF-8&quot; in Excel.</source>
        <translation>Un fichier CSV avec une ligne d&apos;en-tête et une ligne par personne. Colonnes : &lt;code&gt;name&lt;/code&gt; (obligatoire), &lt;code&gt;external_id&lt;/code&gt; (un numéro d&apos;élève ou d&apos;employé), &lt;code&gt;group&lt;/code&gt; (classe ou équipe) et &lt;code&gt;photo&lt;/code&gt; (le nom du fichier photo, relatif au fichier CSV), en anglais ou en français (&lt;code&gt;nom&lt;/code&gt;, &lt;code&gt;numéro&lt;/code&gt;, &lt;code&gt;classe&lt;/code&gt;, &lt;code&gt;photo&lt;/code&gt;). Une colonne que l&apos;application ne lit pas est signalée lors de la vérification du fichier. Virgules, points-virgules ou tabulations ; dans Excel, enregistrez en « CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>tick the consent box</source>
        <translation>cochez la case de consentement</translation>
    </message>
    <message>
        <source>if they are different people, press &quot;Accept&quot; below</source>
        <translation>s&apos;il s&apos;agit de personnes différentes, appuyez sur « Accepter » ci-dessous</translation>
    </message>
    <message>
        <source>&quot;Accept&quot; below enrolls it as a weak sample</source>
        <translation>« Accepter » ci-dessous l&apos;inscrit comme échantillon faible</translation>
    </message>
    <message>
        <source> (already enrolled)</source>
        <translation> (déjà inscrit(e))</translation>
    </message>
    <message>
        <source>line {line}: {name}</source>
        <translation>ligne {line} : {name}</translation>
    </message>
    <message>
        <source>{name} (already enrolled)</source>
        <translation>{name} (déjà inscrit(e))</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation>Importer une liste de classe</translation>
    </message>
    <message>
        <source>Save a template CSV...</source>
        <translation>Enregistrer un modèle CSV...</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Choose file...</source>
        <translation>Choisir un fichier...</translation>
    </message>
    <message>
        <source>Everyone on this list agreed to have their face stored for attendance</source>
        <translation>Toutes les personnes de cette liste ont accepté que leur visage soit enregistré pour les présences</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Ressemble à</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Vérifier le fichier</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Class list</source>
        <translation>Liste de classe</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>Enregistrer un modèle</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved as {file}: the file is open in another program (Excel?) or the folder is read-only. Close it there, or choose another name.</source>
        <translation>Le modèle n’a pas pu être enregistré sous {file} : le fichier est ouvert dans un autre programme (Excel ?) ou le dossier est en lecture seule. Fermez-le là-bas ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Template saved as {file}. Fill it in, then choose it above.</source>
        <translation>Modèle enregistré sous {file}. Remplissez-le, puis choisissez-le ci-dessus.</translation>
    </message>
    <message>
        <source>Checking {file}...</source>
        <translation>Vérification de {file}...</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file cannot be read&lt;/b&gt;: {problem}</source>
        <translation>&lt;b&gt;Le fichier ne peut pas être lu&lt;/b&gt; : {problem}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{refused} of {rows} rows are refused&lt;/b&gt;: nothing is imported until every row is right. Fix the file, save it, then &lt;b&gt;Check again&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{refused} ligne(s) sur {rows} refusée(s)&lt;/b&gt; : rien n&apos;est importé tant que toutes les lignes ne sont pas correctes. Corrigez le fichier, enregistrez-le, puis &lt;b&gt;Vérifier à nouveau&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The 1 row can be imported.&lt;/b&gt;</source>
        <translation>&lt;b&gt;La ligne peut être importée.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;All {rows} rows can be imported.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Les {rows} lignes peuvent toutes être importées.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Look-alike pairs ({count})&lt;/b&gt;: the same person twice, or different people who look alike</source>
        <translation>&lt;b&gt;Paires de sosies ({count})&lt;/b&gt; : la même personne deux fois, ou des personnes différentes qui se ressemblent</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Choose the CSV file first.</source>
        <translation>Choisissez d&apos;abord le fichier CSV.</translation>
    </message>
    <message>
        <source>Check the file first.</source>
        <translation>Vérifiez d&apos;abord le fichier.</translation>
    </message>
    <message>
        <source>Some rows are refused: fix them and check again.</source>
        <translation>Certaines lignes sont refusées : corrigez-les et vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Tick the consent box first.</source>
        <translation>Cochez d&apos;abord la case de consentement.</translation>
    </message>
    <message>
        <source>Import every row</source>
        <translation>Importer toutes les lignes</translation>
    </message>
    <message>
        <source>Importing {file}...</source>
        <translation>Import de {file}...</translation>
    </message>
    <message>
        <source>{count} look-alike pair(s) accepted: each is remembered, the decision between them is stricter and a kiosk asks them for their ID number.</source>
        <translation>{count} paire(s) de sosies acceptée(s) : chacune est retenue, la décision entre eux est plus stricte et un kiosque leur demande leur numéro d&apos;identification.</translation>
    </message>
    <message>
        <source>{count} look-alike pair(s) found (listed below): the same person twice, or different people who look alike.</source>
        <translation>{count} paire(s) de sosies trouvée(s) (liste ci-dessous) : la même personne deux fois, ou des personnes différentes qui se ressemblent.</translation>
    </message>
    <message>
        <source>{count} photo(s) are small or upscaled and too blurred: they can be enrolled as weak samples, and those people are asked for camera samples later.</source>
        <translation>{count} photo(s) sont petites ou agrandies et trop floues : elles peuvent être inscrites comme échantillons faibles, et des échantillons de la caméra seront demandés plus tard à ces personnes.</translation>
    </message>
    <message>
        <source>Accept {pairs} look-alike pair(s) and {photos} small photo(s)</source>
        <translation>Accepter {pairs} paire(s) de sosies et {photos} petite(s) photo(s)</translation>
    </message>
    <message>
        <source>Accept 1 look-alike pair</source>
        <translation>Accepter 1 paire de sosies</translation>
    </message>
    <message>
        <source>Accept {count} look-alike pairs</source>
        <translation>Accepter {count} paires de sosies</translation>
    </message>
    <message>
        <source>Accept 1 small photo</source>
        <translation>Accepter 1 petite photo</translation>
    </message>
    <message>
        <source>Accept {count} small photos</source>
        <translation>Accepter {count} petites photos</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Marks made in this session that these times leave outside: {count}. They will count like marks made without a session, for the session they fall in, if any.</source>
        <translation>Présences faites dans cette séance que ces horaires laissent en dehors : {count}. Elles compteront comme des présences faites sans séance, pour la séance dans laquelle elles tombent, s&apos;il y en a une.</translation>
    </message>
    <message>
        <source>Marks added into this session by hand or by a group photo that move with it: {count}.</source>
        <translation>Présences ajoutées à cette séance à la main ou par une photo de groupe qui sont déplacées avec elle : {count}.</translation>
    </message>
    <message>
        <source>Session {when}</source>
        <translation>Séance {when}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
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
        <translation>Modifier la séance</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Démarrer la séance</translation>
    </message>
    <message>
        <source>The class or team it is for; empty = everybody</source>
        <translation>La classe ou l&apos;équipe concernée ; vide = tout le monde</translation>
    </message>
    <message>
        <source>When it really started: people recognised up to {minutes} minutes before count for it</source>
        <translation>Quand elle a vraiment commencé : les personnes reconnues jusqu&apos;à {minutes} minutes avant comptent pour elle</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>open until ended</source>
        <translation>ouverte jusqu&apos;à la fin</translation>
    </message>
    <message>
        <source> min after start</source>
        <translation> min après le début</translation>
    </message>
    <message>
        <source>never late</source>
        <translation>jamais en retard</translation>
    </message>
    <message>
        <source>Why it changes (kept in the audit log)</source>
        <translation>Pourquoi elle change (conservé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Commencée à</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>La poursuivre</translation>
    </message>
    <message>
        <source>Keep the running session; nothing new is started</source>
        <translation>Garder la séance en cours ; rien de nouveau n&apos;est démarré</translation>
    </message>
    <message>
        <source>End it and start</source>
        <translation>La terminer et démarrer</translation>
    </message>
    <message>
        <source>End the running session when this one starts, then start it</source>
        <translation>Terminer la séance en cours quand celle-ci commence, puis la démarrer</translation>
    </message>
    <message>
        <source>overlaps {sessions} (same group)</source>
        <translation>chevauche {sessions} (même groupe)</translation>
    </message>
    <message>
        <source>Starting the session...</source>
        <translation>Démarrage de la séance...</translation>
    </message>
    <message>
        <source>Saving the session...</source>
        <translation>Enregistrement de la séance...</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>More lenient: more people recognised first time, more mix-ups</source>
        <translation>Plus souple : plus de personnes reconnues du premier coup, plus de confusions</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Stricter: fewer mix-ups, more people asked to try again</source>
        <translation>Plus stricte : moins de confusions, plus de personnes invitées à réessayer</translation>
    </message>
    <message>
        <source>Strictest: fewest mix-ups, many people asked to try again</source>
        <translation>La plus stricte : le moins de confusions, beaucoup de personnes invitées à réessayer</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>mesuré</translation>
    </message>
    <message>
        <source>extrapolated</source>
        <translation>extrapolé</translation>
    </message>
    <message>
        <source>Present (one mark per person)</source>
        <translation>Présent (un pointage par personne)</translation>
    </message>
    <message>
        <source>Check-in / check-out</source>
        <translation>Arrivée / départ</translation>
    </message>
    <message>
        <source>Entry only</source>
        <translation>Arrivée seulement</translation>
    </message>
    <message>
        <source>Exit only</source>
        <translation>Départ seulement</translation>
    </message>
    <message>
        <source>Webcam index (0, 1 ...), a video file, an rtsp:// or http:// URL, or a folder of images</source>
        <translation>Numéro de webcam (0, 1 ...), un fichier vidéo, une URL rtsp:// ou http://, ou un dossier d&apos;images</translation>
    </message>
    <message>
        <source>Video...</source>
        <translation>Vidéo...</translation>
    </message>
    <message>
        <source>Folder...</source>
        <translation>Dossier...</translation>
    </message>
    <message>
        <source>How webcams are opened. Automatic uses DirectShow on Windows (Media Foundation can take seconds to open a camera); pick another if a camera does not open.</source>
        <translation>Comment les webcams sont ouvertes. Automatique utilise DirectShow sous Windows (Media Foundation peut mettre plusieurs secondes à ouvrir une caméra) ; choisissez-en un autre si une caméra ne s&apos;ouvre pas.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Requested size</source>
        <translation>Taille demandée</translation>
    </message>
    <message>
        <source>Camera backend</source>
        <translation>Pilote de caméra</translation>
    </message>
    <message>
        <source>Smaller faces are ignored. Larger = faster; 40-80 for a desk camera.</source>
        <translation>Les visages plus petits sont ignorés. Plus grand = plus rapide ; 40-80 pour une caméra de bureau.</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>images</translation>
    </message>
    <message>
        <source>How often the whole picture is searched for new faces; in between, faces already found are followed (higher = less work for the computer)</source>
        <translation>Fréquence à laquelle toute l&apos;image est parcourue à la recherche de nouveaux visages ; entre-temps, les visages déjà trouvés sont suivis (plus élevé = moins de travail pour l&apos;ordinateur)</translation>
    </message>
    <message>
        <source>The method that finds faces in the picture (a restart applies a change)</source>
        <translation>La méthode qui trouve les visages dans l&apos;image (un changement s&apos;applique au redémarrage)</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Détection</translation>
    </message>
    <message>
        <source>Face detector</source>
        <translation>Détecteur de visages</translation>
    </message>
    <message>
        <source>Smallest face</source>
        <translation>Plus petit visage</translation>
    </message>
    <message>
        <source>Full detection every</source>
        <translation>Détection complète toutes les</translation>
    </message>
    <message>
        <source>Strictness</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Choose in words how sure the app must be before it marks someone; it measures the matching setting on your enrolled faces (Measure on my people)</source>
        <translation>Choisissez en mots le degré de certitude exigé de l&apos;application avant de pointer quelqu&apos;un ; elle mesure le réglage de correspondance sur vos visages inscrits (Mesurer sur mes personnes)</translation>
    </message>
    <message>
        <source>Fixed value</source>
        <translation>Valeur fixe</translation>
    </message>
    <message>
        <source>A fixed matching limit (smaller is stricter). Out of the box this is the value measured for the face model; change it only if you know why</source>
        <translation>Une limite de correspondance fixe (plus petite = plus stricte). Par défaut, c&apos;est la valeur mesurée pour le modèle de visage ; ne la changez que si vous savez pourquoi</translation>
    </message>
    <message>
        <source>About 1 wrong person marked in {count} check-ins by strangers</source>
        <translation>Environ 1 mauvaise personne pointée sur {count} passages d&apos;inconnus</translation>
    </message>
    <message>
        <source>Stricter: fewer mix-ups, more people asked to try again. More lenient: the other way round. Standard suits most schools and offices</source>
        <translation>Plus stricte : moins de confusions, plus de personnes invitées à réessayer. Plus souple : l&apos;inverse. Standard convient à la plupart des écoles et bureaux</translation>
    </message>
    <message>
        <source>How different two faces may look and still count as the same person (smaller = stricter)</source>
        <translation>À quel point deux visages peuvent différer tout en comptant comme la même personne (plus petit = plus strict)</translation>
    </message>
    <message>
        <source>agreeing frames of the last</source>
        <translation>images concordantes sur les dernières</translation>
    </message>
    <message>
        <source>A person is marked only when this many of the last frames agree on who it is (more = fewer mistakes, a moment longer in front of the camera)</source>
        <translation>Une personne n&apos;est pointée que lorsque ce nombre des dernières images s&apos;accordent sur son identité (plus = moins d&apos;erreurs, un instant de plus devant la caméra)</translation>
    </message>
    <message>
        <source>Switch and re-embed</source>
        <translation>Changer et recalculer</translation>
    </message>
    <message>
        <source>Re-embed every enrolled sample with the chosen model (nobody re-enrolls); recognition keeps using the current model until it is done</source>
        <translation>Recalculer chaque échantillon inscrit avec le modèle choisi (personne ne doit se réinscrire) ; la reconnaissance continue d&apos;utiliser le modèle actuel jusqu&apos;à la fin</translation>
    </message>
    <message>
        <source>The method that turns a face into something comparable; changing it re-reads every enrolled photo</source>
        <translation>La méthode qui transforme un visage en quelque chose de comparable ; la changer relit chaque photo inscrite</translation>
    </message>
    <message>
        <source>What does this mean?</source>
        <translation>Qu&apos;est-ce que cela signifie ?</translation>
    </message>
    <message>
        <source>Opens the guide to these options (docs/recognition.md)</source>
        <translation>Ouvre le guide de ces options (docs/recognition.md)</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Reconnaissance</translation>
    </message>
    <message>
        <source>Face embedder</source>
        <translation>Modèle de visage</translation>
    </message>
    <message>
        <source>Confirm after</source>
        <translation>Confirmer après</translation>
    </message>
    <message>
        <source>Mix-ups and people asked to retry, by strictness</source>
        <translation>Confusions et personnes invitées à réessayer, selon l&apos;exigence</translation>
    </message>
    <message>
        <source>Measure on my people</source>
        <translation>Mesurer sur mes personnes</translation>
    </message>
    <message>
        <source>Measure on the enrolled faces what the chosen strictness costs: expected mix-ups a day and how many people would be asked to try again</source>
        <translation>Mesurer sur les visages inscrits ce que coûte l&apos;exigence choisie : confusions attendues par jour et nombre de personnes invitées à réessayer</translation>
    </message>
    <message>
        <source>What the strictness costs</source>
        <translation>Ce que coûte l&apos;exigence</translation>
    </message>
    <message>
        <source>A person is not marked again within this time</source>
        <translation>Une personne n&apos;est pas pointée de nouveau pendant ce délai</translation>
    </message>
    <message>
        <source>min before the start</source>
        <translation>min avant le début</translation>
    </message>
    <message>
        <source>Someone recognised this long before a session started (before Start was pressed) counts as present in it</source>
        <translation>Une personne reconnue ce temps-là avant le début d&apos;une séance (avant d&apos;appuyer sur Démarrer) compte comme présente</translation>
    </message>
    <message>
        <source>Present: one mark per person and session. Check-in/out: alternating, for hours worked. Entry/Exit: a camera at a door that only checks in or out.</source>
        <translation>Présent : un pointage par personne et par séance. Arrivée/départ : en alternance, pour les heures travaillées. Arrivée ou départ seulement : une caméra à une porte qui ne pointe que les arrivées ou les départs.</translation>
    </message>
    <message>
        <source>Mark anyway (check-in)</source>
        <translation>Pointer quand même (arrivée)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Takes effect on restart</source>
        <translation>Prend effet au redémarrage</translation>
    </message>
    <message>
        <source>What a recognition does when no session of the person&apos;s group is running</source>
        <translation>Ce que fait une reconnaissance quand aucune séance du groupe de la personne n&apos;est en cours</translation>
    </message>
    <message>
        <source>This computer&apos;s name in the reports (which camera marked)</source>
        <translation>Le nom de cet ordinateur dans les rapports (quelle caméra a pointé)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Counts for a session from</source>
        <translation>Compte pour une séance dès</translation>
    </message>
    <message>
        <source>Outside a session</source>
        <translation>Hors séance</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nom de l&apos;appareil</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <source>empty = SQLite in the data folder; postgresql+psycopg://...</source>
        <translation>vide = SQLite dans le dossier de données ; postgresql+psycopg://...</translation>
    </message>
    <message>
        <source>Set admin PIN...</source>
        <translation>Définir le code PIN administrateur...</translation>
    </message>
    <message>
        <source>Needed to leave kiosk mode and for admin actions there</source>
        <translation>Nécessaire pour quitter le mode kiosque et pour les actions d&apos;administration qui s&apos;y trouvent</translation>
    </message>
    <message>
        <source>Storage and access</source>
        <translation>Stockage et accès</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>URL de la base de données</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>Code PIN administrateur</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Camera, threshold and attendance rules apply at once; data folder, database and detection changes after a restart.</source>
        <translation>La caméra, le seuil et les règles de présence s&apos;appliquent immédiatement ; les changements de dossier de données, de base de données et de détection après un redémarrage.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>A more accurate face model is available: {model}, the default for new installs. Choose it and Switch and re-embed: everyone is re-embedded from their stored photos, nobody enrolls again.</source>
        <translation>Un modèle de visage plus précis est disponible : {model}, celui par défaut des nouvelles installations. Choisissez-le puis « Changer et recalculer » : chacun est recalculé à partir de ses photos enregistrées, personne ne s’inscrit à nouveau.</translation>
    </message>
    <message>
        <source>(&lt;a href=&quot;{url}&quot;&gt;where the rightsholder says so&lt;/a&gt;)</source>
        <translation>(&lt;a href=&quot;{url}&quot;&gt;selon le titulaire des droits&lt;/a&gt;)</translation>
    </message>
    <message>
        <source>Weights licence: {licence} {where}</source>
        <translation>Licence des poids : {licence} {where}</translation>
    </message>
    <message>
        <source>Re-embedding the enrolled samples with {model}...</source>
        <translation>Recalcul des échantillons inscrits avec {model}...</translation>
    </message>
    <message>
        <source>Re-embedding with {model}: {percent} ({step})</source>
        <translation>Recalcul avec {model} : {percent} ({step})</translation>
    </message>
    <message>
        <source>Samples re-embedded with {model}: {count}.</source>
        <translation>Échantillons recalculés avec {model} : {count}.</translation>
    </message>
    <message>
        <source>Skipped (no face chip stored): {count}.</source>
        <translation>Ignorés (aucune vignette du visage enregistrée) : {count}.</translation>
    </message>
    <message>
        <source>Saved to {path}. Restart the app to recognise with it.</source>
        <translation>Enregistré dans {path}. Redémarrez l&apos;application pour reconnaître avec lui.</translation>
    </message>
    <message>
        <source>calibrated for 1 in {count} false matches</source>
        <translation>calibré pour 1 fausse correspondance sur {count}</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>réglé à la main</translation>
    </message>
    <message>
        <source>the model&apos;s default</source>
        <translation>la valeur par défaut du modèle</translation>
    </message>
    <message>
        <source>In use: {value} ({why}); the standard value is {standard} (smaller = stricter).</source>
        <translation>Utilisé : {value} ({why}) ; la valeur standard est {standard} (plus petit = plus strict).</translation>
    </message>
    <message>
        <source>Measure on my people shows what the chosen strictness costs, then Save applies it.</source>
        <translation>Mesurer sur mes personnes montre ce que coûte l&apos;exigence choisie, puis Enregistrer l&apos;applique.</translation>
    </message>
    <message>
        <source>Press Measure on my people for this strictness first: it measures the setting on the enrolled faces and shows what it costs; Save then applies it.</source>
        <translation>Appuyez d&apos;abord sur Mesurer sur mes personnes pour cette exigence : le réglage est mesuré sur les visages inscrits et son coût affiché ; Enregistrer l&apos;applique ensuite.</translation>
    </message>
    <message>
        <source>Strict threshold</source>
        <translation>Seuil strict</translation>
    </message>
    <message>
        <source>At this threshold about {share} of check-ins by enrolled people would be refused (more than {limit}). Apply it anyway?</source>
        <translation>Avec ce seuil, environ {share} des passages de personnes inscrites seraient refusés (plus de {limit}). L&apos;appliquer quand même ?</translation>
    </message>
    <message>
        <source>Some settings are not valid: {problems}</source>
        <translation>Certains paramètres ne sont pas valides : {problems}</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Not saved: the threshold was not applied.</source>
        <translation>Non enregistré : le seuil n&apos;a pas été appliqué.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
    <message>
        <source>{saved}. The new language is used when the app is started again.</source>
        <translation>{saved}. La nouvelle langue s&apos;applique au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>Vidéos ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Fichier vidéo</translation>
    </message>
    <message>
        <source>Image folder</source>
        <translation>Dossier d&apos;images</translation>
    </message>
    <message>
        <source>Measuring the threshold curve on the enrolled faces...</source>
        <translation>Mesure de la courbe du seuil sur les visages inscrits...</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibrage</translation>
    </message>
    <message>
        <source>For the target rate with {people} people: threshold {threshold} ({method}).</source>
        <translation>Pour le taux visé avec {people} personnes : seuil {threshold} ({method}).</translation>
    </message>
    <message>
        <source>Expected false accepts: {count} a day at {checkins} check-ins.</source>
        <translation>Fausses acceptations attendues : {count} par jour pour {checkins} passages.</translation>
    </message>
    <message>
        <source>measured on your people with several samples</source>
        <translation>mesuré sur vos personnes ayant plusieurs échantillons</translation>
    </message>
    <message>
        <source>estimated from a reference set: enrol more samples per person to measure it here</source>
        <translation>estimé à partir d&apos;un jeu de référence : inscrivez plus d&apos;échantillons par personne pour le mesurer ici</translation>
    </message>
    <message>
        <source>Enrolled people refused: about {share} of check-ins ({source}).</source>
        <translation>Personnes inscrites refusées : environ {share} des passages ({source}).</translation>
    </message>
    <message>
        <source>Saving will ask for a confirmation.</source>
        <translation>L&apos;enregistrement demandera une confirmation.</translation>
    </message>
    <message>
        <source>threshold (distance + crowding penalty)</source>
        <translation>seuil (distance + pénalité de ressemblance)</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>taux</translation>
    </message>
    <message>
        <source>false match per check-in</source>
        <translation>fausse correspondance par passage</translation>
    </message>
    <message>
        <source>false reject</source>
        <translation>faux rejet</translation>
    </message>
    <message>
        <source>current threshold</source>
        <translation>seuil actuel</translation>
    </message>
    <message>
        <source>Current admin PIN:</source>
        <translation>Code PIN administrateur actuel :</translation>
    </message>
    <message>
        <source>New admin PIN:</source>
        <translation>Nouveau code PIN administrateur :</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>Le même code PIN une nouvelle fois :</translation>
    </message>
    <message>
        <source>The two PINs differ; nothing was changed.</source>
        <translation>Les deux codes PIN diffèrent ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The admin PIN was set.</source>
        <translation>Le code PIN administrateur a été défini.</translation>
    </message>
    <message>
        <source>Switching the face model</source>
        <translation>Changer de modèle de visage</translation>
    </message>
    <message>
        <source>This computer&apos;s zone ({zone})</source>
        <translation>Fuseau de cet ordinateur ({zone})</translation>
    </message>
    <message>
        <source>The school&apos;s time zone: every time in the app, the reports and the command line is in it. Keep this computer&apos;s zone unless the computer is set to another one.</source>
        <translation>Le fuseau horaire de l&apos;école : toutes les heures de l&apos;application, des rapports et de la ligne de commande y sont exprimées. Gardez le fuseau de cet ordinateur, sauf s&apos;il est réglé sur un autre.</translation>
    </message>
    <message>
        <source>Unknown time zone {name}. Choose one from the list, e.g. {example}.</source>
        <translation>Fuseau horaire inconnu : {name}. Choisissez-en un dans la liste, par ex. {example}.</translation>
    </message>
    <message>
        <source>Cannot write the settings file: {error}</source>
        <translation>Impossible d&apos;écrire le fichier de paramètres : {error}</translation>
    </message>
    <message>
        <source>Too little data: {people} people and {scores} impostor scores (need at least 2 people and {needed} scores). Enrol more people, then calibrate again; until then the model&apos;s default threshold is used.</source>
        <translation>Trop peu de données : {people} personnes et {scores} comparaisons entre personnes différentes (il faut au moins 2 personnes et {needed} comparaisons). Inscrivez plus de personnes, puis recalibrez ; d&apos;ici là, le seuil par défaut du modèle est utilisé.</translation>
    </message>
    <message>
        <source>Measured: {below} of {scores} impostor scores lie below the threshold.</source>
        <translation>Mesuré : {below} comparaisons entre personnes différentes sur {scores} sont sous le seuil.</translation>
    </message>
    <message>
        <source>Extrapolated from the lowest of {scores} impostor scores (conservative). Enrol more people for a measured value.</source>
        <translation>Extrapolé à partir des plus basses de {scores} comparaisons entre personnes différentes (prudent). Inscrivez plus de personnes pour une valeur mesurée.</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <source>Face Attendance could not start</source>
        <translation>Présence par visage n&apos;a pas pu démarrer</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>{time} on {date} does not exist in {zone}: the clocks go forward then. Choose a time before or after the skipped hour.</source>
        <translation>{time} le {date} n&apos;existe pas dans {zone} : on avance les horloges à ce moment-là. Choisissez une heure avant ou après l&apos;heure sautée.</translation>
    </message>
    <message>
        <source>{time} on {date} comes twice in {zone}: the clocks go back then.</source>
        <translation>{time} le {date} revient deux fois dans {zone} : on recule les horloges à ce moment-là.</translation>
    </message>
    <message>
        <source>Which one do you mean?</source>
        <translation>Laquelle voulez-vous dire ?</translation>
    </message>
    <message>
        <source>Which time?</source>
        <translation>Quelle heure ?</translation>
    </message>
    <message>
        <source>{time}, before the clocks go back</source>
        <translation>{time}, avant le recul des horloges</translation>
    </message>
    <message>
        <source>{time}, after the clocks go back</source>
        <translation>{time}, après le recul des horloges</translation>
    </message>
</context>
</TS>
