<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <source>{role} &lt;b&gt;{model}&lt;/b&gt;: {description}&lt;br&gt;weights licence: {licence}</source>
        <translation>{role} &lt;b&gt;{model}&lt;/b&gt;：{description}&lt;br&gt;权重许可证：{licence}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Face Attendance&lt;/b&gt; {version}&lt;br&gt;Face recognition attendance, run with onnxruntime on this computer. No image leaves this machine.&lt;br&gt;&lt;br&gt;Models in use (Settings, Detection; &lt;code&gt;face-attendance models list&lt;/code&gt;):&lt;ul&gt;{models}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;人脸考勤&lt;/b&gt; {version}&lt;br&gt;人脸识别考勤，使用 onnxruntime 在本机运行。任何图像都不会离开这台计算机。&lt;br&gt;&lt;br&gt;正在使用的模型（设置 &gt; 检测；&lt;code&gt;face-attendance models list&lt;/code&gt;）：&lt;ul&gt;{models}&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>AdminGate</name>
    <message>
        <source>Checking the admin PIN...</source>
        <translation>正在检查管理员 PIN 码...</translation>
    </message>
    <message>
        <source>{what} needs the admin PIN.</source>
        <translation>{what}需要管理员 PIN。</translation>
    </message>
    <message>
        <source>The admin PIN cannot be checked now: {problem} Nothing was unlocked.</source>
        <translation>现在无法检查管理员 PIN 码：{problem} 未解锁任何内容。</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>管理员 PIN 码</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>This person was erased; only their past attendance is kept for the statistics, so no mark can be added for them or given to them.</source>
        <translation>此人已被删除；仅保留其过去的考勤用于统计，因此不能为其添加考勤记录，也不能将记录转给此人。</translation>
    </message>
    <message>
        <source>{name}: already checked out at {time}</source>
        <translation>{name}：已于 {time} 签退</translation>
    </message>
    <message>
        <source>{name}: already checked in at {time}</source>
        <translation>{name}：已于 {time} 签到</translation>
    </message>
    <message>
        <source>{name} checked out at {time} ({session})</source>
        <translation>{name} 于 {time} 签退（{session}）</translation>
    </message>
    <message>
        <source>{name} checked out at {time}</source>
        <translation>{name} 于 {time} 签退</translation>
    </message>
    <message>
        <source>{name} checked in at {time} ({session})</source>
        <translation>{name} 于 {time} 签到（{session}）</translation>
    </message>
    <message>
        <source>{name} checked in at {time}</source>
        <translation>{name} 于 {time} 签到</translation>
    </message>
    <message>
        <source>{name} is deactivated: not recorded</source>
        <translation>{name} 已停用：未记录</translation>
    </message>
    <message>
        <source>No open session for {name}: not recorded</source>
        <translation>{name} 没有进行中的考勤时段：未记录</translation>
    </message>
    <message>
        <source>{when} is in the future (it is {now} now): a mark records something that happened. Check the date and time.</source>
        <translation>{when} 是将来的时间（现在是 {now}）：记录的是已经发生的事情。请检查日期和时间。</translation>
    </message>
    <message>
        <source>{when} is outside the session &apos;{session}&apos; ({start} to {end}). Pick a time within the session, or another session.</source>
        <translation>{when} 不在考勤时段“{session}”（{start} 至 {end}）之内。请选择该时段内的时间，或选择其他时段。</translation>
    </message>
    <message>
        <source>{when} is outside the session &apos;{session}&apos; ({start}). Pick a time within the session, or another session.</source>
        <translation>{when} 不在考勤时段“{session}”（{start}）之内。请选择该时段内的时间，或选择其他时段。</translation>
    </message>
    <message>
        <source>A session needs a name (for example &apos;Maths 7B&apos;).</source>
        <translation>考勤时段需要一个名称（例如“数学 7B”）。</translation>
    </message>
    <message>
        <source>group {group}</source>
        <translation>组 {group}</translation>
    </message>
    <message>
        <source>for everybody</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>&apos;{session}&apos; ({who}) has been running since {start}. A group has one session at a time: continue that one, or end it before starting another.</source>
        <translation>“{session}”（{who}）自 {start} 起正在进行。每个组同一时间只有一个考勤时段：请继续该时段，或先结束它再开始另一个。</translation>
    </message>
    <message>
        <source>&apos;{session}&apos; ({who}, {when}) overlaps this time. A group has one session at a time: change the times, or edit that session.</source>
        <translation>“{session}”（{who}，{when}）与此时间重叠。每个组同一时间只有一个考勤时段：请更改时间，或编辑那个考勤时段。</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} 至 {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>自 {start} 起</translation>
    </message>
    <message>
        <source>Session &apos;{session}&apos; already ended at {when}.</source>
        <translation>考勤时段“{session}”已于 {when} 结束。</translation>
    </message>
    <message>
        <source>Session &apos;{session}&apos; has not started yet (starts {when}).</source>
        <translation>考勤时段“{session}”尚未开始（开始时间 {when}）。</translation>
    </message>
    <message>
        <source>The session would end ({end}) before it starts ({start}). Check the times.</source>
        <translation>考勤时段的结束时间（{end}）早于开始时间（{start}）。请检查时间。</translation>
    </message>
    <message>
        <source>&apos;Late after&apos; ({when}) must lie between the start and the end.</source>
        <translation>“迟到时间”（{when}）必须在开始和结束之间。</translation>
    </message>
    <message>
        <source>A reason is required for every correction; it is kept in the audit log.</source>
        <translation>每次更正都需要填写原因；原因会记入审计日志。</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>考勤时段</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>check-out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>moved to another person</source>
        <translation>已改到另一人名下</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Group photo</source>
        <translation>合影</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No marks for these days&lt;/h3&gt;&lt;p&gt;Marks appear here when people are recognised on the &lt;b&gt;Live&lt;/b&gt; page or in a group photo (&lt;b&gt;File › Open photo&lt;/b&gt;). Start a session there for a class or a shift.&lt;/p&gt;&lt;p&gt;Someone was missed? &lt;b&gt;Add manual...&lt;/b&gt; marks them by hand, with a reason.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;这些日期没有记录&lt;/h3&gt;&lt;p&gt;在&lt;b&gt;实时&lt;/b&gt;页面或合影（&lt;b&gt;文件 › 打开照片&lt;/b&gt;）中识别到人员后，记录会显示在这里。请在那里为一节课或一个班次开始考勤时段。&lt;/p&gt;&lt;p&gt;漏记了某人？&lt;b&gt;手动添加...&lt;/b&gt;可附带原因手动记录。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{source}, confirmed by code</source>
        <translation>{source}，已通过编号确认</translation>
    </message>
    <message>
        <source>very sure</source>
        <translation>非常确定</translation>
    </message>
    <message>
        <source>sure</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>just within the limit</source>
        <translation>刚好在限度内</translation>
    </message>
    <message>
        <source>outside the limit</source>
        <translation>超出限度</translation>
    </message>
    <message>
        <source>Made before the session was started (or without one): it counts for this session because it falls in it or just before its start</source>
        <translation>在考勤时段开始前（或没有考勤时段时）记录：因为它落在此时段内或刚好在开始之前，所以计入此时段</translation>
    </message>
    <message>
        <source>made in &apos;{session}&apos;, outside its times now</source>
        <translation>在“{session}”中记录，现已不在其时间内</translation>
    </message>
    <message>
        <source>Made in &apos;{session}&apos;, whose times were changed afterwards: it lies outside them now, so it counts for this session, which it falls in</source>
        <translation>在“{session}”中记录，但该时段的时间之后被修改：此记录现已不在其时间内，因此计入它所落入的这个时段</translation>
    </message>
    <message>
        <source>not counted: outside the sessions of the person&apos;s group</source>
        <translation>未计入：不在此人所在组的任何考勤时段内</translation>
    </message>
    <message>
        <source>Made in &apos;{session}&apos;, whose times were changed afterwards: it lies outside them now and counts for no session</source>
        <translation>在“{session}”中记录，但该时段的时间之后被修改：此记录现已不在其时间内，不计入任何时段</translation>
    </message>
    <message>
        <source>How closely the face matched the enrolled photos: distance {distance}, the app accepts up to {limit}</source>
        <translation>人脸与登记照片的接近程度：距离 {distance}，应用接受的上限为 {limit}</translation>
    </message>
    <message>
        <source>withdrawn by {by}: {reason}</source>
        <translation>由 {by} 撤销：{reason}</translation>
    </message>
    <message>
        <source>moved to another person by {by}: {reason}</source>
        <translation>由 {by} 改到另一人名下：{reason}</translation>
    </message>
    <message>
        <source>corrected by {by}: {reason}</source>
        <translation>由 {by} 更正：{reason}</translation>
    </message>
    <message>
        <source>Double-click: wrong person... · right-click: more</source>
        <translation>双击：认错人... · 右键：更多</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>所有组</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>所有考勤时段</translation>
    </message>
    <message>
        <source>Show corrected</source>
        <translation>显示已更正</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Add manual...</source>
        <translation>手动添加...</translation>
    </message>
    <message>
        <source>Mark someone by hand (with a reason, recorded in the audit log)</source>
        <translation>手动记录某人（需填写原因，记入审计日志）</translation>
    </message>
    <message>
        <source>Wrong person...</source>
        <translation>认错人...</translation>
    </message>
    <message>
        <source>Withdraw...</source>
        <translation>撤销...</translation>
    </message>
    <message>
        <source>Edit session...</source>
        <translation>编辑考勤时段...</translation>
    </message>
    <message>
        <source>Roll call...</source>
        <translation>点名...</translation>
    </message>
    <message>
        <source>Events: {events} · people: {people}</source>
        <translation>记录：{events} · 人员：{people}</translation>
    </message>
    <message>
        <source>Only {count} marks are shown here: narrow the dates or the group</source>
        <translation>此处仅显示 {count} 条记录：请缩小日期范围或选择组</translation>
    </message>
    <message>
        <source>Marks made on these days that count for a session of another day (after midnight in an evening session, say): {count}. They are listed on that session&apos;s day.</source>
        <translation>这些日期中计入其他日期考勤时段的记录（例如晚间时段午夜之后的记录）：{count}。它们列在该时段所在的日期。</translation>
    </message>
    <message>
        <source>times in {zone}</source>
        <translation>时间：{zone}</translation>
    </message>
    <message>
        <source>Select a mark in the table first (or right-click a mark).</source>
        <translation>请先在表格中选择一条记录（或右键单击一条记录）。</translation>
    </message>
    <message>
        <source>This mark was already corrected; correct the mark that replaced it.</source>
        <translation>此记录已更正；请更正替代它的那条记录。</translation>
    </message>
    <message>
        <source>The selected mark is someone else: move it to the right person</source>
        <translation>所选记录是另一个人的：将其改到正确的人名下</translation>
    </message>
    <message>
        <source>Withdraw the selected mark (kept as &apos;withdrawn&apos;, with a reason)</source>
        <translation>撤销所选记录（保留为“已撤销”，并附原因）</translation>
    </message>
    <message>
        <source>{action}. {reason}</source>
        <translation>{action}。{reason}</translation>
    </message>
    <message>
        <source>Change the chosen session&apos;s start, end, group or late time; reports follow</source>
        <translation>更改所选考勤时段的开始、结束、组或迟到时间；报表随之更新</translation>
    </message>
    <message>
        <source>Choose a session in the filter above to change its times or group.</source>
        <translation>请在上方筛选中选择一个考勤时段，以更改其时间或组。</translation>
    </message>
    <message>
        <source>Who was absent or late in the chosen session (else the running or last one today), with Mark present for anyone the camera missed</source>
        <translation>所选考勤时段（否则为正在进行的或今天最后一个）中缺勤或迟到的人，可将摄像头漏识别的人“记为出勤”</translation>
    </message>
    <message>
        <source>No session in these days: start one, or choose other days.</source>
        <translation>这些天没有考勤时段：请开始一个，或选择其他日期。</translation>
    </message>
    <message>
        <source>Add another mark for {name}...</source>
        <translation>为 {name} 再添加一条记录...</translation>
    </message>
    <message>
        <source>Editing a session</source>
        <translation>编辑考勤时段</translation>
    </message>
    <message>
        <source>Correcting attendance</source>
        <translation>更正考勤</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup passphrase must have at least {count} characters; without it nobody (including you) can open the backup, so write it down somewhere safe.</source>
        <translation>备份口令至少需要 {count} 个字符；没有它任何人（包括您）都无法打开备份，请把它记在安全的地方。</translation>
    </message>
    <message>
        <source>The disk is full: the backup {file} was not written. Free some space or choose another folder; nothing was changed.</source>
        <translation>磁盘已满：备份 {file} 未写入。请释放一些空间或选择其他文件夹；没有任何更改。</translation>
    </message>
    <message>
        <source>Cannot write the backup {file}: {error}. Choose another folder; nothing was changed.</source>
        <translation>无法写入备份 {file}：{error}。请选择其他文件夹；没有任何更改。</translation>
    </message>
    <message>
        <source>{file} is a folder; give a file name for the backup.</source>
        <translation>{file} 是一个文件夹；请为备份指定文件名。</translation>
    </message>
    <message>
        <source>There is no database at {file} to back up.</source>
        <translation>{file} 处没有可备份的数据库。</translation>
    </message>
    <message>
        <source>There is no encryption key for face data to save: this database does not use encryption yet.</source>
        <translation>没有可保存的人脸数据加密密钥：此数据库尚未使用加密。</translation>
    </message>
    <message>
        <source>There is no encryption key for face data to save: key {key} is not on this computer.</source>
        <translation>没有可保存的人脸数据加密密钥：密钥 {key} 不在此计算机上。</translation>
    </message>
    <message>
        <source>{file} is not a face-attendance backup archive.</source>
        <translation>{file} 不是 face-attendance 备份文件。</translation>
    </message>
    <message>
        <source>{file} is a backup of format version {version}, which this version of face-attendance cannot read (written by a newer version?).</source>
        <translation>{file} 是格式版本 {version} 的备份，此版本的 face-attendance 无法读取（由更新的版本写入？）。</translation>
    </message>
    <message>
        <source>{file} has a damaged header.</source>
        <translation>{file} 的文件头已损坏。</translation>
    </message>
    <message>
        <source>{file} has a damaged or crafted header; it cannot be restored.</source>
        <translation>{file} 的文件头已损坏或被篡改；无法恢复。</translation>
    </message>
    <message>
        <source>Wrong passphrase for the backup {file}. Nothing was changed.</source>
        <translation>备份 {file} 的口令错误。没有任何更改。</translation>
    </message>
    <message>
        <source>{file} has data after its end; it was modified.</source>
        <translation>{file} 在结尾之后还有数据；它已被修改。</translation>
    </message>
    <message>
        <source>The backup file {file} does not exist.</source>
        <translation>备份文件 {file} 不存在。</translation>
    </message>
    <message>
        <source>{file} is damaged: {problem}</source>
        <translation>{file} 已损坏：{problem}</translation>
    </message>
    <message>
        <source>{file} has no manifest; it is not a complete backup.</source>
        <translation>{file} 没有清单；它不是完整的备份。</translation>
    </message>
    <message>
        <source>{file} lacks its database; it cannot be restored.</source>
        <translation>{file} 缺少数据库；无法恢复。</translation>
    </message>
    <message>
        <source>The database inside {file} does not match its manifest.</source>
        <translation>{file} 中的数据库与其清单不符。</translation>
    </message>
    <message>
        <source>The data key inside {file} does not match its manifest.</source>
        <translation>{file} 中的数据密钥与其清单不符。</translation>
    </message>
    <message>
        <source>The database inside the backup is damaged ({problem}).</source>
        <translation>备份中的数据库已损坏（{problem}）。</translation>
    </message>
    <message>
        <source>The database inside the backup cannot be used: {problem} Nothing was changed.</source>
        <translation>备份中的数据库无法使用：{problem} 没有任何更改。</translation>
    </message>
    <message>
        <source>The backup&apos;s database is at schema revision {revision}, which this version of face-attendance does not know (it was made by a newer version). Install that version to restore it; nothing was changed.</source>
        <translation>备份的数据库处于架构修订版 {revision}，此版本的 face-attendance 不认识它（它由更新的版本创建）。请安装那个版本来恢复；没有任何更改。</translation>
    </message>
    <message>
        <source>part of that path is a file, not a folder</source>
        <translation>该路径中有一部分是文件而不是文件夹</translation>
    </message>
    <message>
        <source>Restore not confirmed: nothing was changed. Re-run with --yes (or answer &apos;yes&apos;) to replace the data listed above.</source>
        <translation>未确认恢复：没有做任何更改。请加上 --yes 重新运行（或回答 &apos;yes&apos;）以替换上面列出的数据。</translation>
    </message>
    <message>
        <source>Could not copy the current database {file} before restoring ({problem}); nothing was changed.</source>
        <translation>恢复前无法复制当前数据库 {file}（{problem}）；没有做任何更改。</translation>
    </message>
    <message>
        <source>Could not copy the current database {file} before restoring; nothing was changed.</source>
        <translation>恢复前无法复制当前数据库 {file}；没有做任何更改。</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>The backup&apos;s data is in use, but its settings could not be written ({problem}): the settings from before stay.</source>
        <translation>备份中的数据已在使用，但无法写入其设置（{problem}）：保留原来的设置。</translation>
    </message>
    <message>
        <source>The backup&apos;s data is in use, but the restore could not finish ({problem}).</source>
        <translation>备份中的数据已在使用，但恢复未能完成（{problem}）。</translation>
    </message>
    <message>
        <source>The data from before the restore is kept at {file}: Undo the restore puts it back.</source>
        <translation>恢复之前的数据保存在 {file}：“撤销恢复”可将其放回。</translation>
    </message>
    <message>
        <source>{file} is open in another program (a database viewer, a sync or copy tool?): close that program, then restore again. Nothing was changed.</source>
        <translation>{file} 已在另一个程序中打开（数据库查看器、同步或复制工具？）：请关闭该程序，然后重新恢复。未做任何更改。</translation>
    </message>
    <message>
        <source>Restoring into {file} failed ({problem}); the data there is unchanged, and a copy of it is kept at {copy}.</source>
        <translation>恢复到 {file} 失败（{problem}）；那里的数据未变，其副本保存在 {copy}。</translation>
    </message>
    <message>
        <source>The restored database {file} fails its integrity check: {problem}</source>
        <translation>恢复的数据库 {file} 未通过完整性检查：{problem}</translation>
    </message>
    <message>
        <source>The settings inside the backup are not valid TOML ({problem}); nothing was changed.</source>
        <translation>备份中的设置不是有效的 TOML（{problem}）；没有做任何更改。</translation>
    </message>
    <message>
        <source>The settings inside the backup are not valid ({problem}); nothing was changed.</source>
        <translation>备份中的设置无效（{problem}）；没有做任何更改。</translation>
    </message>
    <message>
        <source>{file} is cut short (an incomplete copy). Copy it again from where it was saved, or choose another backup. Nothing was changed.</source>
        <translation>{file} 不完整（复制未完成）。请从保存它的位置重新复制，或选择另一个备份。没有做任何更改。</translation>
    </message>
    <message>
        <source>{file} is damaged or was modified: part of it cannot be read. Copy it again from where it was saved, or choose another backup. Nothing was changed.</source>
        <translation>{file} 已损坏或被修改：其中一部分无法读取。请从保存它的位置重新复制，或选择另一个备份。没有做任何更改。</translation>
    </message>
    <message>
        <source>another program is using the database file right now</source>
        <translation>另一个程序正在使用数据库文件</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <source>this user may not open the file</source>
        <translation>当前用户无权打开该文件</translation>
    </message>
    <message>
        <source>the disk could not be read</source>
        <translation>无法读取磁盘</translation>
    </message>
    <message>
        <source>SQLite says: {problem}</source>
        <translation>SQLite 提示：{problem}</translation>
    </message>
    <message>
        <source>{file} could not be read: {why}.</source>
        <translation>无法读取 {file}：{why}。</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>The data was not replaced.</source>
        <translation>数据没有被替换。</translation>
    </message>
    <message>
        <source>Face Attendance backups (*.fab);;All files (*)</source>
        <translation>Face Attendance 备份 (*.fab);;所有文件 (*)</translation>
    </message>
    <message>
        <source>People: {people} · Sessions: {sessions} · Attendance records: {events}</source>
        <translation>人员：{people} · 课次：{sessions} · 考勤记录：{events}</translation>
    </message>
    <message>
        <source>{people} ({active} active)</source>
        <translation>{people}（在用 {active}）</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>选择...</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>A backup is one file with everyone enrolled, their face data, all sessions and attendance records, and the settings. It holds biometric data, so it is encrypted with a passphrase of at least {count} characters. Write the passphrase down and keep it apart from the file: without it nobody can open the backup, not even you.</source>
        <translation>备份是一个文件，包含所有已登记的人员、他们的人脸数据、所有课次和考勤记录以及设置。它包含生物特征数据，因此用至少 {count} 个字符的口令加密。请把口令记下来，并与文件分开保管：没有它，任何人都无法打开备份，包括您自己。</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>备份保存为</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>请选择备份的保存位置。</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters.</source>
        <translation>口令至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <source>Backing up...</source>
        <translation>正在备份...</translation>
    </message>
    <message>
        <source>Backup saved.</source>
        <translation>备份已保存。</translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation>文件：{file}</translation>
    </message>
    <message>
        <source>Contents as of {when}: {what}</source>
        <translation>截至 {when} 的内容：{what}</translation>
    </message>
    <message>
        <source>Keep the file somewhere safe (a USB stick, another computer) and the passphrase apart from it. To bring it back, use Restore... in the File menu.</source>
        <translation>请把文件保存在安全的地方（U 盘、另一台电脑），并把口令与它分开保管。要恢复它，请使用“文件”菜单中的“恢复...”。</translation>
    </message>
    <message>
        <source>The encryption key of the face data is not on this computer and is not in the backup: the faces in it can only be read where that key is.</source>
        <translation>人脸数据的加密密钥不在这台电脑上，也不在备份中：其中的人脸只能在有该密钥的地方读取。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation>备份未完成。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>A .fab file made by Back up</source>
        <translation>由“备份”生成的 .fab 文件</translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation>打开备份</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>Opening and checking the backup...</source>
        <translation>正在打开并检查备份...</translation>
    </message>
    <message>
        <source>This backup cannot be restored.</source>
        <translation>无法恢复此备份。</translation>
    </message>
    <message>
        <source>Backup of {when}, made on {device}</source>
        <translation>{when} 的备份，在 {device} 上创建</translation>
    </message>
    <message>
        <source>(Face Attendance {version})</source>
        <translation>（Face Attendance {version}）</translation>
    </message>
    <message>
        <source>These protection settings change with it:</source>
        <translation>以下保护设置会随之改变：</translation>
    </message>
    <message>
        <source>The backup&apos;s encryption key for face data will be installed on this computer.</source>
        <translation>备份中人脸数据的加密密钥将安装到这台电脑上。</translation>
    </message>
    <message>
        <source>In the backup</source>
        <translation>备份中</translation>
    </message>
    <message>
        <source>On this computer now</source>
        <translation>这台电脑上现有</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>课次</translation>
    </message>
    <message>
        <source>Attendance records</source>
        <translation>考勤记录</translation>
    </message>
    <message>
        <source>Face templates</source>
        <translation>人脸模板</translation>
    </message>
    <message>
        <source>Replace the current data</source>
        <translation>替换当前数据</translation>
    </message>
    <message>
        <source>Restoring the backup...</source>
        <translation>正在恢复备份...</translation>
    </message>
    <message>
        <source>Restoring replaces everyone enrolled, their face data, all sessions and attendance records, and the settings on this computer with those in the backup. Nothing changes until you have seen what the backup holds and pressed &quot;Replace the current data&quot;.</source>
        <translation>恢复会用备份中的内容替换这台电脑上所有已登记的人员、他们的人脸数据、所有课次和考勤记录以及设置。在您看到备份的内容并按下“替换当前数据”之前，什么都不会改变。</translation>
    </message>
    <message>
        <source>The current data is copied to {folder} first, then replaced by the backup&apos;s.</source>
        <translation>当前数据会先复制到 {folder}，然后被备份中的数据替换。</translation>
    </message>
    <message>
        <source>Install the key</source>
        <translation>安装密钥</translation>
    </message>
    <message>
        <source>This backup holds only the encryption key for face data, no people or records: the data on this computer stays as it is.</source>
        <translation>此备份只包含人脸数据的加密密钥，没有人员或记录：这台电脑上的数据保持不变。</translation>
    </message>
    <message>
        <source>This computer already has that key: there is nothing to restore.</source>
        <translation>这台电脑已经有该密钥：没有需要恢复的内容。</translation>
    </message>
    <message>
        <source>Consent needed to enroll</source>
        <translation>登记需要同意</translation>
    </message>
    <message>
        <source>Face data encrypted on disk</source>
        <translation>人脸数据在磁盘上加密</translation>
    </message>
    <message>
        <source>Days face data is kept after a person leaves</source>
        <translation>人员离开后人脸数据保留的天数</translation>
    </message>
    <message>
        <source>Months attendance records are kept</source>
        <translation>考勤记录保留的月数</translation>
    </message>
    <message>
        <source>Minutes the admin PIN stays unlocked</source>
        <translation>管理员 PIN 保持解锁的分钟数</translation>
    </message>
    <message>
        <source>Database copies kept in backups/</source>
        <translation>backups/ 中保留的数据库副本数</translation>
    </message>
    <message>
        <source>Days those copies are kept</source>
        <translation>这些副本保留的天数</translation>
    </message>
    <message>
        <source>Kiosk liveness check</source>
        <translation>自助终端活体检测</translation>
    </message>
    <message>
        <source>Kiosk second check</source>
        <translation>自助终端二次核验</translation>
    </message>
    <message>
        <source>Match threshold</source>
        <translation>匹配阈值</translation>
    </message>
    <message>
        <source>Match margin</source>
        <translation>匹配间隔</translation>
    </message>
    <message>
        <source>Strictness</source>
        <translation>严格程度</translation>
    </message>
    <message>
        <source>Face model</source>
        <translation>人脸模型</translation>
    </message>
    <message>
        <source>Face detector</source>
        <translation>人脸检测器</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>{setting}: {old} → {new}</source>
        <translation>{setting}：{old} → {new}</translation>
    </message>
    <message>
        <source>{file} already exists and is not a Face Attendance backup. Choose another name; nothing was changed.</source>
        <translation>{file} 已存在，且不是 Face Attendance 备份。请换一个文件名；没有做任何更改。</translation>
    </message>
    <message>
        <source>There is already a backup named {file}, saved {when}. Replace it with a new backup? The old backup is then lost.</source>
        <translation>已有名为 {file} 的备份，保存于 {when}。要用新备份替换它吗？旧备份将会丢失。</translation>
    </message>
    <message>
        <source>Replace the old backup</source>
        <translation>替换旧备份</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>尚无数据</translation>
    </message>
    <message>
        <source>Put back the data from before the restore?</source>
        <translation>要放回恢复之前的数据吗？</translation>
    </message>
    <message>
        <source>Replace the data on this computer with the backup&apos;s?</source>
        <translation>要用备份中的数据替换这台电脑上的数据吗？</translation>
    </message>
    <message>
        <source>{question}

Replaced: {now}
In use afterwards: {backup}

Everyone enrolled and every mark made since then is no longer in use. The current data is copied to {folder} first.</source>
        <translation>{question}

被替换：{now}
之后使用：{backup}

此后登记的所有人员和所有考勤记录将不再使用。当前数据会先复制到 {folder}。</translation>
    </message>
    <message>
        <source>Undo the restore</source>
        <translation>撤销恢复</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>两次输入的口令还不一致。</translation>
    </message>
    <message>
        <source>The admin PIN becomes the one that was set when this backup was made: make sure you know it.</source>
        <translation>管理员 PIN 将变为制作此备份时设置的那个：请确认您知道它。</translation>
    </message>
    <message>
        <source>The backup has no admin PIN: afterwards the admin pages are open until you set one in Settings.</source>
        <translation>此备份没有管理员 PIN：恢复后，管理页面在您于“设置”中设定 PIN 之前都是开放的。</translation>
    </message>
    <message>
        <source>The backup&apos;s settings are not restored: this window was started with --data-dir and without --config, so your settings file belongs to another data folder. Only the data (and the encryption key) are.</source>
        <translation>不恢复备份中的设置：此窗口以 --data-dir 启动且未指定 --config，因此您的设置文件属于另一个数据文件夹。只恢复数据（以及加密密钥）。</translation>
    </message>
    <message>
        <source>This backup holds a whole database, but this computer keeps its data on a database server ({server}): restore that server from its own backup. A backup that holds only the encryption key can be restored here.</source>
        <translation>此备份包含整个数据库，但这台电脑的数据保存在数据库服务器（{server}）上：请用该服务器自己的备份来恢复它。只包含加密密钥的备份可以在这里恢复。</translation>
    </message>
    <message>
        <source>This computer keeps its data on a database server ({server}): ask whoever looks after that server to back it up. Here you save what only this computer has: the encryption key for the face data. Without it the faces on the server cannot be read after a reinstall. The file is encrypted with a passphrase of at least {count} characters; keep the passphrase apart from the file.</source>
        <translation>此计算机将数据保存在数据库服务器（{server}）上：请让负责该服务器的人员备份它。这里保存的是只有此计算机才有的内容：人脸数据的加密密钥。没有它，重新安装后将无法读取服务器上的人脸。文件使用至少 {count} 个字符的口令加密；请将口令与文件分开保管。</translation>
    </message>
    <message>
        <source>Contents: the encryption key for the face data, nothing else (the data stays on the database server).</source>
        <translation>内容：仅人脸数据的加密密钥（数据仍保留在数据库服务器上）。</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>data that cannot be read now ({why})</source>
        <translation>目前无法读取的数据（{why}）</translation>
    </message>
    <message>
        <source>The data on this computer now cannot be read ({why}), so what it holds is not shown.</source>
        <translation>目前无法读取本计算机上的数据（{why}），因此不显示其内容。</translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <source>The image folder {folder} does not exist. Create it or choose another source in Settings &gt; Camera.</source>
        <translation>图片文件夹 {folder} 不存在。请创建它，或在 设置 &gt; 摄像头 中选择其他来源。</translation>
    </message>
    <message>
        <source>The image folder {folder} holds no images (.jpg, .png, ...). Add some or choose another source.</source>
        <translation>图片文件夹 {folder} 中没有图片（.jpg、.png 等）。请添加图片或选择其他来源。</translation>
    </message>
    <message>
        <source>The video file {file} does not exist. Check the path, or choose another camera or video in Settings &gt; Camera.</source>
        <translation>视频文件 {file} 不存在。请检查路径，或在 设置 &gt; 摄像头 中选择其他摄像头或视频。</translation>
    </message>
    <message>
        <source>Cannot connect to the stream {source}. Check the address, the network and the credentials.</source>
        <translation>无法连接到视频流 {source}。请检查地址、网络和登录凭据。</translation>
    </message>
    <message>
        <source>Cannot decode the video file {file}: it is damaged or in an unsupported format.</source>
        <translation>无法解码视频文件 {file}：文件已损坏或格式不受支持。</translation>
    </message>
    <message>
        <source>photo {file}</source>
        <translation>照片 {file}</translation>
    </message>
    <message>
        <source>camera {index}</source>
        <translation>摄像头 {index}</translation>
    </message>
    <message>
        <source>image folder {folder}</source>
        <translation>图片文件夹 {folder}</translation>
    </message>
    <message>
        <source>video {file}</source>
        <translation>视频 {file}</translation>
    </message>
    <message>
        <source>Connecting to the camera...</source>
        <translation>正在连接摄像头...</translation>
    </message>
    <message>
        <source>Cannot open the source: {error}</source>
        <translation>无法打开视频源：{error}</translation>
    </message>
    <message>
        <source>{problem} Reconnecting in {seconds} s...</source>
        <translation>{problem} {seconds} 秒后重新连接...</translation>
    </message>
    <message>
        <source>The video has ended.</source>
        <translation>视频已播放完毕。</translation>
    </message>
    <message>
        <source>No camera source is set. Choose one in Settings &gt; Camera.</source>
        <translation>未设置摄像头来源。请在 设置 &gt; 摄像头 中选择一个。</translation>
    </message>
    <message>
        <source>Camera {camera} is not available: it is unplugged, used by another program, or this user may not access it (macOS: System Settings &gt; Privacy &amp; Security &gt; Camera). Plug it in or choose another camera or camera backend in Settings.</source>
        <translation>摄像头 {camera} 不可用：它已拔出、正被其他程序使用，或当前用户无权访问（macOS：系统设置 &gt; 隐私与安全性 &gt; 摄像头）。请插上摄像头，或在设置中选择其他摄像头或摄像头后端。</translation>
    </message>
    <message>
        <source>Camera {camera} is not available through {backend}: it is unplugged, used by another program, or this user may not access it (macOS: System Settings &gt; Privacy &amp; Security &gt; Camera). Plug it in or choose another camera or camera backend in Settings.</source>
        <translation>摄像头 {camera} 无法通过 {backend} 使用：它已拔出、正被其他程序使用，或当前用户无权访问（macOS：系统设置 &gt; 隐私与安全性 &gt; 摄像头）。请插上摄像头，或在设置中选择其他摄像头或摄像头后端。</translation>
    </message>
    <message>
        <source>{source} stopped delivering frames (unplugged or disconnected).</source>
        <translation>{source} 已停止传送画面（已拔出或断开连接）。</translation>
    </message>
    <message>
        <source>None of the images in {folder} can be read.</source>
        <translation>{folder} 中的图像都无法读取。</translation>
    </message>
</context>
<context>
    <name>Cameras</name>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Add a manual mark</source>
        <translation>添加手动记录</translation>
    </message>
    <message>
        <source>Withdraw a mark</source>
        <translation>撤销一条记录</translation>
    </message>
    <message>
        <source>Wrong person</source>
        <translation>认错了人</translation>
    </message>
    <message>
        <source>present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>check-out</source>
        <translation>签退</translation>
    </message>
    <message>
        <source>No session (counts for the day)</source>
        <translation>无考勤时段（按当天计）</translation>
    </message>
    <message>
        <source>{name} — {kind} at {when}</source>
        <translation>{name} — {when} {kind}</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Type or choose a name</source>
        <translation>输入或选择姓名</translation>
    </message>
    <message>
        <source>The session the mark counts for in the register</source>
        <translation>该记录在考勤簿中所计入的考勤时段</translation>
    </message>
    <message>
        <source>Remember that this face is not the recognised person</source>
        <translation>记住此人脸不是被识别出的那个人</translation>
    </message>
    <message>
        <source>Only when the camera really mixed the two people up: the app will then be stricter before recognising this face as them again. Leave it off for a simple slip.</source>
        <translation>仅在摄像头确实把两个人弄混时勾选：之后应用在再次把这张脸识别为该人之前会更加严格。若只是一时疏忽，请不要勾选。</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Actually</source>
        <translation>实际是</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>考勤时段</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Required: why (kept in the audit log)</source>
        <translation>必填：原因（记入审计日志）</translation>
    </message>
    <message>
        <source>Please give a reason: corrections are audited.</source>
        <translation>请填写原因：更正会被审计。</translation>
    </message>
    <message>
        <source>Choose the person.</source>
        <translation>请选择人员。</translation>
    </message>
</context>
<context>
    <name>DataInUse</name>
    <message>
        <source>The kiosk is running on this data (since {time}).</source>
        <translation>自助终端正在使用这些数据（自 {time} 起）。</translation>
    </message>
    <message>
        <source>A Face Attendance window is open on this data (since {time}).</source>
        <translation>一个 Face Attendance 窗口正在使用这些数据（自 {time} 起）。</translation>
    </message>
    <message>
        <source>Another restore is running on this data (since {time}).</source>
        <translation>另一个恢复操作正在使用这些数据（自 {time} 起）。</translation>
    </message>
    <message>
        <source>Another Face Attendance program is starting on this data.</source>
        <translation>另一个 Face Attendance 程序正在使用这些数据启动。</translation>
    </message>
    <message>
        <source>The command &quot;face-attendance {command}&quot; is running on this data (since {time}).</source>
        <translation>命令“face-attendance {command}”正在使用这些数据运行（自 {time} 起）。</translation>
    </message>
    <message>
        <source>It runs on the computer {host}.</source>
        <translation>它运行在计算机 {host} 上。</translation>
    </message>
    <message>
        <source>Close it, then restore. Nothing was changed.</source>
        <translation>请先关闭它，然后再恢复。没有做任何更改。</translation>
    </message>
    <message>
        <source>Close them, then restore. Nothing was changed.</source>
        <translation>请先关闭它们，然后再恢复。没有做任何更改。</translation>
    </message>
    <message>
        <source>A restore is replacing the data in this folder (since {time}). Start again when it has finished.</source>
        <translation>正在恢复备份并替换此文件夹中的数据（自 {time} 起）。请在完成后再启动。</translation>
    </message>
    <message>
        <source>This user may not open {file}: a program another user of this computer runs on this data may be using it.</source>
        <translation>当前用户无权打开 {file}：可能有本计算机的另一位用户运行的程序正在使用这些数据。</translation>
    </message>
    <message>
        <source>If no such program runs any more, delete that file (or ask someone who may), then restore.</source>
        <translation>如果已没有这样的程序在运行，请删除该文件（或请有权限的人删除），然后再恢复。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>没有做任何更改。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database {database} is locked by another program for too long. Close other copies of the app or wait and try again. Nothing was lost.</source>
        <translation>数据库 {database} 被其他程序锁定的时间过长。请关闭应用的其他副本，或稍候再试。没有丢失任何数据。</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDialog</name>
    <message>
        <source>Diagnostics</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>Add samples for {name}</source>
        <translation>为 {name} 添加样本</translation>
    </message>
    <message>
        <source>Enroll from camera</source>
        <translation>通过摄像头登记</translation>
    </message>
    <message>
        <source>Enroll from photos</source>
        <translation>通过照片登记</translation>
    </message>
    <message>
        <source>This person agreed to have their face stored for attendance (consent text {version})</source>
        <translation>此人同意为考勤存储其人脸（同意书版本 {version}）</translation>
    </message>
    <message>
        <source>Consent recorded by</source>
        <translation>同意记录人</translation>
    </message>
    <message>
        <source>Drop photos here or use &lt;b&gt;Add photos&lt;/b&gt;. One face per photo; several photos of the same person make recognition more reliable.</source>
        <translation>将照片拖到这里，或使用&lt;b&gt;添加照片&lt;/b&gt;。每张照片一张脸；同一人的多张照片能让识别更可靠。</translation>
    </message>
    <message>
        <source>Add photos...</source>
        <translation>添加照片...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Waiting for the camera...</source>
        <translation>正在等待摄像头...</translation>
    </message>
    <message>
        <source>Capture  (Space)</source>
        <translation>拍摄（空格键）</translation>
    </message>
    <message>
        <source>Capture {count} or more views: straight, slightly left, slightly right.</source>
        <translation>请拍摄 {count} 个或更多角度：正面、稍向左、稍向右。</translation>
    </message>
    <message>
        <source>Add samples</source>
        <translation>添加样本</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>{name} was enrolled from a small or upscaled photo (a weak sample); recognition is less reliable until there are camera samples. Capture camera samples now: they replace the small photo.</source>
        <translation>{name} 是用一张较小或放大过的照片登记的（弱样本）；在有摄像头样本之前，识别的可靠性较低。现在请拍摄摄像头样本：它们将替换这张小照片。</translation>
    </message>
    <message>
        <source>{name} was enrolled from a small or upscaled photo (a weak sample); recognition is less reliable until there are camera samples. Use Enroll from camera to take camera samples: they replace it.</source>
        <translation>{name} 是用一张较小或放大过的照片登记的（弱样本）；在有摄像头样本之前，识别的可靠性较低。请使用“通过摄像头登记”拍摄摄像头样本：它们将替换这张照片。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>请输入此人的姓名。</translation>
    </message>
    <message>
        <source>Consent is required before a face can be stored.</source>
        <translation>存储人脸前需要获得同意。</translation>
    </message>
    <message>
        <source>Add at least one photo.</source>
        <translation>请至少添加一张照片。</translation>
    </message>
    <message>
        <source>Capture at least one picture.</source>
        <translation>请至少拍摄一张画面。</translation>
    </message>
    <message>
        <source>Ready: 1 sample.</source>
        <translation>就绪：1 个样本。</translation>
    </message>
    <message>
        <source>Ready: {count} samples.</source>
        <translation>就绪：{count} 个样本。</translation>
    </message>
    <message>
        <source>Photos of the person</source>
        <translation>此人的照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.webp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp *.webp)</translation>
    </message>
    <message>
        <source>{file}: damaged or not a picture (not used)</source>
        <translation>{file}：已损坏或不是图片（未使用）</translation>
    </message>
    <message>
        <source>{files}: cannot be read, the file is damaged or not a picture. Choose another photo.</source>
        <translation>{files}：无法读取，文件已损坏或不是图片。请选择其他照片。</translation>
    </message>
    <message>
        <source>No camera.</source>
        <translation>没有摄像头。</translation>
    </message>
    <message>
        <source>Good: hold still and capture</source>
        <translation>很好：保持不动并拍摄</translation>
    </message>
    <message>
        <source>Looking for a face...</source>
        <translation>正在寻找人脸...</translation>
    </message>
    <message>
        <source>Only one person in the picture, please</source>
        <translation>画面中请只出现一个人</translation>
    </message>
    <message>
        <source>No face found: look at the camera</source>
        <translation>未找到人脸：请看向摄像头</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>需调整</translation>
    </message>
    <message>
        <source>No checked picture yet.</source>
        <translation>尚无已检查的画面。</translation>
    </message>
    <message>
        <source>Not captured: {reason}</source>
        <translation>未拍摄：{reason}</translation>
    </message>
    <message>
        <source>Enrolling...</source>
        <translation>正在登记...</translation>
    </message>
    <message>
        <source>{name} has new samples: 1 sample stored.</source>
        <translation>{name} 有了新样本：已存储 1 个样本。</translation>
    </message>
    <message>
        <source>{name} has new samples: {count} samples stored.</source>
        <translation>{name} 有了新样本：已存储 {count} 个样本。</translation>
    </message>
    <message>
        <source>{name} is enrolled: 1 sample stored.</source>
        <translation>{name} 已登记：已存储 1 个样本。</translation>
    </message>
    <message>
        <source>{name} is enrolled: {count} samples stored.</source>
        <translation>{name} 已登记：已存储 {count} 个样本。</translation>
    </message>
    <message>
        <source>Enrolled from a small photo (weak sample): recognition of {name} is less reliable until camera samples are taken (the kiosk and this dialog ask for them).</source>
        <translation>用小照片登记（弱样本）：在拍摄摄像头样本之前，对 {name} 的识别可靠性较低（自助终端和此对话框会提示拍摄）。</translation>
    </message>
    <message>
        <source>{done} The small photo was replaced by the camera samples.</source>
        <translation>{done} 小照片已被摄像头样本替换。</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>{done}

Not used:
{problems}</source>
        <translation>{done}

未使用：
{problems}</translation>
    </message>
    <message>
        <source>Small photo</source>
        <translation>照片太小</translation>
    </message>
    <message>
        <source>This photo is too blurred to enroll normally: it is small or was enlarged (an ID photo from a school or HR database?).

You can enroll it as a weak sample: recognition is less reliable until camera samples are taken, and the person is asked for them the next time the kiosk or this dialog sees them.</source>
        <translation>这张照片太模糊，无法正常登记：照片太小或被放大过（来自学校或人事数据库的证件照？）。

可以将其作为弱样本登记：在拍摄摄像头样本之前识别可靠性较低，下次自助终端或此对话框看到此人时会请其拍摄。</translation>
    </message>
    <message>
        <source>Enroll as weak sample</source>
        <translation>作为弱样本登记</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>Looks like someone enrolled</source>
        <translation>与已登记人员相似</translation>
    </message>
    <message>
        <source>This face looks like {names}, who is already enrolled.

The same person twice? Add these photos to {name}.
Two different people who look alike (twins, relatives)? Enroll as a different person: the app remembers the pair, is stricter between them, and a kiosk asks them for their ID number.</source>
        <translation>这张脸与已登记的 {names} 相似。

是同一个人登记了两次？请把这些照片添加给 {name}。
是长得相像的两个人（双胞胎、亲属）？请作为另一个人登记：应用会记住这一对人，在两人之间判断更严格，自助终端会要求他们输入编号。</translation>
    </message>
    <message>
        <source>Add to {name}</source>
        <translation>添加给 {name}</translation>
    </message>
    <message>
        <source>Enroll as a different person</source>
        <translation>作为另一个人登记</translation>
    </message>
    <message>
        <source>Which face?</source>
        <translation>哪张脸？</translation>
    </message>
    <message>
        <source>This photo shows {count} faces. Click the face of the person you are enrolling (or use its button below).</source>
        <translation>这张照片中有 {count} 张脸。请点击您要登记的人的脸（或使用下方对应的按钮）。</translation>
    </message>
    <message>
        <source>Face {number}</source>
        <translation>第 {number} 张脸</translation>
    </message>
    <message>
        <source>not good enough yet</source>
        <translation>还不够好</translation>
    </message>
    <message>
        <source>very good picture</source>
        <translation>画面很好</translation>
    </message>
    <message>
        <source>good picture</source>
        <translation>画面良好</translation>
    </message>
    <message>
        <source>just good enough</source>
        <translation>刚好合格</translation>
    </message>
</context>
<context>
    <name>Enrollment</name>
    <message>
        <source>No photo given: enroll needs at least one photo or camera frame.</source>
        <translation>未提供照片：登记至少需要一张照片或一帧摄像头画面。</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>此人</translation>
    </message>
    <message>
        <source>Enrolling {name} needs their consent to store their face (consent text {version}). Ask them, then confirm it (--consent on the command line, the consent box in the app). Nothing was stored.</source>
        <translation>登记 {name} 需要其同意存储人脸（同意书版本 {version}）。请先征得同意，然后确认（命令行中使用 --consent，应用中勾选同意框）。没有存储任何内容。</translation>
    </message>
    <message>
        <source>No face found in {source}. Use a photo where the face is clearly visible, well lit and at least {pixels} pixels wide.</source>
        <translation>在 {source} 中未找到人脸。请使用人脸清晰可见、光线充足且宽度至少 {pixels} 像素的照片。</translation>
    </message>
    <message>
        <source>{source} has {count} face(s); face number {number} does not exist (0 = the largest, up to {last}).</source>
        <translation>{source} 中有 {count} 张脸；第 {number} 号脸不存在（0 = 最大的一张，最大到 {last}）。</translation>
    </message>
    <message>
        <source>{source} shows {count} faces; enrollment needs exactly one. Crop the photo to one person, or choose which face to use (0 = the largest).</source>
        <translation>{source} 中有 {count} 张脸；登记只需要一张。请把照片裁剪到只剩一个人，或选择要使用的脸（0 = 最大的一张）。</translation>
    </message>
    <message>
        <source>The face in {source} is too blurred to enroll ({problems}): a small or upscaled photo. Enroll it as a weak sample (--allow-weak, or &apos;Enroll as weak sample&apos; in the app): the person is then asked for camera samples the next time the kiosk or the enroll dialog sees them.</source>
        <translation>{source} 中的人脸太模糊，无法登记（{problems}）：照片太小或被放大过。可将其作为弱样本登记（--allow-weak，或在应用中选择“作为弱样本登记”）：下次自助终端或登记对话框看到此人时会请其拍摄摄像头样本。</translation>
    </message>
    <message>
        <source>The face in {source} is not good enough to enroll: {problems}. Take another photo.</source>
        <translation>{source} 中的人脸质量不足以登记：{problems}。请重新拍一张照片。</translation>
    </message>
    <message>
        <source>{first} and {second} do not look like the same person. Enroll each person separately, or add a third photo.</source>
        <translation>{first} 和 {second} 看起来不是同一个人。请分别登记每个人，或添加第三张照片。</translation>
    </message>
    <message>
        <source>{source} does not look like the other photos of this person; left out.</source>
        <translation>{source} 与此人的其他照片不像；已排除。</translation>
    </message>
    <message>
        <source>camera frame {number}</source>
        <translation>摄像头画面 {number}</translation>
    </message>
    <message>
        <source>the camera frame</source>
        <translation>摄像头画面</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>&quot;{name}&quot; cannot be a file name on Windows: no : ? * &lt; &gt; | or &quot; in it, no device name such as CON or NUL, no dot or space at the end. Choose another name.</source>
        <translation>“{name}”不能作为 Windows 上的文件名：不能含有 : ? * &lt; &gt; | 或 &quot;，不能是 CON、NUL 等设备名，结尾不能是点或空格。请换一个名称。</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <source>optional: student / staff number</source>
        <translation>可选：学号 / 工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>外部编号</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>GroupPhotoDialog</name>
    <message>
        <source>Ambiguous</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>{name} (twice?)</source>
        <translation>{name}（重复？）</translation>
    </message>
    <message>
        <source>recognised</source>
        <translation>已识别</translation>
    </message>
    <message>
        <source>not sure who</source>
        <translation>不确定是谁</translation>
    </message>
    <message>
        <source>found twice</source>
        <translation>出现两次</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>未识别</translation>
    </message>
    <message>
        <source>{name}: already found in this photo</source>
        <translation>{name}：已在这张照片中找到</translation>
    </message>
    <message>
        <source>Not sure who (face {number}): mark by hand if you know</source>
        <translation>不确定是谁（第 {number} 张脸）：如果您知道，请手动记录</translation>
    </message>
    <message>
        <source>Not recognised (face {number}): not enrolled, or the photo is unclear</source>
        <translation>未识别（第 {number} 张脸）：未登记，或照片不清楚</translation>
    </message>
    <message>
        <source>No face was found in this photo. Faces need to be large enough and turned towards the camera: try a closer or sharper photo, or mark people by hand.</source>
        <translation>这张照片中没有找到人脸。人脸需要足够大并朝向镜头：请尝试更近或更清晰的照片，或手动记录人员。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found 1 face&lt;/b&gt;: {known} recognised, {others} not recognised.</source>
        <translation>&lt;b&gt;找到 1 张脸&lt;/b&gt;：已识别 {known} 张，未识别 {others} 张。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found 1 face&lt;/b&gt;: {known} recognised.</source>
        <translation>&lt;b&gt;找到 1 张脸&lt;/b&gt;：已识别 {known} 张。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found {count} faces&lt;/b&gt;: {known} recognised, {others} not recognised.</source>
        <translation>&lt;b&gt;找到 {count} 张脸&lt;/b&gt;：已识别 {known} 张，未识别 {others} 张。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Found {count} faces&lt;/b&gt;: {known} recognised.</source>
        <translation>&lt;b&gt;找到 {count} 张脸&lt;/b&gt;：已识别 {known} 张。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Count the people in the photo&lt;/b&gt;: anyone without a box was not found (face too small, turned away or hidden); mark them by hand on the Attendance page.</source>
        <translation>&lt;b&gt;请数一数照片中的人数&lt;/b&gt;：没有方框的人未被找到（脸太小、侧脸或被遮挡）；请在“考勤”页面手动记录他们。</translation>
    </message>
    <message>
        <source>Choose or start a session above to mark them.</source>
        <translation>请在上方选择或开始一个考勤时段来记录他们。</translation>
    </message>
    <message>
        <source>Untick anyone who should not be marked in {session}.</source>
        <translation>请取消勾选不应记入 {session} 的人。</translation>
    </message>
    <message>
        <source>Group photo — {file}</source>
        <translation>合影 — {file}</translation>
    </message>
    <message>
        <source>Recognising...</source>
        <translation>正在识别...</translation>
    </message>
    <message>
        <source>Enroll this face...</source>
        <translation>登记这张脸...</translation>
    </message>
    <message>
        <source>Select a face that was not recognised to enroll it</source>
        <translation>选择一张未识别的脸来登记</translation>
    </message>
    <message>
        <source>The session the ticked people are marked present in</source>
        <translation>勾选的人员将被记为出勤的考勤时段</translation>
    </message>
    <message>
        <source>Start a session...</source>
        <translation>开始考勤时段...</translation>
    </message>
    <message>
        <source>Mark into</source>
        <translation>记入</translation>
    </message>
    <message>
        <source>Mark ticked people present</source>
        <translation>将勾选的人记为出勤</translation>
    </message>
    <message>
        <source>No session today: start one</source>
        <translation>今天没有考勤时段：请开始一个</translation>
    </message>
    <message>
        <source>Group photo</source>
        <translation>合影</translation>
    </message>
    <message>
        <source>Recognising faces...</source>
        <translation>正在识别人脸...</translation>
    </message>
    <message>
        <source>Marks from a group photo go into a session: choose or start one above.</source>
        <translation>合影的记录需要记入一个考勤时段：请在上方选择或开始一个。</translation>
    </message>
    <message>
        <source>Nobody in the photo was recognised.</source>
        <translation>照片中没有识别出任何人。</translation>
    </message>
    <message>
        <source>Mark the ticked people present in {session}</source>
        <translation>将勾选的人在 {session} 中记为出勤</translation>
    </message>
    <message>
        <source>Enroll from the photo</source>
        <translation>从照片登记</translation>
    </message>
    <message>
        <source>Enroll this face</source>
        <translation>登记这张脸</translation>
    </message>
    <message>
        <source>Class or team (optional)</source>
        <translation>班级或团队（可选）</translation>
    </message>
    <message>
        <source>This person agreed to have their face stored</source>
        <translation>此人同意存储其人脸</translation>
    </message>
</context>
<context>
    <name>IdentifyDialog</name>
    <message>
        <source>{name}  ({how})</source>
        <translation>{name}（{how}）</translation>
    </message>
    <message>
        <source>Not sure: {name}</source>
        <translation>不确定：{name}</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>识别</translation>
    </message>
    <message>
        <source>No face found in the picture.</source>
        <translation>画面中未找到人脸。</translation>
    </message>
    <message>
        <source>1 face found, {known} recognised.</source>
        <translation>找到 1 张脸，已识别 {known} 张。</translation>
    </message>
    <message>
        <source>{count} faces found, {known} recognised.</source>
        <translation>找到 {count} 张脸，已识别 {known} 张。</translation>
    </message>
    <message>
        <source>Mark recognised</source>
        <translation>记录已识别人员</translation>
    </message>
    <message>
        <source>Record attendance for the recognised people</source>
        <translation>为已识别的人员记录考勤</translation>
    </message>
</context>
<context>
    <name>Image</name>
    <message>
        <source>{file} is {width}x{height} pixels ({megapixels} MP), more than the {limit} MP this app opens. Save a smaller copy (a few megapixels is plenty for a face) and try again.</source>
        <translation>{file} 为 {width}x{height} 像素（{megapixels} MP），超过了本应用可打开的 {limit} MP。请保存一个较小的副本（几百万像素就足够识别人脸）后重试。</translation>
    </message>
    <message>
        <source>The image {file} does not exist. Check the path.</source>
        <translation>图片 {file} 不存在。请检查路径。</translation>
    </message>
    <message>
        <source>{file} is a folder, not an image file.</source>
        <translation>{file} 是文件夹，不是图片文件。</translation>
    </message>
    <message>
        <source>The image {file} is empty (0 bytes). Choose another file.</source>
        <translation>图片 {file} 是空的（0 字节）。请选择其他文件。</translation>
    </message>
    <message>
        <source>The file {file} is {megabytes} MB, too large for a still image. Save a smaller copy and try again.</source>
        <translation>文件 {file} 大小为 {megabytes} MB，对静态图片来说太大。请保存一个较小的副本后重试。</translation>
    </message>
    <message>
        <source>No permission to read the image {file}. Give this user read access.</source>
        <translation>没有读取图片 {file} 的权限。请为当前用户授予读取权限。</translation>
    </message>
    <message>
        <source>Cannot read the image {file}: {error}.</source>
        <translation>无法读取图片 {file}：{error}。</translation>
    </message>
    <message>
        <source>{file} is not a readable image ({detail}). Use a JPEG or PNG photo; if it is one, it may be damaged: export it again from the camera or phone.</source>
        <translation>{file} 不是可读取的图片（{detail}）。请使用 JPEG 或 PNG 照片；如果已经是，它可能已损坏：请从相机或手机重新导出。</translation>
    </message>
    <message>
        <source>{file} is not a readable image. Use a JPEG or PNG photo; if it is one, it may be damaged: export it again from the camera or phone.</source>
        <translation>{file} 不是可读取的图片。请使用 JPEG 或 PNG 照片；如果已经是，它可能已损坏：请从相机或手机重新导出。</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Look at the camera</source>
        <translation>请看摄像头</translation>
    </message>
    <message>
        <source>Step up to check in</source>
        <translation>请上前签到</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>谢谢</translation>
    </message>
    <message>
        <source>Next person, please</source>
        <translation>请下一位</translation>
    </message>
    <message>
        <source>One at a time, please</source>
        <translation>请逐个上前</translation>
    </message>
    <message>
        <source>Step up alone, your face inside the oval</source>
        <translation>请单独上前，脸部位于椭圆框内</translation>
    </message>
    <message>
        <source>Checked out {time}</source>
        <translation>已签退 {time}</translation>
    </message>
    <message>
        <source>Checked in {time}</source>
        <translation>已签到 {time}</translation>
    </message>
    <message>
        <source>Checking your PIN...</source>
        <translation>正在验证您的 PIN 码...</translation>
    </message>
    <message>
        <source>Checking your ID number...</source>
        <translation>正在验证您的编号...</translation>
    </message>
    <message>
        <source>Not saved: another program is using the database. Please type it again in a moment.</source>
        <translation>未保存：另一个程序正在使用数据库。请稍后重新输入。</translation>
    </message>
    <message>
        <source>Not saved: something went wrong (see the log). Please type it again.</source>
        <translation>未保存：出现问题（请查看日志）。请重新输入。</translation>
    </message>
    <message>
        <source>Already checked out at {time}</source>
        <translation>已于 {time} 签退</translation>
    </message>
    <message>
        <source>Already checked in at {time}</source>
        <translation>已于 {time} 签到</translation>
    </message>
    <message>
        <source>Hold still...</source>
        <translation>请保持不动...</translation>
    </message>
    <message>
        <source>Recognising your face</source>
        <translation>正在识别您的面孔</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>未能识别</translation>
    </message>
    <message>
        <source>Please see the front desk</source>
        <translation>请到前台咨询</translation>
    </message>
    <message>
        <source>Check not passed</source>
        <translation>验证未通过</translation>
    </message>
    <message>
        <source>then look back at the camera</source>
        <translation>然后再看向摄像头</translation>
    </message>
    <message>
        <source>Your photo on file is small: we need to be sure it is you</source>
        <translation>您存档的照片太小：我们需要确认是您本人</translation>
    </message>
    <message>
        <source>Please type your PIN</source>
        <translation>请输入您的 PIN 码</translation>
    </message>
    <message>
        <source>Please type your ID number</source>
        <translation>请输入您的编号</translation>
    </message>
    <message>
        <source>We need to be sure it is you</source>
        <translation>我们需要确认是您本人</translation>
    </message>
    <message>
        <source>Please wait: another program is using the database. Your check-in is saved as soon as it is free.</source>
        <translation>请稍候：另一个程序正在使用数据库。数据库一空闲，您的签到就会保存。</translation>
    </message>
    <message>
        <source>confirmed by code</source>
        <translation>已通过代码确认</translation>
    </message>
    <message>
        <source>That was not right</source>
        <translation>输入不正确</translation>
    </message>
    <message>
        <source>That PIN is not right (1 try left)</source>
        <translation>PIN 码不正确（还剩 1 次）</translation>
    </message>
    <message>
        <source>That PIN is not right ({count} tries left)</source>
        <translation>PIN 码不正确（剩余次数：{count}）</translation>
    </message>
    <message>
        <source>That number is not right (1 try left)</source>
        <translation>编号不正确（还剩 1 次）</translation>
    </message>
    <message>
        <source>That number is not right ({count} tries left)</source>
        <translation>编号不正确（剩余次数：{count}）</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Keep looking at the camera: updating your photo</source>
        <translation>请继续看着摄像头：正在更新您的照片</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN 码错误，请重试。</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>早上好</translation>
    </message>
    <message>
        <source>Good morning, {name}</source>
        <translation>{name}，早上好</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>下午好</translation>
    </message>
    <message>
        <source>Good afternoon, {name}</source>
        <translation>{name}，下午好</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>晚上好</translation>
    </message>
    <message>
        <source>Good evening, {name}</source>
        <translation>{name}，晚上好</translation>
    </message>
    <message>
        <source>Goodbye</source>
        <translation>再见</translation>
    </message>
    <message>
        <source>Goodbye, {name}</source>
        <translation>{name}，再见</translation>
    </message>
    <message>
        <source>Starting the camera...</source>
        <translation>正在启动摄像头...</translation>
    </message>
    <message>
        <source>The video has ended.</source>
        <translation>视频已结束。</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Face models</source>
        <translation>人脸模型</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <source>Please type your PIN to confirm it is you</source>
        <translation>请输入您的 PIN 码以确认是您本人</translation>
    </message>
    <message>
        <source>Please type your ID number to confirm it is you</source>
        <translation>请输入您的编号以确认是您本人</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>您的 PIN 码</translation>
    </message>
    <message>
        <source>Your ID number</source>
        <translation>您的编号</translation>
    </message>
    <message>
        <source>Camera unavailable</source>
        <translation>摄像头不可用</translation>
    </message>
    <message>
        <source>Reconnecting automatically - please see the front desk</source>
        <translation>正在自动重新连接，请到前台咨询</translation>
    </message>
    <message>
        <source>Enter the admin PIN to leave kiosk mode</source>
        <translation>输入管理员 PIN 码以退出自助终端模式</translation>
    </message>
    <message>
        <source>Slowly turn your head to your left</source>
        <translation>请慢慢向左转头</translation>
    </message>
    <message>
        <source>Slowly turn your head to your right</source>
        <translation>请慢慢向右转头</translation>
    </message>
    <message>
        <source>Nod your head slowly</source>
        <translation>请慢慢点头</translation>
    </message>
    <message>
        <source>Open your mouth wide</source>
        <translation>请张大嘴巴</translation>
    </message>
    <message>
        <source>and keep looking at the camera</source>
        <translation>并继续看着摄像头</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {count} seconds.</source>
        <translation>错误的 PIN 码次数过多。请在 {count} 秒后重试。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {count} minutes.</source>
        <translation>错误的 PIN 码次数过多。请在 {count} 分钟后重试。</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <source>checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>checked out</source>
        <translation>已签退</translation>
    </message>
    <message>
        <source>present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>考勤时段</translation>
    </message>
    <message>
        <source>No session running: marks count for the day.</source>
        <translation>没有进行中的考勤时段：记录按当天计。</translation>
    </message>
    <message>
        <source>Recognise</source>
        <translation>识别</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Right-click a mark to correct it</source>
        <translation>右键单击记录可更正</translation>
    </message>
    <message>
        <source>Recognised people appear here as they are marked.</source>
        <translation>已识别的人员在记录后会显示在这里。</translation>
    </message>
    <message>
        <source>Wrong person...</source>
        <translation>认错人...</translation>
    </message>
    <message>
        <source>Withdraw...</source>
        <translation>撤销...</translation>
    </message>
    <message>
        <source>person {id}</source>
        <translation>人员 {id}</translation>
    </message>
    <message>
        <source>confirmed by code</source>
        <translation>已通过编号确认</translation>
    </message>
    <message>
        <source>Right-click to correct this mark</source>
        <translation>右键单击可更正此记录</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Ambiguous</source>
        <translation>无法确定</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>正在核对…</translation>
    </message>
    <message>
        <source>not sure who</source>
        <translation>无法确定是谁</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>未识别</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Face Attendance</source>
        <translation>人脸考勤</translation>
    </message>
    <message>
        <source>Identify now</source>
        <translation>立即识别</translation>
    </message>
    <message>
        <source>Recognise whoever is in front of the camera now (F5)</source>
        <translation>立即识别摄像头前的人 (F5)</translation>
    </message>
    <message>
        <source>Open photo...</source>
        <translation>打开照片...</translation>
    </message>
    <message>
        <source>Recognise the people in a group photo and confirm who was there (Ctrl+O)</source>
        <translation>识别合影中的人并确认到场人员 (Ctrl+O)</translation>
    </message>
    <message>
        <source>Enroll from camera...</source>
        <translation>通过摄像头登记...</translation>
    </message>
    <message>
        <source>Enroll a person from several camera captures (Ctrl+E)</source>
        <translation>用多张摄像头画面登记一个人 (Ctrl+E)</translation>
    </message>
    <message>
        <source>Enroll from photos...</source>
        <translation>通过照片登记...</translation>
    </message>
    <message>
        <source>Enroll a person from one or more photo files (Ctrl+N)</source>
        <translation>用一张或多张照片文件登记一个人 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Start...</source>
        <translation>开始...</translation>
    </message>
    <message>
        <source>Start an attendance session (a class, a shift) (Ctrl+Shift+S)</source>
        <translation>开始考勤时段（一节课、一个班次）(Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>End the running session (Ctrl+Shift+E)</source>
        <translation>结束当前考勤时段 (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Add many people from a CSV file (name, external id, group, photo)</source>
        <translation>从 CSV 文件批量添加人员（姓名、外部编号、组、照片）</translation>
    </message>
    <message>
        <source>Undo the restore</source>
        <translation>撤销恢复</translation>
    </message>
    <message>
        <source>The data from before the restore is back.</source>
        <translation>恢复之前的数据已回来。</translation>
    </message>
    <message>
        <source>The encryption key from the backup of {when} is installed.</source>
        <translation>{when} 备份中的加密密钥已安装。</translation>
    </message>
    <message>
        <source>Back up...</source>
        <translation>备份...</translation>
    </message>
    <message>
        <source>Restore...</source>
        <translation>恢复...</translation>
    </message>
    <message>
        <source>Save everyone enrolled, all sessions, attendance records and settings to one encrypted file</source>
        <translation>把所有已登记人员、课次、考勤记录和设置保存到一个加密文件</translation>
    </message>
    <message>
        <source>Replace the data on this computer with a backup file</source>
        <translation>用备份文件替换这台电脑上的数据</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>The backup of {when} is in use.</source>
        <translation>{when} 的备份已启用。</translation>
    </message>
    <message>
        <source>The data from before the restore was copied to {file}.</source>
        <translation>恢复之前的数据已复制到 {file}。</translation>
    </message>
    <message>
        <source>The settings from before were copied to {file}.</source>
        <translation>之前的设置已复制到 {file}。</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Reload from the database</source>
        <translation>从数据库重新加载</translation>
    </message>
    <message>
        <source>Find person</source>
        <translation>查找人员</translation>
    </message>
    <message>
        <source>Search people (Ctrl+F)</source>
        <translation>搜索人员 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Diagnostics...</source>
        <translation>诊断...</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>人员(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>考勤(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Details: Help &gt; Diagnostics</source>
        <translation>详情：帮助 &gt; 诊断</translation>
    </message>
    <message>
        <source>Face models</source>
        <translation>人脸模型</translation>
    </message>
    <message>
        <source>{model}: {step}</source>
        <translation>{model}：{step}</translation>
    </message>
    <message>
        <source>loading the models</source>
        <translation>正在加载模型</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Building the face models (first run only)...</source>
        <translation>正在构建人脸模型（仅首次运行）...</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet. How do you want to add people?

• Camera: the person looks into the camera for a few seconds.
• Photos: one clear photo per person (a passport-style photo is best).
• Class list: a CSV file with names, groups and photo file names.</source>
        <translation>还没有登记任何人。您想如何添加人员？

• 摄像头：让此人看着摄像头几秒钟。
• 照片：每人一张清晰的照片（最好是证件照）。
• 班级名单：包含姓名、组和照片文件名的 CSV 文件。</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet. How do you want to add people?

No camera is working right now, so you can start from photos.
• Photos: one clear photo per person (a passport-style photo is best).
• Class list: a CSV file with names, groups and photo file names.</source>
        <translation>还没有登记任何人。您想如何添加人员？

目前没有可用的摄像头，您可以先从照片开始。
• 照片：每人一张清晰的照片（最好是证件照）。
• 班级名单：包含姓名、组和照片文件名的 CSV 文件。</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>Use the camera...</source>
        <translation>使用摄像头...</translation>
    </message>
    <message>
        <source>From photos...</source>
        <translation>通过照片...</translation>
    </message>
    <message>
        <source>Import a class list...</source>
        <translation>导入班级名单...</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Recognition error: {error}</source>
        <translation>识别错误：{error}</translation>
    </message>
    <message>
        <source>Camera: {camera} (connecting)</source>
        <translation>摄像头：{camera}（正在连接）</translation>
    </message>
    <message>
        <source>Camera: {camera} (reconnecting)</source>
        <translation>摄像头：{camera}（正在重新连接）</translation>
    </message>
    <message>
        <source>Camera: {camera} (ended)</source>
        <translation>摄像头：{camera}（已结束）</translation>
    </message>
    <message>
        <source>Camera: {camera} (stopped)</source>
        <translation>摄像头：{camera}（已停止）</translation>
    </message>
    <message>
        <source>Camera: {camera}</source>
        <translation>摄像头：{camera}</translation>
    </message>
    <message>
        <source>Recognition: starting</source>
        <translation>识别：正在启动</translation>
    </message>
    <message>
        <source>Recognition: preparing (first run)</source>
        <translation>识别：正在准备（首次运行）</translation>
    </message>
    <message>
        <source>Recognition: not working (see Help &gt; Diagnostics)</source>
        <translation>识别：无法工作（见 帮助 &gt; 诊断）</translation>
    </message>
    <message>
        <source>Recognition: not available</source>
        <translation>识别：不可用</translation>
    </message>
    <message>
        <source>Recognition: ready</source>
        <translation>识别：就绪</translation>
    </message>
    <message>
        <source>Recognition: off</source>
        <translation>识别：关闭</translation>
    </message>
    <message>
        <source>People: —</source>
        <translation>人员：—</translation>
    </message>
    <message>
        <source>People: {count}</source>
        <translation>人员：{count}</translation>
    </message>
    <message>
        <source>{fps} (painted)</source>
        <translation>{fps}（显示）</translation>
    </message>
    <message>
        <source>{fps} (captured)</source>
        <translation>{fps}（采集）</translation>
    </message>
    <message>
        <source>{ms} ms a frame, {rate} frames/s</source>
        <translation>每帧 {ms} 毫秒，每秒 {rate} 帧</translation>
    </message>
    <message>
        <source>{models} (detector {detector}, embedder {embedder})</source>
        <translation>{models}（检测器 {detector}，特征提取器 {embedder}）</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>未加载</translation>
    </message>
    <message>
        <source>checking...</source>
        <translation>正在检查...</translation>
    </message>
    <message>
        <source>loading...</source>
        <translation>正在加载...</translation>
    </message>
    <message>
        <source>building...</source>
        <translation>正在构建...</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>working</source>
        <translation>正常工作</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>the video has ended</source>
        <translation>视频已结束</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>{camera} ({state})</source>
        <translation>{camera}（{state}）</translation>
    </message>
    <message>
        <source>Camera source</source>
        <translation>摄像头来源</translation>
    </message>
    <message>
        <source>Frames per second</source>
        <translation>每秒帧数</translation>
    </message>
    <message>
        <source>Recognition time</source>
        <translation>识别耗时</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Database address</source>
        <translation>数据库地址</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <source>Attendance mode</source>
        <translation>考勤模式</translation>
    </message>
    <message>
        <source>No session running: marks count for the day.</source>
        <translation>没有进行中的考勤时段：记录按当天计。</translation>
    </message>
    <message>
        <source>{name} continues (running since {time}).</source>
        <translation>{name} 继续进行（自 {time} 起）。</translation>
    </message>
    <message>
        <source>Several sessions are running. Which one do you want to end?</source>
        <translation>有多个考勤时段正在进行。要结束哪一个？</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; since {time} · group {group}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; 自 {time} 起 · 组 {group}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; since {time}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; 自 {time} 起</translation>
    </message>
    <message>
        <source>Admin pages locked again (idle).</source>
        <translation>管理页面已重新锁定（闲置）。</translation>
    </message>
    <message>
        <source>The {page} page</source>
        <translation>{page}页面</translation>
    </message>
    <message>
        <source>About Face Attendance</source>
        <translation>关于人脸考勤</translation>
    </message>
    <message>
        <source>There is no camera picture yet: check the camera.</source>
        <translation>还没有摄像头画面：请检查摄像头。</translation>
    </message>
    <message>
        <source>Open group photo</source>
        <translation>打开合影</translation>
    </message>
    <message>
        <source>Enrolling a person</source>
        <translation>登记人员</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>结束考勤时段</translation>
    </message>
    <message>
        <source>Session {name} ended.</source>
        <translation>考勤时段 {name} 已结束。</translation>
    </message>
    <message>
        <source>The restore did not finish</source>
        <translation>恢复未完成</translation>
    </message>
    <message>
        <source>The camera and recognition did not stop within {seconds} s, so nothing was changed. Try Restore again in a moment.</source>
        <translation>摄像头和识别未能在 {seconds} 秒内停止，因此没有做任何更改。请稍后再试恢复。</translation>
    </message>
    <message>
        <source>Other work on the data did not finish within {seconds} s, so nothing was changed. Try Restore again in a moment.</source>
        <translation>数据上的其他操作未能在 {seconds} 秒内完成，因此没有做任何更改。请稍后再试恢复。</translation>
    </message>
    <message>
        <source>The hourly retention clean-up did not finish within {seconds} s, so nothing was changed. Try Restore again in a moment.</source>
        <translation>每小时的保留期清理未能在 {seconds} 秒内完成，因此没有做任何更改。请稍后再试恢复。</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>Retention</source>
        <translation>数据保留</translation>
    </message>
    <message>
        <source>Deleting the older copies of the database in backups/ whose date has come did not work: {problem}. The app tries again every hour.</source>
        <translation>删除 backups/ 中已到期的旧数据库副本失败：{problem}。应用每小时重试一次。</translation>
    </message>
    <message>
        <source>Older database copies</source>
        <translation>旧数据库副本</translation>
    </message>
    <message>
        <source>Deleting the data that is due by the retention settings did not work: {problem} The app tries again every hour.</source>
        <translation>按保留设置删除到期数据失败：{problem} 应用每小时重试一次。</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>converting {file}</source>
        <translation>正在转换 {file}</translation>
    </message>
    <message>
        <source>writing {file}</source>
        <translation>正在写入 {file}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>reading weights from {source}</source>
        <translation>正在从 {source} 读取权重</translation>
    </message>
    <message>
        <source>{count} re-embedded</source>
        <translation>已重新计算 {count} 个</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <source>Unexpected error: {kind}: {error}. Details are in the log.</source>
        <translation>意外错误：{kind}：{error}。详情见日志。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <source>The window closed before the answer came.</source>
        <translation>窗口在收到答复之前已关闭。</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>外部编号</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Consent given {when}, recorded by {who} (text {version})</source>
        <translation>已于 {when} 同意，由 {who} 记录（文本 {version}）</translation>
    </message>
    <message>
        <source>active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Search name, id or group  (Ctrl+F)</source>
        <translation>搜索姓名、编号或组  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add samples...</source>
        <translation>添加样本...</translation>
    </message>
    <message>
        <source>Add more photos or camera captures to the selected person</source>
        <translation>为所选人员添加更多照片或摄像头画面</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>删除...</translation>
    </message>
    <message>
        <source>Erase the selected person: templates, face chips, index entries</source>
        <translation>清除所选人员：模板、人脸截图、索引条目</translation>
    </message>
    <message>
        <source>From photos...</source>
        <translation>从照片...</translation>
    </message>
    <message>
        <source>From camera...</source>
        <translation>从摄像头...</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet. Use &lt;b&gt;Enroll from camera&lt;/b&gt; (Ctrl+E) or &lt;b&gt;Enroll from photos&lt;/b&gt; (Ctrl+N), or import a roster CSV.</source>
        <translation>尚未登记任何人。请使用&lt;b&gt;通过摄像头登记&lt;/b&gt; (Ctrl+E) 或&lt;b&gt;通过照片登记&lt;/b&gt; (Ctrl+N)，或导入 CSV 名单。</translation>
    </message>
    <message>
        <source>People: {count} · active: {active}</source>
        <translation>人员：{count} · 在用：{active}</translation>
    </message>
    <message>
        <source>Editing a person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>Erasing a person</source>
        <translation>清除人员</translation>
    </message>
    <message>
        <source>Erase &lt;b&gt;{name}&lt;/b&gt;?&lt;br&gt;&lt;br&gt;This permanently deletes their face templates (stored: {count}), the face chips stored with them, the face embeddings kept with their attendance marks and their entries in the recognition index. It cannot be undone; the audit log keeps a receipt without their name.</source>
        <translation>清除 &lt;b&gt;{name}&lt;/b&gt;？&lt;br&gt;&lt;br&gt;这将永久删除此人的人脸模板（已存储：{count}）、与之一起存储的人脸截图、随考勤记录保存的人脸特征，以及其在识别索引中的条目。此操作无法撤销；审计日志会保留一份不含其姓名的回执。</translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>清除人员</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Keep their attendance marks ({count}) as anonymous statistics</source>
        <translation>将其考勤记录（{count} 条）保留为匿名统计</translation>
    </message>
    <message>
        <source>Attendance marks of {name}: {count}. They are deleted with the person, unless you keep them as anonymous rows (group and times, no name) so totals in reports stay complete.</source>
        <translation>{name} 的考勤记录：{count} 条。它们会随此人一起删除，除非您将其保留为匿名行（组和时间，不含姓名），以使报表中的合计保持完整。</translation>
    </message>
    <message>
        <source>{name} was erased (receipt {receipt}).</source>
        <translation>{name} 已被清除（回执 {receipt}）。</translation>
    </message>
    <message>
        <source>{name} was erased (receipt {receipt}). Older database copies in backups/ ({copies}) still hold them until {date}.</source>
        <translation>{name} 已被清除（回执 {receipt}）。backups/ 中较早的数据库副本（{copies} 份）在 {date} 之前仍保留其数据。</translation>
    </message>
    <message>
        <source>{name} was erased (receipt {receipt}). Older database copies in backups/ ({copies}) still hold them until newer copies replace them.</source>
        <translation>{name} 已被清除（回执 {receipt}）。backups/ 中较早的数据库副本（{copies} 份）在被更新的副本替换之前仍保留其数据。</translation>
    </message>
    <message>
        <source>{name} was erased (receipt {receipt}). Older database copies in backups/ still hold them: {dated} until {date}, {counted} until newer copies replace them.</source>
        <translation>{name} 已被清除（回执 {receipt}）。backups/ 中较早的数据库副本仍保留其数据：{dated} 份在 {date} 之前，{counted} 份在被更新的副本替换之前。</translation>
    </message>
    <message>
        <source>Importing a class list</source>
        <translation>导入班级名单</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <source>Active (recognised and counted in reports)</source>
        <translation>启用（会被识别并计入报表）</translation>
    </message>
    <message>
        <source>Correct a mistake: in this group all along (earlier registers change too)</source>
        <translation>更正错误：一直在此组（以前的考勤册也随之更改）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Admin PIN</source>
        <translation>管理员 PIN 码</translation>
    </message>
    <message>
        <source>Enter the admin PIN to {purpose}</source>
        <translation>输入管理员 PIN 码以便：{purpose}</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Checking the PIN...</source>
        <translation>正在检查 PIN 码...</translation>
    </message>
    <message>
        <source>The PIN cannot be checked now: another program is using the database. Try again in a moment.</source>
        <translation>目前无法验证 PIN 码：另一个程序正在使用数据库。请稍后再试。</translation>
    </message>
    <message>
        <source>The PIN cannot be checked now: {error}</source>
        <translation>目前无法验证 PIN 码：{error}</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <source>move closer</source>
        <translation>请靠近一些</translation>
    </message>
    <message>
        <source>too blurred: hold still</source>
        <translation>太模糊：请保持不动</translation>
    </message>
    <message>
        <source>look at the camera</source>
        <translation>请看向摄像头</translation>
    </message>
    <message>
        <source>too dark</source>
        <translation>太暗</translation>
    </message>
    <message>
        <source>too bright</source>
        <translation>太亮</translation>
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
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last 14 days</source>
        <translation>最近 14 天</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>准时</translation>
    </message>
    <message>
        <source>late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No attendance in this period yet&lt;/h3&gt;&lt;p&gt;Marks appear here once people are recognised on the &lt;b&gt;Live&lt;/b&gt; page (start a session there for a class or a shift), marked from a group photo (&lt;b&gt;File › Open photo&lt;/b&gt;), or added by hand on the &lt;b&gt;Attendance&lt;/b&gt; page.&lt;/p&gt;&lt;p&gt;Or pick another period above.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;此期间尚无考勤&lt;/h3&gt;&lt;p&gt;在&lt;b&gt;实时&lt;/b&gt;页面识别到人员（请在那里为一节课或一个班次开始考勤时段）、通过合影记录（&lt;b&gt;文件 › 打开照片&lt;/b&gt;），或在&lt;b&gt;考勤&lt;/b&gt;页面手动添加后，记录会显示在这里。&lt;/p&gt;&lt;p&gt;也可以在上方选择其他期间。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{present} of {expected} expected attendances ({rate}), {late} late, {absent} absent</source>
        <translation>应到 {expected} 人次，实到 {present} 人次（{rate}），迟到 {late}，缺勤 {absent}</translation>
    </message>
    <message>
        <source>People: {people}, marks: {marks}</source>
        <translation>人员 {people}，记录 {marks}</translation>
    </message>
    <message>
        <source>Marks outside the sessions (not counted): {count}</source>
        <translation>考勤时段以外的记录（不计入）：{count}</translation>
    </message>
    <message>
        <source>{sessions}; and {count} more</source>
        <translation>{sessions}；另有 {count} 个</translation>
    </message>
    <message>
        <source>Sessions: {sessions}</source>
        <translation>考勤时段：{sessions}</translation>
    </message>
    <message>
        <source>No sessions in this period: each day counts who came that day.</source>
        <translation>此期间没有考勤时段：每天按当天到场的人计算。</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未结束</translation>
    </message>
    <message>
        <source>Which days the report covers</source>
        <translation>报表涵盖的日期</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>所有组</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>所有考勤时段</translation>
    </message>
    <message>
        <source>Only this session (a lesson, a shift) in the chosen period</source>
        <translation>仅所选期间内的这个考勤时段（一节课、一个班次）</translation>
    </message>
    <message>
        <source>One file per table</source>
        <translation>每个表一个文件</translation>
    </message>
    <message>
        <source>CSV only: write the summary, the register and the event log as three files (for scripts) instead of one file with all three</source>
        <translation>仅限 CSV：将汇总、考勤表和事件日志写成三个文件（供脚本使用），而不是一个包含三者的文件</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>导出...</translation>
    </message>
    <message>
        <source>Write the report for this period, group and session</source>
        <translation>写出此期间、组和考勤时段的报表</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Attendance per day</source>
        <translation>每日考勤</translation>
    </message>
    <message>
        <source>Exporting a report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Saved {files} in {folder}</source>
        <translation>已将 {files} 保存到 {folder}</translation>
    </message>
    <message>
        <source>Some characters of {names} have no font: the PDF shows their codes ([U+…]).</source>
        <translation>{names} 中的部分字符没有可用字体：PDF 中显示为其编码（[U+…]）。</translation>
    </message>
    <message>
        <source>Exporting the report...</source>
        <translation>正在导出报表...</translation>
    </message>
</context>
<context>
    <name>RollCallDialog</name>
    <message>
        <source>The camera missed them</source>
        <translation>摄像头漏识别了</translation>
    </message>
    <message>
        <source>Arrived with a note</source>
        <translation>持假条到达</translation>
    </message>
    <message>
        <source>Marked on the paper list</source>
        <translation>已在纸质名单上记录</translation>
    </message>
    <message>
        <source>Was on a school trip</source>
        <translation>参加学校外出活动</translation>
    </message>
    <message>
        <source>{session}: who was there</source>
        <translation>{session}：到场人员</translation>
    </message>
    <message>
        <source>Kept in the audit log with every mark added here</source>
        <translation>与此处添加的每条记录一起记入审计日志</translation>
    </message>
    <message>
        <source>Reason for marks added here:</source>
        <translation>此处添加记录的原因：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>This list can be opened again later: Attendance page, Roll call...</source>
        <translation>之后可以再次打开此列表：考勤页面，点名...</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody was expected in this session&lt;/b&gt; (no active person in group {group}).</source>
        <translation>&lt;b&gt;此考勤时段没有应到人员&lt;/b&gt;（组 {group} 中没有启用的人员）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nobody was expected in this session&lt;/b&gt; (no active person).</source>
        <translation>&lt;b&gt;此考勤时段没有应到人员&lt;/b&gt;（没有启用的人员）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{present} of {expected} present&lt;/b&gt; ({late} late), &lt;b&gt;{absent} absent&lt;/b&gt;. Was someone there whom the camera missed? Mark them present: the mark is added at the start of the session, with the reason below.</source>
        <translation>&lt;b&gt;应到 {expected} 人，出勤 {present} 人&lt;/b&gt;（迟到 {late} 人），&lt;b&gt;缺勤 {absent} 人&lt;/b&gt;。有人到场但摄像头漏识别了吗？请将其记为出勤：记录会以考勤时段的开始时间添加，并附上下方的原因。</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>记为出勤</translation>
    </message>
    <message>
        <source>Add a &apos;present&apos; mark for {name} in {session}</source>
        <translation>在 {session} 中为 {name} 添加一条“出勤”记录</translation>
    </message>
    <message>
        <source>late, arrived {time}</source>
        <translation>迟到，{time} 到达</translation>
    </message>
    <message>
        <source>Please give a reason: marks added by hand are audited.</source>
        <translation>请填写原因：手动添加的记录会被审计。</translation>
    </message>
    <message>
        <source>{name} marked present ({reason}).</source>
        <translation>{name} 已记为出勤（{reason}）。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤消</translation>
    </message>
    <message>
        <source>Withdraw the mark just added for {name} (kept as withdrawn, audited)</source>
        <translation>撤销刚为 {name} 添加的记录（保留为已撤销，并记入审计日志）</translation>
    </message>
    <message>
        <source>Marked present by mistake in the roll call</source>
        <translation>点名时误记为出勤</translation>
    </message>
    <message>
        <source>{name}: the mark was withdrawn.</source>
        <translation>{name}：记录已撤销。</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>confirm it for everyone listed with --consent</source>
        <translation>用 --consent 为名单上的所有人确认</translation>
    </message>
    <message>
        <source>import with --allow-lookalike if they are different people</source>
        <translation>如果是不同的人，请使用 --allow-lookalike 导入</translation>
    </message>
    <message>
        <source>import with --allow-weak to enroll it as a weak sample</source>
        <translation>使用 --allow-weak 导入，可将其作为弱样本登记</translation>
    </message>
    <message>
        <source> at distance {distance}</source>
        <translation>，距离 {distance}</translation>
    </message>
    <message>
        <source> (already enrolled, id {id})</source>
        <translation>（已登记，编号 {id}）</translation>
    </message>
    <message>
        <source>missing name</source>
        <translation>缺少姓名</translation>
    </message>
    <message>
        <source>the name looks like several columns ({parts}): this file separates its columns differently; fix the separators on this line</source>
        <translation>姓名看起来像多个列（{parts}）：此文件使用不同的分隔符；请修正这一行的分隔符</translation>
    </message>
    <message>
        <source>Columns not read, their values are not imported: {columns}. The columns read are name, external_id, group and photo (also written in German, French, Spanish, Portuguese, Chinese or Arabic, e.g. Klasse, classe, grupo).</source>
        <translation>未读取的列，其中的值不会导入：{columns}。读取的列为 name、external_id、group 和 photo（也可用中文书写：姓名、学号、班级、照片）。</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>第 {number} 列</translation>
    </message>
    <message>
        <source>The roster file {path} does not exist.</source>
        <translation>名单文件 {path} 不存在。</translation>
    </message>
    <message>
        <source>Cannot read the roster file {path}: {error}.</source>
        <translation>无法读取名单文件 {path}：{error}。</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (byte 0x{byte} at position {position}). Save it from your spreadsheet as &apos;CSV UTF-8&apos; and import it again.</source>
        <translation>{file} 不是 UTF-8 文本（位置 {position} 处的字节 0x{byte}）。请在电子表格软件中另存为“CSV UTF-8”后重新导入。</translation>
    </message>
    <message>
        <source>{file} is not a text CSV file (is it a spreadsheet .xlsx?).</source>
        <translation>{file} 不是文本 CSV 文件（是 .xlsx 电子表格吗？）。</translation>
    </message>
    <message>
        <source>{file} is empty: it needs a header line and one row per person.</source>
        <translation>{file} 是空的：需要一行表头，每人一行。</translation>
    </message>
    <message>
        <source>{file}: the first line cannot be read as a CSV header ({error}). The first line must be name,external_id,group,photo.</source>
        <translation>{file}：第一行无法作为 CSV 表头读取（{error}）。第一行必须是 name,external_id,group,photo。</translation>
    </message>
    <message>
        <source>The header of {file} ({header}) has a column of first names but none of last names: add that column (e.g. first_name and last_name), or one column &apos;name&apos; with the whole name.</source>
        <translation>{file} 的表头（{header}）有名字列，但没有姓氏列：请加上该列（例如 姓 和 名），或用一列“姓名”写全名。</translation>
    </message>
    <message>
        <source>The header of {file} ({header}) has a column of last names but none of first names: add that column (e.g. first_name and last_name), or one column &apos;name&apos; with the whole name.</source>
        <translation>{file} 的表头（{header}）有姓氏列，但没有名字列：请加上该列（例如 姓 和 名），或用一列“姓名”写全名。</translation>
    </message>
    <message>
        <source>The header of {file} ({header}) could not be split into columns: separate them with commas (or semicolons), e.g. name,external_id,group,photo.</source>
        <translation>{file} 的表头（{header}）无法拆分成列：请用逗号（或分号）分隔，例如 name,external_id,group,photo。</translation>
    </message>
    <message>
        <source>{file} has no header line naming its columns; the first line must be name,external_id,group,photo (found {header}).</source>
        <translation>{file} 没有列名表头行；第一行必须是 name,external_id,group,photo（实际为 {header}）。</translation>
    </message>
    <message>
        <source>a quote (&quot;) opens on line {line} and is never closed: everything after it was read as one value, so what it holds would be lost; close the quote or remove it</source>
        <translation>第 {line} 行有一个引号 (&quot;) 始终没有闭合：其后的所有内容被当成一个值读取，其中的内容会丢失；请补上或删除该引号</translation>
    </message>
    <message>
        <source>{file}, line {line}: {error}. Is this really the roster? Check that line (or save the file again as CSV).</source>
        <translation>{file}，第 {line} 行：{error}。这真的是名单吗？请检查该行（或重新另存为 CSV）。</translation>
    </message>
    <message>
        <source>{file} has more than {count} rows; split it.</source>
        <translation>{file} 超过 {count} 行；请拆分。</translation>
    </message>
    <message>
        <source>a quote (&quot;) opens on line {line} and is not closed until line {end}: those lines were read as one row, so the people on them would be lost; close the quote or remove it</source>
        <translation>第 {line} 行有一个引号 (&quot;) 直到第 {end} 行才闭合：这些行被当成一行读取，其中的人员会丢失；请补上或删除该引号</translation>
    </message>
    <message>
        <source>{count} fields but the header has {width} (a separator inside a name? put it in quotes)</source>
        <translation>{count} 个字段，但表头有 {width} 个（姓名里有分隔符？请加上引号）</translation>
    </message>
    <message>
        <source>the same name as line {line}, in the same group and without an external id: the roll call cannot tell them apart (add their ID numbers)</source>
        <translation>与第 {line} 行姓名相同、同组且没有外部编号：点名时无法区分他们（请填写他们的编号）</translation>
    </message>
    <message>
        <source>{name} is already in this group (id {id}): if this list was imported before, importing it again adds everyone a second time</source>
        <translation>{name} 已在此组中（编号 {id}）：如果此名单以前导入过，再次导入会把所有人再添加一次</translation>
    </message>
    <message>
        <source>{file} has a header but no rows.</source>
        <translation>{file} 有表头但没有数据行。</translation>
    </message>
    <message>
        <source>duplicate external id &apos;{id}&apos; (also on line {line})</source>
        <translation>外部编号“{id}”重复（第 {line} 行也有）</translation>
    </message>
    <message>
        <source>external id &apos;{id}&apos; already belongs to {name} (id {person})</source>
        <translation>外部编号“{id}”已属于 {name}（编号 {person}）</translation>
    </message>
    <message>
        <source>{file} is small or upscaled (too blurred for the quality gate): enrolled as a weak sample; take camera samples of this person</source>
        <translation>{file} 太小或被放大过（太模糊，未通过质量检查）：已作为弱样本登记；请为此人拍摄摄像头样本</translation>
    </message>
    <message>
        <source>consent to store the face not confirmed ({hint})</source>
        <translation>未确认存储人脸的同意（{hint}）</translation>
    </message>
    <message>
        <source>{name} (line {line})</source>
        <translation>{name}（第 {line} 行）</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>looks like {others} (accepted as a look-alike)</source>
        <translation>与 {others} 相似（已作为相似人员接受）</translation>
    </message>
    <message>
        <source>looks like {others}: the same person twice, or a look-alike ({hint})</source>
        <translation>与 {others} 相似：同一个人出现两次，或是长得相像的人（{hint}）</translation>
    </message>
    <message>
        <source>photo &apos;{photo}&apos; is not a file inside the roster&apos;s folder {folder}: put the photos in that folder (or a folder below it)</source>
        <translation>照片“{photo}”不在名单所在文件夹 {folder} 中：请把照片放到该文件夹（或其子文件夹）中</translation>
    </message>
    <message>
        <source>enrollment not available ({error})</source>
        <translation>登记不可用（{error}）</translation>
    </message>
    <message>
        <source>enrollment not available</source>
        <translation>登记不可用</translation>
    </message>
    <message>
        <source>photo path cannot be used ({error}): {path}</source>
        <translation>照片路径无法使用（{error}）：{path}</translation>
    </message>
    <message>
        <source>photo not found: {path}</source>
        <translation>找不到照片：{path}</translation>
    </message>
    <message>
        <source>unreadable photo: {error}</source>
        <translation>照片无法读取：{error}</translation>
    </message>
    <message>
        <source>no face found in {file}</source>
        <translation>在 {file} 中未找到人脸</translation>
    </message>
    <message>
        <source>{file}: {count} faces; crop it to one person</source>
        <translation>{file}：有 {count} 张脸；请裁剪到只剩一个人</translation>
    </message>
    <message>
        <source>{file}: {problems} (a small or upscaled photo: {hint}, or use a better photo)</source>
        <translation>{file}：{problems}（照片太小或被放大过：{hint}，或使用更好的照片）</translation>
    </message>
    <message>
        <source>photo quality too low</source>
        <translation>照片质量太低</translation>
    </message>
    <message>
        <source>{file}: {problems}</source>
        <translation>{file}：{problems}</translation>
    </message>
    <message>
        <source>photo cannot be checked: {error}</source>
        <translation>无法检查照片：{error}</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>A CSV file with a header line and one row per person. Columns: &lt;code&gt;name&lt;/code&gt; (required), &lt;code&gt;external_id&lt;/code&gt; (a pupil or staff number), &lt;code&gt;group&lt;/code&gt; (class or team) and &lt;code&gt;photo&lt;/code&gt; (the photo&apos;s file name, relative to the CSV file), in English or in the app&apos;s other languages. A column the app does not read is named when the file is checked. Commas, semicolons or tabs; save as &quot;CSV UTF-8&quot; in Excel.</source>
        <translation>一个带表头行、每人一行的 CSV 文件。列：&lt;code&gt;name&lt;/code&gt;（必填）、&lt;code&gt;external_id&lt;/code&gt;（学号或工号）、&lt;code&gt;group&lt;/code&gt;（班级或团队）和 &lt;code&gt;photo&lt;/code&gt;（照片文件名，相对于 CSV 文件），列名可用英文或中文（&lt;code&gt;姓名&lt;/code&gt;、&lt;code&gt;学号&lt;/code&gt;、&lt;code&gt;班级&lt;/code&gt;、&lt;code&gt;照片&lt;/code&gt;）。检查文件时会指出应用不读取的列。可用逗号、分号或制表符分隔；在 Excel 中请另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>tick the consent box</source>
        <translation>请勾选同意框</translation>
    </message>
    <message>
        <source>if they are different people, press &quot;Accept&quot; below</source>
        <translation>如果是不同的人，请点击下方的“接受”</translation>
    </message>
    <message>
        <source>&quot;Accept&quot; below enrolls it as a weak sample</source>
        <translation>点击下方的“接受”即可将其作为弱样本登记</translation>
    </message>
    <message>
        <source> (already enrolled)</source>
        <translation>（已登记）</translation>
    </message>
    <message>
        <source>line {line}: {name}</source>
        <translation>第 {line} 行：{name}</translation>
    </message>
    <message>
        <source>{name} (already enrolled)</source>
        <translation>{name}（已登记）</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Import a class list</source>
        <translation>导入班级名单</translation>
    </message>
    <message>
        <source>Save a template CSV...</source>
        <translation>保存 CSV 模板...</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Choose file...</source>
        <translation>选择文件...</translation>
    </message>
    <message>
        <source>Everyone on this list agreed to have their face stored for attendance</source>
        <translation>名单上的每个人都同意为考勤存储其人脸</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>相似于</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Class list</source>
        <translation>班级名单</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The template could not be saved as {file}: the file is open in another program (Excel?) or the folder is read-only. Close it there, or choose another name.</source>
        <translation>无法将模板保存为 {file}：该文件已在另一个程序（Excel？）中打开，或文件夹为只读。请在那里关闭它，或选择其他名称。</translation>
    </message>
    <message>
        <source>Template saved as {file}. Fill it in, then choose it above.</source>
        <translation>模板已保存为 {file}。请填写后在上方选择它。</translation>
    </message>
    <message>
        <source>Checking {file}...</source>
        <translation>正在检查 {file}...</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file cannot be read&lt;/b&gt;: {problem}</source>
        <translation>&lt;b&gt;无法读取该文件&lt;/b&gt;：{problem}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{refused} of {rows} rows are refused&lt;/b&gt;: nothing is imported until every row is right. Fix the file, save it, then &lt;b&gt;Check again&lt;/b&gt;.</source>
        <translation>&lt;b&gt;{rows} 行中有 {refused} 行被拒绝&lt;/b&gt;：在每一行都正确之前不会导入任何内容。请修改文件并保存，然后&lt;b&gt;重新检查&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The 1 row can be imported.&lt;/b&gt;</source>
        <translation>&lt;b&gt;这 1 行可以导入。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;All {rows} rows can be imported.&lt;/b&gt;</source>
        <translation>&lt;b&gt;全部 {rows} 行都可以导入。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Look-alike pairs ({count})&lt;/b&gt;: the same person twice, or different people who look alike</source>
        <translation>&lt;b&gt;相似的人员对（{count}）&lt;/b&gt;：同一个人出现两次，或长得相像的不同的人</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Choose the CSV file first.</source>
        <translation>请先选择 CSV 文件。</translation>
    </message>
    <message>
        <source>Check the file first.</source>
        <translation>请先检查文件。</translation>
    </message>
    <message>
        <source>Some rows are refused: fix them and check again.</source>
        <translation>部分行被拒绝：请修正后重新检查。</translation>
    </message>
    <message>
        <source>Tick the consent box first.</source>
        <translation>请先勾选同意框。</translation>
    </message>
    <message>
        <source>Import every row</source>
        <translation>导入所有行</translation>
    </message>
    <message>
        <source>Importing {file}...</source>
        <translation>正在导入 {file}...</translation>
    </message>
    <message>
        <source>{count} look-alike pair(s) accepted: each is remembered, the decision between them is stricter and a kiosk asks them for their ID number.</source>
        <translation>已接受 {count} 对相似人员：每一对都会被记住，两人之间的判断更严格，自助终端会要求他们输入编号。</translation>
    </message>
    <message>
        <source>{count} look-alike pair(s) found (listed below): the same person twice, or different people who look alike.</source>
        <translation>找到 {count} 对相似人员（见下方列表）：同一个人出现两次，或长得相像的不同的人。</translation>
    </message>
    <message>
        <source>{count} photo(s) are small or upscaled and too blurred: they can be enrolled as weak samples, and those people are asked for camera samples later.</source>
        <translation>{count} 张照片太小或被放大过，过于模糊：可以作为弱样本登记，之后会请这些人拍摄摄像头样本。</translation>
    </message>
    <message>
        <source>Accept {pairs} look-alike pair(s) and {photos} small photo(s)</source>
        <translation>接受 {pairs} 对相似人员和 {photos} 张小照片</translation>
    </message>
    <message>
        <source>Accept 1 look-alike pair</source>
        <translation>接受 1 对相似人员</translation>
    </message>
    <message>
        <source>Accept {count} look-alike pairs</source>
        <translation>接受 {count} 对相似人员</translation>
    </message>
    <message>
        <source>Accept 1 small photo</source>
        <translation>接受 1 张小照片</translation>
    </message>
    <message>
        <source>Accept {count} small photos</source>
        <translation>接受 {count} 张小照片</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Marks made in this session that these times leave outside: {count}. They will count like marks made without a session, for the session they fall in, if any.</source>
        <translation>在此时段中记录、但按这些时间将落在时段之外的考勤记录：{count} 条。它们将按无时段的记录计算：计入其所落入的时段（如有）。</translation>
    </message>
    <message>
        <source>Marks added into this session by hand or by a group photo that move with it: {count}.</source>
        <translation>手动或通过合影添加到此时段、并随之移动的考勤记录：{count} 条。</translation>
    </message>
    <message>
        <source>Session {when}</source>
        <translation>考勤时段 {when}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未结束</translation>
    </message>
    <message>
        <source>{name} ({group}) · {start}-{end}</source>
        <translation>{name}（{group}）· {start}-{end}</translation>
    </message>
    <message>
        <source>{name} · {start}-{end}</source>
        <translation>{name} · {start}-{end}</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>编辑考勤时段</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>开始考勤时段</translation>
    </message>
    <message>
        <source>The class or team it is for; empty = everybody</source>
        <translation>适用的班级或团队；留空 = 所有人</translation>
    </message>
    <message>
        <source>When it really started: people recognised up to {minutes} minutes before count for it</source>
        <translation>实际开始时间：在此之前 {minutes} 分钟内识别到的人也计入</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>open until ended</source>
        <translation>持续到手动结束</translation>
    </message>
    <message>
        <source> min after start</source>
        <translation> 分钟（开始后）</translation>
    </message>
    <message>
        <source>never late</source>
        <translation>不计迟到</translation>
    </message>
    <message>
        <source>Why it changes (kept in the audit log)</source>
        <translation>修改原因（记入审计日志）</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Continue it</source>
        <translation>继续该时段</translation>
    </message>
    <message>
        <source>Keep the running session; nothing new is started</source>
        <translation>保留正在进行的考勤时段；不开始新的</translation>
    </message>
    <message>
        <source>End it and start</source>
        <translation>结束它并开始</translation>
    </message>
    <message>
        <source>End the running session when this one starts, then start it</source>
        <translation>在本时段开始时结束正在进行的考勤时段，然后开始本时段</translation>
    </message>
    <message>
        <source>overlaps {sessions} (same group)</source>
        <translation>与 {sessions} 时间重叠（同一组）</translation>
    </message>
    <message>
        <source>Starting the session...</source>
        <translation>正在开始考勤时段...</translation>
    </message>
    <message>
        <source>Saving the session...</source>
        <translation>正在保存考勤时段...</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>More lenient: more people recognised first time, more mix-ups</source>
        <translation>更宽松：更多人一次识别成功，认错更多</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Stricter: fewer mix-ups, more people asked to try again</source>
        <translation>更严格：认错更少，更多人需要重试</translation>
    </message>
    <message>
        <source>Strictest: fewest mix-ups, many people asked to try again</source>
        <translation>最严格：认错最少，很多人需要重试</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>extrapolated</source>
        <translation>外推</translation>
    </message>
    <message>
        <source>Present (one mark per person)</source>
        <translation>出席（每人一条记录）</translation>
    </message>
    <message>
        <source>Check-in / check-out</source>
        <translation>签到 / 签退</translation>
    </message>
    <message>
        <source>Entry only</source>
        <translation>仅签到</translation>
    </message>
    <message>
        <source>Exit only</source>
        <translation>仅签退</translation>
    </message>
    <message>
        <source>Webcam index (0, 1 ...), a video file, an rtsp:// or http:// URL, or a folder of images</source>
        <translation>摄像头编号（0、1 ...）、视频文件、rtsp:// 或 http:// 地址，或图片文件夹</translation>
    </message>
    <message>
        <source>Video...</source>
        <translation>视频...</translation>
    </message>
    <message>
        <source>Folder...</source>
        <translation>文件夹...</translation>
    </message>
    <message>
        <source>How webcams are opened. Automatic uses DirectShow on Windows (Media Foundation can take seconds to open a camera); pick another if a camera does not open.</source>
        <translation>摄像头的打开方式。“自动”在 Windows 上使用 DirectShow（Media Foundation 打开摄像头可能需要数秒）；如果摄像头打不开，请换一种。</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Requested size</source>
        <translation>请求的尺寸</translation>
    </message>
    <message>
        <source>Camera backend</source>
        <translation>摄像头后端</translation>
    </message>
    <message>
        <source>Smaller faces are ignored. Larger = faster; 40-80 for a desk camera.</source>
        <translation>更小的人脸会被忽略。越大越快；桌面摄像头用 40-80。</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>帧</translation>
    </message>
    <message>
        <source>How often the whole picture is searched for new faces; in between, faces already found are followed (higher = less work for the computer)</source>
        <translation>每隔多久在整幅画面中搜索新的人脸；其间只跟踪已找到的人脸（越大，计算机负担越小）</translation>
    </message>
    <message>
        <source>The method that finds faces in the picture (a restart applies a change)</source>
        <translation>在画面中查找人脸的方法（更改在重启后生效）</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>检测</translation>
    </message>
    <message>
        <source>Face detector</source>
        <translation>人脸检测器</translation>
    </message>
    <message>
        <source>Smallest face</source>
        <translation>最小人脸</translation>
    </message>
    <message>
        <source>Full detection every</source>
        <translation>完整检测间隔</translation>
    </message>
    <message>
        <source>Strictness</source>
        <translation>严格程度</translation>
    </message>
    <message>
        <source>Choose in words how sure the app must be before it marks someone; it measures the matching setting on your enrolled faces (Measure on my people)</source>
        <translation>用文字选择应用在记录某人之前需要多确定；它会在您已登记的人脸上测量匹配设置（在我的人员上测量）</translation>
    </message>
    <message>
        <source>Fixed value</source>
        <translation>固定值</translation>
    </message>
    <message>
        <source>A fixed matching limit (smaller is stricter). Out of the box this is the value measured for the face model; change it only if you know why</source>
        <translation>固定的匹配上限（越小越严格）。默认是为该人脸模型测得的值；除非清楚原因，否则不要更改</translation>
    </message>
    <message>
        <source>About 1 wrong person marked in {count} check-ins by strangers</source>
        <translation>陌生人每 {count} 次签到约有 1 次记成错误的人</translation>
    </message>
    <message>
        <source>Stricter: fewer mix-ups, more people asked to try again. More lenient: the other way round. Standard suits most schools and offices</source>
        <translation>更严格：认错更少，更多人需要重试。更宽松：正好相反。“标准”适合大多数学校和办公室</translation>
    </message>
    <message>
        <source>How different two faces may look and still count as the same person (smaller = stricter)</source>
        <translation>两张人脸差异多大仍算同一个人（越小越严格）</translation>
    </message>
    <message>
        <source>agreeing frames of the last</source>
        <translation>帧一致，取最近</translation>
    </message>
    <message>
        <source>A person is marked only when this many of the last frames agree on who it is (more = fewer mistakes, a moment longer in front of the camera)</source>
        <translation>只有最近的帧中有这么多帧认定是同一个人时才记录（越多越少出错，但要在摄像头前多停留片刻）</translation>
    </message>
    <message>
        <source>Switch and re-embed</source>
        <translation>切换并重新提取</translation>
    </message>
    <message>
        <source>Re-embed every enrolled sample with the chosen model (nobody re-enrolls); recognition keeps using the current model until it is done</source>
        <translation>用所选模型重新提取每个已登记样本（无需任何人重新登记）；完成前识别继续使用当前模型</translation>
    </message>
    <message>
        <source>The method that turns a face into something comparable; changing it re-reads every enrolled photo</source>
        <translation>把人脸转换为可比较特征的方法；更改后会重新读取每张已登记的照片</translation>
    </message>
    <message>
        <source>What does this mean?</source>
        <translation>这是什么意思？</translation>
    </message>
    <message>
        <source>Opens the guide to these options (docs/recognition.md)</source>
        <translation>打开这些选项的说明（docs/recognition.md）</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>识别</translation>
    </message>
    <message>
        <source>Face embedder</source>
        <translation>人脸特征模型</translation>
    </message>
    <message>
        <source>Confirm after</source>
        <translation>确认条件</translation>
    </message>
    <message>
        <source>Mix-ups and people asked to retry, by strictness</source>
        <translation>不同严格程度下的认错与重试</translation>
    </message>
    <message>
        <source>Measure on my people</source>
        <translation>在我的人员上测量</translation>
    </message>
    <message>
        <source>Measure on the enrolled faces what the chosen strictness costs: expected mix-ups a day and how many people would be asked to try again</source>
        <translation>在已登记的人脸上测量所选严格程度的代价：每天预计认错次数，以及有多少人需要重试</translation>
    </message>
    <message>
        <source>What the strictness costs</source>
        <translation>严格程度的代价</translation>
    </message>
    <message>
        <source>A person is not marked again within this time</source>
        <translation>在此时间内不会再次记录同一人</translation>
    </message>
    <message>
        <source>min before the start</source>
        <translation>分钟（开始前）</translation>
    </message>
    <message>
        <source>Someone recognised this long before a session started (before Start was pressed) counts as present in it</source>
        <translation>在考勤时段开始前（按下“开始”之前）这段时间内识别到的人，计为该时段出席</translation>
    </message>
    <message>
        <source>Present: one mark per person and session. Check-in/out: alternating, for hours worked. Entry/Exit: a camera at a door that only checks in or out.</source>
        <translation>出席：每人每个考勤时段一条记录。签到/签退：交替记录，用于工时。仅签到/仅签退：门口只记录进或出的摄像头。</translation>
    </message>
    <message>
        <source>Mark anyway (check-in)</source>
        <translation>仍然记录（签到）</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Takes effect on restart</source>
        <translation>重启后生效</translation>
    </message>
    <message>
        <source>What a recognition does when no session of the person&apos;s group is running</source>
        <translation>当此人所在组没有进行中的考勤时段时，识别结果如何处理</translation>
    </message>
    <message>
        <source>This computer&apos;s name in the reports (which camera marked)</source>
        <translation>本计算机在报表中的名称（由哪台摄像头记录）</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>冷却时间</translation>
    </message>
    <message>
        <source>Counts for a session from</source>
        <translation>计入考勤时段的起点</translation>
    </message>
    <message>
        <source>Outside a session</source>
        <translation>考勤时段以外</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>empty = SQLite in the data folder; postgresql+psycopg://...</source>
        <translation>留空 = 数据文件夹中的 SQLite；postgresql+psycopg://...</translation>
    </message>
    <message>
        <source>Set admin PIN...</source>
        <translation>设置管理员 PIN 码...</translation>
    </message>
    <message>
        <source>Needed to leave kiosk mode and for admin actions there</source>
        <translation>退出自助终端模式以及在其中执行管理操作时需要</translation>
    </message>
    <message>
        <source>Storage and access</source>
        <translation>存储与访问</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>数据库 URL</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>管理员 PIN 码</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Camera, threshold and attendance rules apply at once; data folder, database and detection changes after a restart.</source>
        <translation>摄像头、阈值和考勤规则立即生效；数据文件夹、数据库和检测的更改在重启后生效。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>A more accurate face model is available: {model}, the default for new installs. Choose it and Switch and re-embed: everyone is re-embedded from their stored photos, nobody enrolls again.</source>
        <translation>有更准确的人脸模型可用：{model}，新安装的默认模型。选择它并点击“切换并重新提取”：每个人都会根据已保存的照片重新计算，无需重新登记。</translation>
    </message>
    <message>
        <source>(&lt;a href=&quot;{url}&quot;&gt;where the rightsholder says so&lt;/a&gt;)</source>
        <translation>（&lt;a href=&quot;{url}&quot;&gt;权利人的说明&lt;/a&gt;）</translation>
    </message>
    <message>
        <source>Weights licence: {licence} {where}</source>
        <translation>权重许可：{licence} {where}</translation>
    </message>
    <message>
        <source>Re-embedding the enrolled samples with {model}...</source>
        <translation>正在用 {model} 重新提取已登记样本...</translation>
    </message>
    <message>
        <source>Re-embedding with {model}: {percent} ({step})</source>
        <translation>正在用 {model} 重新提取：{percent}（{step}）</translation>
    </message>
    <message>
        <source>Samples re-embedded with {model}: {count}.</source>
        <translation>已用 {model} 重新提取的样本：{count}。</translation>
    </message>
    <message>
        <source>Skipped (no face chip stored): {count}.</source>
        <translation>已跳过（未存储人脸截图）：{count}。</translation>
    </message>
    <message>
        <source>Saved to {path}. Restart the app to recognise with it.</source>
        <translation>已保存到 {path}。重启应用后将使用它进行识别。</translation>
    </message>
    <message>
        <source>calibrated for 1 in {count} false matches</source>
        <translation>按每 {count} 次 1 次误匹配校准</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>手动设置</translation>
    </message>
    <message>
        <source>the model&apos;s default</source>
        <translation>模型默认值</translation>
    </message>
    <message>
        <source>In use: {value} ({why}); the standard value is {standard} (smaller = stricter).</source>
        <translation>当前使用：{value}（{why}）；标准值为 {standard}（越小越严格）。</translation>
    </message>
    <message>
        <source>Measure on my people shows what the chosen strictness costs, then Save applies it.</source>
        <translation>“在我的人员上测量”会显示所选严格程度的代价，然后“保存”即可应用。</translation>
    </message>
    <message>
        <source>Press Measure on my people for this strictness first: it measures the setting on the enrolled faces and shows what it costs; Save then applies it.</source>
        <translation>请先针对此严格程度按“在我的人员上测量”：它会在已登记的人脸上测量该设置并显示代价；然后“保存”即可应用。</translation>
    </message>
    <message>
        <source>Strict threshold</source>
        <translation>严格阈值</translation>
    </message>
    <message>
        <source>At this threshold about {share} of check-ins by enrolled people would be refused (more than {limit}). Apply it anyway?</source>
        <translation>在此阈值下，已登记人员约有 {share} 的签到会被拒绝（超过 {limit}）。仍要应用吗？</translation>
    </message>
    <message>
        <source>Some settings are not valid: {problems}</source>
        <translation>部分设置无效：{problems}</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Not saved: the threshold was not applied.</source>
        <translation>未保存：未应用该阈值。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
    <message>
        <source>{saved}. The new language is used when the app is started again.</source>
        <translation>{saved}。新语言将在下次启动应用时生效。</translation>
    </message>
    <message>
        <source>Videos ({patterns})</source>
        <translation>视频 ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>视频文件</translation>
    </message>
    <message>
        <source>Image folder</source>
        <translation>图片文件夹</translation>
    </message>
    <message>
        <source>Measuring the threshold curve on the enrolled faces...</source>
        <translation>正在已登记的人脸上测量阈值曲线...</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>For the target rate with {people} people: threshold {threshold} ({method}).</source>
        <translation>对于 {people} 人的目标比率：阈值 {threshold}（{method}）。</translation>
    </message>
    <message>
        <source>Expected false accepts: {count} a day at {checkins} check-ins.</source>
        <translation>预计误接受：每天 {checkins} 次签到中 {count} 次。</translation>
    </message>
    <message>
        <source>measured on your people with several samples</source>
        <translation>在您有多个样本的人员上测得</translation>
    </message>
    <message>
        <source>estimated from a reference set: enrol more samples per person to measure it here</source>
        <translation>根据参考数据集估算：每人登记更多样本即可在此实测</translation>
    </message>
    <message>
        <source>Enrolled people refused: about {share} of check-ins ({source}).</source>
        <translation>已登记人员被拒：约占签到的 {share}（{source}）。</translation>
    </message>
    <message>
        <source>Saving will ask for a confirmation.</source>
        <translation>保存时会要求确认。</translation>
    </message>
    <message>
        <source>threshold (distance + crowding penalty)</source>
        <translation>阈值（距离 + 相似人惩罚）</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>false match per check-in</source>
        <translation>每次签到的误匹配</translation>
    </message>
    <message>
        <source>false reject</source>
        <translation>误拒</translation>
    </message>
    <message>
        <source>current threshold</source>
        <translation>当前阈值</translation>
    </message>
    <message>
        <source>Current admin PIN:</source>
        <translation>当前管理员 PIN 码：</translation>
    </message>
    <message>
        <source>New admin PIN:</source>
        <translation>新的管理员 PIN 码：</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>再次输入相同的 PIN 码：</translation>
    </message>
    <message>
        <source>The two PINs differ; nothing was changed.</source>
        <translation>两次输入的 PIN 码不同；未做任何更改。</translation>
    </message>
    <message>
        <source>The admin PIN was set.</source>
        <translation>管理员 PIN 码已设置。</translation>
    </message>
    <message>
        <source>Switching the face model</source>
        <translation>切换人脸模型</translation>
    </message>
    <message>
        <source>This computer&apos;s zone ({zone})</source>
        <translation>本计算机的时区（{zone}）</translation>
    </message>
    <message>
        <source>The school&apos;s time zone: every time in the app, the reports and the command line is in it. Keep this computer&apos;s zone unless the computer is set to another one.</source>
        <translation>学校所在的时区：应用、报表和命令行中的所有时间都按此时区显示。除非本计算机设置成了其他时区，否则请保留本计算机的时区。</translation>
    </message>
    <message>
        <source>Unknown time zone {name}. Choose one from the list, e.g. {example}.</source>
        <translation>未知时区 {name}。请从列表中选择，例如 {example}。</translation>
    </message>
    <message>
        <source>Cannot write the settings file: {error}</source>
        <translation>无法写入设置文件：{error}</translation>
    </message>
    <message>
        <source>Too little data: {people} people and {scores} impostor scores (need at least 2 people and {needed} scores). Enrol more people, then calibrate again; until then the model&apos;s default threshold is used.</source>
        <translation>数据太少：{people} 人，{scores} 个不同人之间的比对分数（至少需要 2 人和 {needed} 个分数）。请登记更多人后再校准；在此之前使用模型的默认阈值。</translation>
    </message>
    <message>
        <source>Measured: {below} of {scores} impostor scores lie below the threshold.</source>
        <translation>实测：{scores} 个不同人之间的比对分数中有 {below} 个低于阈值。</translation>
    </message>
    <message>
        <source>Extrapolated from the lowest of {scores} impostor scores (conservative). Enrol more people for a measured value.</source>
        <translation>根据 {scores} 个不同人之间比对分数中最低的部分外推（保守）。登记更多人即可得到实测值。</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <source>Face Attendance could not start</source>
        <translation>人脸考勤无法启动</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>{time} on {date} does not exist in {zone}: the clocks go forward then. Choose a time before or after the skipped hour.</source>
        <translation>{zone} 在 {date} 没有 {time}：那时时钟拨快一小时。请选择跳过的那一小时之前或之后的时间。</translation>
    </message>
    <message>
        <source>{time} on {date} comes twice in {zone}: the clocks go back then.</source>
        <translation>{zone} 在 {date} 的 {time} 会出现两次：那时时钟拨回一小时。</translation>
    </message>
    <message>
        <source>Which one do you mean?</source>
        <translation>您指的是哪一个？</translation>
    </message>
    <message>
        <source>Which time?</source>
        <translation>哪个时间？</translation>
    </message>
    <message>
        <source>{time}, before the clocks go back</source>
        <translation>{time}，时钟拨回之前</translation>
    </message>
    <message>
        <source>{time}, after the clocks go back</source>
        <translation>{time}，时钟拨回之后</translation>
    </message>
</context>
</TS>
