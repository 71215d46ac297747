<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AdminGate</name>
    <message>
        <source>{what} needs the admin PIN.</source>
        <translation>{what} يتطلب رمز PIN الخاص بالمسؤول.</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>رمز PIN للمسؤول</translation>
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
        <source>Events: {events} · people: {people}</source>
        <translation>التسجيلات: {events} · الأشخاص: {people}</translation>
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
        <source>Import roster CSV...</source>
        <translation>استيراد قائمة CSV...</translation>
    </message>
    <message>
        <source>Add many people from a CSV file (name, external id, group, photo)</source>
        <translation>إضافة أشخاص كثيرين من ملف CSV (الاسم، المعرّف الخارجي، المجموعة، الصورة)</translation>
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
        <source>No session running: marks count for the day.</source>
        <translation>لا توجد جلسة جارية: تُحتسب التسجيلات لليوم.</translation>
    </message>
    <message>
        <source>Admin pages locked again (idle).</source>
        <translation>تم قفل صفحات الإدارة مجددًا (خمول).</translation>
    </message>
    <message>
        <source>Session {name} ended.</source>
        <translation>انتهت الجلسة {name}.</translation>
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
        <source>Importing a class list</source>
        <translation>استيراد قائمة الصف</translation>
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
        <source>The PIN cannot be checked now: {error}</source>
        <translation>لا يمكن التحقق من رمز PIN الآن: {error}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Takes effect on restart</source>
        <translation>يسري بعد إعادة التشغيل</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
</TS>
