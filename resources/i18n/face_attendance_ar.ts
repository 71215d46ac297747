<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>About</name>
    <message>
        <source>{role} &lt;b&gt;{model}&lt;/b&gt;: {description}&lt;br&gt;weights licence: {licence}</source>
        <translation>‏{role} &lt;b&gt;{model}&lt;/b&gt;: {description}&lt;br&gt;‏ترخيص الأوزان: ⁦{licence}⁩</translation>
    </message>
    <message>
        <source>&lt;b&gt;Face Attendance&lt;/b&gt; {version}&lt;br&gt;Face recognition attendance, run with onnxruntime on this computer. No image leaves this machine.&lt;br&gt;&lt;br&gt;Models in use (Settings, Detection; &lt;code&gt;face-attendance models list&lt;/code&gt;):&lt;ul&gt;{models}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;الحضور بالوجه&lt;/b&gt; {version}&lt;br&gt;تسجيل الحضور بالتعرّف على الوجه، يعمل بـ onnxruntime على هذا الحاسوب. لا تغادر أي صورة هذا الجهاز.&lt;br&gt;&lt;br&gt;النماذج المستخدمة (الإعدادات، الكشف؛ ⁦&lt;code&gt;face-attendance models list&lt;/code&gt;⁩):&lt;ul&gt;{models}&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>AdminGate</name>
    <message>
        <source>Checking the admin PIN...</source>
        <translation>جارٍ التحقق من رمز PIN للمسؤول...</translation>
    </message>
    <message>
        <source>{what} needs the admin PIN.</source>
        <translation>{what} يتطلب رمز PIN الخاص بالمسؤول.</translation>
    </message>
    <message>
        <source>The admin PIN cannot be checked now: {problem} Nothing was unlocked.</source>
        <translation>لا يمكن التحقق من رمز PIN للمسؤول الآن: {problem} لم يُفتح أي شيء.</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>رمز PIN للمسؤول</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>This person was erased; only their past attendance is kept for the statistics, so no mark can be added for them or given to them.</source>
        <translation>تم محو هذا الشخص؛ لا يُحتفظ إلا بحضوره السابق لأغراض الإحصاء، لذا لا يمكن إضافة علامة حضور له أو نقلها إليه.</translation>
    </message>
    <message>
        <source>{name}: already checked out at {time}</source>
        <translation>{name}: سجّل خروجه بالفعل في {time}</translation>
    </message>
    <message>
        <source>{name}: already checked in at {time}</source>
        <translation>{name}: سجّل دخوله بالفعل في {time}</translation>
    </message>
    <message>
        <source>{name} checked out at {time} ({session})</source>
        <translation>سجّل {name} خروجه في {time} ({session})</translation>
    </message>
    <message>
        <source>{name} checked out at {time}</source>
        <translation>سجّل {name} خروجه في {time}</translation>
    </message>
    <message>
        <source>{name} checked in at {time} ({session})</source>
        <translation>سجّل {name} دخوله في {time} ({session})</translation>
    </message>
    <message>
        <source>{name} checked in at {time}</source>
        <translation>سجّل {name} دخوله في {time}</translation>
    </message>
    <message>
        <source>{name} is deactivated: not recorded</source>
        <translation>{name} معطَّل: لم يُسجَّل</translation>
    </message>
    <message>
        <source>No open session for {name}: not recorded</source>
        <translation>لا توجد جلسة مفتوحة لـ {name}: لم يُسجَّل</translation>
    </message>
    <message>
        <source>{when} is in the future (it is {now} now): a mark records something that happened. Check the date and time.</source>
        <translation>{when} في المستقبل (الوقت الآن {now}): التسجيل يوثّق شيئًا حدث بالفعل. تحقّق من التاريخ والوقت.</translation>
    </message>
    <message>
        <source>{when} is outside the session &apos;{session}&apos; ({start} to {end}). Pick a time within the session, or another session.</source>
        <translation>{when} خارج الجلسة «{session}» ({start} إلى {end}). اختر وقتًا داخل الجلسة، أو جلسة أخرى.</translation>
    </message>
    <message>
        <source>{when} is outside the session &apos;{session}&apos; ({start}). Pick a time within the session, or another session.</source>
        <translation>{when} خارج الجلسة «{session}» ({start}). اختر وقتًا داخل الجلسة، أو جلسة أخرى.</translation>
    </message>
    <message>
        <source>A session needs a name (for example &apos;Maths 7B&apos;).</source>
        <translation>تحتاج الجلسة إلى اسم (مثلًا «رياضيات 7B»).</translation>
    </message>
    <message>
        <source>group {group}</source>
        <translation>المجموعة {group}</translation>
    </message>
    <message>
        <source>for everybody</source>
        <translation>للجميع</translation>
    </message>
    <message>
        <source>&apos;{session}&apos; ({who}) has been running since {start}. A group has one session at a time: continue that one, or end it before starting another.</source>
        <translation>«{session}» ({who}) جارية منذ {start}. لكل مجموعة جلسة واحدة في كل مرة: تابع تلك الجلسة، أو أنهِها قبل بدء أخرى.</translation>
    </message>
    <message>
        <source>&apos;{session}&apos; ({who}, {when}) overlaps this time. A group has one session at a time: change the times, or edit that session.</source>
        <translation>«{session}» ({who}، {when}) تتداخل مع هذا الوقت. لكل مجموعة جلسة واحدة في كل مرة: غيّر الأوقات، أو عدّل تلك الجلسة.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>من {start} إلى {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>من {start}</translation>
    </message>
    <message>
        <source>Session &apos;{session}&apos; already ended at {when}.</source>
        <translation>انتهت الجلسة «{session}» بالفعل في {when}.</translation>
    </message>
    <message>
        <source>Session &apos;{session}&apos; has not started yet (starts {when}).</source>
        <translation>لم تبدأ الجلسة «{session}» بعد (تبدأ في {when}).</translation>
    </message>
    <message>
        <source>The session would end ({end}) before it starts ({start}). Check the times.</source>
        <translation>ستنتهي الجلسة ({end}) قبل أن تبدأ ({start}). تحقّق من الأوقات.</translation>
    </message>
    <message>
        <source>&apos;Late after&apos; ({when}) must lie between the start and the end.</source>
        <translation>يجب أن يقع «التأخر بعد» ({when}) بين البداية والنهاية.</translation>
    </message>
    <message>
        <source>A reason is required for every correction; it is kept in the audit log.</source>
        <translation>يلزم ذكر سبب لكل تصحيح؛ يُحفظ في سجل التدقيق.</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>التطابق</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>دخول</translation>
    </message>
    <message>
        <source>check-out</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>moved to another person</source>
        <translation>نُقل إلى شخص آخر</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <source>Group photo</source>
        <translation>صورة جماعية</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>يدوي</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No marks for these days&lt;/h3&gt;&lt;p&gt;Marks appear here when people are recognised on the &lt;b&gt;Live&lt;/b&gt; page or in a group photo (&lt;b&gt;File › Open photo&lt;/b&gt;). Start a session there for a class or a shift.&lt;/p&gt;&lt;p&gt;Someone was missed? &lt;b&gt;Add manual...&lt;/b&gt; marks them by hand, with a reason.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;لا توجد تسجيلات في هذه الأيام&lt;/h3&gt;&lt;p&gt;تظهر التسجيلات هنا عند التعرّف على الأشخاص في صفحة &lt;b&gt;مباشر&lt;/b&gt; أو في صورة جماعية (&lt;b&gt;ملف › فتح صورة&lt;/b&gt;). ابدأ جلسة هناك لحصة أو وردية.&lt;/p&gt;&lt;p&gt;فات أحدًا التسجيل؟ &lt;b&gt;إضافة يدوية...&lt;/b&gt; تسجّله يدويًا مع ذكر السبب.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{source}, confirmed by code</source>
        <translation>{source}، مؤكَّد بالرمز</translation>
    </message>
    <message>
        <source>very sure</source>
        <translation>مؤكد جدًا</translation>
    </message>
    <message>
        <source>sure</source>
        <translation>مؤكد</translation>
    </message>
    <message>
        <source>just within the limit</source>
        <translation>ضمن الحد بالكاد</translation>
    </message>
    <message>
        <source>outside the limit</source>
        <translation>خارج الحد</translation>
    </message>
    <message>
        <source>Made before the session was started (or without one): it counts for this session because it falls in it or just before its start</source>
        <translation>سُجّل قبل بدء الجلسة (أو دون جلسة): يُحتسب لهذه الجلسة لأنه يقع ضمنها أو قبل بدايتها بقليل</translation>
    </message>
    <message>
        <source>made in &apos;{session}&apos;, outside its times now</source>
        <translation>سُجّلت في «{session}»، وهي الآن خارج أوقاتها</translation>
    </message>
    <message>
        <source>Made in &apos;{session}&apos;, whose times were changed afterwards: it lies outside them now, so it counts for this session, which it falls in</source>
        <translation>سُجّلت في «{session}» التي تغيّرت أوقاتها لاحقًا: أصبحت خارجها الآن، لذا تُحتسب لهذه الجلسة التي تقع فيها</translation>
    </message>
    <message>
        <source>not counted: outside the sessions of the person&apos;s group</source>
        <translation>غير محتسبة: خارج جلسات مجموعة هذا الشخص</translation>
    </message>
    <message>
        <source>Made in &apos;{session}&apos;, whose times were changed afterwards: it lies outside them now and counts for no session</source>
        <translation>سُجّلت في «{session}» التي تغيّرت أوقاتها لاحقًا: أصبحت خارجها الآن ولا تُحتسب لأي جلسة</translation>
    </message>
    <message>
        <source>How closely the face matched the enrolled photos: distance {distance}, the app accepts up to {limit}</source>
        <translation>مدى تطابق الوجه مع الصور المسجّلة: المسافة {distance}، ويقبل التطبيق حتى {limit}</translation>
    </message>
    <message>
        <source>withdrawn by {by}: {reason}</source>
        <translation>سحبه {by}: {reason}</translation>
    </message>
    <message>
        <source>moved to another person by {by}: {reason}</source>
        <translation>نقله {by} إلى شخص آخر: {reason}</translation>
    </message>
    <message>
        <source>corrected by {by}: {reason}</source>
        <translation>صحّحه {by}: {reason}</translation>
    </message>
    <message>
        <source>Double-click: wrong person... · right-click: more</source>
        <translation>نقر مزدوج: شخص خاطئ... · نقر بالزر الأيمن: المزيد</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>كل المجموعات</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>كل الجلسات</translation>
    </message>
    <message>
        <source>Show corrected</source>
        <translation>إظهار المصحَّحة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Add manual...</source>
        <translation>إضافة يدوية...</translation>
    </message>
    <message>
        <source>Mark someone by hand (with a reason, recorded in the audit log)</source>
        <translation>تسجيل شخص يدويًا (مع ذكر السبب، ويُدوَّن في سجل التدقيق)</translation>
    </message>
    <message>
        <source>Wrong person...</source>
        <translation>شخص خاطئ...</translation>
    </message>
    <message>
        <source>Withdraw...</source>
        <translation>سحب...</translation>
    </message>
    <message>
        <source>Edit session...</source>
        <translation>تعديل الجلسة...</translation>
    </message>
    <message>
        <source>Roll call...</source>
        <translation>تفقّد الحضور...</translation>
    </message>
    <message>
        <source>Events: {events} · people: {people}</source>
        <translation>التسجيلات: {events} · الأشخاص: {people}</translation>
    </message>
    <message>
        <source>Only {count} marks are shown here: narrow the dates or the group</source>
        <translation>لا يُعرض هنا إلا {count} من التسجيلات: ضيّق التواريخ أو اختر مجموعة</translation>
    </message>
    <message>
        <source>Marks made on these days that count for a session of another day (after midnight in an evening session, say): {count}. They are listed on that session&apos;s day.</source>
        <translation>تسجيلات هذه الأيام التي تُحتسب لجلسة يوم آخر (بعد منتصف الليل في جلسة مسائية مثلًا): {count}. تظهر في يوم تلك الجلسة.</translation>
    </message>
    <message>
        <source>times in {zone}</source>
        <translation>الأوقات بتوقيت {zone}</translation>
    </message>
    <message>
        <source>Select a mark in the table first (or right-click a mark).</source>
        <translation>حدّد تسجيلًا في الجدول أولًا (أو انقر عليه بزر الفأرة الأيمن).</translation>
    </message>
    <message>
        <source>This mark was already corrected; correct the mark that replaced it.</source>
        <translation>صُحّح هذا التسجيل من قبل؛ صحّح التسجيل الذي حلّ محله.</translation>
    </message>
    <message>
        <source>The selected mark is someone else: move it to the right person</source>
        <translation>التسجيل المحدد لشخص آخر: انقله إلى الشخص الصحيح</translation>
    </message>
    <message>
        <source>Withdraw the selected mark (kept as &apos;withdrawn&apos;, with a reason)</source>
        <translation>سحب التسجيل المحدد (يُحتفظ به بحالة «مسحوب» مع ذكر السبب)</translation>
    </message>
    <message>
        <source>{action}. {reason}</source>
        <translation>{action}. {reason}</translation>
    </message>
    <message>
        <source>Change the chosen session&apos;s start, end, group or late time; reports follow</source>
        <translation>تغيير بداية الجلسة المختارة أو نهايتها أو مجموعتها أو وقت التأخر؛ وتتبعها التقارير</translation>
    </message>
    <message>
        <source>Choose a session in the filter above to change its times or group.</source>
        <translation>اختر جلسة في عامل التصفية أعلاه لتغيير أوقاتها أو مجموعتها.</translation>
    </message>
    <message>
        <source>Who was absent or late in the chosen session (else the running or last one today), with Mark present for anyone the camera missed</source>
        <translation>من كان غائبًا أو متأخرًا في الجلسة المختارة (وإلا فالجارية أو آخر جلسة اليوم)، مع «تسجيل حاضر» لمن لم تلتقطه الكاميرا</translation>
    </message>
    <message>
        <source>No session in these days: start one, or choose other days.</source>
        <translation>لا توجد جلسات في هذه الأيام: ابدأ واحدة، أو اختر أيامًا أخرى.</translation>
    </message>
    <message>
        <source>Add another mark for {name}...</source>
        <translation>إضافة تسجيل آخر لـ {name}...</translation>
    </message>
    <message>
        <source>Editing a session</source>
        <translation>تعديل جلسة</translation>
    </message>
    <message>
        <source>Correcting attendance</source>
        <translation>تصحيح الحضور</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup passphrase must have at least {count} characters; without it nobody (including you) can open the backup, so write it down somewhere safe.</source>
        <translation>يجب أن تتكون عبارة مرور النسخة الاحتياطية من {count} أحرف على الأقل؛ فبدونها لا يستطيع أحد (ولا أنت) فتح النسخة، لذا دوّنها في مكان آمن.</translation>
    </message>
    <message>
        <source>The disk is full: the backup {file} was not written. Free some space or choose another folder; nothing was changed.</source>
        <translation>القرص ممتلئ: لم تُكتب النسخة الاحتياطية {file}. حرّر بعض المساحة أو اختر مجلدًا آخر؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Cannot write the backup {file}: {error}. Choose another folder; nothing was changed.</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية {file}: {error}. اختر مجلدًا آخر؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{file} is a folder; give a file name for the backup.</source>
        <translation>{file} مجلد؛ أدخل اسم ملف للنسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>There is no database at {file} to back up.</source>
        <translation>لا توجد قاعدة بيانات في {file} لنسخها احتياطيًا.</translation>
    </message>
    <message>
        <source>There is no encryption key for face data to save: this database does not use encryption yet.</source>
        <translation>لا يوجد مفتاح تشفير لبيانات الوجوه لحفظه: قاعدة البيانات هذه لا تستخدم التشفير بعد.</translation>
    </message>
    <message>
        <source>There is no encryption key for face data to save: key {key} is not on this computer.</source>
        <translation>لا يوجد مفتاح تشفير لبيانات الوجوه لحفظه: المفتاح {key} غير موجود على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>{file} is not a face-attendance backup archive.</source>
        <translation>{file} ليس ملف نسخة احتياطية من face-attendance.</translation>
    </message>
    <message>
        <source>{file} is a backup of format version {version}, which this version of face-attendance cannot read (written by a newer version?).</source>
        <translation>{file} نسخة احتياطية بإصدار التنسيق {version}، ولا يستطيع هذا الإصدار من face-attendance قراءتها (كُتبت بإصدار أحدث؟).</translation>
    </message>
    <message>
        <source>{file} has a damaged header.</source>
        <translation>ترويسة {file} تالفة.</translation>
    </message>
    <message>
        <source>{file} has a damaged or crafted header; it cannot be restored.</source>
        <translation>ترويسة {file} تالفة أو مصطنعة؛ لا يمكن استعادتها.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the backup {file}. Nothing was changed.</source>
        <translation>عبارة المرور خاطئة للنسخة الاحتياطية {file}. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{file} has data after its end; it was modified.</source>
        <translation>الملف {file} فيه بيانات بعد نهايته؛ لقد عُدّل.</translation>
    </message>
    <message>
        <source>The backup file {file} does not exist.</source>
        <translation>ملف النسخة الاحتياطية {file} غير موجود.</translation>
    </message>
    <message>
        <source>{file} is damaged: {problem}</source>
        <translation>الملف {file} تالف: {problem}</translation>
    </message>
    <message>
        <source>{file} has no manifest; it is not a complete backup.</source>
        <translation>لا يحتوي {file} على بيان محتويات؛ ليس نسخة احتياطية كاملة.</translation>
    </message>
    <message>
        <source>{file} lacks its database; it cannot be restored.</source>
        <translation>ينقص {file} قاعدة بياناته؛ لا يمكن استعادته.</translation>
    </message>
    <message>
        <source>The database inside {file} does not match its manifest.</source>
        <translation>قاعدة البيانات داخل {file} لا تطابق بيان محتوياتها.</translation>
    </message>
    <message>
        <source>The data key inside {file} does not match its manifest.</source>
        <translation>مفتاح البيانات داخل {file} لا يطابق بيان محتوياته.</translation>
    </message>
    <message>
        <source>The database inside the backup is damaged ({problem}).</source>
        <translation>قاعدة البيانات داخل النسخة الاحتياطية تالفة ({problem}).</translation>
    </message>
    <message>
        <source>The database inside the backup cannot be used: {problem} Nothing was changed.</source>
        <translation>لا يمكن استخدام قاعدة البيانات داخل النسخة الاحتياطية: {problem} لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The backup&apos;s database is at schema revision {revision}, which this version of face-attendance does not know (it was made by a newer version). Install that version to restore it; nothing was changed.</source>
        <translation>قاعدة بيانات النسخة الاحتياطية على مراجعة المخطط {revision}، التي لا يعرفها هذا الإصدار من face-attendance (أُنشئت بإصدار أحدث). ثبّت ذلك الإصدار لاستعادتها؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>part of that path is a file, not a folder</source>
        <translation>جزء من هذا المسار ملف وليس مجلدًا</translation>
    </message>
    <message>
        <source>Restore not confirmed: nothing was changed. Re-run with --yes (or answer &apos;yes&apos;) to replace the data listed above.</source>
        <translation>لم تُؤكَّد الاستعادة: لم يتغير شيء. أعد التشغيل مع --yes (أو أجب بـ &apos;yes&apos;) لاستبدال البيانات المذكورة أعلاه.</translation>
    </message>
    <message>
        <source>Could not copy the current database {file} before restoring ({problem}); nothing was changed.</source>
        <translation>تعذّر نسخ قاعدة البيانات الحالية {file} قبل الاستعادة ({problem})؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Could not copy the current database {file} before restoring; nothing was changed.</source>
        <translation>تعذّر نسخ قاعدة البيانات الحالية {file} قبل الاستعادة؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>The backup&apos;s data is in use, but its settings could not be written ({problem}): the settings from before stay.</source>
        <translation>بيانات النسخة الاحتياطية قيد الاستخدام، لكن تعذّرت كتابة إعداداتها ({problem}): تبقى الإعدادات السابقة.</translation>
    </message>
    <message>
        <source>The backup&apos;s data is in use, but the restore could not finish ({problem}).</source>
        <translation>بيانات النسخة الاحتياطية قيد الاستخدام، لكن تعذّر إكمال الاستعادة ({problem}).</translation>
    </message>
    <message>
        <source>The data from before the restore is kept at {file}: Undo the restore puts it back.</source>
        <translation>البيانات التي كانت قبل الاستعادة محفوظة في {file}: «التراجع عن الاستعادة» يعيدها.</translation>
    </message>
    <message>
        <source>{file} is open in another program (a database viewer, a sync or copy tool?): close that program, then restore again. Nothing was changed.</source>
        <translation>الملف {file} مفتوح في برنامج آخر (عارض قواعد بيانات، أو أداة مزامنة أو نسخ؟): أغلق ذلك البرنامج، ثم أعد الاستعادة. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Restoring into {file} failed ({problem}); the data there is unchanged, and a copy of it is kept at {copy}.</source>
        <translation>فشلت الاستعادة إلى {file} ({problem})؛ البيانات هناك لم تتغير، ونسخة منها محفوظة في {copy}.</translation>
    </message>
    <message>
        <source>The restored database {file} fails its integrity check: {problem}</source>
        <translation>قاعدة البيانات المستعادة {file} لا تجتاز فحص السلامة: {problem}</translation>
    </message>
    <message>
        <source>The settings inside the backup are not valid TOML ({problem}); nothing was changed.</source>
        <translation>الإعدادات داخل النسخة الاحتياطية ليست TOML صالحًا ({problem})؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The settings inside the backup are not valid ({problem}); nothing was changed.</source>
        <translation>الإعدادات داخل النسخة الاحتياطية غير صالحة ({problem})؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{file} is cut short (an incomplete copy). Copy it again from where it was saved, or choose another backup. Nothing was changed.</source>
        <translation>{file} ناقص (نسخة غير مكتملة). انسخه مرة أخرى من المكان الذي حُفظ فيه، أو اختر نسخة احتياطية أخرى. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{file} is damaged or was modified: part of it cannot be read. Copy it again from where it was saved, or choose another backup. Nothing was changed.</source>
        <translation>{file} تالف أو عُدّل: تعذّرت قراءة جزء منه. انسخه مرة أخرى من المكان الذي حُفظ فيه، أو اختر نسخة احتياطية أخرى. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>another program is using the database file right now</source>
        <translation>يستخدم برنامج آخر ملف قاعدة البيانات الآن</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>الملف تالف</translation>
    </message>
    <message>
        <source>this user may not open the file</source>
        <translation>لا يحق لهذا المستخدم فتح الملف</translation>
    </message>
    <message>
        <source>the disk could not be read</source>
        <translation>تعذّرت قراءة القرص</translation>
    </message>
    <message>
        <source>SQLite says: {problem}</source>
        <translation>يقول SQLite: {problem}</translation>
    </message>
    <message>
        <source>{file} could not be read: {why}.</source>
        <translation>تعذّرت قراءة {file}: {why}.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>The data was not replaced.</source>
        <translation>لم تُستبدل البيانات.</translation>
    </message>
    <message>
        <source>Face Attendance backups (*.fab);;All files (*)</source>
        <translation>نسخ Face Attendance الاحتياطية (*.fab);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>People: {people} · Sessions: {sessions} · Attendance records: {events}</source>
        <translation>الأشخاص: {people} · الجلسات: {sessions} · سجلات الحضور: {events}</translation>
    </message>
    <message>
        <source>{people} ({active} active)</source>
        <translation>{people} (النشطون: {active})</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>اختيار...</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>نسخ احتياطي</translation>
    </message>
    <message>
        <source>A backup is one file with everyone enrolled, their face data, all sessions and attendance records, and the settings. It holds biometric data, so it is encrypted with a passphrase of at least {count} characters. Write the passphrase down and keep it apart from the file: without it nobody can open the backup, not even you.</source>
        <translation>النسخة الاحتياطية ملف واحد يضم كل الأشخاص المسجلين وبيانات وجوههم وكل الجلسات وسجلات الحضور والإعدادات. وهي تحتوي على بيانات بيومترية، لذا تُشفَّر بعبارة مرور من {count} أحرف على الأقل. دوّن عبارة المرور واحفظها بعيدًا عن الملف: فبدونها لا يستطيع أحد فتح النسخة، ولا أنت.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>حفظ باسم</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>أعد كتابة عبارة المرور</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>حفظ النسخة الاحتياطية باسم</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>اختر مكان حفظ النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters.</source>
        <translation>تحتاج عبارة المرور إلى {count} أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>جارٍ النسخ الاحتياطي...</translation>
    </message>
    <message>
        <source>Backup saved.</source>
        <translation>حُفظت النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation>الملف: {file}</translation>
    </message>
    <message>
        <source>Contents as of {when}: {what}</source>
        <translation>المحتوى حتى {when}: {what}</translation>
    </message>
    <message>
        <source>Keep the file somewhere safe (a USB stick, another computer) and the passphrase apart from it. To bring it back, use Restore... in the File menu.</source>
        <translation>احفظ الملف في مكان آمن (ذاكرة USB أو حاسوب آخر) واحفظ عبارة المرور بعيدًا عنه. لاستعادته استخدم «استعادة...» في قائمة ملف.</translation>
    </message>
    <message>
        <source>The encryption key of the face data is not on this computer and is not in the backup: the faces in it can only be read where that key is.</source>
        <translation>مفتاح تشفير بيانات الوجوه ليس على هذا الحاسوب ولا في النسخة الاحتياطية: لا يمكن قراءة الوجوه فيها إلا حيث يوجد ذلك المفتاح.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation>لم تُنشأ النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>A .fab file made by Back up</source>
        <translation>ملف ‎.fab أنشأه النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation>فتح النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>اختر نسخة احتياطية</translation>
    </message>
    <message>
        <source>Opening and checking the backup...</source>
        <translation>جارٍ فتح النسخة الاحتياطية وفحصها...</translation>
    </message>
    <message>
        <source>This backup cannot be restored.</source>
        <translation>لا يمكن استعادة هذه النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Backup of {when}, made on {device}</source>
        <translation>نسخة احتياطية بتاريخ {when}، أُنشئت على {device}</translation>
    </message>
    <message>
        <source>(Face Attendance {version})</source>
        <translation>(Face Attendance {version})</translation>
    </message>
    <message>
        <source>These protection settings change with it:</source>
        <translation>تتغير إعدادات الحماية هذه معها:</translation>
    </message>
    <message>
        <source>The backup&apos;s encryption key for face data will be installed on this computer.</source>
        <translation>سيُثبَّت مفتاح تشفير بيانات الوجوه من النسخة الاحتياطية على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>In the backup</source>
        <translation>في النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>On this computer now</source>
        <translation>على هذا الحاسوب الآن</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Attendance records</source>
        <translation>سجلات الحضور</translation>
    </message>
    <message>
        <source>Face templates</source>
        <translation>قوالب الوجوه</translation>
    </message>
    <message>
        <source>Replace the current data</source>
        <translation>استبدال البيانات الحالية</translation>
    </message>
    <message>
        <source>Restoring the backup...</source>
        <translation>جارٍ استعادة النسخة الاحتياطية...</translation>
    </message>
    <message>
        <source>Restoring replaces everyone enrolled, their face data, all sessions and attendance records, and the settings on this computer with those in the backup. Nothing changes until you have seen what the backup holds and pressed &quot;Replace the current data&quot;.</source>
        <translation>تستبدل الاستعادة كل الأشخاص المسجلين وبيانات وجوههم وكل الجلسات وسجلات الحضور والإعدادات على هذا الحاسوب بما في النسخة الاحتياطية. لا يتغير شيء قبل أن ترى محتوى النسخة وتضغط «استبدال البيانات الحالية».</translation>
    </message>
    <message>
        <source>The current data is copied to {folder} first, then replaced by the backup&apos;s.</source>
        <translation>تُنسخ البيانات الحالية أولًا إلى {folder} ثم تُستبدل ببيانات النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Install the key</source>
        <translation>تثبيت المفتاح</translation>
    </message>
    <message>
        <source>This backup holds only the encryption key for face data, no people or records: the data on this computer stays as it is.</source>
        <translation>تحتوي هذه النسخة الاحتياطية على مفتاح تشفير بيانات الوجوه فقط، دون أشخاص أو سجلات: تبقى البيانات على هذا الحاسوب كما هي.</translation>
    </message>
    <message>
        <source>This computer already has that key: there is nothing to restore.</source>
        <translation>يملك هذا الحاسوب ذلك المفتاح بالفعل: لا شيء للاستعادة.</translation>
    </message>
    <message>
        <source>Consent needed to enroll</source>
        <translation>الموافقة مطلوبة للتسجيل</translation>
    </message>
    <message>
        <source>Face data encrypted on disk</source>
        <translation>بيانات الوجوه مشفرة على القرص</translation>
    </message>
    <message>
        <source>Days face data is kept after a person leaves</source>
        <translation>أيام الاحتفاظ ببيانات الوجه بعد مغادرة الشخص</translation>
    </message>
    <message>
        <source>Months attendance records are kept</source>
        <translation>أشهر الاحتفاظ بسجلات الحضور</translation>
    </message>
    <message>
        <source>Minutes the admin PIN stays unlocked</source>
        <translation>دقائق بقاء رمز PIN للمسؤول مفتوحًا</translation>
    </message>
    <message>
        <source>Database copies kept in backups/</source>
        <translation>نسخ قاعدة البيانات المحفوظة في backups/</translation>
    </message>
    <message>
        <source>Days those copies are kept</source>
        <translation>أيام الاحتفاظ بتلك النسخ</translation>
    </message>
    <message>
        <source>Kiosk liveness check</source>
        <translation>فحص الحيوية في الكشك</translation>
    </message>
    <message>
        <source>Kiosk second check</source>
        <translation>التحقق الثاني في الكشك</translation>
    </message>
    <message>
        <source>Match threshold</source>
        <translation>عتبة المطابقة</translation>
    </message>
    <message>
        <source>Match margin</source>
        <translation>هامش المطابقة</translation>
    </message>
    <message>
        <source>Strictness</source>
        <translation>الصرامة</translation>
    </message>
    <message>
        <source>Face model</source>
        <translation>نموذج الوجه</translation>
    </message>
    <message>
        <source>Face detector</source>
        <translation>كاشف الوجوه</translation>
    </message>
    <message>
        <source>on</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>off</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>القيمة الافتراضية</translation>
    </message>
    <message>
        <source>{setting}: {old} → {new}</source>
        <translation>{setting}: {old} ← {new}</translation>
    </message>
    <message>
        <source>{file} already exists and is not a Face Attendance backup. Choose another name; nothing was changed.</source>
        <translation>{file} موجود بالفعل وليس نسخة احتياطية من Face Attendance. اختر اسمًا آخر؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>There is already a backup named {file}, saved {when}. Replace it with a new backup? The old backup is then lost.</source>
        <translation>توجد بالفعل نسخة احتياطية باسم {file}، محفوظة في {when}. هل تستبدلها بنسخة جديدة؟ ستُفقد النسخة القديمة عندئذ.</translation>
    </message>
    <message>
        <source>Replace the old backup</source>
        <translation>استبدال النسخة القديمة</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>لا توجد بيانات بعد</translation>
    </message>
    <message>
        <source>Put back the data from before the restore?</source>
        <translation>هل تعيد البيانات التي كانت قبل الاستعادة؟</translation>
    </message>
    <message>
        <source>Replace the data on this computer with the backup&apos;s?</source>
        <translation>هل تستبدل البيانات على هذا الحاسوب ببيانات النسخة الاحتياطية؟</translation>
    </message>
    <message>
        <source>{question}

Replaced: {now}
In use afterwards: {backup}

Everyone enrolled and every mark made since then is no longer in use. The current data is copied to {folder} first.</source>
        <translation>{question}

يُستبدل: {now}
قيد الاستخدام بعدها: {backup}

كل من سُجّل وكل حضور سُجّل منذ ذلك الحين لن يكون قيد الاستخدام. تُنسخ البيانات الحالية أولًا إلى {folder}.</translation>
    </message>
    <message>
        <source>Undo the restore</source>
        <translation>التراجع عن الاستعادة</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>عبارتا المرور غير متطابقتين بعد.</translation>
    </message>
    <message>
        <source>The admin PIN becomes the one that was set when this backup was made: make sure you know it.</source>
        <translation>يصبح رمز PIN للمسؤول هو الرمز الذي كان مضبوطًا عند إنشاء هذه النسخة: تأكد من أنك تعرفه.</translation>
    </message>
    <message>
        <source>The backup has no admin PIN: afterwards the admin pages are open until you set one in Settings.</source>
        <translation>لا تحتوي النسخة الاحتياطية على رمز PIN للمسؤول: بعدها تبقى صفحات المسؤول مفتوحة حتى تضبط رمزًا في الإعدادات.</translation>
    </message>
    <message>
        <source>The backup&apos;s settings are not restored: this window was started with --data-dir and without --config, so your settings file belongs to another data folder. Only the data (and the encryption key) are.</source>
        <translation>لا تُستعاد إعدادات النسخة الاحتياطية: فُتحت هذه النافذة مع --data-dir ومن دون --config، لذا ينتمي ملف إعداداتك إلى مجلد بيانات آخر. تُستعاد البيانات (ومفتاح التشفير) فقط.</translation>
    </message>
    <message>
        <source>This backup holds a whole database, but this computer keeps its data on a database server ({server}): restore that server from its own backup. A backup that holds only the encryption key can be restored here.</source>
        <translation>تحتوي هذه النسخة الاحتياطية على قاعدة بيانات كاملة، لكن هذا الحاسوب يحفظ بياناته على خادم قاعدة بيانات ({server}): استعد ذلك الخادم من نسخته الاحتياطية الخاصة. يمكن هنا استعادة نسخة احتياطية تحتوي على مفتاح التشفير فقط.</translation>
    </message>
    <message>
        <source>This computer keeps its data on a database server ({server}): ask whoever looks after that server to back it up. Here you save what only this computer has: the encryption key for the face data. Without it the faces on the server cannot be read after a reinstall. The file is encrypted with a passphrase of at least {count} characters; keep the passphrase apart from the file.</source>
        <translation>يحفظ هذا الحاسوب بياناته على خادم قاعدة بيانات ({server}): اطلب من المسؤول عن هذا الخادم أن ينسخه احتياطيًا. هنا تحفظ ما لا يملكه إلا هذا الحاسوب: مفتاح تشفير بيانات الوجوه. من دونه لا يمكن قراءة الوجوه على الخادم بعد إعادة التثبيت. يُشفَّر الملف بعبارة مرور من {count} أحرف على الأقل؛ احفظ عبارة المرور بعيدًا عن الملف.</translation>
    </message>
    <message>
        <source>Contents: the encryption key for the face data, nothing else (the data stays on the database server).</source>
        <translation>المحتوى: مفتاح تشفير بيانات الوجوه فقط (تبقى البيانات على خادم قاعدة البيانات).</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>تتعذّر قراءتها</translation>
    </message>
    <message>
        <source>data that cannot be read now ({why})</source>
        <translation>بيانات تتعذّر قراءتها الآن ({why})</translation>
    </message>
    <message>
        <source>The data on this computer now cannot be read ({why}), so what it holds is not shown.</source>
        <translation>تتعذّر قراءة البيانات على هذا الحاسوب الآن ({why})، لذلك لا يظهر ما تحتويه.</translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>The image folder {folder} does not exist. Create it or choose another source in Settings &gt; Camera.</source>
        <translation>مجلد الصور {folder} غير موجود. أنشئه أو اختر مصدرًا آخر من الإعدادات &gt; الكاميرا.</translation>
    </message>
    <message>
        <source>The image folder {folder} holds no images (.jpg, .png, ...). Add some or choose another source.</source>
        <translation>مجلد الصور {folder} لا يحتوي على صور (.jpg، .png، ...). أضف بعضها أو اختر مصدرًا آخر.</translation>
    </message>
    <message>
        <source>The video file {file} does not exist. Check the path, or choose another camera or video in Settings &gt; Camera.</source>
        <translation>ملف الفيديو {file} غير موجود. تحقّق من المسار، أو اختر كاميرا أو فيديو آخر في الإعدادات &gt; الكاميرا.</translation>
    </message>
    <message>
        <source>Cannot connect to the stream {source}. Check the address, the network and the credentials.</source>
        <translation>تعذّر الاتصال بالبث {source}. تحقّق من العنوان والشبكة وبيانات الدخول.</translation>
    </message>
    <message>
        <source>Cannot decode the video file {file}: it is damaged or in an unsupported format.</source>
        <translation>تعذّر فك ترميز ملف الفيديو {file}: الملف تالف أو بتنسيق غير مدعوم.</translation>
    </message>
    <message>
        <source>photo {file}</source>
        <translation>صورة {file}</translation>
    </message>
    <message>
        <source>camera {index}</source>
        <translation>الكاميرا {index}</translation>
    </message>
    <message>
        <source>image folder {folder}</source>
        <translation>مجلد الصور {folder}</translation>
    </message>
    <message>
        <source>video {file}</source>
        <translation>فيديو {file}</translation>
    </message>
    <message>
        <source>Connecting to the camera...</source>
        <translation>جارٍ الاتصال بالكاميرا...</translation>
    </message>
    <message>
        <source>Cannot open the source: {error}</source>
        <translation>تعذّر فتح المصدر: {error}</translation>
    </message>
    <message>
        <source>{problem} Reconnecting in {seconds} s...</source>
        <translation>{problem} إعادة الاتصال خلال {seconds} ث...</translation>
    </message>
    <message>
        <source>The video has ended.</source>
        <translation>انتهى الفيديو.</translation>
    </message>
    <message>
        <source>No camera source is set. Choose one in Settings &gt; Camera.</source>
        <translation>لم يُحدَّد مصدر للكاميرا. اختر مصدرًا من الإعدادات &gt; الكاميرا.</translation>
    </message>
    <message>
        <source>Camera {camera} is not available: it is unplugged, used by another program, or this user may not access it (macOS: System Settings &gt; Privacy &amp; Security &gt; Camera). Plug it in or choose another camera or camera backend in Settings.</source>
        <translation>الكاميرا {camera} غير متاحة: إنها غير موصولة، أو يستخدمها برنامج آخر، أو لا يملك هذا المستخدم صلاحية الوصول إليها (macOS: إعدادات النظام &gt; الخصوصية والأمن &gt; الكاميرا). صِلها أو اختر كاميرا أخرى أو واجهة كاميرا أخرى من الإعدادات.</translation>
    </message>
    <message>
        <source>Camera {camera} is not available through {backend}: it is unplugged, used by another program, or this user may not access it (macOS: System Settings &gt; Privacy &amp; Security &gt; Camera). Plug it in or choose another camera or camera backend in Settings.</source>
        <translation>الكاميرا {camera} غير متاحة عبر {backend}: إنها غير موصولة، أو يستخدمها برنامج آخر، أو لا يملك هذا المستخدم صلاحية الوصول إليها (macOS: إعدادات النظام &gt; الخصوصية والأمن &gt; الكاميرا). صِلها أو اختر كاميرا أخرى أو واجهة كاميرا أخرى من الإعدادات.</translation>
    </message>
    <message>
        <source>{source} stopped delivering frames (unplugged or disconnected).</source>
        <translation>توقّف {source} عن إرسال الصور (مفصول أو منقطع الاتصال).</translation>
    </message>
    <message>
        <source>None of the images in {folder} can be read.</source>
        <translation>لا يمكن قراءة أي من الصور في {folder}.</translation>
    </message>
</context>
<context>
    <name>Cameras</name>
    <message>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Add a manual mark</source>
        <translation>إضافة تسجيل يدوي</translation>
    </message>
    <message>
        <source>Withdraw a mark</source>
        <translation>سحب تسجيل</translation>
    </message>
    <message>
        <source>Wrong person</source>
        <translation>شخص خاطئ</translation>
    </message>
    <message>
        <source>present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>دخول</translation>
    </message>
    <message>
        <source>check-out</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>No session (counts for the day)</source>
        <translation>بلا جلسة (يُحتسب لليوم)</translation>
    </message>
    <message>
        <source>{name} — {kind} at {when}</source>
        <translation>{name} — {kind} في {when}</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>التسجيل</translation>
    </message>
    <message>
        <source>Type or choose a name</source>
        <translation>اكتب اسمًا أو اختره</translation>
    </message>
    <message>
        <source>The session the mark counts for in the register</source>
        <translation>الجلسة التي يُحتسب لها التسجيل في سجل الحضور</translation>
    </message>
    <message>
        <source>Remember that this face is not the recognised person</source>
        <translation>تذكّر أن هذا الوجه ليس الشخص الذي تم التعرّف عليه</translation>
    </message>
    <message>
        <source>Only when the camera really mixed the two people up: the app will then be stricter before recognising this face as them again. Leave it off for a simple slip.</source>
        <translation>فقط عندما تخلط الكاميرا فعلًا بين الشخصين: سيصبح التطبيق أكثر صرامة قبل أن يتعرّف على هذا الوجه بوصفه ذلك الشخص مرة أخرى. اتركه دون تحديد إن كان مجرد سهو.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Actually</source>
        <translation>في الواقع</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Required: why (kept in the audit log)</source>
        <translation>إلزامي: السبب (يُحفظ في سجل التدقيق)</translation>
    </message>
    <message>
        <source>Please give a reason: corrections are audited.</source>
        <translation>يرجى ذكر السبب: التصحيحات تخضع للتدقيق.</translation>
    </message>
    <message>
        <source>Choose the person.</source>
        <translation>اختر الشخص.</translation>
    </message>
</context>
<context>
    <name>DataInUse</name>
    <message>
        <source>The kiosk is running on this data (since {time}).</source>
        <translation>الكشك يعمل على هذه البيانات (منذ {time}).</translation>
    </message>
    <message>
        <source>A Face Attendance window is open on this data (since {time}).</source>
        <translation>نافذة Face Attendance مفتوحة على هذه البيانات (منذ {time}).</translation>
    </message>
    <message>
        <source>Another restore is running on this data (since {time}).</source>
        <translation>تجري استعادة أخرى على هذه البيانات (منذ {time}).</translation>
    </message>
    <message>
        <source>Another Face Attendance program is starting on this data.</source>
        <translation>برنامج آخر من Face Attendance يبدأ التشغيل على هذه البيانات.</translation>
    </message>
    <message>
        <source>The command &quot;face-attendance {command}&quot; is running on this data (since {time}).</source>
        <translation>الأمر ⁦&quot;face-attendance {command}&quot;⁩ يعمل على هذه البيانات (منذ {time}).</translation>
    </message>
    <message>
        <source>It runs on the computer {host}.</source>
        <translation>يعمل على الحاسوب {host}.</translation>
    </message>
    <message>
        <source>Close it, then restore. Nothing was changed.</source>
        <translation>أغلقه ثم استعد النسخة. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Close them, then restore. Nothing was changed.</source>
        <translation>أغلقها ثم استعد النسخة. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>A restore is replacing the data in this folder (since {time}). Start again when it has finished.</source>
        <translation>تجري استعادة تستبدل البيانات في هذا المجلد (منذ {time}). ابدأ من جديد عند انتهائها.</translation>
    </message>
    <message>
        <source>This user may not open {file}: a program another user of this computer runs on this data may be using it.</source>
        <translation>لا يحق لهذا المستخدم فتح {file}: ربما يستخدمه برنامج يشغّله مستخدم آخر لهذا الحاسوب على هذه البيانات.</translation>
    </message>
    <message>
        <source>If no such program runs any more, delete that file (or ask someone who may), then restore.</source>
        <translation>إذا لم يعد مثل هذا البرنامج يعمل، فاحذف ذلك الملف (أو اطلب ذلك ممن يحق له)، ثم استعد النسخة.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database {database} is locked by another program for too long. Close other copies of the app or wait and try again. Nothing was lost.</source>
        <translation>قاعدة البيانات {database} مقفلة من برنامج آخر لمدة طويلة جدًا. أغلق النسخ الأخرى من التطبيق أو انتظر وحاول مرة أخرى. لم يُفقد شيء.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <source>Diagnostics</source>
        <translation>التشخيص</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>نسخ إلى الحافظة</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Add samples for {name}</source>
        <translation>إضافة عينات لـ {name}</translation>
    </message>
    <message>
        <source>Enroll from camera</source>
        <translation>تسجيل من الكاميرا</translation>
    </message>
    <message>
        <source>Enroll from photos</source>
        <translation>تسجيل من الصور</translation>
    </message>
    <message>
        <source>This person agreed to have their face stored for attendance (consent text {version})</source>
        <translation>وافق هذا الشخص على حفظ وجهه لتسجيل الحضور (نص الموافقة {version})</translation>
    </message>
    <message>
        <source>Consent recorded by</source>
        <translation>سجّل الموافقة</translation>
    </message>
    <message>
        <source>Drop photos here or use &lt;b&gt;Add photos&lt;/b&gt;. One face per photo; several photos of the same person make recognition more reliable.</source>
        <translation>أفلت الصور هنا أو استخدم &lt;b&gt;إضافة صور&lt;/b&gt;. وجه واحد في كل صورة؛ عدة صور للشخص نفسه تجعل التعرّف أكثر موثوقية.</translation>
    </message>
    <message>
        <source>Add photos...</source>
        <translation>إضافة صور...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Waiting for the camera...</source>
        <translation>في انتظار الكاميرا...</translation>
    </message>
    <message>
        <source>Capture  (Space)</source>
        <translation>التقاط (مسافة)</translation>
    </message>
    <message>
        <source>Capture {count} or more views: straight, slightly left, slightly right.</source>
        <translation>التقط {count} لقطات أو أكثر: من الأمام، مائلًا قليلًا إلى اليسار، مائلًا قليلًا إلى اليمين.</translation>
    </message>
    <message>
        <source>Add samples</source>
        <translation>إضافة عينات</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>{name} was enrolled from a small or upscaled photo (a weak sample); recognition is less reliable until there are camera samples. Capture camera samples now: they replace the small photo.</source>
        <translation>سُجّل {name} من صورة صغيرة أو مكبّرة (عينة ضعيفة)؛ التعرّف أقل موثوقية إلى أن تتوفر عينات من الكاميرا. التقط عينات بالكاميرا الآن: ستحل محل الصورة الصغيرة.</translation>
    </message>
    <message>
        <source>{name} was enrolled from a small or upscaled photo (a weak sample); recognition is less reliable until there are camera samples. Use Enroll from camera to take camera samples: they replace it.</source>
        <translation>سُجّل {name} من صورة صغيرة أو مكبّرة (عينة ضعيفة)؛ التعرّف أقل موثوقية إلى أن تتوفر عينات من الكاميرا. استخدم «تسجيل من الكاميرا» لالتقاط عينات: ستحل محل الصورة.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>أدخل اسم الشخص.</translation>
    </message>
    <message>
        <source>Consent is required before a face can be stored.</source>
        <translation>يلزم الحصول على الموافقة قبل حفظ أي وجه.</translation>
    </message>
    <message>
        <source>Add at least one photo.</source>
        <translation>أضف صورة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Capture at least one picture.</source>
        <translation>التقط صورة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Ready: 1 sample.</source>
        <translation>جاهز: عينة واحدة.</translation>
    </message>
    <message>
        <source>Ready: {count} samples.</source>
        <translation>جاهز: عدد العينات {count}.</translation>
    </message>
    <message>
        <source>Photos of the person</source>
        <translation>صور الشخص</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.webp)</source>
        <translation>الصور (*.jpg *.jpeg *.png *.bmp *.webp)</translation>
    </message>
    <message>
        <source>{file}: damaged or not a picture (not used)</source>
        <translation>{file}: تالف أو ليس صورة (لن يُستخدم)</translation>
    </message>
    <message>
        <source>{files}: cannot be read, the file is damaged or not a picture. Choose another photo.</source>
        <translation>{files}: تتعذّر قراءته، الملف تالف أو ليس صورة. اختر صورة أخرى.</translation>
    </message>
    <message>
        <source>No camera.</source>
        <translation>لا توجد كاميرا.</translation>
    </message>
    <message>
        <source>Good: hold still and capture</source>
        <translation>جيد: اثبت والتقط</translation>
    </message>
    <message>
        <source>Looking for a face...</source>
        <translation>جارٍ البحث عن وجه...</translation>
    </message>
    <message>
        <source>Only one person in the picture, please</source>
        <translation>شخص واحد فقط في الصورة من فضلك</translation>
    </message>
    <message>
        <source>No face found: look at the camera</source>
        <translation>لم يُعثر على وجه: انظر إلى الكاميرا</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>جيد</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>اضبط</translation>
    </message>
    <message>
        <source>No checked picture yet.</source>
        <translation>لا توجد صورة مفحوصة بعد.</translation>
    </message>
    <message>
        <source>Not captured: {reason}</source>
        <translation>لم تُلتقط: {reason}</translation>
    </message>
    <message>
        <source>Enrolling...</source>
        <translation>جارٍ التسجيل...</translation>
    </message>
    <message>
        <source>{name} has new samples: 1 sample stored.</source>
        <translation>لدى {name} عينات جديدة: حُفظت عينة واحدة.</translation>
    </message>
    <message>
        <source>{name} has new samples: {count} samples stored.</source>
        <translation>لدى {name} عينات جديدة: عدد العينات المحفوظة {count}.</translation>
    </message>
    <message>
        <source>{name} is enrolled: 1 sample stored.</source>
        <translation>تم تسجيل {name}: حُفظت عينة واحدة.</translation>
    </message>
    <message>
        <source>{name} is enrolled: {count} samples stored.</source>
        <translation>تم تسجيل {name}: عدد العينات المحفوظة {count}.</translation>
    </message>
    <message>
        <source>Enrolled from a small photo (weak sample): recognition of {name} is less reliable until camera samples are taken (the kiosk and this dialog ask for them).</source>
        <translation>سُجّل من صورة صغيرة (عينة ضعيفة): التعرّف على {name} أقل موثوقية إلى أن تُلتقط عينات بالكاميرا (يطلبها الكشك وهذه النافذة).</translation>
    </message>
    <message>
        <source>{done} The small photo was replaced by the camera samples.</source>
        <translation>{done} استُبدلت الصورة الصغيرة بعينات الكاميرا.</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>تم التسجيل</translation>
    </message>
    <message>
        <source>{done}

Not used:
{problems}</source>
        <translation>{done}

لم تُستخدم:
{problems}</translation>
    </message>
    <message>
        <source>Small photo</source>
        <translation>صورة صغيرة</translation>
    </message>
    <message>
        <source>This photo is too blurred to enroll normally: it is small or was enlarged (an ID photo from a school or HR database?).

You can enroll it as a weak sample: recognition is less reliable until camera samples are taken, and the person is asked for them the next time the kiosk or this dialog sees them.</source>
        <translation>هذه الصورة ضبابية جدًا للتسجيل العادي: إنها صغيرة أو مكبّرة (صورة هوية من قاعدة بيانات مدرسة أو شؤون موظفين؟).

يمكنك تسجيلها كعينة ضعيفة: يكون التعرّف أقل موثوقية إلى أن تُلتقط عينات بالكاميرا، وسيُطلب ذلك من الشخص في المرة القادمة التي يراه فيها الكشك أو هذه النافذة.</translation>
    </message>
    <message>
        <source>Enroll as weak sample</source>
        <translation>تسجيل كعينة ضعيفة</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>Looks like someone enrolled</source>
        <translation>يشبه شخصًا مسجّلًا</translation>
    </message>
    <message>
        <source>This face looks like {names}, who is already enrolled.

The same person twice? Add these photos to {name}.
Two different people who look alike (twins, relatives)? Enroll as a different person: the app remembers the pair, is stricter between them, and a kiosk asks them for their ID number.</source>
        <translation>هذا الوجه يشبه {names}، المسجَّل مسبقًا.

هل هو الشخص نفسه مرتين؟ أضف هذه الصور إلى {name}.
شخصان مختلفان متشابهان (توأمان، قريبان)؟ سجّله كشخص مختلف: يتذكّر التطبيق هذا الزوج، ويكون أكثر صرامة في التمييز بينهما، ويطلب الكشك منهما رقم الهوية.</translation>
    </message>
    <message>
        <source>Add to {name}</source>
        <translation>إضافة إلى {name}</translation>
    </message>
    <message>
        <source>Enroll as a different person</source>
        <translation>تسجيل كشخص مختلف</translation>
    </message>
    <message>
        <source>Which face?</source>
        <translation>أي وجه؟</translation>
    </message>
    <message>
        <source>This photo shows {count} faces. Click the face of the person you are enrolling (or use its button below).</source>
        <translation>تُظهر هذه الصورة {count} وجوه. انقر على وجه الشخص الذي تسجّله (أو استخدم زرّه في الأسفل).</translation>
    </message>
    <message>
        <source>Face {number}</source>
        <translation>الوجه {number}</translation>
    </message>
    <message>
        <source>not good enough yet</source>
        <translation>غير كافية بعد</translation>
    </message>
    <message>
        <source>very good picture</source>
        <translation>صورة جيدة جدًا</translation>
    </message>
    <message>
        <source>good picture</source>
        <translation>صورة جيدة</translation>
    </message>
    <message>
        <source>just good enough</source>
        <translation>كافية بالكاد</translation>
    </message>
</context>
<context>
    <name>Enrollment</name>
    <message>
        <source>No photo given: enroll needs at least one photo or camera frame.</source>
        <translation>لم تُقدَّم أي صورة: يتطلب التسجيل صورة واحدة على الأقل أو لقطة من الكاميرا.</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>هذا الشخص</translation>
    </message>
    <message>
        <source>Enrolling {name} needs their consent to store their face (consent text {version}). Ask them, then confirm it (--consent on the command line, the consent box in the app). Nothing was stored.</source>
        <translation>يتطلب تسجيل {name} موافقته على حفظ وجهه (نص الموافقة {version}). اسأله ثم أكّد ذلك (‎--consent في سطر الأوامر، أو مربع الموافقة في التطبيق). لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>No face found in {source}. Use a photo where the face is clearly visible, well lit and at least {pixels} pixels wide.</source>
        <translation>لم يُعثر على وجه في {source}. استخدم صورة يظهر فيها الوجه بوضوح، بإضاءة جيدة وبعرض {pixels} بكسل على الأقل.</translation>
    </message>
    <message>
        <source>{source} has {count} face(s); face number {number} does not exist (0 = the largest, up to {last}).</source>
        <translation>في {source} عدد الوجوه {count}؛ الوجه رقم {number} غير موجود (0 = الأكبر، حتى {last}).</translation>
    </message>
    <message>
        <source>{source} shows {count} faces; enrollment needs exactly one. Crop the photo to one person, or choose which face to use (0 = the largest).</source>
        <translation>يُظهر {source} عدد {count} من الوجوه؛ يتطلب التسجيل وجهًا واحدًا بالضبط. اقتصّ الصورة على شخص واحد، أو اختر الوجه الذي تريد استخدامه (0 = الأكبر).</translation>
    </message>
    <message>
        <source>The face in {source} is too blurred to enroll ({problems}): a small or upscaled photo. Enroll it as a weak sample (--allow-weak, or &apos;Enroll as weak sample&apos; in the app): the person is then asked for camera samples the next time the kiosk or the enroll dialog sees them.</source>
        <translation>الوجه في {source} ضبابي جدًا للتسجيل ({problems}): صورة صغيرة أو مكبّرة. سجّله كعينة ضعيفة (‎--allow-weak، أو «تسجيل كعينة ضعيفة» في التطبيق): سيُطلب من الشخص عندئذ عينات بالكاميرا في المرة القادمة التي يراه فيها الكشك أو نافذة التسجيل.</translation>
    </message>
    <message>
        <source>The face in {source} is not good enough to enroll: {problems}. Take another photo.</source>
        <translation>الوجه في {source} ليس جيدًا بما يكفي للتسجيل: {problems}. التقط صورة أخرى.</translation>
    </message>
    <message>
        <source>{first} and {second} do not look like the same person. Enroll each person separately, or add a third photo.</source>
        <translation>لا يبدو أن {first} و{second} للشخص نفسه. سجّل كل شخص على حدة، أو أضف صورة ثالثة.</translation>
    </message>
    <message>
        <source>{source} does not look like the other photos of this person; left out.</source>
        <translation>{source} لا تشبه الصور الأخرى لهذا الشخص؛ استُبعدت.</translation>
    </message>
    <message>
        <source>camera frame {number}</source>
        <translation>لقطة الكاميرا {number}</translation>
    </message>
    <message>
        <source>the camera frame</source>
        <translation>لقطة الكاميرا</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>&quot;{name}&quot; cannot be a file name on Windows: no : ? * &lt; &gt; | or &quot; in it, no device name such as CON or NUL, no dot or space at the end. Choose another name.</source>
        <translation>لا يمكن أن يكون «{name}» اسم ملف في Windows: بلا : ? * &lt; &gt; | أو &quot; فيه، وليس اسم جهاز مثل CON أو NUL، ولا ينتهي بنقطة أو مسافة. اختر اسمًا آخر.</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>optional: student / staff number</source>
        <translation>اختياري: رقم الطالب / الموظف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>المعرّف الخارجي</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>GroupPhotoDialog</name>
    <message>
        <source>Ambiguous</source>
        <translation>غير مؤكد</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>مكرر</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>{name} (twice?)</source>
        <translation>{name} (مرتين؟)</translation>
    </message>
    <message>
        <source>recognised</source>
        <translation>تم التعرّف عليه</translation>
    </message>
    <message>
        <source>not sure who</source>
        <translation>غير متأكد من هويته</translation>
    </message>
    <message>
        <source>found twice</source>
        <translation>وُجد مرتين</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>لم يُتعرَّف عليه</translation>
    </message>
    <message>
        <source>{name}: already found in this photo</source>
        <translation>{name}: وُجد بالفعل في هذه الصورة</translation>
    </message>
    <message>
        <source>Not sure who (face {number}): mark by hand if you know</source>
        <translation>غير متأكد من هويته (الوجه {number}): سجّله يدويًا إن كنت تعرفه</translation>
    </message>
    <message>
        <source>Not recognised (face {number}): not enrolled, or the photo is unclear</source>
        <translation>لم يُتعرَّف عليه (الوجه {number}): غير مسجَّل، أو الصورة غير واضحة</translation>
    </message>
    <message>
        <source>No face was found in this photo. Faces need to be large enough and turned towards the camera: try a closer or sharper photo, or mark people by hand.</source>
        <translation>لم يُعثر على أي وجه في هذه الصورة. يجب أن تكون الوجوه كبيرة بما يكفي ومتجهة نحو الكاميرا: جرّب صورة أقرب أو أوضح، أو سجّل الأشخاص يدويًا.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found 1 face&lt;/b&gt;: {known} recognised, {others} not recognised.</source>
        <translation>&lt;b&gt;عُثر على وجه واحد&lt;/b&gt;: تم التعرّف على {known}، ولم يُتعرَّف على {others}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found 1 face&lt;/b&gt;: {known} recognised.</source>
        <translation>&lt;b&gt;عُثر على وجه واحد&lt;/b&gt;: تم التعرّف على {known}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found {count} faces&lt;/b&gt;: {known} recognised, {others} not recognised.</source>
        <translation>&lt;b&gt;عُثر على {count} من الوجوه&lt;/b&gt;: تم التعرّف على {known}، ولم يُتعرَّف على {others}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found {count} faces&lt;/b&gt;: {known} recognised.</source>
        <translation>&lt;b&gt;عُثر على {count} من الوجوه&lt;/b&gt;: تم التعرّف على {known}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Count the people in the photo&lt;/b&gt;: anyone without a box was not found (face too small, turned away or hidden); mark them by hand on the Attendance page.</source>
        <translation>&lt;b&gt;عُدّ الأشخاص في الصورة&lt;/b&gt;: كل من ليس حوله إطار لم يُعثر عليه (الوجه صغير جدًا أو مُدار أو مخفي)؛ سجّله يدويًا في صفحة الحضور.</translation>
    </message>
    <message>
        <source>Choose or start a session above to mark them.</source>
        <translation>اختر جلسة أو ابدأ واحدة في الأعلى لتسجيلهم.</translation>
    </message>
    <message>
        <source>Untick anyone who should not be marked in {session}.</source>
        <translation>ألغِ تحديد كل من لا ينبغي تسجيله في {session}.</translation>
    </message>
    <message>
        <source>Group photo — {file}</source>
        <translation>صورة جماعية — {file}</translation>
    </message>
    <message>
        <source>Recognising...</source>
        <translation>جارٍ التعرّف...</translation>
    </message>
    <message>
        <source>Enroll this face...</source>
        <translation>تسجيل هذا الوجه...</translation>
    </message>
    <message>
        <source>Select a face that was not recognised to enroll it</source>
        <translation>اختر وجهًا لم يُتعرَّف عليه لتسجيله</translation>
    </message>
    <message>
        <source>The session the ticked people are marked present in</source>
        <translation>الجلسة التي يُسجَّل فيها الأشخاص المحدَّدون حاضرين</translation>
    </message>
    <message>
        <source>Start a session...</source>
        <translation>بدء جلسة...</translation>
    </message>
    <message>
        <source>Mark into</source>
        <translation>التسجيل في</translation>
    </message>
    <message>
        <source>Mark ticked people present</source>
        <translation>تسجيل المحدَّدين حاضرين</translation>
    </message>
    <message>
        <source>No session today: start one</source>
        <translation>لا توجد جلسة اليوم: ابدأ واحدة</translation>
    </message>
    <message>
        <source>Group photo</source>
        <translation>صورة جماعية</translation>
    </message>
    <message>
        <source>Recognising faces...</source>
        <translation>جارٍ التعرّف على الوجوه...</translation>
    </message>
    <message>
        <source>Marks from a group photo go into a session: choose or start one above.</source>
        <translation>تُسجَّل حالات الحضور من الصورة الجماعية في جلسة: اختر جلسة أو ابدأ واحدة في الأعلى.</translation>
    </message>
    <message>
        <source>Nobody in the photo was recognised.</source>
        <translation>لم يُتعرَّف على أحد في الصورة.</translation>
    </message>
    <message>
        <source>Mark the ticked people present in {session}</source>
        <translation>تسجيل المحدَّدين حاضرين في {session}</translation>
    </message>
    <message>
        <source>Enroll from the photo</source>
        <translation>التسجيل من الصورة</translation>
    </message>
    <message>
        <source>Enroll this face</source>
        <translation>تسجيل هذا الوجه</translation>
    </message>
    <message>
        <source>Class or team (optional)</source>
        <translation>الصف أو الفريق (اختياري)</translation>
    </message>
    <message>
        <source>This person agreed to have their face stored</source>
        <translation>وافق هذا الشخص على حفظ وجهه</translation>
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
        <translation>غير مؤكد: {name}</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>التعرّف</translation>
    </message>
    <message>
        <source>No face found in the picture.</source>
        <translation>لم يُعثر على وجه في الصورة.</translation>
    </message>
    <message>
        <source>1 face found, {known} recognised.</source>
        <translation>عُثر على وجه واحد، وتم التعرّف على {known}.</translation>
    </message>
    <message>
        <source>{count} faces found, {known} recognised.</source>
        <translation>عُثر على {count} من الوجوه، وتم التعرّف على {known}.</translation>
    </message>
    <message>
        <source>Mark recognised</source>
        <translation>تسجيل من تم التعرّف عليهم</translation>
    </message>
    <message>
        <source>Record attendance for the recognised people</source>
        <translation>تسجيل حضور الأشخاص الذين تم التعرّف عليهم</translation>
    </message>
</context>
<context>
    <name>Image</name>
    <message>
        <source>{file} is {width}x{height} pixels ({megapixels} MP), more than the {limit} MP this app opens. Save a smaller copy (a few megapixels is plenty for a face) and try again.</source>
        <translation>أبعاد {file} هي {width}x{height} بكسل ({megapixels} ميغابكسل)، أكثر من {limit} ميغابكسل التي يفتحها هذا التطبيق. احفظ نسخة أصغر (بضعة ميغابكسلات تكفي للوجه) وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The image {file} does not exist. Check the path.</source>
        <translation>الصورة {file} غير موجودة. تحقّق من المسار.</translation>
    </message>
    <message>
        <source>{file} is a folder, not an image file.</source>
        <translation>{file} مجلد وليس ملف صورة.</translation>
    </message>
    <message>
        <source>The image {file} is empty (0 bytes). Choose another file.</source>
        <translation>الصورة {file} فارغة (0 بايت). اختر ملفًا آخر.</translation>
    </message>
    <message>
        <source>The file {file} is {megabytes} MB, too large for a still image. Save a smaller copy and try again.</source>
        <translation>حجم الملف {file} هو {megabytes} ميغابايت، كبير جدًا لصورة ثابتة. احفظ نسخة أصغر وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>No permission to read the image {file}. Give this user read access.</source>
        <translation>لا توجد صلاحية لقراءة الصورة {file}. امنح هذا المستخدم صلاحية القراءة.</translation>
    </message>
    <message>
        <source>Cannot read the image {file}: {error}.</source>
        <translation>تتعذّر قراءة الصورة {file}: {error}.</translation>
    </message>
    <message>
        <source>{file} is not a readable image ({detail}). Use a JPEG or PNG photo; if it is one, it may be damaged: export it again from the camera or phone.</source>
        <translation>{file} ليس صورة قابلة للقراءة ({detail}). استخدم صورة JPEG أو PNG؛ وإن كانت كذلك فقد تكون تالفة: صدّرها من جديد من الكاميرا أو الهاتف.</translation>
    </message>
    <message>
        <source>{file} is not a readable image. Use a JPEG or PNG photo; if it is one, it may be damaged: export it again from the camera or phone.</source>
        <translation>{file} ليس صورة قابلة للقراءة. استخدم صورة JPEG أو PNG؛ وإن كانت كذلك فقد تكون تالفة: صدّرها من جديد من الكاميرا أو الهاتف.</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Look at the camera</source>
        <translation>انظر إلى الكاميرا</translation>
    </message>
    <message>
        <source>Step up to check in</source>
        <translation>تقدّم لتسجيل الحضور</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>شكرًا</translation>
    </message>
    <message>
        <source>Next person, please</source>
        <translation>الشخص التالي من فضلك</translation>
    </message>
    <message>
        <source>One at a time, please</source>
        <translation>واحدًا تلو الآخر من فضلك</translation>
    </message>
    <message>
        <source>Step up alone, your face inside the oval</source>
        <translation>تقدّم بمفردك، ووجهك داخل الشكل البيضاوي</translation>
    </message>
    <message>
        <source>Checked out {time}</source>
        <translation>تم تسجيل الانصراف {time}</translation>
    </message>
    <message>
        <source>Checked in {time}</source>
        <translation>تم تسجيل الحضور {time}</translation>
    </message>
    <message>
        <source>Checking your PIN...</source>
        <translation>جارٍ التحقق من رمز PIN الخاص بك...</translation>
    </message>
    <message>
        <source>Checking your ID number...</source>
        <translation>جارٍ التحقق من رقم هويتك...</translation>
    </message>
    <message>
        <source>Not saved: another program is using the database. Please type it again in a moment.</source>
        <translation>لم يُحفظ: برنامج آخر يستخدم قاعدة البيانات. يرجى إدخاله مرة أخرى بعد لحظة.</translation>
    </message>
    <message>
        <source>Not saved: something went wrong (see the log). Please type it again.</source>
        <translation>لم يُحفظ: حدث خطأ ما (راجع السجل). يرجى إدخاله مرة أخرى.</translation>
    </message>
    <message>
        <source>Already checked out at {time}</source>
        <translation>تم تسجيل انصرافك بالفعل الساعة {time}</translation>
    </message>
    <message>
        <source>Already checked in at {time}</source>
        <translation>تم تسجيل حضورك بالفعل الساعة {time}</translation>
    </message>
    <message>
        <source>Hold still...</source>
        <translation>اثبت في مكانك...</translation>
    </message>
    <message>
        <source>Recognising your face</source>
        <translation>جارٍ التعرّف على وجهك</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>لم يتم التعرّف عليك</translation>
    </message>
    <message>
        <source>Please see the front desk</source>
        <translation>يرجى التوجه إلى مكتب الاستقبال</translation>
    </message>
    <message>
        <source>Check not passed</source>
        <translation>لم يتم اجتياز التحقق</translation>
    </message>
    <message>
        <source>then look back at the camera</source>
        <translation>ثم انظر إلى الكاميرا مرة أخرى</translation>
    </message>
    <message>
        <source>Your photo on file is small: we need to be sure it is you</source>
        <translation>صورتك المسجلة صغيرة: نحتاج إلى التأكد من أنك أنت</translation>
    </message>
    <message>
        <source>Please type your PIN</source>
        <translation>يرجى إدخال رمز PIN الخاص بك</translation>
    </message>
    <message>
        <source>Please type your ID number</source>
        <translation>يرجى إدخال رقم هويتك</translation>
    </message>
    <message>
        <source>We need to be sure it is you</source>
        <translation>نحتاج إلى التأكد من أنك أنت</translation>
    </message>
    <message>
        <source>Please wait: another program is using the database. Your check-in is saved as soon as it is free.</source>
        <translation>يرجى الانتظار: برنامج آخر يستخدم قاعدة البيانات. سيُحفظ تسجيل حضورك فور أن تصبح متاحة.</translation>
    </message>
    <message>
        <source>confirmed by code</source>
        <translation>تم التأكيد بالرمز</translation>
    </message>
    <message>
        <source>That was not right</source>
        <translation>لم يكن ذلك صحيحًا</translation>
    </message>
    <message>
        <source>That PIN is not right (1 try left)</source>
        <translation>رمز PIN غير صحيح (تبقّت محاولة واحدة)</translation>
    </message>
    <message>
        <source>That PIN is not right ({count} tries left)</source>
        <translation>رمز PIN غير صحيح (المحاولات المتبقية: {count})</translation>
    </message>
    <message>
        <source>That number is not right (1 try left)</source>
        <translation>الرقم غير صحيح (تبقّت محاولة واحدة)</translation>
    </message>
    <message>
        <source>That number is not right ({count} tries left)</source>
        <translation>الرقم غير صحيح (المحاولات المتبقية: {count})</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>لم يتم التأكيد</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>تم تسجيل حضورك بالفعل</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>لم يتم التسجيل</translation>
    </message>
    <message>
        <source>Keep looking at the camera: updating your photo</source>
        <translation>استمر في النظر إلى الكاميرا: جارٍ تحديث صورتك</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>رمز PIN خاطئ. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>صباح الخير</translation>
    </message>
    <message>
        <source>Good morning, {name}</source>
        <translation>صباح الخير يا {name}</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>مساء الخير</translation>
    </message>
    <message>
        <source>Good afternoon, {name}</source>
        <translation>مساء الخير يا {name}</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>مساء الخير</translation>
    </message>
    <message>
        <source>Good evening, {name}</source>
        <translation>مساء الخير يا {name}</translation>
    </message>
    <message>
        <source>Goodbye</source>
        <translation>مع السلامة</translation>
    </message>
    <message>
        <source>Goodbye, {name}</source>
        <translation>مع السلامة يا {name}</translation>
    </message>
    <message>
        <source>Starting the camera...</source>
        <translation>جارٍ تشغيل الكاميرا...</translation>
    </message>
    <message>
        <source>The video has ended.</source>
        <translation>انتهى الفيديو.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <source>Face models</source>
        <translation>نماذج الوجه</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>خارج الخدمة</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Please type your PIN to confirm it is you</source>
        <translation>يرجى إدخال رمز PIN لتأكيد أنك أنت</translation>
    </message>
    <message>
        <source>Please type your ID number to confirm it is you</source>
        <translation>يرجى إدخال رقم هويتك لتأكيد أنك أنت</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>رمز PIN الخاص بك</translation>
    </message>
    <message>
        <source>Your ID number</source>
        <translation>رقم هويتك</translation>
    </message>
    <message>
        <source>Camera unavailable</source>
        <translation>الكاميرا غير متاحة</translation>
    </message>
    <message>
        <source>Reconnecting automatically - please see the front desk</source>
        <translation>جارٍ إعادة الاتصال تلقائيًا - يرجى التوجه إلى مكتب الاستقبال</translation>
    </message>
    <message>
        <source>Enter the admin PIN to leave kiosk mode</source>
        <translation>أدخل رمز PIN الخاص بالمسؤول للخروج من وضع الكشك</translation>
    </message>
    <message>
        <source>Slowly turn your head to your left</source>
        <translation>أدر رأسك ببطء إلى يسارك</translation>
    </message>
    <message>
        <source>Slowly turn your head to your right</source>
        <translation>أدر رأسك ببطء إلى يمينك</translation>
    </message>
    <message>
        <source>Nod your head slowly</source>
        <translation>أومئ برأسك ببطء</translation>
    </message>
    <message>
        <source>Open your mouth wide</source>
        <translation>افتح فمك على اتساعه</translation>
    </message>
    <message>
        <source>and keep looking at the camera</source>
        <translation>واستمر في النظر إلى الكاميرا</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {count} seconds.</source>
        <translation>عدد كبير جدًا من رموز PIN الخاطئة. حاول مرة أخرى بعد {count} ثانية.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {count} minutes.</source>
        <translation>عدد كبير جدًا من رموز PIN الخاطئة. حاول مرة أخرى بعد {count} دقيقة.</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <source>checked in</source>
        <translation>دخل</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>خرج</translation>
    </message>
    <message>
        <source>present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>No session running: marks count for the day.</source>
        <translation>لا توجد جلسة جارية: تُحتسب التسجيلات لليوم.</translation>
    </message>
    <message>
        <source>Recognise</source>
        <translation>التعرّف</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Right-click a mark to correct it</source>
        <translation>انقر بزر الفأرة الأيمن على تسجيل لتصحيحه</translation>
    </message>
    <message>
        <source>Recognised people appear here as they are marked.</source>
        <translation>يظهر الأشخاص الذين تم التعرّف عليهم هنا عند تسجيلهم.</translation>
    </message>
    <message>
        <source>Wrong person...</source>
        <translation>شخص خاطئ...</translation>
    </message>
    <message>
        <source>Withdraw...</source>
        <translation>سحب...</translation>
    </message>
    <message>
        <source>person {id}</source>
        <translation>الشخص {id}</translation>
    </message>
    <message>
        <source>confirmed by code</source>
        <translation>مؤكَّد بالرمز</translation>
    </message>
    <message>
        <source>Right-click to correct this mark</source>
        <translation>انقر بزر الفأرة الأيمن لتصحيح هذا التسجيل</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Ambiguous</source>
        <translation>غير مؤكد</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>مجهول</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>مؤكَّد</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>not sure who</source>
        <translation>غير متأكد من الهوية</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>لم يتم التعرّف</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Live</source>
        <translation>مباشر</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Face Attendance</source>
        <translation>الحضور بالوجه</translation>
    </message>
    <message>
        <source>Identify now</source>
        <translation>تعرّف الآن</translation>
    </message>
    <message>
        <source>Recognise whoever is in front of the camera now (F5)</source>
        <translation>تعرّف الآن على من يقف أمام الكاميرا (F5)</translation>
    </message>
    <message>
        <source>Open photo...</source>
        <translation>فتح صورة...</translation>
    </message>
    <message>
        <source>Recognise the people in a group photo and confirm who was there (Ctrl+O)</source>
        <translation>تعرّف على الأشخاص في صورة جماعية وأكّد من كان حاضرًا (Ctrl+O)</translation>
    </message>
    <message>
        <source>Enroll from camera...</source>
        <translation>تسجيل من الكاميرا...</translation>
    </message>
    <message>
        <source>Enroll a person from several camera captures (Ctrl+E)</source>
        <translation>تسجيل شخص من عدة لقطات للكاميرا (Ctrl+E)</translation>
    </message>
    <message>
        <source>Enroll from photos...</source>
        <translation>تسجيل من الصور...</translation>
    </message>
    <message>
        <source>Enroll a person from one or more photo files (Ctrl+N)</source>
        <translation>تسجيل شخص من ملف صورة واحد أو أكثر (Ctrl+N)</translation>
    </message>
    <message>
        <source>Start...</source>
        <translation>بدء...</translation>
    </message>
    <message>
        <source>Start an attendance session (a class, a shift) (Ctrl+Shift+S)</source>
        <translation>بدء جلسة حضور (حصة، وردية) (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>End the running session (Ctrl+Shift+E)</source>
        <translation>إنهاء الجلسة الجارية (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Add many people from a CSV file (name, external id, group, photo)</source>
        <translation>إضافة أشخاص كثيرين من ملف CSV (الاسم، المعرّف الخارجي، المجموعة، الصورة)</translation>
    </message>
    <message>
        <source>Undo the restore</source>
        <translation>التراجع عن الاستعادة</translation>
    </message>
    <message>
        <source>The data from before the restore is back.</source>
        <translation>عادت البيانات التي كانت قبل الاستعادة.</translation>
    </message>
    <message>
        <source>The encryption key from the backup of {when} is installed.</source>
        <translation>ثُبّت مفتاح التشفير من النسخة الاحتياطية بتاريخ {when}.</translation>
    </message>
    <message>
        <source>Back up...</source>
        <translation>نسخ احتياطي...</translation>
    </message>
    <message>
        <source>Restore...</source>
        <translation>استعادة...</translation>
    </message>
    <message>
        <source>Save everyone enrolled, all sessions, attendance records and settings to one encrypted file</source>
        <translation>حفظ كل الأشخاص المسجلين والجلسات وسجلات الحضور والإعدادات في ملف مشفر واحد</translation>
    </message>
    <message>
        <source>Replace the data on this computer with a backup file</source>
        <translation>استبدال البيانات على هذا الحاسوب بملف نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>The backup of {when} is in use.</source>
        <translation>النسخة الاحتياطية بتاريخ {when} قيد الاستخدام.</translation>
    </message>
    <message>
        <source>The data from before the restore was copied to {file}.</source>
        <translation>نُسخت بيانات ما قبل الاستعادة إلى {file}.</translation>
    </message>
    <message>
        <source>The settings from before were copied to {file}.</source>
        <translation>نُسخت الإعدادات السابقة إلى {file}.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>استُعيدت النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Reload from the database</source>
        <translation>إعادة التحميل من قاعدة البيانات</translation>
    </message>
    <message>
        <source>Find person</source>
        <translation>البحث عن شخص</translation>
    </message>
    <message>
        <source>Search people (Ctrl+F)</source>
        <translation>البحث عن أشخاص (Ctrl+F)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>ملء الشاشة</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <source>Diagnostics...</source>
        <translation>التشخيص...</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>الأ&amp;شخاص</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>ال&amp;حضور</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Details: Help &gt; Diagnostics</source>
        <translation>التفاصيل: مساعدة &gt; التشخيص</translation>
    </message>
    <message>
        <source>Face models</source>
        <translation>نماذج الوجه</translation>
    </message>
    <message>
        <source>{model}: {step}</source>
        <translation>{model}: {step}</translation>
    </message>
    <message>
        <source>loading the models</source>
        <translation>جارٍ تحميل النماذج</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>Building the face models (first run only)...</source>
        <translation>جارٍ إعداد نماذج الوجه (في التشغيل الأول فقط)...</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet. How do you want to add people?

• Camera: the person looks into the camera for a few seconds.
• Photos: one clear photo per person (a passport-style photo is best).
• Class list: a CSV file with names, groups and photo file names.</source>
        <translation>لم يُسجَّل أحد بعد. كيف تريد إضافة الأشخاص؟

• الكاميرا: ينظر الشخص إلى الكاميرا بضع ثوانٍ.
• الصور: صورة واضحة لكل شخص (صورة بنمط جواز السفر هي الأفضل).
• قائمة الصف: ملف CSV بالأسماء والمجموعات وأسماء ملفات الصور.</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet. How do you want to add people?

No camera is working right now, so you can start from photos.
• Photos: one clear photo per person (a passport-style photo is best).
• Class list: a CSV file with names, groups and photo file names.</source>
        <translation>لم يُسجَّل أحد بعد. كيف تريد إضافة الأشخاص؟

لا تعمل أي كاميرا الآن، لذا يمكنك البدء بالصور.
• الصور: صورة واضحة لكل شخص (صورة بنمط جواز السفر هي الأفضل).
• قائمة الصف: ملف CSV بالأسماء والمجموعات وأسماء ملفات الصور.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <source>Use the camera...</source>
        <translation>استخدام الكاميرا...</translation>
    </message>
    <message>
        <source>From photos...</source>
        <translation>من الصور...</translation>
    </message>
    <message>
        <source>Import a class list...</source>
        <translation>استيراد قائمة صف...</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <source>Recognition error: {error}</source>
        <translation>خطأ في التعرّف: {error}</translation>
    </message>
    <message>
        <source>Camera: {camera} (connecting)</source>
        <translation>الكاميرا: {camera} (جارٍ الاتصال)</translation>
    </message>
    <message>
        <source>Camera: {camera} (reconnecting)</source>
        <translation>الكاميرا: {camera} (جارٍ إعادة الاتصال)</translation>
    </message>
    <message>
        <source>Camera: {camera} (ended)</source>
        <translation>الكاميرا: {camera} (انتهت)</translation>
    </message>
    <message>
        <source>Camera: {camera} (stopped)</source>
        <translation>الكاميرا: {camera} (متوقفة)</translation>
    </message>
    <message>
        <source>Camera: {camera}</source>
        <translation>الكاميرا: {camera}</translation>
    </message>
    <message>
        <source>Recognition: starting</source>
        <translation>التعرّف: جارٍ البدء</translation>
    </message>
    <message>
        <source>Recognition: preparing (first run)</source>
        <translation>التعرّف: جارٍ التحضير (التشغيل الأول)</translation>
    </message>
    <message>
        <source>Recognition: not working (see Help &gt; Diagnostics)</source>
        <translation>التعرّف: لا يعمل (انظر مساعدة &gt; التشخيص)</translation>
    </message>
    <message>
        <source>Recognition: not available</source>
        <translation>التعرّف: غير متاح</translation>
    </message>
    <message>
        <source>Recognition: ready</source>
        <translation>التعرّف: جاهز</translation>
    </message>
    <message>
        <source>Recognition: off</source>
        <translation>التعرّف: متوقف</translation>
    </message>
    <message>
        <source>People: —</source>
        <translation>الأشخاص: —</translation>
    </message>
    <message>
        <source>People: {count}</source>
        <translation>الأشخاص: {count}</translation>
    </message>
    <message>
        <source>{fps} (painted)</source>
        <translation>{fps} (معروضة)</translation>
    </message>
    <message>
        <source>{fps} (captured)</source>
        <translation>{fps} (ملتقطة)</translation>
    </message>
    <message>
        <source>{ms} ms a frame, {rate} frames/s</source>
        <translation>{ms} مللي ثانية للإطار، {rate} إطار/ث</translation>
    </message>
    <message>
        <source>{models} (detector {detector}, embedder {embedder})</source>
        <translation>{models} (الكاشف {detector}، المُرمِّز {embedder})</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>غير محمّلة</translation>
    </message>
    <message>
        <source>checking...</source>
        <translation>جارٍ الفحص...</translation>
    </message>
    <message>
        <source>loading...</source>
        <translation>جارٍ التحميل...</translation>
    </message>
    <message>
        <source>building...</source>
        <translation>جارٍ الإعداد...</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>working</source>
        <translation>تعمل</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>جارٍ الاتصال</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>غير متاحة</translation>
    </message>
    <message>
        <source>the video has ended</source>
        <translation>انتهى الفيديو</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>متوقفة</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <source>{camera} ({state})</source>
        <translation>{camera} ({state})</translation>
    </message>
    <message>
        <source>Camera source</source>
        <translation>مصدر الكاميرا</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>الإطارات في الثانية</translation>
    </message>
    <message>
        <source>Recognition time</source>
        <translation>زمن التعرّف</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>Database address</source>
        <translation>عنوان قاعدة البيانات</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>اسم الجهاز</translation>
    </message>
    <message>
        <source>Attendance mode</source>
        <translation>وضع الحضور</translation>
    </message>
    <message>
        <source>No session running: marks count for the day.</source>
        <translation>لا توجد جلسة جارية: تُحتسب التسجيلات لليوم.</translation>
    </message>
    <message>
        <source>{name} continues (running since {time}).</source>
        <translation>تستمر {name} (جارية منذ {time}).</translation>
    </message>
    <message>
        <source>Several sessions are running. Which one do you want to end?</source>
        <translation>هناك عدة جلسات جارية. أيها تريد إنهاءها؟</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; since {time} · group {group}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; منذ {time} · المجموعة {group}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; since {time}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; منذ {time}</translation>
    </message>
    <message>
        <source>Admin pages locked again (idle).</source>
        <translation>تم قفل صفحات الإدارة مجددًا (خمول).</translation>
    </message>
    <message>
        <source>The {page} page</source>
        <translation>صفحة {page}</translation>
    </message>
    <message>
        <source>About Face Attendance</source>
        <translation>حول الحضور بالوجه</translation>
    </message>
    <message>
        <source>There is no camera picture yet: check the camera.</source>
        <translation>لا توجد صورة من الكاميرا بعد: تحقّق من الكاميرا.</translation>
    </message>
    <message>
        <source>Open group photo</source>
        <translation>فتح صورة جماعية</translation>
    </message>
    <message>
        <source>Enrolling a person</source>
        <translation>تسجيل شخص</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>إنهاء الجلسة</translation>
    </message>
    <message>
        <source>Session {name} ended.</source>
        <translation>انتهت الجلسة {name}.</translation>
    </message>
    <message>
        <source>The restore did not finish</source>
        <translation>لم تكتمل الاستعادة</translation>
    </message>
    <message>
        <source>The camera and recognition did not stop within {seconds} s, so nothing was changed. Try Restore again in a moment.</source>
        <translation>لم تتوقف الكاميرا والتعرّف خلال {seconds} ث، لذلك لم يتغير شيء. أعد محاولة الاستعادة بعد قليل.</translation>
    </message>
    <message>
        <source>Other work on the data did not finish within {seconds} s, so nothing was changed. Try Restore again in a moment.</source>
        <translation>لم تنتهِ أعمال أخرى على البيانات خلال {seconds} ث، لذلك لم يتغير شيء. أعد محاولة الاستعادة بعد قليل.</translation>
    </message>
    <message>
        <source>The hourly retention clean-up did not finish within {seconds} s, so nothing was changed. Try Restore again in a moment.</source>
        <translation>لم تنتهِ عملية تنظيف الاحتفاظ كل ساعة خلال {seconds} ث، لذلك لم يتغير شيء. أعد محاولة الاستعادة بعد قليل.</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>Retention</source>
        <translation>الاحتفاظ بالبيانات</translation>
    </message>
    <message>
        <source>Deleting the older copies of the database in backups/ whose date has come did not work: {problem}. The app tries again every hour.</source>
        <translation>تعذّر حذف النسخ القديمة من قاعدة البيانات في backups/ التي حان موعدها: {problem}. يعيد التطبيق المحاولة كل ساعة.</translation>
    </message>
    <message>
        <source>Older database copies</source>
        <translation>النسخ القديمة من قاعدة البيانات</translation>
    </message>
    <message>
        <source>Deleting the data that is due by the retention settings did not work: {problem} The app tries again every hour.</source>
        <translation>تعذّر حذف البيانات المستحقة حسب إعدادات الاحتفاظ: {problem} يعيد التطبيق المحاولة كل ساعة.</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>converting {file}</source>
        <translation>جارٍ تحويل {file}</translation>
    </message>
    <message>
        <source>writing {file}</source>
        <translation>جارٍ كتابة {file}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>reading weights from {source}</source>
        <translation>جارٍ قراءة الأوزان من {source}</translation>
    </message>
    <message>
        <source>{count} re-embedded</source>
        <translation>أُعيد حساب {count}</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Unexpected error: {kind}: {error}. Details are in the log.</source>
        <translation>خطأ غير متوقع: {kind}: {error}. التفاصيل في السجل.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>يرجى الانتظار</translation>
    </message>
    <message>
        <source>The window closed before the answer came.</source>
        <translation>أُغلقت النافذة قبل وصول الرد.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>المعرّف الخارجي</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>العينات</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Consent given {when}, recorded by {who} (text {version})</source>
        <translation>أُعطيت الموافقة في {when}، وسجّلها {who} (النص {version})</translation>
    </message>
    <message>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>غير نشط</translation>
    </message>
    <message>
        <source>Search name, id or group  (Ctrl+F)</source>
        <translation>ابحث عن اسم أو معرّف أو مجموعة  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add samples...</source>
        <translation>إضافة عينات...</translation>
    </message>
    <message>
        <source>Add more photos or camera captures to the selected person</source>
        <translation>أضف مزيدًا من الصور أو لقطات الكاميرا إلى الشخص المحدد</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>تعديل...</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>حذف...</translation>
    </message>
    <message>
        <source>Erase the selected person: templates, face chips, index entries</source>
        <translation>محو الشخص المحدد: القوالب وصور الوجه المقتطعة ومدخلات الفهرس</translation>
    </message>
    <message>
        <source>From photos...</source>
        <translation>من الصور...</translation>
    </message>
    <message>
        <source>From camera...</source>
        <translation>من الكاميرا...</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet. Use &lt;b&gt;Enroll from camera&lt;/b&gt; (Ctrl+E) or &lt;b&gt;Enroll from photos&lt;/b&gt; (Ctrl+N), or import a roster CSV.</source>
        <translation>لم يُسجَّل أحد بعد. استخدم &lt;b&gt;تسجيل من الكاميرا&lt;/b&gt; (Ctrl+E) أو &lt;b&gt;تسجيل من الصور&lt;/b&gt; (Ctrl+N)، أو استورد قائمة CSV.</translation>
    </message>
    <message>
        <source>People: {count} · active: {active}</source>
        <translation>الأشخاص: {count} · النشطون: {active}</translation>
    </message>
    <message>
        <source>Editing a person</source>
        <translation>تعديل شخص</translation>
    </message>
    <message>
        <source>Erasing a person</source>
        <translation>محو شخص</translation>
    </message>
    <message>
        <source>Erase &lt;b&gt;{name}&lt;/b&gt;?&lt;br&gt;&lt;br&gt;This permanently deletes their face templates (stored: {count}), the face chips stored with them, the face embeddings kept with their attendance marks and their entries in the recognition index. It cannot be undone; the audit log keeps a receipt without their name.</source>
        <translation>محو &lt;b&gt;{name}&lt;/b&gt;؟&lt;br&gt;&lt;br&gt;سيؤدي هذا إلى حذف قوالب الوجه الخاصة به نهائيًا (المحفوظة: {count})، وصور الوجه المقتطعة المحفوظة معها، وبصمات الوجه المحفوظة مع تسجيلات حضوره، ومدخلاته في فهرس التعرّف. لا يمكن التراجع عن ذلك؛ ويحتفظ سجل التدقيق بإيصال لا يتضمن اسمه.</translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>محو الشخص</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>محو</translation>
    </message>
    <message>
        <source>Keep their attendance marks ({count}) as anonymous statistics</source>
        <translation>الاحتفاظ بتسجيلات حضوره ({count}) كإحصاءات مجهولة الهوية</translation>
    </message>
    <message>
        <source>Attendance marks of {name}: {count}. They are deleted with the person, unless you keep them as anonymous rows (group and times, no name) so totals in reports stay complete.</source>
        <translation>تسجيلات حضور {name}: {count}. تُحذف مع الشخص، ما لم تحتفظ بها كصفوف مجهولة الهوية (المجموعة والأوقات، دون اسم) لتبقى المجاميع في التقارير كاملة.</translation>
    </message>
    <message>
        <source>{name} was erased (receipt {receipt}).</source>
        <translation>تم محو {name} (الإيصال {receipt}).</translation>
    </message>
    <message>
        <source>{name} was erased (receipt {receipt}). Older database copies in backups/ ({copies}) still hold them until {date}.</source>
        <translation>تم محو {name} (الإيصال {receipt}). لا تزال النسخ الأقدم من قاعدة البيانات في backups/ ({copies}) تحتفظ ببياناته حتى {date}.</translation>
    </message>
    <message>
        <source>{name} was erased (receipt {receipt}). Older database copies in backups/ ({copies}) still hold them until newer copies replace them.</source>
        <translation>تم محو {name} (الإيصال {receipt}). لا تزال النسخ الأقدم من قاعدة البيانات في backups/ ({copies}) تحتفظ ببياناته إلى أن تحل محلها نسخ أحدث.</translation>
    </message>
    <message>
        <source>{name} was erased (receipt {receipt}). Older database copies in backups/ still hold them: {dated} until {date}, {counted} until newer copies replace them.</source>
        <translation>تم محو {name} (الإيصال {receipt}). لا تزال النسخ الأقدم من قاعدة البيانات في backups/ تحتفظ ببياناته: {dated} حتى {date}، و{counted} إلى أن تحل محلها نسخ أحدث.</translation>
    </message>
    <message>
        <source>Importing a class list</source>
        <translation>استيراد قائمة الصف</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>تعديل {name}</translation>
    </message>
    <message>
        <source>Active (recognised and counted in reports)</source>
        <translation>نشط (يُتعرَّف عليه ويُحتسب في التقارير)</translation>
    </message>
    <message>
        <source>Correct a mistake: in this group all along (earlier registers change too)</source>
        <translation>تصحيح خطأ: في هذه المجموعة منذ البداية (تتغير السجلات السابقة أيضًا)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>تعديل الشخص</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Admin PIN</source>
        <translation>رمز PIN للمسؤول</translation>
    </message>
    <message>
        <source>Enter the admin PIN to {purpose}</source>
        <translation>أدخل رمز PIN الخاص بالمسؤول من أجل: {purpose}</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Checking the PIN...</source>
        <translation>جارٍ التحقق من رمز PIN...</translation>
    </message>
    <message>
        <source>The PIN cannot be checked now: another program is using the database. Try again in a moment.</source>
        <translation>لا يمكن التحقق من رمز PIN الآن: برنامج آخر يستخدم قاعدة البيانات. حاول مرة أخرى بعد لحظة.</translation>
    </message>
    <message>
        <source>The PIN cannot be checked now: {error}</source>
        <translation>لا يمكن التحقق من رمز PIN الآن: {error}</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <source>move closer</source>
        <translation>اقترب أكثر</translation>
    </message>
    <message>
        <source>too blurred: hold still</source>
        <translation>ضبابية جدًا: اثبت في مكانك</translation>
    </message>
    <message>
        <source>look at the camera</source>
        <translation>انظر إلى الكاميرا</translation>
    </message>
    <message>
        <source>too dark</source>
        <translation>مظلمة جدًا</translation>
    </message>
    <message>
        <source>too bright</source>
        <translation>ساطعة جدًا</translation>
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
        <translation>اليوم</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>آخر 14 يومًا</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>تواريخ مخصّصة</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>في الموعد</translation>
    </message>
    <message>
        <source>late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No attendance in this period yet&lt;/h3&gt;&lt;p&gt;Marks appear here once people are recognised on the &lt;b&gt;Live&lt;/b&gt; page (start a session there for a class or a shift), marked from a group photo (&lt;b&gt;File › Open photo&lt;/b&gt;), or added by hand on the &lt;b&gt;Attendance&lt;/b&gt; page.&lt;/p&gt;&lt;p&gt;Or pick another period above.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;لا يوجد حضور في هذه الفترة بعد&lt;/h3&gt;&lt;p&gt;تظهر التسجيلات هنا عند التعرّف على الأشخاص في صفحة &lt;b&gt;مباشر&lt;/b&gt; (ابدأ جلسة هناك لحصة أو وردية)، أو تسجيلهم من صورة جماعية (&lt;b&gt;ملف › فتح صورة&lt;/b&gt;)، أو إضافتهم يدويًا في صفحة &lt;b&gt;الحضور&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;أو اختر فترة أخرى أعلاه.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{present} of {expected} expected attendances ({rate}), {late} late, {absent} absent</source>
        <translation>{present} من {expected} حضورًا متوقعًا ({rate})، المتأخرون: {late}، الغائبون: {absent}</translation>
    </message>
    <message>
        <source>People: {people}, marks: {marks}</source>
        <translation>الأشخاص: {people}، التسجيلات: {marks}</translation>
    </message>
    <message>
        <source>Marks outside the sessions (not counted): {count}</source>
        <translation>تسجيلات خارج الجلسات (غير محتسبة): {count}</translation>
    </message>
    <message>
        <source>{sessions}; and {count} more</source>
        <translation>{sessions}؛ و{count} أخرى</translation>
    </message>
    <message>
        <source>Sessions: {sessions}</source>
        <translation>الجلسات: {sessions}</translation>
    </message>
    <message>
        <source>No sessions in this period: each day counts who came that day.</source>
        <translation>لا توجد جلسات في هذه الفترة: يُحتسب في كل يوم من حضر في ذلك اليوم.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Which days the report covers</source>
        <translation>الأيام التي يشملها التقرير</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>كل المجموعات</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>كل الجلسات</translation>
    </message>
    <message>
        <source>Only this session (a lesson, a shift) in the chosen period</source>
        <translation>هذه الجلسة فقط (حصة أو وردية) في الفترة المختارة</translation>
    </message>
    <message>
        <source>One file per table</source>
        <translation>ملف لكل جدول</translation>
    </message>
    <message>
        <source>CSV only: write the summary, the register and the event log as three files (for scripts) instead of one file with all three</source>
        <translation>CSV فقط: كتابة الملخص وسجل الحضور وسجل الأحداث في ثلاثة ملفات (للبرامج النصية) بدلًا من ملف واحد يضم الثلاثة</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>تصدير...</translation>
    </message>
    <message>
        <source>Write the report for this period, group and session</source>
        <translation>كتابة التقرير لهذه الفترة والمجموعة والجلسة</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <source>Attendance per day</source>
        <translation>الحضور لكل يوم</translation>
    </message>
    <message>
        <source>Exporting a report</source>
        <translation>تصدير تقرير</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>Saved {files} in {folder}</source>
        <translation>تم حفظ {files} في {folder}</translation>
    </message>
    <message>
        <source>Some characters of {names} have no font: the PDF shows their codes ([U+…]).</source>
        <translation>بعض أحرف {names} ليس لها خط: يعرض ملف PDF رموزها ([U+…]).</translation>
    </message>
    <message>
        <source>Exporting the report...</source>
        <translation>جارٍ تصدير التقرير...</translation>
    </message>
</context>
<context>
    <name>RollCallDialog</name>
    <message>
        <source>The camera missed them</source>
        <translation>لم تلتقطه الكاميرا</translation>
    </message>
    <message>
        <source>Arrived with a note</source>
        <translation>وصل بمذكرة</translation>
    </message>
    <message>
        <source>Marked on the paper list</source>
        <translation>مسجَّل في القائمة الورقية</translation>
    </message>
    <message>
        <source>Was on a school trip</source>
        <translation>كان في رحلة مدرسية</translation>
    </message>
    <message>
        <source>{session}: who was there</source>
        <translation>{session}: من كان حاضرًا</translation>
    </message>
    <message>
        <source>Kept in the audit log with every mark added here</source>
        <translation>يُحفظ في سجل التدقيق مع كل تسجيل يُضاف هنا</translation>
    </message>
    <message>
        <source>Reason for marks added here:</source>
        <translation>سبب التسجيلات المضافة هنا:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>This list can be opened again later: Attendance page, Roll call...</source>
        <translation>يمكن فتح هذه القائمة مرة أخرى لاحقًا: صفحة الحضور، تفقّد الحضور...</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody was expected in this session&lt;/b&gt; (no active person in group {group}).</source>
        <translation>&lt;b&gt;لم يكن أحد متوقعًا في هذه الجلسة&lt;/b&gt; (لا يوجد شخص نشط في المجموعة {group}).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody was expected in this session&lt;/b&gt; (no active person).</source>
        <translation>&lt;b&gt;لم يكن أحد متوقعًا في هذه الجلسة&lt;/b&gt; (لا يوجد شخص نشط).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{present} of {expected} present&lt;/b&gt; ({late} late), &lt;b&gt;{absent} absent&lt;/b&gt;. Was someone there whom the camera missed? Mark them present: the mark is added at the start of the session, with the reason below.</source>
        <translation>&lt;b&gt;{present} من {expected} حاضرون&lt;/b&gt; ({late} متأخرون)، &lt;b&gt;{absent} غائبون&lt;/b&gt;. هل كان أحد حاضرًا ولم تلتقطه الكاميرا؟ سجّله حاضرًا: يُضاف التسجيل عند بداية الجلسة، مع السبب أدناه.</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>غائب</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>تسجيل حاضر</translation>
    </message>
    <message>
        <source>Add a &apos;present&apos; mark for {name} in {session}</source>
        <translation>إضافة تسجيل «حاضر» لـ {name} في {session}</translation>
    </message>
    <message>
        <source>late, arrived {time}</source>
        <translation>متأخر، وصل في {time}</translation>
    </message>
    <message>
        <source>Please give a reason: marks added by hand are audited.</source>
        <translation>يرجى ذكر السبب: التسجيلات المضافة يدويًا تخضع للتدقيق.</translation>
    </message>
    <message>
        <source>{name} marked present ({reason}).</source>
        <translation>سُجّل {name} حاضرًا ({reason}).</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Withdraw the mark just added for {name} (kept as withdrawn, audited)</source>
        <translation>سحب التسجيل المضاف للتو لـ {name} (يُحفظ كمسحوب، ويُسجَّل في سجل التدقيق)</translation>
    </message>
    <message>
        <source>Marked present by mistake in the roll call</source>
        <translation>سُجّل حاضرًا خطأً أثناء تفقّد الحضور</translation>
    </message>
    <message>
        <source>{name}: the mark was withdrawn.</source>
        <translation>{name}: سُحب التسجيل.</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>confirm it for everyone listed with --consent</source>
        <translation>أكّدها لكل من في القائمة باستخدام ‎--consent</translation>
    </message>
    <message>
        <source>import with --allow-lookalike if they are different people</source>
        <translation>استورد باستخدام ‎--allow-lookalike إن كانا شخصين مختلفين</translation>
    </message>
    <message>
        <source>import with --allow-weak to enroll it as a weak sample</source>
        <translation>استورد باستخدام ‎--allow-weak لتسجيلها كعينة ضعيفة</translation>
    </message>
    <message>
        <source> at distance {distance}</source>
        <translation> على مسافة {distance}</translation>
    </message>
    <message>
        <source> (already enrolled, id {id})</source>
        <translation> (مسجَّل مسبقًا، المعرّف {id})</translation>
    </message>
    <message>
        <source>missing name</source>
        <translation>الاسم مفقود</translation>
    </message>
    <message>
        <source>the name looks like several columns ({parts}): this file separates its columns differently; fix the separators on this line</source>
        <translation>يبدو الاسم كأنه عدة أعمدة ({parts}): هذا الملف يفصل أعمدته بطريقة أخرى؛ صحّح الفواصل في هذا السطر</translation>
    </message>
    <message>
        <source>Columns not read, their values are not imported: {columns}. The columns read are name, external_id, group and photo (also written in German, French, Spanish, Portuguese, Chinese or Arabic, e.g. Klasse, classe, grupo).</source>
        <translation>أعمدة لم تُقرأ، ولن تُستورد قيمها: {columns}. الأعمدة المقروءة هي name وexternal_id وgroup وphoto (ويمكن كتابتها بالعربية أيضًا: الاسم، رقم الطالب، الصف، الصورة).</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>العمود {number}</translation>
    </message>
    <message>
        <source>The roster file {path} does not exist.</source>
        <translation>ملف قائمة الصف {path} غير موجود.</translation>
    </message>
    <message>
        <source>Cannot read the roster file {path}: {error}.</source>
        <translation>تعذّرت قراءة ملف قائمة الصف {path}: {error}.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (byte 0x{byte} at position {position}). Save it from your spreadsheet as &apos;CSV UTF-8&apos; and import it again.</source>
        <translation>{file} ليس نصًا بترميز UTF-8 (البايت 0x{byte} في الموضع {position}). احفظه من برنامج الجداول بصيغة «CSV UTF-8» ثم استورده مرة أخرى.</translation>
    </message>
    <message>
        <source>{file} is not a text CSV file (is it a spreadsheet .xlsx?).</source>
        <translation>{file} ليس ملف CSV نصيًا (هل هو جدول بيانات ‎.xlsx؟).</translation>
    </message>
    <message>
        <source>{file} is empty: it needs a header line and one row per person.</source>
        <translation>{file} فارغ: يلزمه سطر عناوين وصف لكل شخص.</translation>
    </message>
    <message>
        <source>{file}: the first line cannot be read as a CSV header ({error}). The first line must be name,external_id,group,photo.</source>
        <translation>{file}: تعذّرت قراءة السطر الأول كسطر عناوين CSV ‏({error}). يجب أن يكون السطر الأول name,external_id,group,photo.</translation>
    </message>
    <message>
        <source>The header of {file} ({header}) has a column of first names but none of last names: add that column (e.g. first_name and last_name), or one column &apos;name&apos; with the whole name.</source>
        <translation>سطر عناوين {file} ‏({header}) فيه عمود للأسماء الأولى ولا عمود لأسماء العائلة: أضف ذلك العمود (مثل الاسم الأول واسم العائلة)، أو عمودًا واحدًا «الاسم» بالاسم الكامل.</translation>
    </message>
    <message>
        <source>The header of {file} ({header}) has a column of last names but none of first names: add that column (e.g. first_name and last_name), or one column &apos;name&apos; with the whole name.</source>
        <translation>سطر عناوين {file} ‏({header}) فيه عمود لأسماء العائلة ولا عمود للأسماء الأولى: أضف ذلك العمود (مثل الاسم الأول واسم العائلة)، أو عمودًا واحدًا «الاسم» بالاسم الكامل.</translation>
    </message>
    <message>
        <source>The header of {file} ({header}) could not be split into columns: separate them with commas (or semicolons), e.g. name,external_id,group,photo.</source>
        <translation>تعذّر تقسيم سطر عناوين {file} ‏({header}) إلى أعمدة: افصل بينها بفواصل (أو فواصل منقوطة)، مثل name,external_id,group,photo.</translation>
    </message>
    <message>
        <source>{file} has no header line naming its columns; the first line must be name,external_id,group,photo (found {header}).</source>
        <translation>ليس في {file} سطر عناوين يسمّي أعمدته؛ يجب أن يكون السطر الأول name,external_id,group,photo (وُجد {header}).</translation>
    </message>
    <message>
        <source>a quote (&quot;) opens on line {line} and is never closed: everything after it was read as one value, so what it holds would be lost; close the quote or remove it</source>
        <translation>علامة اقتباس (&quot;) تبدأ في السطر {line} ولا تُغلق أبدًا: قُرئ كل ما بعدها كقيمة واحدة، فسيضيع ما فيها؛ أغلق علامة الاقتباس أو احذفها</translation>
    </message>
    <message>
        <source>{file}, line {line}: {error}. Is this really the roster? Check that line (or save the file again as CSV).</source>
        <translation>{file}، السطر {line}: {error}. هل هذه قائمة الصف فعلًا؟ افحص ذلك السطر (أو احفظ الملف مرة أخرى بصيغة CSV).</translation>
    </message>
    <message>
        <source>{file} has more than {count} rows; split it.</source>
        <translation>في {file} أكثر من {count} صف؛ قسّمه.</translation>
    </message>
    <message>
        <source>a quote (&quot;) opens on line {line} and is not closed until line {end}: those lines were read as one row, so the people on them would be lost; close the quote or remove it</source>
        <translation>علامة اقتباس (&quot;) تبدأ في السطر {line} ولا تُغلق حتى السطر {end}: قُرئت هذه الأسطر كصف واحد، فسيضيع الأشخاص الذين فيها؛ أغلق علامة الاقتباس أو احذفها</translation>
    </message>
    <message>
        <source>{count} fields but the header has {width} (a separator inside a name? put it in quotes)</source>
        <translation>{count} من الحقول لكن سطر العناوين فيه {width} (فاصل داخل اسم؟ ضعه بين علامتي اقتباس)</translation>
    </message>
    <message>
        <source>the same name as line {line}, in the same group and without an external id: the roll call cannot tell them apart (add their ID numbers)</source>
        <translation>الاسم نفسه كما في السطر {line}، في المجموعة نفسها ومن دون معرّف خارجي: لا يمكن التمييز بينهما عند تفقد الحضور (أضف أرقامهم)</translation>
    </message>
    <message>
        <source>{name} is already in this group (id {id}): if this list was imported before, importing it again adds everyone a second time</source>
        <translation>{name} موجود بالفعل في هذه المجموعة (المعرّف {id}): إذا سبق استيراد هذه القائمة، فإن استيرادها مرة أخرى يضيف الجميع مرة ثانية</translation>
    </message>
    <message>
        <source>{file} has a header but no rows.</source>
        <translation>في {file} سطر عناوين لكن لا صفوف.</translation>
    </message>
    <message>
        <source>duplicate external id &apos;{id}&apos; (also on line {line})</source>
        <translation>معرّف خارجي مكرر «{id}» (موجود أيضًا في السطر {line})</translation>
    </message>
    <message>
        <source>external id &apos;{id}&apos; already belongs to {name} (id {person})</source>
        <translation>المعرّف الخارجي «{id}» يخص {name} بالفعل (المعرّف {person})</translation>
    </message>
    <message>
        <source>{file} is small or upscaled (too blurred for the quality gate): enrolled as a weak sample; take camera samples of this person</source>
        <translation>{file} صغيرة أو مكبّرة (ضبابية جدًا لفحص الجودة): سُجّلت كعينة ضعيفة؛ التقط عينات لهذا الشخص بالكاميرا</translation>
    </message>
    <message>
        <source>consent to store the face not confirmed ({hint})</source>
        <translation>لم تُؤكَّد الموافقة على حفظ الوجه ({hint})</translation>
    </message>
    <message>
        <source>{name} (line {line})</source>
        <translation>{name} (السطر {line})</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>شخص ما</translation>
    </message>
    <message>
        <source>looks like {others} (accepted as a look-alike)</source>
        <translation>يشبه {others} (مقبول كشبيه)</translation>
    </message>
    <message>
        <source>looks like {others}: the same person twice, or a look-alike ({hint})</source>
        <translation>يشبه {others}: الشخص نفسه مرتين، أو شخص شبيه ({hint})</translation>
    </message>
    <message>
        <source>photo &apos;{photo}&apos; is not a file inside the roster&apos;s folder {folder}: put the photos in that folder (or a folder below it)</source>
        <translation>الصورة «{photo}» ليست ملفًا داخل مجلد القائمة {folder}: ضع الصور في ذلك المجلد (أو في مجلد فرعي منه)</translation>
    </message>
    <message>
        <source>enrollment not available ({error})</source>
        <translation>التسجيل غير متاح ({error})</translation>
    </message>
    <message>
        <source>enrollment not available</source>
        <translation>التسجيل غير متاح</translation>
    </message>
    <message>
        <source>photo path cannot be used ({error}): {path}</source>
        <translation>لا يمكن استخدام مسار الصورة ({error}): {path}</translation>
    </message>
    <message>
        <source>photo not found: {path}</source>
        <translation>الصورة غير موجودة: {path}</translation>
    </message>
    <message>
        <source>unreadable photo: {error}</source>
        <translation>صورة غير قابلة للقراءة: {error}</translation>
    </message>
    <message>
        <source>no face found in {file}</source>
        <translation>لم يُعثر على وجه في {file}</translation>
    </message>
    <message>
        <source>{file}: {count} faces; crop it to one person</source>
        <translation>{file}: عدد الوجوه {count}؛ اقتصّها على شخص واحد</translation>
    </message>
    <message>
        <source>{file}: {problems} (a small or upscaled photo: {hint}, or use a better photo)</source>
        <translation>{file}: {problems} (صورة صغيرة أو مكبّرة: {hint}، أو استخدم صورة أفضل)</translation>
    </message>
    <message>
        <source>photo quality too low</source>
        <translation>جودة الصورة منخفضة جدًا</translation>
    </message>
    <message>
        <source>{file}: {problems}</source>
        <translation>{file}: {problems}</translation>
    </message>
    <message>
        <source>photo cannot be checked: {error}</source>
        <translation>لا يمكن فحص الصورة: {error}</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>A CSV file with a header line and one row per person. Columns: &lt;code&gt;name&lt;/code&gt; (required), &lt;code&gt;external_id&lt;/code&gt; (a pupil or staff number), &lt;code&gt;group&lt;/code&gt; (class or team) and &lt;code&gt;photo&lt;/code&gt; (the photo&apos;s file name, relative to the CSV file), in English or in the app&apos;s other languages. A column the app does not read is named when the file is checked. Commas, semicolons or tabs; save as &quot;CSV UTF-8&quot; in Excel.</source>
        <translation>ملف CSV بسطر عناوين وصف لكل شخص. الأعمدة: &lt;code&gt;name&lt;/code&gt; (إلزامي)، &lt;code&gt;external_id&lt;/code&gt; (رقم طالب أو موظف)، &lt;code&gt;group&lt;/code&gt; (الصف أو الفريق) و&lt;code&gt;photo&lt;/code&gt; (اسم ملف الصورة، نسبةً إلى ملف CSV)، بالإنجليزية أو بالعربية (&lt;code&gt;الاسم&lt;/code&gt;، &lt;code&gt;رقم الطالب&lt;/code&gt;، &lt;code&gt;الصف&lt;/code&gt;، &lt;code&gt;الصورة&lt;/code&gt;). يُذكر عند فحص الملف كل عمود لا يقرؤه التطبيق. فواصل أو فواصل منقوطة أو علامات جدولة؛ احفظ الملف في Excel بصيغة «CSV UTF-8».</translation>
    </message>
    <message>
        <source>tick the consent box</source>
        <translation>حدّد مربع الموافقة</translation>
    </message>
    <message>
        <source>if they are different people, press &quot;Accept&quot; below</source>
        <translation>إن كانا شخصين مختلفين، اضغط «قبول» في الأسفل</translation>
    </message>
    <message>
        <source>&quot;Accept&quot; below enrolls it as a weak sample</source>
        <translation>«قبول» في الأسفل يسجّلها كعينة ضعيفة</translation>
    </message>
    <message>
        <source> (already enrolled)</source>
        <translation> (مسجَّل مسبقًا)</translation>
    </message>
    <message>
        <source>line {line}: {name}</source>
        <translation>السطر {line}: {name}</translation>
    </message>
    <message>
        <source>{name} (already enrolled)</source>
        <translation>{name} (مسجَّل مسبقًا)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation>استيراد قائمة صف</translation>
    </message>
    <message>
        <source>Save a template CSV...</source>
        <translation>حفظ قالب CSV...</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>لم يُختر ملف</translation>
    </message>
    <message>
        <source>Choose file...</source>
        <translation>اختيار ملف...</translation>
    </message>
    <message>
        <source>Everyone on this list agreed to have their face stored for attendance</source>
        <translation>وافق كل من في هذه القائمة على حفظ وجوههم لتسجيل الحضور</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>يشبه</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>فحص الملف</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Class list</source>
        <translation>قائمة الصف</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>ملفات CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>حفظ قالب</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved as {file}: the file is open in another program (Excel?) or the folder is read-only. Close it there, or choose another name.</source>
        <translation>تعذّر حفظ القالب باسم {file}: الملف مفتوح في برنامج آخر (Excel؟) أو المجلد للقراءة فقط. أغلقه هناك، أو اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>Template saved as {file}. Fill it in, then choose it above.</source>
        <translation>حُفظ القالب باسم {file}. املأه ثم اختره في الأعلى.</translation>
    </message>
    <message>
        <source>Checking {file}...</source>
        <translation>جارٍ فحص {file}...</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file cannot be read&lt;/b&gt;: {problem}</source>
        <translation>&lt;b&gt;تتعذّر قراءة الملف&lt;/b&gt;: {problem}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{refused} of {rows} rows are refused&lt;/b&gt;: nothing is imported until every row is right. Fix the file, save it, then &lt;b&gt;Check again&lt;/b&gt;.</source>
        <translation>&lt;b&gt;رُفض {refused} من {rows} صفوف&lt;/b&gt;: لن يُستورد شيء حتى تصبح كل الصفوف صحيحة. صحّح الملف واحفظه، ثم &lt;b&gt;افحص مرة أخرى&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The 1 row can be imported.&lt;/b&gt;</source>
        <translation>&lt;b&gt;يمكن استيراد الصف الوحيد.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;All {rows} rows can be imported.&lt;/b&gt;</source>
        <translation>&lt;b&gt;يمكن استيراد جميع الصفوف ({rows}).&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Look-alike pairs ({count})&lt;/b&gt;: the same person twice, or different people who look alike</source>
        <translation>&lt;b&gt;أزواج متشابهة ({count})&lt;/b&gt;: الشخص نفسه مرتين، أو أشخاص مختلفون متشابهون</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>افحص مرة أخرى</translation>
    </message>
    <message>
        <source>Choose the CSV file first.</source>
        <translation>اختر ملف CSV أولًا.</translation>
    </message>
    <message>
        <source>Check the file first.</source>
        <translation>افحص الملف أولًا.</translation>
    </message>
    <message>
        <source>Some rows are refused: fix them and check again.</source>
        <translation>بعض الصفوف مرفوضة: صحّحها وافحص مرة أخرى.</translation>
    </message>
    <message>
        <source>Tick the consent box first.</source>
        <translation>حدّد مربع الموافقة أولًا.</translation>
    </message>
    <message>
        <source>Import every row</source>
        <translation>استيراد كل الصفوف</translation>
    </message>
    <message>
        <source>Importing {file}...</source>
        <translation>جارٍ استيراد {file}...</translation>
    </message>
    <message>
        <source>{count} look-alike pair(s) accepted: each is remembered, the decision between them is stricter and a kiosk asks them for their ID number.</source>
        <translation>قُبل عدد {count} من الأزواج المتشابهة: يُتذكَّر كل زوج، ويكون التمييز بينهما أكثر صرامة، ويطلب الكشك منهما رقم الهوية.</translation>
    </message>
    <message>
        <source>{count} look-alike pair(s) found (listed below): the same person twice, or different people who look alike.</source>
        <translation>عُثر على {count} من الأزواج المتشابهة (مذكورة أدناه): الشخص نفسه مرتين، أو أشخاص مختلفون متشابهون.</translation>
    </message>
    <message>
        <source>{count} photo(s) are small or upscaled and too blurred: they can be enrolled as weak samples, and those people are asked for camera samples later.</source>
        <translation>عدد {count} من الصور صغيرة أو مكبّرة وضبابية جدًا: يمكن تسجيلها كعينات ضعيفة، وسيُطلب من أصحابها لاحقًا عينات بالكاميرا.</translation>
    </message>
    <message>
        <source>Accept {pairs} look-alike pair(s) and {photos} small photo(s)</source>
        <translation>قبول {pairs} من الأزواج المتشابهة و{photos} من الصور الصغيرة</translation>
    </message>
    <message>
        <source>Accept 1 look-alike pair</source>
        <translation>قبول زوج متشابه واحد</translation>
    </message>
    <message>
        <source>Accept {count} look-alike pairs</source>
        <translation>قبول {count} من الأزواج المتشابهة</translation>
    </message>
    <message>
        <source>Accept 1 small photo</source>
        <translation>قبول صورة صغيرة واحدة</translation>
    </message>
    <message>
        <source>Accept {count} small photos</source>
        <translation>قبول {count} من الصور الصغيرة</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Marks made in this session that these times leave outside: {count}. They will count like marks made without a session, for the session they fall in, if any.</source>
        <translation>علامات الحضور المسجّلة في هذه الجلسة التي تقع خارج هذه الأوقات: {count}. ستُحتسب كعلامات سُجّلت دون جلسة، للجلسة التي تقع فيها إن وُجدت.</translation>
    </message>
    <message>
        <source>Marks added into this session by hand or by a group photo that move with it: {count}.</source>
        <translation>علامات الحضور المضافة إلى هذه الجلسة يدويًا أو بصورة جماعية والتي تنتقل معها: {count}.</translation>
    </message>
    <message>
        <source>Session {when}</source>
        <translation>جلسة {when}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوحة</translation>
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
        <translation>تعديل الجلسة</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>بدء الجلسة</translation>
    </message>
    <message>
        <source>The class or team it is for; empty = everybody</source>
        <translation>الصف أو الفريق المقصود؛ فارغ = الجميع</translation>
    </message>
    <message>
        <source>When it really started: people recognised up to {minutes} minutes before count for it</source>
        <translation>وقت بدئها الفعلي: يُحتسب لها من تم التعرّف عليهم قبلها بما يصل إلى {minutes} دقيقة</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>open until ended</source>
        <translation>مفتوحة حتى الإنهاء</translation>
    </message>
    <message>
        <source> min after start</source>
        <translation> دقيقة بعد البدء</translation>
    </message>
    <message>
        <source>never late</source>
        <translation>لا تأخير أبدًا</translation>
    </message>
    <message>
        <source>Why it changes (kept in the audit log)</source>
        <translation>سبب التغيير (يُحفظ في سجل التدقيق)</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>بدأت في</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>التأخر</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>بدء</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>متابعتها</translation>
    </message>
    <message>
        <source>Keep the running session; nothing new is started</source>
        <translation>الإبقاء على الجلسة الجارية؛ لن يبدأ شيء جديد</translation>
    </message>
    <message>
        <source>End it and start</source>
        <translation>إنهاؤها والبدء</translation>
    </message>
    <message>
        <source>End the running session when this one starts, then start it</source>
        <translation>إنهاء الجلسة الجارية عند بدء هذه الجلسة، ثم بدؤها</translation>
    </message>
    <message>
        <source>overlaps {sessions} (same group)</source>
        <translation>تتداخل مع {sessions} (المجموعة نفسها)</translation>
    </message>
    <message>
        <source>Starting the session...</source>
        <translation>جارٍ بدء الجلسة...</translation>
    </message>
    <message>
        <source>Saving the session...</source>
        <translation>جارٍ حفظ الجلسة...</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>More lenient: more people recognised first time, more mix-ups</source>
        <translation>أكثر تساهلًا: يُتعرّف على عدد أكبر من الأشخاص من أول مرة، وأخطاء خلط أكثر</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>قياسي</translation>
    </message>
    <message>
        <source>Stricter: fewer mix-ups, more people asked to try again</source>
        <translation>أكثر صرامة: أخطاء خلط أقل، ويُطلب من عدد أكبر من الأشخاص المحاولة مجددًا</translation>
    </message>
    <message>
        <source>Strictest: fewest mix-ups, many people asked to try again</source>
        <translation>الأشد صرامة: أقل أخطاء خلط، ويُطلب من كثيرين المحاولة مجددًا</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>مقيس</translation>
    </message>
    <message>
        <source>extrapolated</source>
        <translation>مستقرأ</translation>
    </message>
    <message>
        <source>Present (one mark per person)</source>
        <translation>حاضر (تسجيل واحد لكل شخص)</translation>
    </message>
    <message>
        <source>Check-in / check-out</source>
        <translation>دخول / خروج</translation>
    </message>
    <message>
        <source>Entry only</source>
        <translation>دخول فقط</translation>
    </message>
    <message>
        <source>Exit only</source>
        <translation>خروج فقط</translation>
    </message>
    <message>
        <source>Webcam index (0, 1 ...), a video file, an rtsp:// or http:// URL, or a folder of images</source>
        <translation>رقم كاميرا الويب (0، 1 ...)، أو ملف فيديو، أو عنوان rtsp:// أو http://، أو مجلد صور</translation>
    </message>
    <message>
        <source>Video...</source>
        <translation>فيديو...</translation>
    </message>
    <message>
        <source>Folder...</source>
        <translation>مجلد...</translation>
    </message>
    <message>
        <source>How webcams are opened. Automatic uses DirectShow on Windows (Media Foundation can take seconds to open a camera); pick another if a camera does not open.</source>
        <translation>طريقة فتح كاميرات الويب. يستخدم الخيار التلقائي DirectShow على Windows (قد يستغرق Media Foundation ثوانيَ لفتح الكاميرا)؛ اختر طريقة أخرى إن لم تُفتح الكاميرا.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Requested size</source>
        <translation>الحجم المطلوب</translation>
    </message>
    <message>
        <source>Camera backend</source>
        <translation>واجهة الكاميرا</translation>
    </message>
    <message>
        <source>Smaller faces are ignored. Larger = faster; 40-80 for a desk camera.</source>
        <translation>تُتجاهل الوجوه الأصغر. الأكبر = أسرع؛ 40-80 لكاميرا مكتبية.</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>إطارات</translation>
    </message>
    <message>
        <source>How often the whole picture is searched for new faces; in between, faces already found are followed (higher = less work for the computer)</source>
        <translation>عدد مرات البحث في الصورة كاملة عن وجوه جديدة؛ وفي ما بينها تُتابَع الوجوه التي عُثر عليها (الأعلى = عمل أقل للحاسوب)</translation>
    </message>
    <message>
        <source>The method that finds faces in the picture (a restart applies a change)</source>
        <translation>الطريقة التي تعثر على الوجوه في الصورة (يسري التغيير بعد إعادة التشغيل)</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>الاكتشاف</translation>
    </message>
    <message>
        <source>Face detector</source>
        <translation>كاشف الوجوه</translation>
    </message>
    <message>
        <source>Smallest face</source>
        <translation>أصغر وجه</translation>
    </message>
    <message>
        <source>Full detection every</source>
        <translation>اكتشاف كامل كل</translation>
    </message>
    <message>
        <source>Strictness</source>
        <translation>الصرامة</translation>
    </message>
    <message>
        <source>Choose in words how sure the app must be before it marks someone; it measures the matching setting on your enrolled faces (Measure on my people)</source>
        <translation>اختر بالكلمات مدى التأكد المطلوب من التطبيق قبل أن يسجّل شخصًا؛ ويقيس إعداد المطابقة على وجوهك المسجّلة (القياس على أشخاصي)</translation>
    </message>
    <message>
        <source>Fixed value</source>
        <translation>قيمة ثابتة</translation>
    </message>
    <message>
        <source>A fixed matching limit (smaller is stricter). Out of the box this is the value measured for the face model; change it only if you know why</source>
        <translation>حد مطابقة ثابت (الأصغر أكثر صرامة). افتراضيًا هو القيمة المقيسة لنموذج الوجه؛ لا تغيّرها إلا إذا كنت تعرف السبب</translation>
    </message>
    <message>
        <source>About 1 wrong person marked in {count} check-ins by strangers</source>
        <translation>نحو شخص واحد خاطئ يُسجَّل في كل {count} محاولة تسجيل من غرباء</translation>
    </message>
    <message>
        <source>Stricter: fewer mix-ups, more people asked to try again. More lenient: the other way round. Standard suits most schools and offices</source>
        <translation>أكثر صرامة: أخطاء خلط أقل، ويُطلب من عدد أكبر المحاولة مجددًا. أكثر تساهلًا: العكس. القياسي يناسب معظم المدارس والمكاتب</translation>
    </message>
    <message>
        <source>How different two faces may look and still count as the same person (smaller = stricter)</source>
        <translation>مقدار الاختلاف المسموح بين وجهين ليُعدّا للشخص نفسه (الأصغر = أكثر صرامة)</translation>
    </message>
    <message>
        <source>agreeing frames of the last</source>
        <translation>إطارات متفقة من آخر</translation>
    </message>
    <message>
        <source>A person is marked only when this many of the last frames agree on who it is (more = fewer mistakes, a moment longer in front of the camera)</source>
        <translation>لا يُسجَّل الشخص إلا عندما يتفق هذا العدد من الإطارات الأخيرة على هويته (أكثر = أخطاء أقل، ولحظة أطول أمام الكاميرا)</translation>
    </message>
    <message>
        <source>Switch and re-embed</source>
        <translation>التبديل وإعادة المعالجة</translation>
    </message>
    <message>
        <source>Re-embed every enrolled sample with the chosen model (nobody re-enrolls); recognition keeps using the current model until it is done</source>
        <translation>إعادة معالجة كل عينة مسجّلة بالنموذج المختار (لا يحتاج أحد إلى إعادة التسجيل)؛ ويستمر التعرّف باستخدام النموذج الحالي حتى الانتهاء</translation>
    </message>
    <message>
        <source>The method that turns a face into something comparable; changing it re-reads every enrolled photo</source>
        <translation>الطريقة التي تحوّل الوجه إلى شيء قابل للمقارنة؛ وتغييرها يعيد قراءة كل صورة مسجّلة</translation>
    </message>
    <message>
        <source>What does this mean?</source>
        <translation>ماذا يعني هذا؟</translation>
    </message>
    <message>
        <source>Opens the guide to these options (docs/recognition.md)</source>
        <translation>يفتح دليل هذه الخيارات (docs/recognition.md)</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>التعرّف</translation>
    </message>
    <message>
        <source>Face embedder</source>
        <translation>نموذج الوجه</translation>
    </message>
    <message>
        <source>Confirm after</source>
        <translation>التأكيد بعد</translation>
    </message>
    <message>
        <source>Mix-ups and people asked to retry, by strictness</source>
        <translation>أخطاء الخلط والأشخاص المطلوب منهم إعادة المحاولة، حسب الصرامة</translation>
    </message>
    <message>
        <source>Measure on my people</source>
        <translation>القياس على أشخاصي</translation>
    </message>
    <message>
        <source>Measure on the enrolled faces what the chosen strictness costs: expected mix-ups a day and how many people would be asked to try again</source>
        <translation>قياس تكلفة الصرامة المختارة على الوجوه المسجّلة: أخطاء الخلط المتوقعة يوميًا وعدد الأشخاص الذين سيُطلب منهم المحاولة مجددًا</translation>
    </message>
    <message>
        <source>What the strictness costs</source>
        <translation>تكلفة الصرامة</translation>
    </message>
    <message>
        <source>A person is not marked again within this time</source>
        <translation>لا يُسجَّل الشخص مرة أخرى خلال هذه المدة</translation>
    </message>
    <message>
        <source>min before the start</source>
        <translation>دقيقة قبل البدء</translation>
    </message>
    <message>
        <source>Someone recognised this long before a session started (before Start was pressed) counts as present in it</source>
        <translation>من يُتعرّف عليه قبل بدء الجلسة بهذه المدة (قبل الضغط على بدء) يُحتسب حاضرًا فيها</translation>
    </message>
    <message>
        <source>Present: one mark per person and session. Check-in/out: alternating, for hours worked. Entry/Exit: a camera at a door that only checks in or out.</source>
        <translation>حاضر: تسجيل واحد لكل شخص وجلسة. دخول/خروج: بالتناوب، لساعات العمل. دخول فقط/خروج فقط: كاميرا عند باب لا تسجّل إلا الدخول أو الخروج.</translation>
    </message>
    <message>
        <source>Mark anyway (check-in)</source>
        <translation>التسجيل على أي حال (دخول)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Takes effect on restart</source>
        <translation>يسري بعد إعادة التشغيل</translation>
    </message>
    <message>
        <source>What a recognition does when no session of the person&apos;s group is running</source>
        <translation>ما يفعله التعرّف عندما لا تكون هناك جلسة جارية لمجموعة الشخص</translation>
    </message>
    <message>
        <source>This computer&apos;s name in the reports (which camera marked)</source>
        <translation>اسم هذا الحاسوب في التقارير (أي كاميرا سجّلت)</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>فترة الانتظار</translation>
    </message>
    <message>
        <source>Counts for a session from</source>
        <translation>يُحتسب للجلسة بدءًا من</translation>
    </message>
    <message>
        <source>Outside a session</source>
        <translation>خارج الجلسة</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>اسم الجهاز</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>استعراض...</translation>
    </message>
    <message>
        <source>empty = SQLite in the data folder; postgresql+psycopg://...</source>
        <translation>فارغ = SQLite في مجلد البيانات؛ postgresql+psycopg://...</translation>
    </message>
    <message>
        <source>Set admin PIN...</source>
        <translation>تعيين رمز PIN للمسؤول...</translation>
    </message>
    <message>
        <source>Needed to leave kiosk mode and for admin actions there</source>
        <translation>مطلوب للخروج من وضع الكشك ولإجراءات المسؤول فيه</translation>
    </message>
    <message>
        <source>Storage and access</source>
        <translation>التخزين والوصول</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>عنوان قاعدة البيانات</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>رمز PIN للمسؤول</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Camera, threshold and attendance rules apply at once; data folder, database and detection changes after a restart.</source>
        <translation>تسري الكاميرا والعتبة وقواعد الحضور فورًا؛ أما تغييرات مجلد البيانات وقاعدة البيانات والاكتشاف فبعد إعادة التشغيل.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>A more accurate face model is available: {model}, the default for new installs. Choose it and Switch and re-embed: everyone is re-embedded from their stored photos, nobody enrolls again.</source>
        <translation>يتوفر نموذج وجه أدق: {model}، وهو الافتراضي في التثبيتات الجديدة. اختره ثم «التبديل وإعادة المعالجة»: يُعاد حساب الجميع من صورهم المحفوظة، ولا يحتاج أحد إلى التسجيل من جديد.</translation>
    </message>
    <message>
        <source>(&lt;a href=&quot;{url}&quot;&gt;where the rightsholder says so&lt;/a&gt;)</source>
        <translation>(&lt;a href=&quot;{url}&quot;&gt;حسب صاحب الحقوق&lt;/a&gt;)</translation>
    </message>
    <message>
        <source>Weights licence: {licence} {where}</source>
        <translation>ترخيص الأوزان: {licence} {where}</translation>
    </message>
    <message>
        <source>Re-embedding the enrolled samples with {model}...</source>
        <translation>جارٍ إعادة معالجة العينات المسجّلة باستخدام {model}...</translation>
    </message>
    <message>
        <source>Re-embedding with {model}: {percent} ({step})</source>
        <translation>إعادة المعالجة باستخدام {model}: {percent} ({step})</translation>
    </message>
    <message>
        <source>Samples re-embedded with {model}: {count}.</source>
        <translation>العينات المعاد معالجتها باستخدام {model}: {count}.</translation>
    </message>
    <message>
        <source>Skipped (no face chip stored): {count}.</source>
        <translation>تم تخطيها (لا توجد صورة وجه مقتطعة محفوظة): {count}.</translation>
    </message>
    <message>
        <source>Saved to {path}. Restart the app to recognise with it.</source>
        <translation>تم الحفظ في {path}. أعد تشغيل التطبيق للتعرّف باستخدامه.</translation>
    </message>
    <message>
        <source>calibrated for 1 in {count} false matches</source>
        <translation>معايَر على تطابق خاطئ واحد لكل {count}</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>مضبوط يدويًا</translation>
    </message>
    <message>
        <source>the model&apos;s default</source>
        <translation>القيمة الافتراضية للنموذج</translation>
    </message>
    <message>
        <source>In use: {value} ({why}); the standard value is {standard} (smaller = stricter).</source>
        <translation>المستخدم حاليًا: {value} ({why})؛ والقيمة القياسية {standard} (الأصغر = أكثر صرامة).</translation>
    </message>
    <message>
        <source>Measure on my people shows what the chosen strictness costs, then Save applies it.</source>
        <translation>يعرض «القياس على أشخاصي» تكلفة الصرامة المختارة، ثم يطبّقها «حفظ».</translation>
    </message>
    <message>
        <source>Press Measure on my people for this strictness first: it measures the setting on the enrolled faces and shows what it costs; Save then applies it.</source>
        <translation>اضغط أولًا «القياس على أشخاصي» لهذه الصرامة: فهو يقيس الإعداد على الوجوه المسجّلة ويعرض تكلفته؛ ثم يطبّقه «حفظ».</translation>
    </message>
    <message>
        <source>Strict threshold</source>
        <translation>عتبة صارمة</translation>
    </message>
    <message>
        <source>At this threshold about {share} of check-ins by enrolled people would be refused (more than {limit}). Apply it anyway?</source>
        <translation>عند هذه العتبة سيُرفض نحو {share} من محاولات تسجيل الأشخاص المسجّلين (أكثر من {limit}). هل تريد تطبيقها على أي حال؟</translation>
    </message>
    <message>
        <source>Some settings are not valid: {problems}</source>
        <translation>بعض الإعدادات غير صالحة: {problems}</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <source>Not saved: the threshold was not applied.</source>
        <translation>لم يُحفظ: لم تُطبَّق العتبة.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>تم الحفظ في {path}</translation>
    </message>
    <message>
        <source>{saved}. The new language is used when the app is started again.</source>
        <translation>{saved}. تُستخدم اللغة الجديدة عند تشغيل التطبيق مرة أخرى.</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>مقاطع فيديو ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>ملف فيديو</translation>
    </message>
    <message>
        <source>Image folder</source>
        <translation>مجلد الصور</translation>
    </message>
    <message>
        <source>Measuring the threshold curve on the enrolled faces...</source>
        <translation>جارٍ قياس منحنى العتبة على الوجوه المسجّلة...</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>المعايرة</translation>
    </message>
    <message>
        <source>For the target rate with {people} people: threshold {threshold} ({method}).</source>
        <translation>للمعدل المستهدف مع {people} شخصًا: العتبة {threshold} ({method}).</translation>
    </message>
    <message>
        <source>Expected false accepts: {count} a day at {checkins} check-ins.</source>
        <translation>حالات القبول الخاطئ المتوقعة: {count} يوميًا عند {checkins} محاولة تسجيل.</translation>
    </message>
    <message>
        <source>measured on your people with several samples</source>
        <translation>مقيس على أشخاصك الذين لديهم عدة عينات</translation>
    </message>
    <message>
        <source>estimated from a reference set: enrol more samples per person to measure it here</source>
        <translation>مقدَّر من مجموعة مرجعية: سجّل عينات أكثر لكل شخص لقياسه هنا</translation>
    </message>
    <message>
        <source>Enrolled people refused: about {share} of check-ins ({source}).</source>
        <translation>الأشخاص المسجّلون المرفوضون: نحو {share} من محاولات التسجيل ({source}).</translation>
    </message>
    <message>
        <source>Saving will ask for a confirmation.</source>
        <translation>سيُطلب تأكيد عند الحفظ.</translation>
    </message>
    <message>
        <source>threshold (distance + crowding penalty)</source>
        <translation>العتبة (المسافة + عقوبة التشابه)</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>المعدل</translation>
    </message>
    <message>
        <source>false match per check-in</source>
        <translation>تطابق خاطئ لكل محاولة تسجيل</translation>
    </message>
    <message>
        <source>false reject</source>
        <translation>رفض خاطئ</translation>
    </message>
    <message>
        <source>current threshold</source>
        <translation>العتبة الحالية</translation>
    </message>
    <message>
        <source>Current admin PIN:</source>
        <translation>رمز PIN الحالي للمسؤول:</translation>
    </message>
    <message>
        <source>New admin PIN:</source>
        <translation>رمز PIN الجديد للمسؤول:</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>الرمز نفسه مرة أخرى:</translation>
    </message>
    <message>
        <source>The two PINs differ; nothing was changed.</source>
        <translation>الرمزان مختلفان؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The admin PIN was set.</source>
        <translation>تم تعيين رمز PIN للمسؤول.</translation>
    </message>
    <message>
        <source>Switching the face model</source>
        <translation>تبديل نموذج الوجه</translation>
    </message>
    <message>
        <source>This computer&apos;s zone ({zone})</source>
        <translation>منطقة هذا الحاسوب ({zone})</translation>
    </message>
    <message>
        <source>The school&apos;s time zone: every time in the app, the reports and the command line is in it. Keep this computer&apos;s zone unless the computer is set to another one.</source>
        <translation>المنطقة الزمنية للمدرسة: كل الأوقات في التطبيق والتقارير وسطر الأوامر بحسبها. أبقِ منطقة هذا الحاسوب ما لم يكن الحاسوب مضبوطًا على منطقة أخرى.</translation>
    </message>
    <message>
        <source>Unknown time zone {name}. Choose one from the list, e.g. {example}.</source>
        <translation>منطقة زمنية غير معروفة: {name}. اختر واحدة من القائمة، مثل {example}.</translation>
    </message>
    <message>
        <source>Cannot write the settings file: {error}</source>
        <translation>تعذّرت كتابة ملف الإعدادات: {error}</translation>
    </message>
    <message>
        <source>Too little data: {people} people and {scores} impostor scores (need at least 2 people and {needed} scores). Enrol more people, then calibrate again; until then the model&apos;s default threshold is used.</source>
        <translation>البيانات قليلة جدًا: {people} أشخاص و{scores} مقارنة بين أشخاص مختلفين (يلزم شخصان على الأقل و{needed} مقارنة). سجّل أشخاصًا أكثر ثم أعد المعايرة؛ وحتى ذلك الحين تُستخدم العتبة الافتراضية للنموذج.</translation>
    </message>
    <message>
        <source>Measured: {below} of {scores} impostor scores lie below the threshold.</source>
        <translation>مقيس: {below} من {scores} مقارنة بين أشخاص مختلفين تقع تحت العتبة.</translation>
    </message>
    <message>
        <source>Extrapolated from the lowest of {scores} impostor scores (conservative). Enrol more people for a measured value.</source>
        <translation>مستقرأ من أدنى {scores} مقارنة بين أشخاص مختلفين (تقدير متحفّظ). سجّل أشخاصًا أكثر للحصول على قيمة مقيسة.</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <source>Face Attendance could not start</source>
        <translation>تعذّر بدء الحضور بالوجه</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>{time} on {date} does not exist in {zone}: the clocks go forward then. Choose a time before or after the skipped hour.</source>
        <translation>الساعة {time} في {date} غير موجودة في {zone}: تُقدَّم الساعات حينها. اختر وقتًا قبل الساعة المتخطاة أو بعدها.</translation>
    </message>
    <message>
        <source>{time} on {date} comes twice in {zone}: the clocks go back then.</source>
        <translation>الساعة {time} في {date} تتكرر مرتين في {zone}: تُؤخَّر الساعات حينها.</translation>
    </message>
    <message>
        <source>Which one do you mean?</source>
        <translation>أيهما تقصد؟</translation>
    </message>
    <message>
        <source>Which time?</source>
        <translation>أي وقت؟</translation>
    </message>
    <message>
        <source>{time}, before the clocks go back</source>
        <translation>{time}، قبل تأخير الساعات</translation>
    </message>
    <message>
        <source>{time}, after the clocks go back</source>
        <translation>{time}، بعد تأخير الساعات</translation>
    </message>
</context>
</TS>
