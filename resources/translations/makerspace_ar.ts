<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Durations</source>
        <comment>%1 h %2 min</comment>
        <translation type="vanished">المدد</translation>
    </message>
    <message>
        <source>Durations</source>
        <comment>%1 h</comment>
        <translation type="vanished">المدد</translation>
    </message>
    <message>
        <source>Durations</source>
        <comment>%1 min</comment>
        <translation type="vanished">المدد</translation>
    </message>
    <message>
        <source>Tables</source>
        <comment>Column headings: %1</comment>
        <translation type="vanished">الجداول</translation>
    </message>
    <message>
        <source>Tables</source>
        <comment>Row headings: %1</comment>
        <translation type="vanished">الجداول</translation>
    </message>
    <message>
        <source>Tables</source>
        <comment>Select the whole table</comment>
        <translation type="vanished">الجداول</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>%1 left unsaved changes in %2.</source>
        <translation>ترك %1 تغييرات غير محفوظة في %2.</translation>
    </message>
    <message>
        <source>If you go on, those changes are discarded. Cancel, and %1 can sign in again to save them.</source>
        <translation>إن تابعت، ستُتجاهل هذه التغييرات. ألغِ، ويمكن لـ %1 تسجيل الدخول مجددًا لحفظها.</translation>
    </message>
    <message>
        <source>Discard them and go on</source>
        <translation>تجاهلها والمتابعة</translation>
    </message>
    <message>
        <source>Discard the unsaved changes and go on</source>
        <translation>تجاهل التغييرات غير المحفوظة والمتابعة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel, keep the changes</source>
        <translation>إلغاء، الإبقاء على التغييرات</translation>
    </message>
    <message>
        <source>Projects</source>
        <comment>from the workshop %1</comment>
        <translation type="vanished">المشاريع</translation>
    </message>
    <message>
        <source>Projects</source>
        <comment>photos: %1</comment>
        <translation type="vanished">المشاريع</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>حول %1</translation>
    </message>
    <message>
        <source>Equipment, bookings, workshops, participants, badges and certificates for library and community makerspaces. Free software under the Apache License 2.0.</source>
        <translation>المعدات والحجوزات والورش والمشاركون والشارات والشهادات لمساحات الصناعة في المكتبات والمجتمعات المحلية. برنامج حر بموجب Apache License 2.0.</translation>
    </message>
    <message>
        <source>About sections</source>
        <translation>أقسام «حول»</translation>
    </message>
    <message>
        <source>The app&apos;s licence</source>
        <translation>ترخيص التطبيق</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>The bundled fonts</source>
        <translation>الخطوط المرفقة</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>الخطوط</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>المكتبات البرمجية</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>This text is missing from the installation.</source>
        <translation>هذا النص مفقود من التثبيت.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة البرمجية</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Libraries the app is built on</source>
        <translation>المكتبات البرمجية التي بُني عليها التطبيق</translation>
    </message>
</context>
<context>
    <name>AccessibilityTags</name>
    <message>
        <source>Wheelchair access</source>
        <translation>وصول بالكرسي المتحرك</translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation>حلقة سمعية</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>خط كبير</translation>
    </message>
    <message>
        <source>Quiet space</source>
        <translation>مكان هادئ</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>مترجم</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>read the audit log</source>
        <translation>قراءة سجل التدقيق</translation>
    </message>
    <message>
        <source>export the audit log</source>
        <translation>تصدير سجل التدقيق</translation>
    </message>
    <message>
        <source>grant certifications</source>
        <translation>منح الاعتمادات</translation>
    </message>
    <message>
        <source>revoke certifications</source>
        <translation>إلغاء الاعتمادات</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation>تسجيل الموافقات</translation>
    </message>
    <message>
        <source>store participant photos</source>
        <translation>حفظ صور المشاركين</translation>
    </message>
    <message>
        <source>export participants</source>
        <translation>تصدير المشاركين</translation>
    </message>
    <message>
        <source>import participants</source>
        <translation>استيراد المشاركين</translation>
    </message>
    <message>
        <source>register participants</source>
        <translation>تسجيل المشاركين</translation>
    </message>
    <message>
        <source>edit participants</source>
        <translation>تعديل المشاركين</translation>
    </message>
    <message>
        <source>look up participants</source>
        <translation>البحث عن المشاركين</translation>
    </message>
    <message>
        <source>export a participant&apos;s data</source>
        <translation>تصدير بيانات مشارك</translation>
    </message>
    <message>
        <source>erase participants</source>
        <translation>محو المشاركين</translation>
    </message>
    <message>
        <source>change shared settings</source>
        <translation>تغيير الإعدادات المشتركة</translation>
    </message>
    <message>
        <source>look up spaces</source>
        <translation>الاطلاع على المساحات</translation>
    </message>
    <message>
        <source>add staff accounts</source>
        <translation>إضافة حسابات الموظفين</translation>
    </message>
    <message>
        <source>change staff accounts</source>
        <translation>تغيير حسابات الموظفين</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>عمل نسخة احتياطية</translation>
    </message>
    <message>
        <source>make reports</source>
        <translation>إعداد التقارير</translation>
    </message>
    <message>
        <source>take attendance</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <source>complete workshops</source>
        <translation>إكمال الورش</translation>
    </message>
    <message>
        <source>book equipment</source>
        <translation>حجز المعدات</translation>
    </message>
    <message>
        <source>check participants in</source>
        <translation>تسجيل وصول المشاركين</translation>
    </message>
    <message>
        <source>export the workshop calendar</source>
        <translation>تصدير تقويم الورش</translation>
    </message>
    <message>
        <source>manage equipment</source>
        <translation>إدارة المعدات</translation>
    </message>
    <message>
        <source>log maintenance</source>
        <translation>تسجيل الصيانة</translation>
    </message>
    <message>
        <source>create or edit projects</source>
        <extracomment>``fold`` for sorting names and titles the gallery shows again on every refresh (each keystroke of a search): folding 2,000 workshop titles anew took about 100 ms of UI time.</extracomment>
        <translation>إنشاء المشاريع أو تعديلها</translation>
    </message>
    <message>
        <source>add project photos</source>
        <translation>إضافة صور المشاريع</translation>
    </message>
    <message>
        <source>look at projects</source>
        <translation>الاطلاع على المشاريع</translation>
    </message>
    <message>
        <source>remove projects</source>
        <translation>إزالة المشاريع</translation>
    </message>
    <message>
        <source>see today&apos;s overview</source>
        <extracomment>Promotions older than this are no longer news (and the audit log is read by time).</extracomment>
        <translation>رؤية ملخص اليوم</translation>
    </message>
    <message>
        <source>record that a participant was told</source>
        <translation>تسجيل أن مشاركًا أُبلغ</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>استيراد البيانات</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>تصدير البيانات</translation>
    </message>
    <message>
        <source>create or edit workshops</source>
        <translation>إنشاء الورش أو تعديلها</translation>
    </message>
    <message>
        <source>plan workshop sessions</source>
        <translation>تخطيط جلسات الورش</translation>
    </message>
    <message>
        <source>enrol participants in workshops</source>
        <translation>تسجيل المشاركين في الورش</translation>
    </message>
    <message>
        <source>look up workshops</source>
        <translation>الاطلاع على الورش</translation>
    </message>
    <message>
        <source>issue certificates</source>
        <translation>إصدار الشهادات</translation>
    </message>
    <message>
        <source>print badges</source>
        <translation>طباعة الشارات</translation>
    </message>
    <message>
        <source>revoke badges and certificates</source>
        <translation>إلغاء الشارات والشهادات</translation>
    </message>
    <message>
        <source>check verification codes</source>
        <translation>فحص رموز التحقق</translation>
    </message>
</context>
<context>
    <name>AffectedRow</name>
    <message>
        <source>No other %1 is free for them; cancel it, or rebook it in Bookings.</source>
        <translation>لا يوجد %1 آخر متاح لهذا الشخص؛ ألغِ الحجز أو احجز من جديد في الحجوزات.</translation>
    </message>
    <message>
        <source>Free at the same time: %1</source>
        <translation>متاح في الوقت نفسه: %1</translation>
    </message>
    <message>
        <source>Next free: %1, %2</source>
        <translation>أقرب وقت متاح: %1، %2</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>نقل</translation>
    </message>
    <message>
        <source>Move the booking of %1 on %2 to %3</source>
        <translation>نقل حجز %1 في %2 إلى %3</translation>
    </message>
    <message>
        <source>Move the booking of %1 on %2 (no free item)</source>
        <translation>نقل حجز %1 في %2 (لا توجد قطعة متاحة)</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>إلغاء الحجز</translation>
    </message>
    <message>
        <source>Cancel the booking of %1 on %2</source>
        <translation>إلغاء حجز %1 في %2</translation>
    </message>
</context>
<context>
    <name>AgeBands</name>
    <message>
        <source>under 12</source>
        <translation>أقل من 12</translation>
    </message>
    <message>
        <source>12–17</source>
        <translation>⁦12–17⁩</translation>
    </message>
    <message>
        <source>18–25</source>
        <translation>⁦18–25⁩</translation>
    </message>
    <message>
        <source>26–64</source>
        <translation>⁦26–64⁩</translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation>65 فأكثر</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>الحجوزات</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>المعدات</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>الورش</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>الطباعة</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>Type a name or scan a badge — Space marks the highlighted person</source>
        <translation>اكتب اسمًا أو امسح شارة — مفتاح المسافة يُعلّم الشخص المحدد</translation>
    </message>
    <message>
        <source>Find a participant or scan a badge</source>
        <translation>ابحث عن مشارك أو امسح شارة</translation>
    </message>
    <message>
        <source>Typing narrows the list. Up and Down move the highlight. Space marks the highlighted person present, or takes the mark back. A scanned badge is marked present at once. Ctrl+N adds a walk-in.</source>
        <translation>الكتابة تختصر القائمة. السهمان لأعلى ولأسفل ينقلان التحديد. مفتاح المسافة يسجّل حضور الشخص المحدد أو يلغي التسجيل. الشارة الممسوحة تُسجَّل حاضرة فورًا. Ctrl+N يضيف حاضرًا دون تسجيل مسبق.</translation>
    </message>
    <message>
        <source>Enrolled participants</source>
        <translation>المشاركون المسجلون</translation>
    </message>
    <message>
        <source>Space marks the highlighted person present, or takes the mark back.</source>
        <translation>مفتاح المسافة يسجّل حضور الشخص المحدد أو يلغي التسجيل.</translation>
    </message>
    <message>
        <source>Add walk-in… (Ctrl+N)</source>
        <translation>إضافة حاضر دون تسجيل… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add a walk-in: someone who came without being enrolled (Ctrl+N)</source>
        <translation>إضافة شخص حضر دون أن يكون مسجلًا (Ctrl+N)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close: every mark is already saved</source>
        <translation>إغلاق: كل العلامات محفوظة بالفعل</translation>
    </message>
    <message>
        <source>Every mark is saved as you make it.</source>
        <translation>تُحفظ كل علامة فور وضعها.</translation>
    </message>
    <message>
        <source>Attendance: %1</source>
        <translation>الحضور: %1</translation>
    </message>
    <message>
        <source>This session was cancelled, so nobody can be marked present at it.</source>
        <translation>أُلغيت هذه الجلسة، فلا يمكن تسجيل حضور أحد فيها.</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet. Add people who came as walk-ins (Ctrl+N).</source>
        <translation>لم يُسجَّل أحد بعد. أضف من حضروا دون تسجيل (Ctrl+N).</translation>
    </message>
    <message>
        <source>Nobody on the list matches “%1”. A badge code is marked with Enter; someone not enrolled can be added as a walk-in (Ctrl+N).</source>
        <translation>لا أحد في القائمة يطابق «%1». يُعلَّم رمز الشارة بمفتاح Enter؛ ويمكن إضافة غير المسجل كحاضر دون تسجيل (Ctrl+N).</translation>
    </message>
    <message>
        <source>Nobody on the list matches</source>
        <translation>لا أحد في القائمة يطابق</translation>
    </message>
    <message>
        <source>%1 of %2 present</source>
        <translation>%1 حاضر من %2</translation>
    </message>
    <message>
        <source>and 1 walk-in</source>
        <translation>وحاضر واحد دون تسجيل</translation>
    </message>
    <message>
        <source>and %1 walk-ins</source>
        <translation>و%1 حاضرين دون تسجيل</translation>
    </message>
    <message>
        <source>%1 %2 is marked present.</source>
        <translation>تم تسجيل حضور %1 %2.</translation>
    </message>
    <message>
        <source>%1 is no longer marked present.</source>
        <translation>لم يعد %1 مسجلًا حاضرًا.</translation>
    </message>
    <message>
        <source>%1 was already marked present.</source>
        <translation>كان %1 مسجلًا حاضرًا من قبل.</translation>
    </message>
    <message>
        <source>Nobody on the list matches “%1”. Someone who is not enrolled can be added as a walk-in (Ctrl+N).</source>
        <translation>لا أحد في القائمة يطابق «%1». يمكن إضافة غير المسجل كحاضر دون تسجيل (Ctrl+N).</translation>
    </message>
    <message>
        <source>%1 people match. Use Up and Down to highlight one, then Space.</source>
        <translation>يطابق %1 أشخاص. استخدم السهمين لأعلى ولأسفل لتحديد أحدهم، ثم مفتاح المسافة.</translation>
    </message>
    <message>
        <source>Add a walk-in</source>
        <translation>إضافة حاضر دون تسجيل</translation>
    </message>
    <message>
        <source>Who came without being enrolled? They are marked present at this session.</source>
        <translation>من حضر دون أن يكون مسجلًا؟ يُسجَّل حاضرًا في هذه الجلسة.</translation>
    </message>
    <message>
        <source>as a walk-in</source>
        <translation>كحاضر دون تسجيل</translation>
    </message>
    <message>
        <source>(they are enrolled)</source>
        <translation>(مسجَّل)</translation>
    </message>
    <message>
        <source>%1 %2 is marked present %3.</source>
        <translation>تم تسجيل حضور %1 %2 %3.</translation>
    </message>
</context>
<context>
    <name>AttendanceGrid</name>
    <message>
        <source>Attendance grid</source>
        <translation>جدول الحضور</translation>
    </message>
    <message>
        <source>Participants down, sessions across. A tick means present. Arrow keys move; Space or a click changes the current box.</source>
        <translation>المشاركون في الصفوف والجلسات في الأعمدة. العلامة تعني حاضرًا. الأسهم للتنقل؛ مفتاح المسافة أو النقر يغيّر الخانة الحالية.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <source>%1 (walk-in)</source>
        <translation>%1 (دون تسجيل)</translation>
    </message>
    <message>
        <source>present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>not marked present</source>
        <translation>غير مسجل حاضرًا</translation>
    </message>
    <message>
        <source>session still to come</source>
        <translation>جلسة قادمة</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>%1 attended %2 of %3 sessions</source>
        <translation>حضر %1 %2 من %3 جلسات</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>حضر</translation>
    </message>
    <message>
        <source>Sessions attended, of those held or planned</source>
        <translation>الجلسات التي حضرها من بين المنعقدة أو المخطط لها</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Every change made in the app: who made it, when, and to which record. Passwords and erased participants&apos; details are never recorded.</source>
        <translation>كل تغيير أُجري في التطبيق: من أجراه ومتى وعلى أي سجل. لا تُسجَّل كلمات المرور ولا بيانات المشاركين الممحوين أبدًا.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>Only from a day on</source>
        <translation>فقط ابتداءً من يوم</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>إ&amp;لى</translation>
    </message>
    <message>
        <source>Only up to a day</source>
        <translation>فقط حتى يوم</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>تغيّر</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>نُقل</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>تم الوصول</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>تمت المغادرة</translation>
    </message>
    <message>
        <source>Released as no-show</source>
        <translation>حُرّر كعدم حضور</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>مسجَّل</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>منسحب</translation>
    </message>
    <message>
        <source>Moved up from the waitlist</source>
        <translation>انتقلوا من قائمة الانتظار</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Marked present</source>
        <translation>سُجّل حاضرًا</translation>
    </message>
    <message>
        <source>Unmarked present</source>
        <translation>أُلغي تسجيل الحضور</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>تاريخ المنح</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>أُعطيت الموافقة</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>سُحبت الموافقة</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>مُحي</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>صُدّر</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>صُدّرت البيانات الشخصية</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>استُورد</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>متقاعد</translation>
    </message>
    <message>
        <source>Maintenance logged</source>
        <translation>سُجّلت الصيانة</translation>
    </message>
    <message>
        <source>Maintenance resolved</source>
        <translation>حُلّت الصيانة</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>نُسخ احتياطيًا</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>استُعيد</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>Reprinted</source>
        <translation>أُعيدت طباعته</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>الحجز</translation>
    </message>
    <message>
        <source>Booking series</source>
        <translation>سلسلة حجوزات</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>المعدة</translation>
    </message>
    <message>
        <source>Equipment category</source>
        <translation>فئة المعدات</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>الورشة</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>جلسة</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>تسجيل في ورشة</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>Badge or certificate</source>
        <translation>شارة أو شهادة</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>مشروع</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>إعداد</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>أي شخص</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>أي إجراء</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>نوع السجل</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>أي سجل</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>رقم السجل</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>&amp;Staff member</source>
        <translation>ال&amp;موظف</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>الإ&amp;جراء</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>ال&amp;سجل</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>ال&amp;رقم</translation>
    </message>
    <message>
        <source>Audit events, newest first</source>
        <translation>أحداث التدقيق، الأحدث أولًا</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>عناوين الأعمدة</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;تصدير CSV…</translation>
    </message>
    <message>
        <source>Export the shown events to a CSV file</source>
        <translation>تصدير الأحداث المعروضة إلى ملف CSV</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close the audit log</source>
        <translation>إغلاق سجل التدقيق</translation>
    </message>
    <message>
        <source>No change matches these filters.</source>
        <translation>لا يوجد تغيير يطابق عوامل التصفية هذه.</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 changes. Narrow the days to see older ones, or export them all.</source>
        <translation>عرض أحدث %1 من %2 تغييرًا. ضيّق الأيام لرؤية الأقدم، أو صدّرها كلها.</translation>
    </message>
    <message>
        <source>%1 change(s).</source>
        <translation>%1 تغيير.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>تصدير سجل التدقيق</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 change(s) written to %2.</source>
        <translation>كُتب %1 تغيير في %2.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>{title}: nothing to show.</source>
        <translation>{title}: لا شيء للعرض.</translation>
    </message>
</context>
<context>
    <name>BookingDetailsDialog</name>
    <message>
        <source>Booking</source>
        <translation>الحجز</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>المعدة</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Type the notes and press Enter or Save notes to keep them</source>
        <translation>اكتب الملاحظات واضغط Enter أو «حفظ الملاحظات» للاحتفاظ بها</translation>
    </message>
    <message>
        <source>No notes (for example the material to bring)</source>
        <translation>لا ملاحظات (مثل المواد التي يجب إحضارها)</translation>
    </message>
    <message>
        <source>Sa&amp;ve notes</source>
        <translation>حفظ ال&amp;ملاحظات</translation>
    </message>
    <message>
        <source>Save the notes (Enter, Alt+V)</source>
        <translation>حفظ الملاحظات (Enter، Alt+V)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>تسجيل ال&amp;وصول</translation>
    </message>
    <message>
        <source>Check in (Alt+I)</source>
        <translation>تسجيل الوصول (Alt+I)</translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation>تسجيل المغا&amp;درة</translation>
    </message>
    <message>
        <source>Check out (Alt+O)</source>
        <translation>تسجيل المغادرة (Alt+O)</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;نقل…</translation>
    </message>
    <message>
        <source>Move to another time or item (Alt+M)</source>
        <translation>النقل إلى وقت آخر أو معدة أخرى (Alt+M)</translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation>إل&amp;غاء الحجز…</translation>
    </message>
    <message>
        <source>Cancel this booking (Alt+C)</source>
        <translation>إلغاء هذا الحجز (Alt+C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>إغلاق (Escape)</translation>
    </message>
    <message>
        <source>Move the booking</source>
        <translation>نقل الحجز</translation>
    </message>
    <message>
        <source>Move the booking to this item and time</source>
        <translation>نقل الحجز إلى هذه المعدة وهذا الوقت</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>النقل إلى</translation>
    </message>
    <message>
        <source>%1 (badge %2)</source>
        <translation>%1 (الشارة %2)</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1، %2–%3</translation>
    </message>
    <message>
        <source>The notes are saved.</source>
        <translation>تم حفظ الملاحظات.</translation>
    </message>
    <message>
        <source>the booking’s notes</source>
        <translation>ملاحظات الحجز</translation>
    </message>
    <message>
        <source>%1 is checked in.</source>
        <translation>تم تسجيل وصول %1.</translation>
    </message>
    <message>
        <source>%1 is checked out; the booking is completed.</source>
        <translation>تم تسجيل مغادرة %1؛ اكتمل الحجز.</translation>
    </message>
    <message>
        <source>%1’s booking of %2 on %3, %4–%5</source>
        <translation>حجز %1 لـ %2 في %3، %4–%5</translation>
    </message>
    <message>
        <source>Cancel the booking?</source>
        <translation>إلغاء الحجز؟</translation>
    </message>
    <message>
        <source>Cancel %1?</source>
        <translation>إلغاء %1؟</translation>
    </message>
    <message>
        <source>The time becomes free for others. The cancelled booking stays on record.</source>
        <translation>يصبح الوقت متاحًا للآخرين. ويبقى الحجز الملغى في السجل.</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>إلغاء الحجز</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>الإبقاء عليها</translation>
    </message>
    <message>
        <source>Keep the booking</source>
        <translation>الإبقاء على الحجز</translation>
    </message>
    <message>
        <source>The booking is cancelled; the time is free again.</source>
        <translation>أُلغي الحجز؛ الوقت متاح من جديد.</translation>
    </message>
    <message>
        <source>Choose an item from the list.</source>
        <translation>اختر معدة من القائمة.</translation>
    </message>
    <message>
        <source>The booking is moved.</source>
        <translation>تم نقل الحجز.</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>ال&amp;يوم</translation>
    </message>
    <message>
        <source>Today (T)</source>
        <translation>اليوم (T)</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>الانتقال إلى اليوم (T)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>الفترة المعروضة</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>الانتقال إلى تاريخ</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>Day view (D)</source>
        <translation>عرض اليوم (D)</translation>
    </message>
    <message>
        <source>One day (D)</source>
        <translation>يوم واحد (D)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>أسبوع</translation>
    </message>
    <message>
        <source>Week view (W)</source>
        <translation>عرض الأسبوع (W)</translation>
    </message>
    <message>
        <source>Monday to Sunday (W)</source>
        <translation>من الاثنين إلى الأحد (W)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>المساحة</translation>
    </message>
    <message>
        <source>Equipment category</source>
        <translation>فئة المعدات</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>إظهار الملغاة</translation>
    </message>
    <message>
        <source>Show cancelled bookings</source>
        <translation>إظهار الحجوزات الملغاة</translation>
    </message>
    <message>
        <source>New booking (N)</source>
        <translation>حجز جديد (N)</translation>
    </message>
    <message>
        <source>Recurring… (R)</source>
        <translation>متكرر… (R)</translation>
    </message>
    <message>
        <source>New recurring booking (R)</source>
        <translation>حجز متكرر جديد (R)</translation>
    </message>
    <message>
        <source>The same time every week or every other week; the dates that cannot be booked are listed before anything is saved (R)</source>
        <translation>الوقت نفسه كل أسبوع أو كل أسبوعين؛ تُذكر التواريخ التي لا يمكن حجزها قبل حفظ أي شيء (R)</translation>
    </message>
    <message>
        <source>&amp;Space</source>
        <translation>ال&amp;مساحة</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>ال&amp;فئة</translation>
    </message>
    <message>
        <source>No equipment to book yet</source>
        <translation>لا توجد معدات للحجز بعد</translation>
    </message>
    <message>
        <source>Items added in Equipment (Ctrl+3) appear here, one row each, with their bookings over the day or the week.</source>
        <translation>تظهر هنا المعدات المضافة في «المعدات» (Ctrl+3)، كل واحدة في صف، مع حجوزاتها خلال اليوم أو الأسبوع.</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Arrows move · Shift+arrows select · Enter books or opens · Alt+Left/Right or Page Up/Down: previous/next · T today · D day · W week · R recurring</source>
        <translation>الأسهم للتنقل · Shift مع الأسهم للتحديد · Enter للحجز أو الفتح · Alt+يسار/يمين أو Page Up/Down: السابق/التالي · T اليوم · D يوم · W أسبوع · R متكرر</translation>
    </message>
    <message>
        <source>All spaces</source>
        <translation>كل المساحات</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <source>week</source>
        <translation>الأسبوع</translation>
    </message>
    <message>
        <source>day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Previous %1 (Alt+Left, Page Up)</source>
        <translation>السابق: %1 (Alt+يسار، Page Up)</translation>
    </message>
    <message>
        <source>Previous %1</source>
        <translation>السابق: %1</translation>
    </message>
    <message>
        <source>Next %1 (Alt+Right, Page Down)</source>
        <translation>التالي: %1 (Alt+يمين، Page Down)</translation>
    </message>
    <message>
        <source>Next %1</source>
        <translation>التالي: %1</translation>
    </message>
    <message>
        <source>Week of %1 – %2</source>
        <translation>أسبوع %1 – %2</translation>
    </message>
    <message>
        <source>Bookings timeline, %1</source>
        <translation>مخطط الحجوزات، %1</translation>
    </message>
    <message>
        <source>%1 items · %2 bookings shown</source>
        <translation>%1 معدات · %2 حجوزات معروضة</translation>
    </message>
    <message>
        <source>No items in this space and category.</source>
        <translation>لا توجد معدات في هذه المساحة وهذه الفئة.</translation>
    </message>
</context>
<context>
    <name>CompletionDialog</name>
    <message>
        <source>Complete “%1”</source>
        <translation>إكمال «%1»</translation>
    </message>
    <message>
        <source>Who completes and who does not</source>
        <translation>من يُكمل ومن لا يُكمل</translation>
    </message>
    <message>
        <source>Record completion</source>
        <translation>تسجيل الإكمال</translation>
    </message>
    <message>
        <source>Record completion for everyone who qualifies</source>
        <translation>تسجيل الإكمال لكل من يستوفي الشروط</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>%1 qualify now, %2 already completed, %3 have not completed (the list says why).</source>
        <translation>%1 يستوفون الشروط الآن، و%2 أكملوا من قبل، و%3 لم يُكملوا (القائمة تذكر السبب).</translation>
    </message>
    <message>
        <source>This is a training: recording completion grants the certification for %1, so they can book it.</source>
        <translation>هذه ورشة تدريب: تسجيل الإكمال يمنح الاعتماد لـ %1، فيصبح بإمكانهم حجزها.</translation>
    </message>
    <message>
        <source>Nobody is enrolled in this workshop, so nobody can complete it.</source>
        <translation>لا أحد مسجل في هذه الورشة، فلا يمكن لأحد إكمالها.</translation>
    </message>
    <message>
        <source>%1 Completed now (%2): %3.</source>
        <translation>%1 أكمل الآن (%2): %3.</translation>
    </message>
    <message>
        <source>Nobody new completed the workshop.</source>
        <translation>لم يُكمل أحد جديد الورشة.</translation>
    </message>
    <message>
        <source>Certification for %1 granted to %2.</source>
        <translation>مُنح الاعتماد لـ %1 إلى %2.</translation>
    </message>
    <message>
        <source>%1 have not completed; the list says why.</source>
        <translation>%1 لم يُكملوا؛ القائمة تذكر السبب.</translation>
    </message>
</context>
<context>
    <name>CompletionModel</name>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>حضر</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Completed now</source>
        <translation>أكمل الآن</translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation>أكمل في %1</translation>
    </message>
    <message>
        <source>Qualifies</source>
        <translation>يستوفي الشروط</translation>
    </message>
    <message>
        <source>Not complete: %1</source>
        <translation>لم يكتمل: %1</translation>
    </message>
    <message>
        <source>%1 of %2 (needs %3)</source>
        <translation>%1 من %2 (المطلوب %3)</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>participation</source>
        <translation>المشاركة</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>data processing</source>
        <translation>معالجة البيانات</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>تعذّر فتح قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>اختيار ملف آخر…</translation>
    </message>
    <message>
        <source>Choose another database file</source>
        <translation>اختيار ملف قاعدة بيانات آخر</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Quit the app</source>
        <translation>إنهاء التطبيق</translation>
    </message>
    <message>
        <source>Open the latest backup</source>
        <translation>فتح آخر نسخة احتياطية</translation>
    </message>
    <message>
        <source>Open a copy of the latest good backup, taken %1</source>
        <translation>فتح نسخة من آخر نسخة احتياطية سليمة، أُخذت في %1</translation>
    </message>
    <message>
        <source>Taken %1. A copy is opened; the file that failed is kept as it is.</source>
        <translation>أُخذت في %1. تُفتح نسخة؛ ويُحتفظ بالملف الذي فشل كما هو.</translation>
    </message>
    <message>
        <source>Choose a database file</source>
        <translation>اختيار ملف قاعدة بيانات</translation>
    </message>
    <message>
        <source>Makerspace databases (*.db *.sqlite *.sqlite3)</source>
        <translation>قواعد بيانات Makerspace (*.db *.sqlite *.sqlite3)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Sites, opening hours and settings</source>
        <translation>المواقع وساعات العمل والإعدادات</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>حسابات الموظفين</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>المعدات</translation>
    </message>
    <message>
        <source>Participants and consent</source>
        <translation>المشاركون والموافقات</translation>
    </message>
    <message>
        <source>Workshops, enrolments and attendance</source>
        <translation>الورش والتسجيلات والحضور</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>الاعتمادات</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>الحجوزات</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>جارٍ الحفظ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <source>Demo data comes in two sizes, “small” and “large”; “{size}” is not one of them.</source>
        <translation>تأتي البيانات التجريبية بحجمين، «small» و«large»؛ و«{size}» ليس أحدهما.</translation>
    </message>
    <message>
        <source>This database already holds data, so no demo data was added. Use an empty database for the demo, for example a new file given with --db.</source>
        <translation>قاعدة البيانات هذه تحتوي على بيانات بالفعل، لذلك لم تُضف بيانات تجريبية. استخدم قاعدة بيانات فارغة للتجربة، مثل ملف جديد يُحدَّد بـ --db.</translation>
    </message>
    <message>
        <source>“{name}” is not a time zone this computer knows. Use a name such as Europe/Paris or America/Chicago.</source>
        <translation>«{name}» ليست منطقة زمنية يعرفها هذا الحاسوب. استخدم اسمًا مثل Asia/Amman أو Europe/Paris.</translation>
    </message>
    <message>
        <source>No database was given. Give a file path or a postgresql+psycopg:// address.</source>
        <translation>لم تُحدَّد قاعدة بيانات. أعطِ مسار ملف أو عنوان postgresql+psycopg://.</translation>
    </message>
    <message>
        <source>“{value}” is not a database address. Give a file path, sqlite:///path, or postgresql+psycopg://user@host/database.</source>
        <translation>«{value}» ليس عنوان قاعدة بيانات. أعطِ مسار ملف، أو sqlite:///path، أو postgresql+psycopg://user@host/database.</translation>
    </message>
    <message>
        <source>A SQLite database needs a file path, for example sqlite:///makerspace.db.</source>
        <translation>تحتاج قاعدة بيانات SQLite إلى مسار ملف، مثل sqlite:///makerspace.db.</translation>
    </message>
    <message>
        <source>Makerspace works with SQLite files and PostgreSQL servers, not “{backend}”.</source>
        <translation>يعمل Makerspace مع ملفات SQLite وخوادم PostgreSQL، وليس مع «{backend}».</translation>
    </message>
    <message>
        <source>The {what} filter must be text.</source>
        <translation>يجب أن يكون عامل التصفية {what} نصًا.</translation>
    </message>
    <message>
        <source>The {what} filter is too long (at most {n} characters). Shorten it.</source>
        <translation>عامل التصفية {what} طويل جدًا (الحد الأقصى {n} حرفًا). اختصره.</translation>
    </message>
    <message>
        <source>A day in the audit filter must be a date.</source>
        <translation>يجب أن يكون اليوم في عامل تصفية التدقيق تاريخًا.</translation>
    </message>
    <message>
        <source>The first day ({first}) is after the last day ({last}). Swap them.</source>
        <translation>اليوم الأول ({first}) بعد اليوم الأخير ({last}). بدّل بينهما.</translation>
    </message>
    <message>
        <source>A record number is a whole number from 1 up, for example 42.</source>
        <translation>رقم السجل عدد صحيح من 1 فصاعدًا، مثل 42.</translation>
    </message>
    <message>
        <source>{path} is a folder. Give a file name, for example audit.csv.</source>
        <translation>{path} مجلد. أعطِ اسم ملف، مثل audit.csv.</translation>
    </message>
    <message>
        <source>There is no equipment category number {id}. Choose one from the equipment categories.</source>
        <translation>لا توجد فئة معدات رقم {id}. اختر واحدة من فئات المعدات.</translation>
    </message>
    <message>
        <source>There is no workshop number {id}. Choose the training workshop from the list, or leave it empty.</source>
        <translation>لا توجد ورشة رقم {id}. اختر ورشة التدريب من القائمة، أو اتركها فارغة.</translation>
    </message>
    <message>
        <source>The expiry {when} is not in the future. Give a later date, or leave it empty to use the category&apos;s validity.</source>
        <translation>تاريخ الانتهاء {when} ليس في المستقبل. أعطِ تاريخًا لاحقًا، أو اتركه فارغًا لاستخدام مدة صلاحية الفئة.</translation>
    </message>
    <message>
        <source>{name} has no valid certification for {category}, so there is nothing to revoke.</source>
        <translation>ليس لدى {name} اعتماد ساري لـ {category}، فلا شيء يُلغى.</translation>
    </message>
    <message>
        <source>Give a number of days of 0 or more (for example 30).</source>
        <translation>أعطِ عدد أيام 0 أو أكثر (مثل 30).</translation>
    </message>
    <message>
        <source>“{value}” is not a kind of consent. Choose one of: {choices}.</source>
        <translation>«{value}» ليس نوعًا من الموافقة. اختر واحدًا من: {choices}.</translation>
    </message>
    <message>
        <source>Consent cannot be recorded for a time in the future ({when}). Give the time it was actually given or withdrawn, or leave it empty for now.</source>
        <translation>لا يمكن تسجيل موافقة في وقت مستقبلي ({when}). أعطِ الوقت الذي أُعطيت فيه أو سُحبت فعلًا، أو اتركه فارغًا للآن.</translation>
    </message>
    <message>
        <source>Say who gave the consent: the participant&apos;s own name, or their guardian&apos;s.</source>
        <translation>اذكر من أعطى الموافقة: اسم المشارك نفسه أو اسم وليّ أمره.</translation>
    </message>
    <message>
        <source>The name of who gave the consent is too long ({length} characters; at most {limit}). Shorten it.</source>
        <translation>اسم من أعطى الموافقة طويل جدًا ({length} حرفًا؛ الحد الأقصى {limit}). اختصره.</translation>
    </message>
    <message>
        <source>{name} already gave {kind} consent on {date}; it is still current. Nothing needs recording, or withdraw it first to record it again.</source>
        <translation>سبق أن أعطى {name} موافقة {kind} في {date}؛ وهي ما زالت سارية. لا حاجة لتسجيل شيء، أو اسحبها أولًا لتسجيلها من جديد.</translation>
    </message>
    <message>
        <source>{name} has no current {kind} consent, so there is nothing to withdraw.</source>
        <translation>ليس لدى {name} موافقة {kind} سارية، فلا شيء يُسحب.</translation>
    </message>
    <message>
        <source>Consent given on {given} cannot be withdrawn earlier, on {when}. Give a later time, or leave it empty for now.</source>
        <translation>الموافقة المعطاة في {given} لا يمكن سحبها قبل ذلك، في {when}. أعطِ وقتًا لاحقًا، أو اتركه فارغًا للآن.</translation>
    </message>
    <message>
        <source>The photo is not a PNG image. Take the photo again, or save it as PNG first.</source>
        <translation>الصورة ليست بصيغة PNG. التقط الصورة من جديد، أو احفظها بصيغة PNG أولًا.</translation>
    </message>
    <message>
        <source>The photo is too large ({size} MB; at most {limit} MB). Crop it or make it smaller.</source>
        <translation>الصورة كبيرة جدًا ({size} م.ب؛ الحد الأقصى {limit} م.ب). اقتصّها أو صغّرها.</translation>
    </message>
    <message>
        <source>{name} has no current photo consent, so their photo cannot be stored. Record their photo consent first (given by them or their guardian), then add the photo.</source>
        <translation>ليس لدى {name} موافقة سارية على الصور، فلا يمكن حفظ صورته. سجّل موافقته على الصور أولًا (منه أو من وليّ أمره)، ثم أضف الصورة.</translation>
    </message>
    <message>
        <source>The database {path} cannot be read (permissions).</source>
        <translation>لا يمكن قراءة قاعدة البيانات {path} (الأذونات).</translation>
    </message>
    <message>
        <source>There is no database at {path}. Check the path, or run “makerspace-app db upgrade” to create one there.</source>
        <translation>لا توجد قاعدة بيانات في {path}. تحقق من المسار، أو شغّل «makerspace-app db upgrade» لإنشاء واحدة هناك.</translation>
    </message>
    <message>
        <source>Cannot create the database {path}: {detail}.</source>
        <translation>تعذّر إنشاء قاعدة البيانات {path}: {detail}.</translation>
    </message>
    <message>
        <source>Could not make a verified backup of {path} ({detail}), so nothing was changed.</source>
        <translation>تعذّر عمل نسخة احتياطية موثّقة من {path} ({detail})، لذلك لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The database {path} is on a network share ({filesystem}). A SQLite file there is not safe to use from several desks: its locking is unreliable and WAL mode does not work. Use it from this computer only, or keep shared data on a PostgreSQL server.</source>
        <translation>قاعدة البيانات {path} موجودة على مجلد شبكة مشترك ({filesystem}). ملف SQLite هناك غير آمن للاستخدام من عدة مكاتب: قفله غير موثوق ووضع WAL لا يعمل. استخدمه من هذا الحاسوب فقط، أو احفظ البيانات المشتركة على خادم PostgreSQL.</translation>
    </message>
    <message>
        <source>Backups of a PostgreSQL database are the server&apos;s job: use pg_dump, for example “{command}”.</source>
        <translation>النسخ الاحتياطي لقاعدة بيانات PostgreSQL من مهام الخادم: استخدم pg_dump، مثل «{command}».</translation>
    </message>
    <message>
        <source>There is no database at {path} to back up.</source>
        <translation>لا توجد قاعدة بيانات في {path} لنسخها احتياطيًا.</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the database itself. Choose another file.</source>
        <translation>لا يمكن للنسخة الاحتياطية أن تحل محل قاعدة البيانات نفسها. اختر ملفًا آخر.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>لا يوجد ملف نسخة احتياطية في {path}.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be restored. Choose another backup.</source>
        <translation>{path} تالف ولا يمكن استعادته. اختر نسخة احتياطية أخرى.</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a Makerspace backup.</source>
        <translation>{path} ملف SQLite لكنه ليس نسخة احتياطية من Makerspace.</translation>
    </message>
    <message>
        <source>That file is the database itself, not a backup.</source>
        <translation>هذا الملف هو قاعدة البيانات نفسها، وليس نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Could not restore {path}: {detail}. The current file was kept.</source>
        <translation>تعذّرت استعادة {path}: {detail}. تم الإبقاء على الملف الحالي.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({reason}). Check its name and that you may open it.</source>
        <translation>لا يمكن قراءة الملف {path} ({reason}). تحقق من اسمه ومن أن لديك إذنًا بفتحه.</translation>
    </message>
    <message>
        <source>The first line names columns the app does not know: {unknown}. The columns are: {columns}.</source>
        <translation>السطر الأول يسمّي أعمدة لا يعرفها التطبيق: {unknown}. الأعمدة هي: {columns}.</translation>
    </message>
    <message>
        <source>The first line names a column twice: {columns}. Keep one of each.</source>
        <translation>السطر الأول يسمّي عمودًا مرتين: {columns}. أبقِ واحدًا من كل عمود.</translation>
    </message>
    <message>
        <source>The first line must name the columns and include given_name or family_name, for example: {columns}.</source>
        <translation>يجب أن يسمّي السطر الأول الأعمدة وأن يتضمن given_name أو family_name، مثل: {columns}.</translation>
    </message>
    <message>
        <source>“{value}” is not a date of birth the app can read. Write it as year-month-day, for example 2012-04-30.</source>
        <translation>«{value}» ليس تاريخ ميلاد يستطيع التطبيق قراءته. اكتبه بصيغة سنة-شهر-يوم، مثل 2012-04-30.</translation>
    </message>
    <message>
        <source>The file is empty. Its first line must name the columns, for example: {columns}.</source>
        <translation>الملف فارغ. يجب أن يسمّي سطره الأول الأعمدة، مثل: {columns}.</translation>
    </message>
    <message>
        <source>This row has {found} cells but the first line names {expected} columns. Check for a stray comma, or put the cell in quotes.</source>
        <translation>في هذا الصف {found} خلايا لكن السطر الأول يسمّي {expected} أعمدة. ابحث عن فاصلة زائدة، أو ضع الخلية بين علامتي اقتباس.</translation>
    </message>
    <message>
        <source>This line cannot be read as CSV ({detail}). Save the file from the spreadsheet again as “CSV UTF-8”.</source>
        <translation>لا يمكن قراءة هذا السطر بصيغة CSV ({detail}). احفظ الملف من جدول البيانات من جديد بصيغة «CSV UTF-8».</translation>
    </message>
    <message>
        <source>“{value}” is not a badge code (8 letters and digits, like 7KQ2M9XD). Correct it, or leave it empty to give the participant a new code.</source>
        <translation>«{value}» ليس رمز شارة (8 أحرف وأرقام، مثل 7KQ2M9XD). صحّحه، أو اتركه فارغًا لإعطاء المشارك رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>The badge code {code} is already used on line {other}. Each participant appears once: merge the two rows, or empty one badge code.</source>
        <translation>رمز الشارة {code} مستخدم بالفعل في السطر {other}. يظهر كل مشارك مرة واحدة: ادمج الصفين، أو أفرغ أحد رمزي الشارة.</translation>
    </message>
    <message>
        <source>The badge code {code} belongs to an erased participant. Leave the badge code empty to register the person as a new participant.</source>
        <translation>رمز الشارة {code} يخص مشاركًا ممحوًا. اترك رمز الشارة فارغًا لتسجيل الشخص كمشارك جديد.</translation>
    </message>
    <message>
        <source>A participant cannot be their own guardian (guardian_badge_code {code} is their own). Give the guardian&apos;s badge code, or their name and contact.</source>
        <translation>لا يمكن للمشارك أن يكون وليّ أمر نفسه (guardian_badge_code {code} هو رمزه). أعطِ رمز شارة وليّ الأمر، أو اسمه ووسيلة التواصل معه.</translation>
    </message>
    <message>
        <source>The guardian (badge code {code}, line {other}) has a problem of their own. Correct that row first.</source>
        <translation>لدى وليّ الأمر (رمز الشارة {code}، السطر {other}) مشكلة خاصة به. صحّح ذلك الصف أولًا.</translation>
    </message>
    <message>
        <source>No participant has the badge code {code} given as guardian. Check the code, or give the guardian&apos;s name and contact instead.</source>
        <translation>لا يوجد مشارك برمز الشارة {code} المعطى لوليّ الأمر. تحقق من الرمز، أو أعطِ اسم وليّ الأمر ووسيلة التواصل معه بدلًا منه.</translation>
    </message>
    <message>
        <source>Line {line} is not UTF-8 text. Save the file from the spreadsheet as “CSV UTF-8” and import it again.</source>
        <translation>السطر {line} ليس نصًا بترميز UTF-8. احفظ الملف من جدول البيانات بصيغة «CSV UTF-8» واستورده من جديد.</translation>
    </message>
    <message>
        <source>The {label} is too long ({length} characters; at most {limit}). Shorten it.</source>
        <translation>الحقل {label} طويل جدًا ({length} حرفًا؛ الحد الأقصى {limit}). اختصره.</translation>
    </message>
    <message>
        <source>The {label} contains an invisible control character that cannot be stored. Retype it instead of pasting it.</source>
        <translation>يحتوي الحقل {label} على حرف تحكم غير مرئي لا يمكن حفظه. أعد كتابته بدلًا من لصقه.</translation>
    </message>
    <message>
        <source>“{value}” is not an age band. Choose one of: {choices}.</source>
        <translation>«{value}» ليست فئة عمرية. اختر واحدة من: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a language code. Use a code such as en, es, ar or pt-BR.</source>
        <translation>«{value}» ليس رمز لغة. استخدم رمزًا مثل en أو es أو ar أو pt-BR.</translation>
    </message>
    <message>
        <source>A participant needs a name: type a given name, a family name, or both.</source>
        <translation>يحتاج المشارك إلى اسم: اكتب الاسم الأول أو اسم العائلة أو كليهما.</translation>
    </message>
    <message>
        <source>The date of birth {dob} is in the future. Check the day, month and year.</source>
        <translation>تاريخ الميلاد {dob} في المستقبل. تحقق من اليوم والشهر والسنة.</translation>
    </message>
    <message>
        <source>The date of birth {dob} would make them {age} years old. Check the year.</source>
        <translation>تاريخ الميلاد {dob} يجعل عمره {age} سنة. تحقق من السنة.</translation>
    </message>
    <message>
        <source>The date of birth {dob} makes them {age}, which is not in the age band {band}. Correct one of them, or leave the age band empty.</source>
        <translation>تاريخ الميلاد {dob} يجعل عمره {age}، وهذا ليس ضمن الفئة العمرية {band}. صحّح أحدهما، أو اترك الفئة العمرية فارغة.</translation>
    </message>
    <message>
        <source>Give a date of birth or choose an age band, so the makerspace knows whether a guardian is needed.</source>
        <translation>أعطِ تاريخ الميلاد أو اختر فئة عمرية، حتى تعرف المساحة إن كان وليّ الأمر مطلوبًا.</translation>
    </message>
    <message>
        <source>“{value}” does not look like an e-mail address. Write it as name@example.org, or leave it empty.</source>
        <translation>«{value}» لا يبدو عنوان بريد إلكتروني. اكتبه بصيغة name@example.org، أو اتركه فارغًا.</translation>
    </message>
    <message>
        <source>“{value}” does not look like a phone number. Use digits, spaces and + - ( ) only, or leave it empty.</source>
        <translation>«{value}» لا يبدو رقم هاتف. استخدم الأرقام والمسافات و+ - ( ) فقط، أو اتركه فارغًا.</translation>
    </message>
    <message>
        <source>“{value}” is not an accessibility need the app knows. Choose from: {choices}; describe anything else in the accessibility notes.</source>
        <translation>«{value}» ليس احتياجًا من احتياجات الإتاحة التي يعرفها التطبيق. اختر من: {choices}؛ وصِف أي شيء آخر في ملاحظات الإتاحة.</translation>
    </message>
    <message>
        <source>Enter both the guardian&apos;s name and how to reach them (phone or e-mail).</source>
        <translation>أدخل اسم وليّ الأمر وطريقة التواصل معه (هاتف أو بريد إلكتروني) معًا.</translation>
    </message>
    <message>
        <source>Choose a guardian among the participants or enter the guardian&apos;s name and contact, not both.</source>
        <translation>اختر وليّ أمر من بين المشاركين أو أدخل اسم وليّ الأمر ووسيلة التواصل معه، وليس الاثنين.</translation>
    </message>
    <message>
        <source>{guardian} cannot be the guardian: they are under {adult_age} or their age is not recorded. Choose an adult participant, or enter the guardian&apos;s name and contact.</source>
        <translation>لا يمكن أن يكون {guardian} وليّ أمر: عمره أقل من {adult_age} أو أن عمره غير مسجل. اختر مشاركًا بالغًا، أو أدخل اسم وليّ الأمر ووسيلة التواصل معه.</translation>
    </message>
    <message>
        <source>A participant under {adult_age} needs a guardian: choose an adult participant or enter the guardian&apos;s name and contact.</source>
        <translation>المشارك الذي يقل عمره عن {adult_age} يحتاج إلى وليّ أمر: اختر مشاركًا بالغًا أو أدخل اسم وليّ الأمر ووسيلة التواصل معه.</translation>
    </message>
    <message>
        <source>There is no participant number {id}. It may have been removed; search for the person again.</source>
        <translation>لا يوجد مشارك رقم {id}. ربما حُذف؛ ابحث عن الشخص من جديد.</translation>
    </message>
    <message>
        <source>Participant number {id} was erased on {date}: nothing about them is kept. If the person comes back, register them again as a new participant.</source>
        <translation>محي المشارك رقم {id} في {date}: لا يُحتفظ بأي شيء عنه. إن عاد الشخص، سجّله من جديد كمشارك جديد.</translation>
    </message>
    <message>
        <source>A participant cannot be their own guardian. Choose another adult participant, or enter the guardian&apos;s name and contact.</source>
        <translation>لا يمكن للمشارك أن يكون وليّ أمر نفسه. اختر مشاركًا بالغًا آخر، أو أدخل اسم وليّ الأمر ووسيلة التواصل معه.</translation>
    </message>
    <message>
        <source>There is no participant number {id} to be the guardian. Search for the guardian again, or enter their name and contact.</source>
        <translation>لا يوجد مشارك رقم {id} ليكون وليّ الأمر. ابحث عن وليّ الأمر من جديد، أو أدخل اسمه ووسيلة التواصل معه.</translation>
    </message>
    <message>
        <source>There is no site number {id}. Choose one of the sites in Settings.</source>
        <translation>لا يوجد موقع رقم {id}. اختر أحد المواقع في الإعدادات.</translation>
    </message>
    <message>
        <source>No free badge code could be found. Try again; if it persists, report it as a bug.</source>
        <translation>تعذّر العثور على رمز شارة متاح. حاول من جديد؛ وإن تكرر الأمر فأبلغ عنه كخطأ برمجي.</translation>
    </message>
    <message>
        <source>This would make them under {adult_age}, but they are the guardian of {count} minor participant(s), for example {ward}. Check the date of birth, or give those participants another guardian first.</source>
        <translation>هذا يجعل عمره أقل من {adult_age}، لكنه وليّ أمر {count} من المشاركين القاصرين، مثل {ward}. تحقق من تاريخ الميلاد، أو أعطِ هؤلاء المشاركين وليّ أمر آخر أولًا.</translation>
    </message>
    <message>
        <source>{name} is under {adult_age} and has no guardian on record, so they cannot book or enrol yet. Add a guardian on their page (Participants, then Guardian): an adult participant, or the guardian&apos;s name and contact.</source>
        <translation>عمر {name} أقل من {adult_age} وليس له وليّ أمر مسجل، لذلك لا يمكنه الحجز أو التسجيل بعد. أضف وليّ أمر في صفحته (المشاركون، ثم وليّ الأمر): مشاركًا بالغًا، أو اسم وليّ الأمر ووسيلة التواصل معه.</translation>
    </message>
    <message>
        <source>Only a {role} or above can {action}. Ask a colleague with that role, or an admin to change your role.</source>
        <translation>فقط {role} أو من هو أعلى يمكنه {action}. اطلب ذلك من زميل له هذا الدور، أو من مسؤول لتغيير دورك.</translation>
    </message>
    <message>
        <source>There is no setting called “{key}”.</source>
        <translation>لا يوجد إعداد باسم «{key}».</translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation>يجب أن يكون {label} نصًا.</translation>
    </message>
    <message>
        <source>{label} contains an invisible control character. Retype it instead of pasting it.</source>
        <translation>يحتوي {label} على حرف تحكم غير مرئي. اكتبه من جديد بدلًا من لصقه.</translation>
    </message>
    <message>
        <source>{label} must be one of: {choices}.</source>
        <translation>يجب أن يكون {label} واحدًا من: {choices}.</translation>
    </message>
    <message>
        <source>{label} must be a whole number from {low} to {high}.</source>
        <translation>يجب أن يكون {label} عددًا صحيحًا من {low} إلى {high}.</translation>
    </message>
    <message>
        <source>A user name is one word with no spaces (at most 100 characters), for example “amira”.</source>
        <translation>اسم المستخدم كلمة واحدة بلا مسافات (100 حرف كحد أقصى)، مثل «amira».</translation>
    </message>
    <message>
        <source>The user name or name contains an invisible control character. Retype it instead of pasting it.</source>
        <translation>يحتوي اسم المستخدم أو الاسم على حرف تحكم غير مرئي. اكتبه من جديد بدلًا من لصقه.</translation>
    </message>
    <message>
        <source>A staff member&apos;s name is at most 200 characters. Shorten it.</source>
        <translation>اسم الموظف 200 حرف كحد أقصى. اختصره.</translation>
    </message>
    <message>
        <source>That password or PIN is too long (at most 1000 characters, a PIN at most 100 digits).</source>
        <translation>كلمة المرور أو رمز PIN طويل جدًا (1000 حرف كحد أقصى، ورمز PIN ‏100 رقم كحد أقصى).</translation>
    </message>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation>تحتاج كلمة المرور إلى {n} أحرف على الأقل.</translation>
    </message>
    <message>
        <source>A PIN is at least {n} digits.</source>
        <translation>رمز PIN من {n} أرقام على الأقل.</translation>
    </message>
    <message>
        <source>Give a password (at least {n} characters) or a PIN, or both.</source>
        <translation>أعطِ كلمة مرور (من {n} أحرف على الأقل) أو رمز PIN، أو كليهما.</translation>
    </message>
    <message>
        <source>There is already a staff member called “{username}”. Pick another user name.</source>
        <translation>يوجد بالفعل موظف باسم «{username}». اختر اسم مستخدم آخر.</translation>
    </message>
    <message>
        <source>This database already has staff accounts. Ask an admin to add you.</source>
        <translation>قاعدة البيانات هذه لديها حسابات موظفين بالفعل. اطلب من مسؤول أن يضيفك.</translation>
    </message>
    <message>
        <source>That user name and password or PIN do not match. Check them and try again.</source>
        <translation>اسم المستخدم وكلمة المرور أو رمز PIN غير متطابقة. تحقق منها وحاول من جديد.</translation>
    </message>
    <message>
        <source>There is no staff member number {id}. Choose one from the list.</source>
        <translation>لا يوجد موظف رقم {id}. اختر واحدًا من القائمة.</translation>
    </message>
    <message>
        <source>“{role}” is not a role. Choose one of: {roles}.</source>
        <translation>«{role}» ليس دورًا. اختر واحدًا من: {roles}.</translation>
    </message>
    <message>
        <source>A staff member&apos;s name is 1 to 200 characters, for example “Amira Haddad”.</source>
        <translation>اسم الموظف من 1 إلى 200 حرف، مثل «Amira Haddad».</translation>
    </message>
    <message>
        <source>{name} is the only active admin, so they stay one. Make another staff member an admin first.</source>
        <translation>{name} هو المسؤول النشط الوحيد، لذلك يبقى مسؤولًا. اجعل موظفًا آخر مسؤولًا أولًا.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account while signed in with it. Ask another admin.</source>
        <translation>لا يمكنك تعطيل حسابك وأنت مسجّل الدخول به. اطلب ذلك من مسؤول آخر.</translation>
    </message>
    <message>
        <source>A report is written as a PDF or a CSV file: name the file with .pdf or .csv at the end (not “{suffix}”).</source>
        <translation>يُكتب التقرير كملف PDF أو CSV: اجعل اسم الملف ينتهي بـ ‎.pdf أو ‎.csv (لا «{suffix}»).</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>تعذّرت كتابة {path}: {reason}.</translation>
    </message>
    <message>
        <source>A report needs a first and a last day.</source>
        <translation>يحتاج التقرير إلى يوم أول ويوم أخير.</translation>
    </message>
    <message>
        <source>The report&apos;s last day ({last}) is before its first day ({first}). Choose a last day on or after the first.</source>
        <translation>اليوم الأخير من التقرير ({last}) قبل يومه الأول ({first}). اختر يومًا أخيرًا في اليوم الأول أو بعده.</translation>
    </message>
    <message>
        <source>A report covers at most ten years; {first} to {last} is {days} days. Check the years of the two days.</source>
        <translation>يغطي التقرير عشر سنوات كحد أقصى؛ ومن {first} إلى {last} {days} يومًا. تحقق من سنتي اليومين.</translation>
    </message>
    <message>
        <source>{first} to {last} is outside the days a report can cover.</source>
        <translation>من {first} إلى {last} خارج الأيام التي يمكن أن يغطيها تقرير.</translation>
    </message>
    <message>
        <source>There is no report called “{kind}”. Choose one of: {kinds}.</source>
        <translation>لا يوجد تقرير باسم «{kind}». اختر واحدًا من: {kinds}.</translation>
    </message>
    <message>
        <source>This session was cancelled, so nobody can be marked present at it. Choose another session of the workshop.</source>
        <translation>أُلغيت هذه الجلسة، فلا يمكن تسجيل حضور أحد فيها. اختر جلسة أخرى من الورشة.</translation>
    </message>
    <message>
        <source>{name} is not enrolled in “{workshop}”. Add them as a walk-in instead (Ctrl+N), or enrol them first.</source>
        <translation>{name} غير مسجل في «{workshop}». أضفه كحاضر دون تسجيل (Ctrl+N)، أو سجّله أولًا.</translation>
    </message>
    <message>
        <source>{name} is already marked present at this session. Nothing to do.</source>
        <translation>تم تسجيل حضور {name} في هذه الجلسة بالفعل. لا شيء للقيام به.</translation>
    </message>
    <message>
        <source>The workshop has no sessions yet, so nobody can complete it. Add its sessions first.</source>
        <translation>ليس للورشة جلسات بعد، فلا يمكن لأحد إكمالها. أضف جلساتها أولًا.</translation>
    </message>
    <message>
        <source>Completing needs {required} sessions but the workshop has only {total}. Change the completion rule, or add sessions.</source>
        <translation>يتطلب الإكمال {required} جلسات لكن للورشة {total} فقط. غيّر قاعدة الإكمال، أو أضف جلسات.</translation>
    </message>
    <message>
        <source>Attended {attended} of {total} sessions; {required} are needed to complete ({missing} more).</source>
        <translation>حضر {attended} من {total} جلسات؛ والمطلوب {required} للإكمال ({missing} أخرى).</translation>
    </message>
    <message>
        <source>That item no longer exists. Refresh the list and choose another.</source>
        <translation>هذه المعدة لم تعد موجودة. حدّث القائمة واختر غيرها.</translation>
    </message>
    <message>
        <source>That participant no longer exists. Search for them again.</source>
        <translation>هذا المشارك لم يعد موجودًا. ابحث عنه من جديد.</translation>
    </message>
    <message>
        <source>The end ({end}) must come after the start ({start}).</source>
        <translation>يجب أن تأتي النهاية ({end}) بعد البداية ({start}).</translation>
    </message>
    <message>
        <source>That time has already passed. Choose a time from now on.</source>
        <translation>مضى هذا الوقت بالفعل. اختر وقتًا من الآن فصاعدًا.</translation>
    </message>
    <message>
        <source>A booking can last at most {days} days. Book it as a series instead.</source>
        <translation>يمكن أن يستمر الحجز {days} أيام كحد أقصى. احجزه كسلسلة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>This participant&apos;s record was erased; register them again.</source>
        <translation>مُحي سجل هذا المشارك؛ سجّله من جديد.</translation>
    </message>
    <message>
        <source>{item} is retired and can no longer be booked.</source>
        <translation>{item} متقاعدة ولا يمكن حجزها بعد الآن.</translation>
    </message>
    <message>
        <source>{item} is out of service. Book another {category} instead.</source>
        <translation>{item} خارج الخدمة. احجز {category} آخر بدلًا منها.</translation>
    </message>
    <message>
        <source>A {category} booking can last at most {limit} minutes; this one is {minutes}. Shorten it, or book two slots.</source>
        <translation>يمكن أن يستمر حجز {category} {limit} دقيقة كحد أقصى؛ وهذا مدته {minutes}. اختصره، أو احجز فترتين.</translation>
    </message>
    <message>
        <source>The makerspace is closed on {day} ({reason}). Choose another day.</source>
        <translation>المساحة مغلقة في {day} ({reason}). اختر يومًا آخر.</translation>
    </message>
    <message>
        <source>{start}–{end} is outside opening hours on {day} ({hours}). Choose a time within them.</source>
        <translation>{start}–{end} خارج ساعات العمل في {day} ({hours}). اختر وقتًا ضمنها.</translation>
    </message>
    <message>
        <source>{person} is under {adult} and has no guardian on record. Add a guardian (an adult participant, or a name and contact) to their record first.</source>
        <translation>عمر {person} أقل من {adult} وليس له وليّ أمر مسجل. أضف وليّ أمر (مشاركًا بالغًا، أو اسمًا ووسيلة تواصل) إلى سجله أولًا.</translation>
    </message>
    <message>
        <source>{category} is for ages {min_age} and over; {person} is {age}. A leader-run workshop may be an option.</source>
        <translation>{category} للأعمار {min_age} فأكثر؛ وعمر {person} هو {age}. قد تكون ورشة بإشراف قائد خيارًا.</translation>
    </message>
    <message>
        <source>{person} has no valid certification for {category}. They can book it after completing the training (or renewing an expired certification).</source>
        <translation>ليس لدى {person} اعتماد ساري لـ {category}. يمكنه الحجز بعد إكمال التدريب (أو تجديد اعتماد منتهٍ).</translation>
    </message>
    <message>
        <source>{item} is booked {start}–{end} on {day}.</source>
        <translation>{item} محجوزة {start}–{end} في {day}.</translation>
    </message>
    <message>
        <source>{person} has {used} booked in the week of {week}; the weekly limit is {limit} h, so at most {left} more fits.</source>
        <translation>لدى {person} {used} محجوزة في أسبوع {week}؛ والحد الأسبوعي {limit} ساعة، فلا يتسع إلا لـ {left} أخرى على الأكثر.</translation>
    </message>
    <message>
        <source>Notes can hold at most {limit} characters; these have {count}. Shorten them.</source>
        <translation>تتسع الملاحظات لـ {limit} حرفًا كحد أقصى؛ وفي هذه {count}. اختصرها.</translation>
    </message>
    <message>
        <source>{item} was just booked for that time from somewhere else. Choose another time.</source>
        <translation>حُجزت {item} للتو لذلك الوقت من مكان آخر. اختر وقتًا آخر.</translation>
    </message>
    <message>
        <source>A booking time needs its time zone.</source>
        <translation>يحتاج وقت الحجز إلى منطقته الزمنية.</translation>
    </message>
    <message>
        <source>Only a booking that is still to come can be moved; this one is {status}.</source>
        <translation>لا يمكن نقل إلا حجز لم يأتِ بعد؛ وهذا الحجز {status}.</translation>
    </message>
    <message>
        <source>Only a booking not yet started can be cancelled; this one is {status}.</source>
        <translation>لا يمكن إلغاء إلا حجز لم يبدأ بعد؛ وهذا الحجز {status}.</translation>
    </message>
    <message>
        <source>This booking is {status}, so it cannot be checked in.</source>
        <translation>هذا الحجز {status}، فلا يمكن تسجيل وصوله.</translation>
    </message>
    <message>
        <source>This booking starts at {start}; check-in opens 15 minutes before.</source>
        <translation>يبدأ هذا الحجز في {start}؛ ويُفتح تسجيل الوصول قبله بـ 15 دقيقة.</translation>
    </message>
    <message>
        <source>This booking ended at {end}. Make a new booking instead.</source>
        <translation>انتهى هذا الحجز في {end}. أنشئ حجزًا جديدًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Only a checked-in booking can be checked out; this one is {status}.</source>
        <translation>لا يمكن تسجيل المغادرة إلا لحجز سُجّل وصوله؛ وهذا الحجز {status}.</translation>
    </message>
    <message>
        <source>That booking no longer exists. Refresh the view.</source>
        <translation>لم يعد هذا الحجز موجودًا. حدّث العرض.</translation>
    </message>
    <message>
        <source>A series has from 1 to 104 occurrences; {count} was asked.</source>
        <translation>للسلسلة من 1 إلى 104 مواعيد؛ وطُلب {count}.</translation>
    </message>
    <message>
        <source>Since the dates were checked, {count} more of the occurrences became impossible to book (the first, on {day}: {first}). Nothing was booked; check the dates again.</source>
        <translation>منذ فحص التواريخ، أصبح {count} موعدًا آخر غير قابل للحجز (الأول في {day}: {first}). لم يُحجز شيء؛ افحص التواريخ من جديد.</translation>
    </message>
    <message>
        <source>{count} of the {total} occurrences cannot be booked (the first: {first}). Skip those occurrences, or drop the series.</source>
        <translation>{count} من المواعيد الـ {total} لا يمكن حجزها (الأول: {first}). تخطَّ تلك المواعيد، أو تخلَّ عن السلسلة.</translation>
    </message>
    <message>
        <source>None of the occurrences can be booked: {first}</source>
        <translation>لا يمكن حجز أي من المواعيد: {first}</translation>
    </message>
    <message>
        <source>The end of the period must come after its start. Check the dates.</source>
        <translation>يجب أن تأتي نهاية الفترة بعد بدايتها. تحقق من التواريخ.</translation>
    </message>
    <message>
        <source>The calendar could not be written to {path} ({detail}). Choose a folder you can write to.</source>
        <translation>تعذّرت كتابة التقويم في {path} ({detail}). اختر مجلدًا يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} row(s) need fixing (first: line {line}: {reason}).</source>
        <translation>لم يُستورد شيء: {count} صف يحتاج إلى تصحيح (الأول: السطر {line}: {reason}).</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>تعذّرت قراءة {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text. In Excel use “Save as: CSV UTF-8”.</source>
        <translation>{path} ليس نصًا بترميز UTF-8. في Excel استخدم «حفظ باسم: CSV UTF-8».</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line with the column names.</source>
        <translation>الملف فارغ: يحتاج إلى سطر عناوين بأسماء الأعمدة.</translation>
    </message>
    <message>
        <source>The header line lacks the column(s) {missing}. Expected: {expected}.</source>
        <translation>ينقص سطر العناوين العمود أو الأعمدة {missing}. المتوقع: {expected}.</translation>
    </message>
    <message>
        <source>An equipment category needs a name, for example “3D printers”.</source>
        <translation>تحتاج فئة المعدات إلى اسم، مثل «طابعات ثلاثية الأبعاد».</translation>
    </message>
    <message>
        <source>The {what} cannot be {value}. Leave it empty for no limit.</source>
        <translation>لا يمكن أن تكون قيمة {what} {value}. اتركها فارغة لعدم وضع حد.</translation>
    </message>
    <message>
        <source>There is already a category called “{name}”.</source>
        <translation>توجد بالفعل فئة باسم «{name}».</translation>
    </message>
    <message>
        <source>That equipment category no longer exists. Refresh the list.</source>
        <translation>لم تعد فئة المعدات هذه موجودة. حدّث القائمة.</translation>
    </message>
    <message>
        <source>That item no longer exists. Refresh the list.</source>
        <translation>لم تعد هذه القطعة موجودة. حدّث القائمة.</translation>
    </message>
    <message>
        <source>No item has the asset tag “{tag}”. Check the label.</source>
        <translation>لا توجد قطعة برمز الجرد «{tag}». تحقق من الملصق.</translation>
    </message>
    <message>
        <source>An item needs an asset tag (the code on its label).</source>
        <translation>تحتاج القطعة إلى رمز جرد (الرمز المكتوب على ملصقها).</translation>
    </message>
    <message>
        <source>An item needs a name, for example “Prusa MK4 #2”.</source>
        <translation>تحتاج القطعة إلى اسم، مثل «Prusa MK4 #2».</translation>
    </message>
    <message>
        <source>Choose the item&apos;s equipment category.</source>
        <translation>اختر فئة معدات القطعة.</translation>
    </message>
    <message>
        <source>That space no longer exists. Choose another.</source>
        <translation>لم يعد هذا المكان موجودًا. اختر مكانًا آخر.</translation>
    </message>
    <message>
        <source>The asset tag {tag} is already used by “{other}”. Each item needs its own tag.</source>
        <translation>رمز الجرد {tag} مستخدم بالفعل لـ«{other}». تحتاج كل قطعة إلى رمز خاص بها.</translation>
    </message>
    <message>
        <source>The asset tag {tag} was just taken on another desk.</source>
        <translation>أُخذ رمز الجرد {tag} للتو من مكتب آخر.</translation>
    </message>
    <message>
        <source>A photo must be a PNG or JPEG picture. Save it in one of those formats and choose it again.</source>
        <translation>يجب أن تكون الصورة بصيغة PNG أو JPEG. احفظها بإحدى هاتين الصيغتين ثم اخترها من جديد.</translation>
    </message>
    <message>
        <source>The photo is {size} MB; at most {limit} MB fits. Choose a smaller picture.</source>
        <translation>حجم الصورة {size} ميغابايت؛ الحد الأقصى {limit} ميغابايت. اختر صورة أصغر.</translation>
    </message>
    <message>
        <source>{name} still has {count} future booking(s). Move or cancel them first, then retire it.</source>
        <translation>لدى {name} {count} من الحجوزات القادمة. انقلها أو ألغها أولًا، ثم استبعدها.</translation>
    </message>
    <message>
        <source>{name} is not retired, so there is nothing to undo.</source>
        <translation>{name} ليست مُستبعَدة، فلا يوجد ما يُتراجع عنه.</translation>
    </message>
    <message>
        <source>Describe the maintenance, for example “Nozzle clogged”.</source>
        <translation>صِف الصيانة، مثل «الفوهة مسدودة».</translation>
    </message>
    <message>
        <source>{name} is retired. Put it back in the inventory first.</source>
        <translation>{name} مُستبعَدة. أعدها إلى الجرد أولًا.</translation>
    </message>
    <message>
        <source>That maintenance record no longer exists.</source>
        <translation>لم يعد سجل الصيانة هذا موجودًا.</translation>
    </message>
    <message>
        <source>{name} is already in service.</source>
        <translation>{name} في الخدمة بالفعل.</translation>
    </message>
    <message>
        <source>There is no project number {id}. It may have been removed; refresh the gallery.</source>
        <translation>لا يوجد مشروع رقم {id}. ربما أُزيل؛ حدّث المعرض.</translation>
    </message>
    <message>
        <source>There is no participant number {id}. Search for the person again.</source>
        <translation>لا يوجد مشارك رقم {id}. ابحث عن الشخص من جديد.</translation>
    </message>
    <message>
        <source>Participant number {id} was erased and cannot be named on a project. Leave them out.</source>
        <translation>مُحي المشارك رقم {id} ولا يمكن ذكره في مشروع. استبعده.</translation>
    </message>
    <message>
        <source>A project needs a title, for example “Solar-powered lamp”.</source>
        <translation>يحتاج المشروع إلى عنوان، مثل «مصباح يعمل بالطاقة الشمسية».</translation>
    </message>
    <message>
        <source>The title is too long ({length} characters; at most {limit}). Shorten it and tell the rest in the description.</source>
        <translation>العنوان طويل جدًا ({length} حرفًا؛ الحد الأقصى {limit}). اختصره واروِ الباقي في الوصف.</translation>
    </message>
    <message>
        <source>“{value}” is not a project status. Choose one of: {choices}.</source>
        <translation>«{value}» ليست حالة مشروع. اختر واحدة من: {choices}.</translation>
    </message>
    <message>
        <source>There is no workshop number {id}. Choose the workshop from the list, or leave it empty.</source>
        <translation>لا توجد ورشة رقم {id}. اختر الورشة من القائمة، أو اتركها فارغة.</translation>
    </message>
    <message>
        <source>There is no item number {id}. Choose the equipment from the list.</source>
        <translation>لا توجد معدة رقم {id}. اختر المعدة من القائمة.</translation>
    </message>
    <message>
        <source>There is no booking number {id}. Choose one of the team&apos;s bookings, or leave the booking empty.</source>
        <translation>لا يوجد حجز رقم {id}. اختر أحد حجوزات الفريق، أو اترك الحجز فارغًا.</translation>
    </message>
    <message>
        <source>Booking number {booking} was for {booked}, not {item}. Choose a booking of {item}, or record {booked} instead.</source>
        <translation>كان الحجز رقم {booking} لـ {booked}، لا لـ {item}. اختر حجزًا لـ {item}، أو سجّل {booked} بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Booking number {booking} was for {person}, who is not in the project&apos;s team. Add them to the team first, or choose a team member&apos;s booking.</source>
        <translation>كان الحجز رقم {booking} لـ {person}، وهو ليس في فريق المشروع. أضفه إلى الفريق أولًا، أو اختر حجزًا لأحد أعضاء الفريق.</translation>
    </message>
    <message>
        <source>Booking number {booking} is {status}, so nothing was made in it. Choose another booking, or leave the booking empty.</source>
        <translation>الحجز رقم {booking} {status}، فلم يُصنع فيه شيء. اختر حجزًا آخر، أو اترك الحجز فارغًا.</translation>
    </message>
    <message>
        <source>{item} is already listed for this project{booking}. Nothing to do.</source>
        <translation>{item} مذكورة بالفعل لهذا المشروع{booking}. لا شيء للقيام به.</translation>
    </message>
    <message>
        <source>That equipment is no longer listed on the project. Refresh the page.</source>
        <translation>هذه المعدة لم تعد مذكورة في المشروع. حدّث الصفحة.</translation>
    </message>
    <message>
        <source>The {what} is not a PNG, JPEG, GIF or WebP image. Save it in one of those formats and try again.</source>
        <translation>{what} ليس صورة PNG أو JPEG أو GIF أو WebP. احفظه بإحدى هذه الصيغ وحاول من جديد.</translation>
    </message>
    <message>
        <source>The {what} is too large ({size} MB; at most {limit} MB). Make it smaller and try again.</source>
        <translation>{what} كبير جدًا ({size} م.ب؛ الحد الأقصى {limit} م.ب). صغّره وحاول من جديد.</translation>
    </message>
    <message>
        <source>Before attaching a photo, read the warning and confirm it: everyone recognisable in it must be listed and have photo consent. Then add the photo again.</source>
        <translation>قبل إرفاق صورة، اقرأ التنبيه وأكّده: يجب ذكر كل من يمكن التعرف عليه وأن تكون لديه موافقة على الصور. ثم أضف الصورة من جديد.</translation>
    </message>
    <message>
        <source>No current photo consent for: {names}. Record their photo consent first (given by them or their guardian), or choose a photo without them.</source>
        <translation>لا توجد موافقة سارية على الصور لـ: {names}. سجّل موافقتهم على الصور أولًا (منهم أو من أولياء أمورهم)، أو اختر صورة لا تظهرهم.</translation>
    </message>
    <message>
        <source>That photo is no longer on the project. Refresh the page.</source>
        <translation>هذه الصورة لم تعد في المشروع. حدّث الصفحة.</translation>
    </message>
    <message>
        <source>The file needs a name, for example “lamp.svg”.</source>
        <translation>يحتاج الملف إلى اسم، مثل «lamp.svg».</translation>
    </message>
    <message>
        <source>The file name is too long ({length} characters; at most {limit}). Rename the file.</source>
        <translation>اسم الملف طويل جدًا ({length} حرفًا؛ الحد الأقصى {limit}). أعد تسمية الملف.</translation>
    </message>
    <message>
        <source>“{filename}” is {size} MB; a project file can be at most {limit} MB. Compress it or split it, or link to it in the description instead.</source>
        <translation>حجم «{filename}» {size} م.ب؛ وملف المشروع لا يتجاوز {limit} م.ب. اضغطه أو قسّمه، أو ضع رابطًا إليه في الوصف بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>“{value}” is not a media type. Use a form such as image/svg+xml or application/pdf, or leave it empty to guess it from the file name.</source>
        <translation>«{value}» ليس نوع وسائط. استخدم صيغة مثل image/svg+xml أو application/pdf، أو اتركه فارغًا لاستنتاجه من اسم الملف.</translation>
    </message>
    <message>
        <source>That file is no longer on the project. Refresh the page.</source>
        <translation>هذا الملف لم يعد في المشروع. حدّث الصفحة.</translation>
    </message>
    <message>
        <source>That enrolment no longer exists. Refresh the view.</source>
        <translation>هذا التسجيل لم يعد موجودًا. حدّث العرض.</translation>
    </message>
    <message>
        <source>There is no waitlist promotion to tell about for this enrolment: it was already marked as told, or the place was given up. Refresh the view.</source>
        <translation>لا يوجد انتقال من قائمة الانتظار يجب الإبلاغ به لهذا التسجيل: سبق تعليمه كمُبلَّغ، أو تم التخلي عن المكان. حدّث العرض.</translation>
    </message>
    <message>
        <source>unknown category “{name}” (known: {known})</source>
        <translation>فئة غير معروفة «{name}» (المعروفة: {known})</translation>
    </message>
    <message>
        <source>unknown space “{name}”</source>
        <translation>مساحة غير معروفة «{name}»</translation>
    </message>
    <message>
        <source>status “{value}” should be available, out_of_service or retired</source>
        <translation>يجب أن تكون الحالة «{value}» available أو out_of_service أو retired</translation>
    </message>
    <message>
        <source>“{value}” is not a date and time like 2026-03-10T16:00</source>
        <translation>«{value}» ليس تاريخًا ووقتًا مثل 2026-03-10T16:00</translation>
    </message>
    <message>
        <source>no item has the asset tag “{tag}”</source>
        <translation>لا توجد معدة برقم الجرد «{tag}»</translation>
    </message>
    <message>
        <source>no participant has the badge code “{code}”</source>
        <translation>لا يوجد مشارك برمز الشارة «{code}»</translation>
    </message>
    <message>
        <source>The {what} needs its date, time and time zone.</source>
        <translation>يحتاج {what} إلى تاريخه ووقته ومنطقته الزمنية.</translation>
    </message>
    <message>
        <source>There is no workshop number {id}. It may have been removed; refresh the list of workshops.</source>
        <translation>لا توجد ورشة رقم {id}. ربما أُزيلت؛ حدّث قائمة الورش.</translation>
    </message>
    <message>
        <source>There is no session number {id}. It may have been removed; open the workshop again to see its sessions.</source>
        <translation>لا توجد جلسة رقم {id}. ربما أُزيلت؛ افتح الورشة من جديد لرؤية جلساتها.</translation>
    </message>
    <message>
        <source>Only the leaders of “{workshop}” ({leaders}) or a coordinator can {action}. Ask one of them, or ask a coordinator to add you as a leader.</source>
        <translation>فقط قادة «{workshop}» ({leaders}) أو منسق يمكنهم {action}. اطلب ذلك من أحدهم، أو اطلب من منسق إضافتك كقائد.</translation>
    </message>
    <message>
        <source>The {label} must be a whole number from {low} to {high}{empty}.</source>
        <translation>يجب أن يكون {label} عددًا صحيحًا من {low} إلى {high}{empty}.</translation>
    </message>
    <message>
        <source>A workshop needs a title, for example “Laser cutting for beginners”.</source>
        <translation>تحتاج الورشة إلى عنوان، مثل «القطع بالليزر للمبتدئين».</translation>
    </message>
    <message>
        <source>The title is too long ({length} characters; at most {limit}). Shorten it and put the rest in the description.</source>
        <translation>العنوان طويل جدًا ({length} حرفًا؛ الحد الأقصى {limit}). اختصره وضع الباقي في الوصف.</translation>
    </message>
    <message>
        <source>The minimum age ({min_age}) is above the maximum age ({max_age}). Swap them, or leave one empty.</source>
        <translation>الحد الأدنى للعمر ({min_age}) أعلى من الحد الأقصى ({max_age}). بدّل بينهما، أو اترك أحدهما فارغًا.</translation>
    </message>
    <message>
        <source>Choose one completion rule: at least {n} sessions, or {pct}% of the sessions — not both.</source>
        <translation>اختر قاعدة إكمال واحدة: {n} جلسات على الأقل، أو {pct}% من الجلسات — لا الاثنتين.</translation>
    </message>
    <message>
        <source>There is no space number {id}. Choose one of the spaces in Settings, or leave it empty.</source>
        <translation>لا توجد مساحة رقم {id}. اختر إحدى المساحات في الإعدادات، أو اتركها فارغة.</translation>
    </message>
    <message>
        <source>There is no equipment category number {id}. Choose the category this training certifies for, or leave it empty.</source>
        <translation>لا توجد فئة معدات رقم {id}. اختر الفئة التي يمنح هذا التدريب اعتمادها، أو اتركها فارغة.</translation>
    </message>
    <message>
        <source>There is no staff member number {id} to lead the workshop. Choose the leaders from the staff list.</source>
        <translation>لا يوجد موظف رقم {id} لقيادة الورشة. اختر القادة من قائمة الموظفين.</translation>
    </message>
    <message>
        <source>{name} cannot lead a workshop: they are not an active workshop leader, coordinator or admin. Choose another leader, or ask an admin to change their role.</source>
        <translation>لا يمكن لـ {name} قيادة ورشة: ليس قائد ورشة أو منسقًا أو مسؤولًا نشطًا. اختر قائدًا آخر، أو اطلب من مسؤول تغيير دوره.</translation>
    </message>
    <message>
        <source>There is no space number {id}. Choose one of the spaces in Settings, or leave it empty to use the workshop&apos;s space.</source>
        <translation>لا توجد مساحة رقم {id}. اختر إحدى المساحات في الإعدادات، أو اتركها فارغة لاستخدام مساحة الورشة.</translation>
    </message>
    <message>
        <source>The session must end after it starts ({start} to {end}). Check the times.</source>
        <translation>يجب أن تنتهي الجلسة بعد أن تبدأ ({start} إلى {end}). تحقق من الأوقات.</translation>
    </message>
    <message>
        <source>The makerspace is closed on {day} ({reason}). Choose another day for the session.</source>
        <translation>المساحة مغلقة في {day} ({reason}). اختر يومًا آخر للجلسة.</translation>
    </message>
    <message>
        <source>“{workshop}” already has a session {start}–{end}. Choose a time that does not overlap it, or move that session instead.</source>
        <translation>لدى «{workshop}» جلسة بالفعل {start}–{end}. اختر وقتًا لا يتداخل معها، أو انقل تلك الجلسة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>A series has from 1 to {limit} sessions; {count} was asked.</source>
        <translation>للسلسلة من 1 إلى {limit} جلسة؛ وطُلب {count}.</translation>
    </message>
    <message>
        <source>Each session must end after it starts ({start} to {end}). Check the times.</source>
        <translation>يجب أن تنتهي كل جلسة بعد أن تبدأ ({start} إلى {end}). تحقق من الأوقات.</translation>
    </message>
    <message>
        <source>None of the {count} dates can have a session (the first: {day}, {reason}). Choose other dates.</source>
        <translation>لا يمكن عقد جلسة في أي من التواريخ الـ {count} (الأول: {day}، {reason}). اختر تواريخ أخرى.</translation>
    </message>
    <message>
        <source>This session was cancelled on {day}, so it cannot be moved. Add a new session instead.</source>
        <translation>أُلغيت هذه الجلسة في {day}، فلا يمكن نقلها. أضف جلسة جديدة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>This session was already cancelled on {day}; nothing to do.</source>
        <translation>أُلغيت هذه الجلسة بالفعل في {day}؛ لا شيء للقيام به.</translation>
    </message>
    <message>
        <source>That enrolment no longer exists. Open the workshop again.</source>
        <translation>هذا التسجيل لم يعد موجودًا. افتح الورشة من جديد.</translation>
    </message>
    <message>
        <source>“{workshop}” is for ages {range}; {name} is {age}. Look for a workshop for their age, or ask a leader to widen the age range.</source>
        <translation>«{workshop}» للأعمار {range}؛ وعمر {name} هو {age}. ابحث عن ورشة تناسب عمره، أو اطلب من قائد توسيع الفئة العمرية.</translation>
    </message>
    <message>
        <source>{name} is already enrolled in “{workshop}”. Nothing to do.</source>
        <translation>{name} مسجل بالفعل في «{workshop}». لا شيء للقيام به.</translation>
    </message>
    <message>
        <source>{name} is already on the waitlist of “{workshop}” (number {position}). They move up automatically when a place frees.</source>
        <translation>{name} في قائمة انتظار «{workshop}» بالفعل (رقم {position}). ينتقل تلقائيًا عندما يتحرر مكان.</translation>
    </message>
    <message>
        <source>{name} is not enrolled in “{workshop}” nor on its waitlist, so there is nothing to withdraw.</source>
        <translation>{name} غير مسجل في «{workshop}» ولا في قائمة انتظارها، فلا شيء للسحب.</translation>
    </message>
    <message>
        <source>{name} completed “{workshop}” on {day}; a completed enrolment stays on record and cannot be withdrawn.</source>
        <translation>أكمل {name} «{workshop}» في {day}؛ يبقى التسجيل المكتمل في السجل ولا يمكن سحبه.</translation>
    </message>
    <message>
        <source>There is no certificate design called “{design}”. Choose one of: {choices}.</source>
        <extracomment>The command line&apos;s and the Print screen&apos;s names of the badge layouts.</extracomment>
        <translation>لا يوجد تصميم شهادة باسم «{design}». اختر واحدًا من: {choices}.</translation>
    </message>
    <message>
        <source>Nobody has completed “{workshop}” yet, so there is no certificate to issue ({count} enrolled). Take attendance, or change the completion rule.</source>
        <translation>لم يُكمل أحد «{workshop}» بعد، فلا توجد شهادة لإصدارها ({count} مسجلين). سجّل الحضور، أو غيّر قاعدة الإكمال.</translation>
    </message>
    <message>
        <source>There is no badge layout called “{layout}”. Choose one of: {choices}.</source>
        <translation>لا يوجد تخطيط شارة باسم «{layout}». اختر واحدًا من: {choices}.</translation>
    </message>
    <message>
        <source>Choose whose badges to print: some participants, everyone in one workshop, or everyone.</source>
        <translation>اختر شارات من تطبع: بعض المشاركين، أو كل من في ورشة، أو الجميع.</translation>
    </message>
    <message>
        <source>No participant has the badge code {codes}. Check the code (it is printed under the QR code of their badge), or search by name.</source>
        <translation>لا يوجد مشارك برمز الشارة {codes}. تحقق من الرمز (مطبوع تحت رمز QR في شارته)، أو ابحث بالاسم.</translation>
    </message>
    <message>
        <source>There is nobody to print a badge for. Choose at least one participant.</source>
        <translation>لا يوجد أحد لطباعة شارة له. اختر مشاركًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Participant {id} does not exist (any more). Search for them again.</source>
        <translation>المشارك {id} غير موجود (بعد الآن). ابحث عنه من جديد.</translation>
    </message>
    <message>
        <source>Badge or certificate {id} does not exist. Refresh the list and choose it again.</source>
        <translation>الشارة أو الشهادة {id} غير موجودة. حدّث القائمة واخترها من جديد.</translation>
    </message>
    <message>
        <source>Reprint badges and certificates separately: choose only badges, or only certificates.</source>
        <translation>أعد طباعة الشارات والشهادات كلًا على حدة: اختر شارات فقط، أو شهادات فقط.</translation>
    </message>
    <message>
        <source>{serial} was revoked, so it cannot be printed again. Issue a new one instead.</source>
        <translation>أُلغي {serial}، فلا يمكن طباعته من جديد. أصدر واحدًا جديدًا بدلًا منه.</translation>
    </message>
    <message>
        <source>Say why it is revoked (for example “issued by mistake”): the reason is kept with the record.</source>
        <translation>اذكر سبب الإلغاء (مثل «صدر خطأً»): يُحفظ السبب مع السجل.</translation>
    </message>
    <message>
        <source>The reason is {length} characters long; shorten it to {limit} or fewer.</source>
        <translation>طول السبب {length} حرفًا؛ اختصره إلى {limit} أو أقل.</translation>
    </message>
    <message>
        <source>{serial} was already revoked. Nothing was changed.</source>
        <translation>أُلغي {serial} من قبل. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>“{code}” is not a verification code: {detail}. Check it against the printed code (groups of five letters and digits).</source>
        <translation>«{code}» ليس رمز تحقق: {detail}. قارنه بالرمز المطبوع (مجموعات من خمسة أحرف وأرقام).</translation>
    </message>
    <message>
        <source>“{code}” was not issued by {org}: no badge or certificate has this code. Check it for typing mistakes; if it is typed right, the document is not genuine.</source>
        <translation>لم تُصدر {org} «{code}»: لا توجد شارة أو شهادة بهذا الرمز. تحقق من أخطاء الكتابة؛ وإن كان مكتوبًا بشكل صحيح، فالوثيقة غير أصلية.</translation>
    </message>
    <message>
        <source>{path} is not a Makerspace database (it is not an SQLite file). Choose another file, or restore one of your backups.</source>
        <translation>{path} ليس قاعدة بيانات Makerspace (ليس ملف SQLite). اختر ملفًا آخر، أو استعد إحدى نسخك الاحتياطية.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}). It has not been changed. Restore the latest good backup, or choose another file.</source>
        <translation>قاعدة البيانات {path} تالفة ({detail}). لم تُغيَّر. استعد آخر نسخة احتياطية سليمة، أو اختر ملفًا آخر.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Makerspace (schema {found}). It has not been changed. Install the newer version to open it.</source>
        <translation>كُتبت قاعدة البيانات {path} بإصدار أحدث من Makerspace (المخطط {found}). لم تُغيَّر. ثبّت الإصدار الأحدث لفتحها.</translation>
    </message>
    <message>
        <source>The database {path} is locked by another program. Close the other program, or choose another file.</source>
        <translation>قاعدة البيانات {path} مقفلة من برنامج آخر. أغلق البرنامج الآخر، أو اختر ملفًا آخر.</translation>
    </message>
    <message>
        <source>The database {path} cannot be written (read-only file or folder). Copy it somewhere you can write, or choose another file.</source>
        <translation>لا يمكن الكتابة في قاعدة البيانات {path} (ملف أو مجلد للقراءة فقط). انسخها إلى مكان يمكنك الكتابة فيه، أو اختر ملفًا آخر.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full, so nothing was saved. Free some space and try again.</source>
        <translation>القرص الذي يحوي {path} ممتلئ، لذلك لم يُحفظ شيء. حرّر بعض المساحة وحاول من جديد.</translation>
    </message>
    <message>
        <source>Cannot reach the database server at {where} ({detail}). Check that the server is running and the address is right.</source>
        <translation>تعذّر الوصول إلى خادم قاعدة البيانات في {where} ({detail}). تحقق من أن الخادم يعمل وأن العنوان صحيح.</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 س</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
</context>
<context>
    <name>EnrolmentsModel</name>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>الشارة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation>أكمل في %1</translation>
    </message>
    <message>
        <source>Waitlist, number %1</source>
        <translation>قائمة الانتظار، رقم %1</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>منسحب</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>مسجَّل</translation>
    </message>
</context>
<context>
    <name>EquipmentCategoriesDialog</name>
    <message>
        <source>Equipment categories</source>
        <translation>فئات المعدات</translation>
    </message>
    <message>
        <source>&amp;New category</source>
        <translation>فئة &amp;جديدة</translation>
    </message>
    <message>
        <source>New category (Alt+N)</source>
        <translation>فئة جديدة (Alt+N)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>e.g. Laser cutters</source>
        <translation>مثال: قواطع الليزر</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Needs a certification to book</source>
        <translation>يلزم الحصول على شهادة للحجز</translation>
    </message>
    <message>
        <source>Certification valid for (days)</source>
        <translation>مدة صلاحية الشهادة (بالأيام)</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>لا تنتهي صلاحيتها</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>الحد الأدنى للعمر</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>بلا حد أدنى</translation>
    </message>
    <message>
        <source>Longest booking (minutes)</source>
        <translation>أطول حجز (بالدقائق)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source> min</source>
        <translation> د</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>ال&amp;وصف</translation>
    </message>
    <message>
        <source>Certification &amp;valid for</source>
        <translation>مدة &amp;صلاحية الشهادة</translation>
    </message>
    <message>
        <source>&amp;Minimum age</source>
        <translation>الحد الأدنى لل&amp;عمر</translation>
    </message>
    <message>
        <source>&amp;Longest booking</source>
        <translation>أ&amp;طول حجز</translation>
    </message>
    <message>
        <source>&amp;Save category</source>
        <translation>&amp;حفظ الفئة</translation>
    </message>
    <message>
        <source>Save the category (Alt+S)</source>
        <translation>حفظ الفئة (Alt+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>إغلاق (Escape)</translation>
    </message>
    <message>
        <source>needs a certification</source>
        <translation>تلزم شهادة</translation>
    </message>
    <message>
        <source>no certification needed</source>
        <translation>لا تلزم شهادة</translation>
    </message>
    <message>
        <source>ages %1 and over</source>
        <translation>من سن %1 فما فوق</translation>
    </message>
    <message>
        <source>at most %1 a booking</source>
        <translation>%1 كحد أقصى للحجز الواحد</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>فئة جديدة</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>تم حفظ %1.</translation>
    </message>
</context>
<context>
    <name>EquipmentDialog</name>
    <message>
        <source>Equipment used for “%1”</source>
        <translation>المعدات المستخدمة لـ «%1»</translation>
    </message>
    <message>
        <source>Choose the booking it was made in. The list holds the team&apos;s bookings, newest first.</source>
        <translation>اختر الحجز الذي صُنع فيه. تضم القائمة حجوزات الفريق، الأحدث أولًا.</translation>
    </message>
    <message>
        <source>The team&apos;s bookings</source>
        <translation>حجوزات الفريق</translation>
    </message>
    <message>
        <source>Add to the project</source>
        <translation>إضافة إلى المشروع</translation>
    </message>
    <message>
        <source>Add the highlighted booking&apos;s item to the project</source>
        <translation>إضافة معدة الحجز المحدد إلى المشروع</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel: add nothing</source>
        <translation>إلغاء: عدم إضافة شيء</translation>
    </message>
    <message>
        <source>%1 (%2) — %3 — %4</source>
        <translation>%1 (%2) — %3 — %4</translation>
    </message>
    <message>
        <source>already listed</source>
        <translation>مذكور بالفعل</translation>
    </message>
    <message>
        <source>The project has no team yet. Add the people who made it (Edit…); their bookings are listed here.</source>
        <translation>ليس للمشروع فريق بعد. أضف من صنعوه (تعديل…)؛ تُعرض حجوزاتهم هنا.</translation>
    </message>
    <message>
        <source>Nobody in the team has a booking yet. Equipment is chosen from the bookings it was used in: book it for a team member first (Bookings).</source>
        <translation>لا أحد في الفريق لديه حجز بعد. تُختار المعدات من الحجوزات التي استُخدمت فيها: احجزها أولًا لأحد أعضاء الفريق (الحجوزات).</translation>
    </message>
</context>
<context>
    <name>EquipmentItemDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>قطعة جديدة</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>رمز الجرد</translation>
    </message>
    <message>
        <source>The code on the item&apos;s label, e.g. LIB-3DP-004</source>
        <translation>الرمز المكتوب على ملصق القطعة، مثال: LIB-3DP-004</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>e.g. Prusa MK4 #2</source>
        <translation>مثال: Prusa MK4 #2</translation>
    </message>
    <message>
        <source>Equipment category</source>
        <translation>فئة المعدات</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>المساحة</translation>
    </message>
    <message>
        <source>No space</source>
        <translation>بلا مكان</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>&amp;Asset tag</source>
        <translation>&amp;رمز الجرد</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>ال&amp;فئة</translation>
    </message>
    <message>
        <source>&amp;Space</source>
        <translation>ال&amp;مساحة</translation>
    </message>
    <message>
        <source>Se&amp;rial number</source>
        <translation>الرقم ال&amp;تسلسلي</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>إضافة القطعة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel: save nothing (Escape)</source>
        <translation>إلغاء: عدم حفظ أي شيء (Escape)</translation>
    </message>
</context>
<context>
    <name>EquipmentModel</name>
    <message>
        <source>Asset tag</source>
        <translation>رمز الجرد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>المساحة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>The code on the item&apos;s label</source>
        <translation>الرمز المكتوب على ملصق القطعة</translation>
    </message>
    <message>
        <source>The item&apos;s name</source>
        <translation>اسم القطعة</translation>
    </message>
    <message>
        <source>Equipment category: its certification, minimum age and longest booking</source>
        <translation>فئة المعدات: الشهادة المطلوبة والحد الأدنى للعمر وأطول حجز</translation>
    </message>
    <message>
        <source>Where the item is kept</source>
        <translation>مكان حفظ القطعة</translation>
    </message>
    <message>
        <source>Available, out of service or retired</source>
        <translation>متاحة أو خارج الخدمة أو مُستبعَدة</translation>
    </message>
    <message>
        <source>No space</source>
        <translation>بلا مكان</translation>
    </message>
    <message>
        <source>No space recorded</source>
        <translation>لم يُسجَّل مكان</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <source>Find an item by name, asset tag or category; log maintenance and take it out of service.</source>
        <translation>ابحث عن قطعة بالاسم أو رمز الجرد أو الفئة؛ سجّل الصيانة وأخرجها من الخدمة.</translation>
    </message>
    <message>
        <source>Name, asset tag or category</source>
        <translation>الاسم أو رمز الجرد أو الفئة</translation>
    </message>
    <message>
        <source>Find items</source>
        <translation>البحث عن المعدات</translation>
    </message>
    <message>
        <source>Type part of a name, an asset tag or a category; Down moves to the list</source>
        <translation>اكتب جزءًا من اسم أو رمز جرد أو فئة؛ السهم للأسفل ينقلك إلى القائمة</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>قطعة جديدة</translation>
    </message>
    <message>
        <source>Add a new item (Ctrl+N)</source>
        <translation>إضافة قطعة جديدة (Ctrl+N)</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>الفئات…</translation>
    </message>
    <message>
        <source>Equipment categories: certification, minimum age, longest booking</source>
        <translation>فئات المعدات: الشهادة، الحد الأدنى للعمر، أطول حجز</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>استيراد CSV…</translation>
    </message>
    <message>
        <source>Import equipment from a CSV file</source>
        <translation>استيراد المعدات من ملف CSV</translation>
    </message>
    <message>
        <source>Columns: asset_tag, name, category, and optionally space, serial_number, status, notes. One bad row means nothing is imported.</source>
        <translation>الأعمدة: asset_tag وname وcategory، واختياريًا space وserial_number وstatus وnotes. يكفي صف واحد خاطئ لعدم استيراد أي شيء.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Export the equipment to a CSV file</source>
        <translation>تصدير المعدات إلى ملف CSV</translation>
    </message>
    <message>
        <source>Every item, retired ones too, in the columns the import reads (opens in Excel)</source>
        <translation>كل القطع، بما فيها المُستبعَدة، بالأعمدة التي يقرؤها الاستيراد (يُفتح في Excel)</translation>
    </message>
    <message>
        <source>Equipment category</source>
        <translation>فئة المعدات</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>المساحة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>In use (not retired)</source>
        <translation>قيد الاستخدام (غير مُستبعَدة)</translation>
    </message>
    <message>
        <source>All, retired too</source>
        <translation>الكل، بما فيها المُستبعَدة</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>ال&amp;فئة</translation>
    </message>
    <message>
        <source>S&amp;pace</source>
        <translation>الم&amp;كان</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>المعدات</translation>
    </message>
    <message>
        <source>Enter goes to the item&apos;s maintenance log; Ctrl+N adds an item</source>
        <translation>مفتاح Enter ينقلك إلى سجل صيانة القطعة؛ Ctrl+N يضيف قطعة</translation>
    </message>
    <message>
        <source>Items list rows</source>
        <translation>صفوف قائمة المعدات</translation>
    </message>
    <message>
        <source>Items list columns</source>
        <translation>أعمدة قائمة المعدات</translation>
    </message>
    <message>
        <source>No item matches</source>
        <translation>لا توجد قطعة مطابقة</translation>
    </message>
    <message>
        <source>Choose an item</source>
        <translation>اختر قطعة</translation>
    </message>
    <message>
        <source>Pick an item from the list to see its maintenance log, or add one (Ctrl+N).</source>
        <translation>اختر قطعة من القائمة لعرض سجل صيانتها، أو أضف قطعة (Ctrl+N).</translation>
    </message>
    <message>
        <source>No equipment yet</source>
        <translation>لا توجد معدات بعد</translation>
    </message>
    <message>
        <source>Items you add appear here with their status, maintenance log and bookings. Set up equipment categories (Categories…), then add an item (Ctrl+N) or import a CSV file.</source>
        <translation>تظهر هنا القطع التي تضيفها مع حالتها وسجل صيانتها وحجوزاتها. أعدّ فئات المعدات (الفئات…)، ثم أضف قطعة (Ctrl+N) أو استورد ملف CSV.</translation>
    </message>
    <message>
        <source>Only a coordinator or above can change the inventory.</source>
        <translation>لا يمكن تعديل الجرد إلا لمنسّق أو من هو أعلى.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <source>All spaces</source>
        <translation>كل المساحات</translation>
    </message>
    <message>
        <source>No item matches “%1”</source>
        <translation>لا توجد قطعة تطابق «%1»</translation>
    </message>
    <message>
        <source>No item matches these filters</source>
        <translation>لا توجد قطعة تطابق هذه المرشحات</translation>
    </message>
    <message>
        <source>Check the spelling, type less of the name, or choose “All” in the filters.</source>
        <translation>تحقق من الإملاء، أو اكتب جزءًا أقصر من الاسم، أو اختر «الكل» في المرشحات.</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>لا نتائج</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>قطعة واحدة</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 قطعة</translation>
    </message>
    <message>
        <source>Every item belongs to an equipment category. Add one first; then add the item.</source>
        <translation>كل قطعة تنتمي إلى فئة معدات. أضف فئة أولًا، ثم أضف القطعة.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>تمت إضافة %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>تم حفظ %1.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>جارٍ استيراد %1…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Imported %1: %2 new item(s), %3 updated.</source>
        <translation>تم استيراد %1: %2 قطعة جديدة، و%3 محدَّثة.</translation>
    </message>
    <message>
        <source>Exported 1 item to %2.</source>
        <translation>تم تصدير قطعة واحدة إلى %2.</translation>
    </message>
    <message>
        <source>Exported %1 items to %2.</source>
        <translation>تم تصدير %1 قطعة إلى %2.</translation>
    </message>
</context>
<context>
    <name>EquipmentStatus</name>
    <message>
        <source>Available</source>
        <translation>متاحة</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>خارج الخدمة</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>متقاعد</translation>
    </message>
</context>
<context>
    <name>EquipmentTransfer</name>
    <message>
        <source>Import equipment from a CSV file</source>
        <translation>استيراد المعدات من ملف CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Export equipment to a CSV file</source>
        <translation>تصدير المعدات إلى ملف CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong inside the app ({detail}). Nothing else was changed. Please tell whoever looks after this computer.</source>
        <translation>حدث خطأ داخل التطبيق ({detail}). لم يتغير شيء آخر. يُرجى إبلاغ المسؤول عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Makerspace</source>
        <translation>Makerspace</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>closed all day</source>
        <translation>مغلق طوال اليوم</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Search participants, equipment and workshops (Ctrl+K)</source>
        <translation type="vanished">البحث في المشاركين والمعدات والورش (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search participants, equipment and workshops</source>
        <translation type="vanished">البحث في المشاركين والمعدات والورش</translation>
    </message>
    <message>
        <source>Type part of a name, a badge code, a phone number, an e-mail or an asset tag</source>
        <translation type="vanished">اكتب جزءًا من اسم، أو رمز شارة، أو رقم هاتف، أو بريدًا إلكترونيًا، أو رقم جرد</translation>
    </message>
    <message>
        <source>Search participants, equipment, workshops and projects (Ctrl+K)</source>
        <translation>البحث في المشاركين والمعدات والورش والمشاريع (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search participants, equipment, workshops and projects</source>
        <translation>البحث في المشاركين والمعدات والورش والمشاريع</translation>
    </message>
    <message>
        <source>Type part of a name or title, a badge code, a phone number, an e-mail or an asset tag</source>
        <translation>اكتب جزءًا من اسم أو عنوان، أو رمز شارة، أو رقم هاتف، أو بريدًا إلكترونيًا، أو رقم جرد</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Sign in to search.</source>
        <translation>سجّل الدخول للبحث.</translation>
    </message>
    <message>
        <source>Search is not part of this version of the app yet.</source>
        <translation>البحث ليس جزءًا من هذا الإصدار من التطبيق بعد.</translation>
    </message>
    <message>
        <source>No participant, item, workshop or project matches “%1”.</source>
        <translation>لا يوجد مشارك أو معدة أو ورشة أو مشروع يطابق «%1».</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>مشروع</translation>
    </message>
    <message>
        <source>No participant, item or workshop matches “%1”.</source>
        <translation type="vanished">لا يوجد مشارك أو معدة أو ورشة تطابق «%1».</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>المعدة</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>الورشة</translation>
    </message>
</context>
<context>
    <name>GuardianPicker</name>
    <message>
        <source>Type part of the guardian’s name or their badge code</source>
        <translation>اكتب جزءًا من اسم وليّ الأمر أو رمز شارته</translation>
    </message>
    <message>
        <source>Find the guardian among the participants</source>
        <translation>ابحث عن وليّ الأمر بين المشاركين</translation>
    </message>
    <message>
        <source>Participants who could be the guardian</source>
        <translation>المشاركون الذين يمكن أن يكونوا وليّ الأمر</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>تغيير…</translation>
    </message>
    <message>
        <source>Choose another guardian</source>
        <translation>اختيار وليّ أمر آخر</translation>
    </message>
    <message>
        <source>Participant number %1</source>
        <translation>المشارك رقم %1</translation>
    </message>
    <message>
        <source>Guardian: %1</source>
        <translation>وليّ الأمر: %1</translation>
    </message>
    <message>
        <source>No participant matches “%1”. Enter the guardian’s name and contact instead, or register the guardian first.</source>
        <translation>لا يوجد مشارك يطابق «%1». أدخل اسم وليّ الأمر ووسيلة التواصل معه بدلًا من ذلك، أو سجّل وليّ الأمر أولًا.</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>Choose image…</source>
        <translation>اختيار صورة…</translation>
    </message>
    <message>
        <source>Choose image for: %1</source>
        <translation>اختيار صورة لـ: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove image for: %1</source>
        <translation>إزالة الصورة لـ: %1</translation>
    </message>
    <message>
        <source>Choose an image for: %1</source>
        <translation>اختيار صورة لـ: %1</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>That file is not a picture this computer can read.</source>
        <translation>هذا الملف ليس صورة يستطيع هذا الحاسوب قراءتها.</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>لا صورة</translation>
    </message>
    <message>
        <source>The stored image cannot be shown.</source>
        <translation>لا يمكن عرض الصورة المحفوظة.</translation>
    </message>
    <message>
        <source>Image, %1 × %2 pixels</source>
        <translation>صورة، %1 × %2 بكسل</translation>
    </message>
</context>
<context>
    <name>ImportRefusedDialog</name>
    <message>
        <source>Nothing was imported</source>
        <translation>لم يُستورد أي شيء</translation>
    </message>
    <message>
        <source>%1 has 1 row that needs fixing, so nothing was imported.</source>
        <translation>في %1 صف واحد يحتاج إلى تصحيح، لذلك لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>%1 has %2 rows that need fixing, so nothing was imported.</source>
        <translation>في %1 %2 صفوف تحتاج إلى تصحيح، لذلك لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>Correct these lines in the file (line 1 is the header) and import it again; the rows are checked together.</source>
        <translation>صحّح هذه الأسطر في الملف (السطر 1 هو سطر العناوين) ثم استورده من جديد؛ تُفحص الصفوف معًا.</translation>
    </message>
    <message>
        <source>Rows that need fixing</source>
        <translation>صفوف تحتاج إلى تصحيح</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>ما الخطأ</translation>
    </message>
    <message>
        <source>Rows that need fixing columns</source>
        <translation>أعمدة الصفوف التي تحتاج إلى تصحيح</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>السطر %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>إغلاق (Escape)</translation>
    </message>
</context>
<context>
    <name>InformDialog</name>
    <message>
        <source>People to tell, with their contact</source>
        <translation>الأشخاص الذين يجب إبلاغهم، مع وسائل التواصل</translation>
    </message>
    <message>
        <source>no contact on record</source>
        <translation>لا توجد وسيلة تواصل مسجلة</translation>
    </message>
    <message>
        <source>%1 (guardian: %2)</source>
        <translation>%1 (وليّ الأمر: %2)</translation>
    </message>
    <message>
        <source>Copy list</source>
        <translation>نسخ القائمة</translation>
    </message>
    <message>
        <source>Copy the list of people to tell</source>
        <translation>نسخ قائمة الأشخاص الذين يجب إبلاغهم</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>Choose the item&apos;s photo</source>
        <translation>اختر صورة القطعة</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Edit the item (Ctrl+E)</source>
        <translation>تعديل القطعة (Ctrl+E)</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>صورة…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>إزالة الصورة</translation>
    </message>
    <message>
        <source>Remove the item&apos;s photo</source>
        <translation>إزالة صورة القطعة</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>استبعاد…</translation>
    </message>
    <message>
        <source>Bookings to move or cancel</source>
        <translation>حجوزات يجب نقلها أو إلغاؤها</translation>
    </message>
    <message>
        <source>Maintenance log</source>
        <translation>سجل الصيانة</translation>
    </message>
    <message>
        <source>New maintenance entry</source>
        <translation>إدخال صيانة جديد</translation>
    </message>
    <message>
        <source>What was found or done, e.g. “Nozzle clogged”</source>
        <translation>ما الذي وُجد أو أُنجز، مثال: «الفوهة مسدودة»</translation>
    </message>
    <message>
        <source>Takes the item out of service</source>
        <translation>يُخرج القطعة من الخدمة</translation>
    </message>
    <message>
        <source>Takes it out of service</source>
        <translation>يُخرجها من الخدمة</translation>
    </message>
    <message>
        <source>New bookings of the item are refused until it is back in service</source>
        <translation>تُرفض الحجوزات الجديدة للقطعة حتى تعود إلى الخدمة</translation>
    </message>
    <message>
        <source>Add to log</source>
        <translation>إضافة إلى السجل</translation>
    </message>
    <message>
        <source>Add the entry to the maintenance log (Enter)</source>
        <translation>إضافة الإدخال إلى سجل الصيانة (Enter)</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>تاريخ الإبلاغ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Maintenance log columns</source>
        <translation>أعمدة سجل الصيانة</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>لم يُسجَّل شيء بعد.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>حلّ</translation>
    </message>
    <message>
        <source>Mark the selected entry resolved</source>
        <translation>وضع علامة «تم الحل» على الإدخال المحدد</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>إعادة إلى الخدمة</translation>
    </message>
    <message>
        <source>Back in service: resolve what keeps the item out and make it bookable</source>
        <translation>إعادة إلى الخدمة: حلّ ما يُبقي القطعة خارج الخدمة وجعلها قابلة للحجز</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Asset tag %1</source>
        <translation>رمز الجرد %1</translation>
    </message>
    <message>
        <source>no space</source>
        <translation>بلا مكان</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation>الرقم التسلسلي %1</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>صورة %1</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>لا توجد صورة</translation>
    </message>
    <message>
        <source>Only a coordinator or above can change items.</source>
        <translation>لا يمكن تعديل القطع إلا لمنسّق أو من هو أعلى.</translation>
    </message>
    <message>
        <source>Put back in inventory</source>
        <translation>إعادة إلى الجرد</translation>
    </message>
    <message>
        <source>Put the item back in the inventory</source>
        <translation>إعادة القطعة إلى الجرد</translation>
    </message>
    <message>
        <source>Retire the item: it can no longer be booked</source>
        <translation>استبعاد القطعة: لن يعود حجزها ممكنًا</translation>
    </message>
    <message>
        <source>Needs a certification</source>
        <translation>تلزم شهادة</translation>
    </message>
    <message>
        <source>No certification needed</source>
        <translation>لا تلزم شهادة</translation>
    </message>
    <message>
        <source>ages %1 and over</source>
        <translation>من سن %1 فما فوق</translation>
    </message>
    <message>
        <source>at most %1 a booking</source>
        <translation>%1 كحد أقصى للحجز الواحد</translation>
    </message>
    <message>
        <source>Bookings to move or cancel (%1)</source>
        <translation>حجوزات يجب نقلها أو إلغاؤها (%1)</translation>
    </message>
    <message>
        <source>%1 is out of service, so new bookings of it are refused. These were made before: move each to another %2, or cancel it.</source>
        <translation>%1 خارج الخدمة، لذلك تُرفض حجوزاتها الجديدة. هذه الحجوزات سابقة: انقل كلًّا منها إلى %2 آخر، أو ألغِه.</translation>
    </message>
    <message>
        <source>%1 is retired. These bookings still hold it: move each to another %2, or cancel it.</source>
        <translation>%1 مُستبعَدة. هذه الحجوزات ما زالت تشغلها: انقل كلًّا منها إلى %2 آخر، أو ألغِه.</translation>
    </message>
    <message>
        <source>%1 can be retired once no booking holds it. Move each of these to another %2, or cancel it; then retire it.</source>
        <translation>يمكن استبعاد %1 عندما لا يشغلها أي حجز. انقل كلًّا من هذه الحجوزات إلى %2 آخر، أو ألغِه؛ ثم استبعدها.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Out of service, open</source>
        <translation>خارج الخدمة، مفتوح</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>حُلّ في %1</translation>
    </message>
    <message>
        <source>Out of service from %1 to %2</source>
        <translation>خارج الخدمة من %1 إلى %2</translation>
    </message>
    <message>
        <source>A retired item has no new entries; put it back in the inventory first.</source>
        <translation>لا تُضاف إدخالات جديدة لقطعة مُستبعَدة؛ أعدها إلى الجرد أولًا.</translation>
    </message>
    <message>
        <source>%1 is out of service: new bookings of it are refused.</source>
        <translation>%1 خارج الخدمة: تُرفض حجوزاتها الجديدة.</translation>
    </message>
    <message>
        <source>1 booking already made needs moving or cancelling; it is listed below.</source>
        <translation>حجز واحد سابق يجب نقله أو إلغاؤه؛ تجده أدناه.</translation>
    </message>
    <message>
        <source>%1 bookings already made need moving or cancelling; they are listed below.</source>
        <translation>%1 حجوزات سابقة يجب نقلها أو إلغاؤها؛ تجدها أدناه.</translation>
    </message>
    <message>
        <source>Added to the maintenance log.</source>
        <translation>أُضيف إلى سجل الصيانة.</translation>
    </message>
    <message>
        <source>Resolved. %1 is back in service.</source>
        <translation>تم الحل. عادت %1 إلى الخدمة.</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>تم الحل.</translation>
    </message>
    <message>
        <source>%1 is back in service and can be booked again.</source>
        <translation>عادت %1 إلى الخدمة ويمكن حجزها من جديد.</translation>
    </message>
    <message>
        <source>Moved the booking of %1 to %2, %3.</source>
        <translation>نُقل حجز %1 إلى %2، %3.</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>إلغاء الحجز</translation>
    </message>
    <message>
        <source>Cancel the booking of %1?</source>
        <translation>إلغاء حجز %1؟</translation>
    </message>
    <message>
        <source>%1 on %2. Let them know: the slot is freed and the booking cannot be restored.</source>
        <translation>%1 في %2. أبلغ الشخص: يُحرَّر الموعد ولا يمكن استعادة الحجز.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>الإبقاء عليها</translation>
    </message>
    <message>
        <source>Keep the booking</source>
        <translation>الإبقاء على الحجز</translation>
    </message>
    <message>
        <source>Cancelled the booking of %1 on %2.</source>
        <translation>أُلغي حجز %1 في %2.</translation>
    </message>
    <message>
        <source>%1 is back in the inventory.</source>
        <translation>عادت %1 إلى الجرد.</translation>
    </message>
    <message>
        <source>%1 still has bookings to come. Move or cancel them (below), then retire it.</source>
        <translation>لدى %1 حجوزات قادمة. انقلها أو ألغها (أدناه)، ثم استبعدها.</translation>
    </message>
    <message>
        <source>Retire item</source>
        <translation>استبعاد القطعة</translation>
    </message>
    <message>
        <source>Retire %1?</source>
        <translation>استبعاد %1؟</translation>
    </message>
    <message>
        <source>It leaves the list and the timeline and can no longer be booked. Its bookings and maintenance log are kept, and you can put it back in the inventory later.</source>
        <translation>تخرج من القائمة ومن المخطط الزمني ولا يعود حجزها ممكنًا. تُحفظ حجوزاتها وسجل صيانتها، ويمكنك إعادتها إلى الجرد لاحقًا.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>استبعاد</translation>
    </message>
    <message>
        <source>Keep the item</source>
        <translation>الإبقاء على القطعة</translation>
    </message>
    <message>
        <source>%1 is retired.</source>
        <translation>استُبعدت %1.</translation>
    </message>
    <message>
        <source>%1 is not a picture the app can read. Choose a PNG or JPEG file.</source>
        <translation>%1 ليس صورة يستطيع التطبيق قراءتها. اختر ملف PNG أو JPEG.</translation>
    </message>
    <message>
        <source>Photo saved.</source>
        <translation>حُفظت الصورة.</translation>
    </message>
    <message>
        <source>Photo removed.</source>
        <translation>أُزيلت الصورة.</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Opening the database…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>جارٍ فتح قاعدة البيانات</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Lock / Change Staff Member</source>
        <translation>&amp;قفل / تغيير الموظف</translation>
    </message>
    <message>
        <source>Lock now: you, or another staff member, sign in to go on where you are</source>
        <translation>القفل الآن: تسجّل أنت أو موظف آخر الدخول للمتابعة من حيث أنت</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <source>Sign out, so another staff member can sign in</source>
        <translation>تسجيل الخروج ليتمكن موظف آخر من تسجيل الدخول</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>Find participants, equipment and workshops</source>
        <translation>البحث عن المشاركين والمعدات والورش</translation>
    </message>
    <message>
        <source>&amp;About Makerspace</source>
        <translation>&amp;حول Makerspace</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>شريط القوائم</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>لا توجد قاعدة بيانات مفتوحة</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>لم يسجّل أحد الدخول</translation>
    </message>
    <message>
        <source>Locked (%1 was signed in)</source>
        <translation>مقفل (كان %1 مسجّل الدخول)</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>مسجّل الدخول: %1 (%2)</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>اسم المستخدم: %1</translation>
    </message>
    <message>
        <source>The changes were kept. %1 can sign in to save them.</source>
        <translation>تم الاحتفاظ بالتغييرات. يمكن لـ %1 تسجيل الدخول لحفظها.</translation>
    </message>
    <message>
        <source>Locked after a minute without use. Sign in to go on where you were.</source>
        <translation>قُفل بعد دقيقة دون استخدام. سجّل الدخول للمتابعة من حيث كنت.</translation>
    </message>
    <message>
        <source>Locked after %1 minutes without use. Sign in to go on where you were.</source>
        <translation>قُفل بعد %1 دقائق دون استخدام. سجّل الدخول للمتابعة من حيث كنت.</translation>
    </message>
    <message>
        <source>Locked. Sign in to go on where you were.</source>
        <translation>مقفل. سجّل الدخول للمتابعة من حيث كنت.</translation>
    </message>
    <message>
        <source>Signed out. The next staff member can sign in.</source>
        <translation>تم تسجيل الخروج. يمكن للموظف التالي تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Lock / change staff member</source>
        <translation>قفل / تغيير الموظف</translation>
    </message>
    <message>
        <source>Lock or change staff member (Ctrl+L)</source>
        <translation>قفل أو تغيير الموظف (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock now: you, or another staff member, sign in to go on where you are (Ctrl+L)</source>
        <translation>القفل الآن: تسجّل أنت أو موظف آخر الدخول للمتابعة من حيث أنت (Ctrl+L)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>About Makerspace</source>
        <translation type="vanished">حول Makerspace</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Makerspace %1&lt;/h3&gt;&lt;p&gt;Equipment, bookings, workshops, participants, badges and certificates for library and community makerspaces.&lt;/p&gt;&lt;p&gt;Licence: Apache License 2.0&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;Makerspace %1&lt;/h3&gt;&lt;p&gt;المعدات والحجوزات والورش والمشاركون والشارات والشهادات لمساحات الصناعة في المكتبات والمجتمعات المحلية.&lt;/p&gt;&lt;p&gt;الترخيص: Apache License 2.0&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NavigationPane</name>
    <message>
        <source>Areas</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+9 jump to an area</source>
        <translation>Ctrl+1 إلى Ctrl+9 للانتقال إلى قسم</translation>
    </message>
</context>
<context>
    <name>NewBookingDialog</name>
    <message>
        <source>New booking</source>
        <translation>حجز جديد</translation>
    </message>
    <message>
        <source>Type a name or scan the badge</source>
        <translation>اكتب اسمًا أو امسح الشارة</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Type part of the name, or scan or type the badge code, then press Enter</source>
        <translation>اكتب جزءًا من الاسم، أو امسح رمز الشارة أو اكتبه، ثم اضغط Enter</translation>
    </message>
    <message>
        <source>Matching participants</source>
        <translation>المشاركون المطابقون</translation>
    </message>
    <message>
        <source>Booking for</source>
        <translation>الحجز لـ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Optional, for example the material to bring</source>
        <translation>اختياري، مثل المواد التي يجب إحضارها</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>حجز</translation>
    </message>
    <message>
        <source>Book (Enter)</source>
        <translation>حجز (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel, book nothing (Escape)</source>
        <translation>إلغاء، عدم حجز أي شيء (Escape)</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>ال&amp;مشارك</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>ال&amp;معدة</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>ال&amp;موعد</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <source>Nobody chosen yet.</source>
        <translation>لم يُختر أحد بعد.</translation>
    </message>
    <message>
        <source>Booking for %1 · badge %2</source>
        <translation>الحجز لـ %1 · الشارة %2</translation>
    </message>
    <message>
        <source>badge %1</source>
        <translation>الشارة %1</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n سنة</numerusform>
            <numerusform>سنة واحدة</numerusform>
            <numerusform>سنتان</numerusform>
            <numerusform>%n سنوات</numerusform>
            <numerusform>%n سنة</numerusform>
            <numerusform>%n سنة</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant matches “%1”. Check the spelling or the badge code, or register them in Participants.</source>
        <translation>لا يوجد مشارك يطابق «%1». تحقق من الإملاء أو رمز الشارة، أو سجّله في «المشاركون».</translation>
    </message>
    <message>
        <source>Type the participant&apos;s name or scan their badge first.</source>
        <translation>اكتب اسم المشارك أو امسح شارته أولًا.</translation>
    </message>
    <message>
        <source>%1 participants match. Choose one with the Up and Down keys, then press Enter.</source>
        <translation>يطابق %1 مشاركين. اختر واحدًا بالسهمين لأعلى ولأسفل، ثم اضغط Enter.</translation>
    </message>
    <message>
        <source>Choose the participant first: type their name or scan their badge.</source>
        <translation>اختر المشارك أولًا: اكتب اسمه أو امسح شارته.</translation>
    </message>
    <message>
        <source>“%1” is not one of the items. Choose an item from the list.</source>
        <translation>«%1» ليست من المعدات. اختر معدة من القائمة.</translation>
    </message>
</context>
<context>
    <name>OfferBar</name>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
    <message>
        <source>Book %1 instead</source>
        <translation>حجز %1 بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Book %1, %2</source>
        <translation>حجز %1، %2</translation>
    </message>
</context>
<context>
    <name>ParticipantDialogs</name>
    <message>
        <source>Record consent: %1</source>
        <translation>تسجيل الموافقة: %1</translation>
    </message>
    <message>
        <source>Who gave the consent? The participant, or their guardian.</source>
        <translation>من أعطى الموافقة؟ المشارك أو وليّ أمره.</translation>
    </message>
    <message>
        <source>Who gave the consent</source>
        <translation>من أعطى الموافقة</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>تسجيل الموافقة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel: change nothing</source>
        <translation>إلغاء: عدم تغيير شيء</translation>
    </message>
    <message>
        <source>Save the participant’s data</source>
        <translation>حفظ بيانات المشارك</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>الاسم المفضل</translation>
    </message>
    <message>
        <source>What they like to be called</source>
        <translation>الاسم الذي يحب أن يُنادى به</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>الضمائر</translation>
    </message>
    <message>
        <source>For example she/her</source>
        <translation>مثل هي</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>معروف</translation>
    </message>
    <message>
        <source>Date of birth known</source>
        <translation>تاريخ الميلاد معروف</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Language codes, for example en, ar, pt-BR</source>
        <translation>رموز اللغات، مثل ar وen وpt-BR</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>اللغة المفضلة</translation>
    </message>
    <message>
        <source>For example ar</source>
        <translation>مثل ar</translation>
    </message>
    <message>
        <source>Accessibility need: %1</source>
        <translation>احتياج الإتاحة: %1</translation>
    </message>
    <message>
        <source>Accessibility notes</source>
        <translation>ملاحظات الإتاحة</translation>
    </message>
    <message>
        <source>Anything else that helps them take part</source>
        <translation>أي شيء آخر يساعده على المشاركة</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>وليّ الأمر</translation>
    </message>
    <message>
        <source>No guardian</source>
        <translation>لا يوجد وليّ أمر</translation>
    </message>
    <message>
        <source>A registered adult participant</source>
        <translation>مشارك بالغ مسجل</translation>
    </message>
    <message>
        <source>Name and contact</source>
        <translation>الاسم ووسيلة التواصل</translation>
    </message>
    <message>
        <source>Guardian’s name</source>
        <translation>اسم وليّ الأمر</translation>
    </message>
    <message>
        <source>Guardian’s contact</source>
        <translation>وسيلة التواصل مع وليّ الأمر</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>هاتف أو بريد إلكتروني</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>وسيلة التواصل</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>الإتاحة</translation>
    </message>
    <message>
        <source>%1 years old.</source>
        <translation>العمر %1 سنة.</translation>
    </message>
    <message>
        <source>Give a date of birth or an age band: it decides whether a guardian is needed.</source>
        <translation>أعطِ تاريخ الميلاد أو فئة عمرية: فهو يحدد إن كان وليّ الأمر مطلوبًا.</translation>
    </message>
    <message>
        <source>Age band only; the exact age is not recorded.</source>
        <translation>الفئة العمرية فقط؛ العمر الدقيق غير مسجل.</translation>
    </message>
    <message>
        <source>Under %1: a guardian is needed.</source>
        <translation>أقل من %1: وليّ الأمر مطلوب.</translation>
    </message>
    <message>
        <source>Needed: they are under %1. Choose an adult participant, or enter the guardian’s name and contact.</source>
        <translation>مطلوب: عمره أقل من %1. اختر مشاركًا بالغًا، أو أدخل اسم وليّ الأمر ووسيلة التواصل معه.</translation>
    </message>
    <message>
        <source>The guardian must be a registered participant aged %1 or over.</source>
        <translation>يجب أن يكون وليّ الأمر مشاركًا مسجلًا عمره %1 أو أكثر.</translation>
    </message>
    <message>
        <source>prefers %1</source>
        <translation>يفضّل %1</translation>
    </message>
</context>
<context>
    <name>ParticipantImport</name>
    <message>
        <source>Import participants from a CSV file</source>
        <translation>استيراد المشاركين من ملف CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Export participants to a CSV file</source>
        <translation>تصدير المشاركين إلى ملف CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>استيراد المشاركين</translation>
    </message>
    <message>
        <source>Choose a CSV file with one participant per row, as Export writes it or as a spreadsheet saves it as “CSV UTF-8”. The whole file is checked first; nothing is imported until you press Import.</source>
        <translation>اختر ملف CSV فيه مشارك واحد في كل صف، كما يكتبه «التصدير» أو كما يحفظه جدول البيانات بصيغة «CSV UTF-8». يُفحص الملف كله أولًا؛ ولا يُستورد شيء حتى تضغط «استيراد».</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>لم يُختر ملف</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>الملف المراد استيراده</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>ا&amp;ختيار ملف…</translation>
    </message>
    <message>
        <source>Choose the CSV file to import</source>
        <translation>اختيار ملف CSV المراد استيراده</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>الفحص من &amp;جديد</translation>
    </message>
    <message>
        <source>Check the file again after correcting it</source>
        <translation>فحص الملف من جديد بعد تصحيحه</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <source>Rows that need fixing</source>
        <translation>صفوف تحتاج إلى تصحيح</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>ما الخطأ</translation>
    </message>
    <message>
        <source>Rows that need fixing columns</source>
        <translation>أعمدة الصفوف التي تحتاج إلى تصحيح</translation>
    </message>
    <message>
        <source>Rows that need fixing rows</source>
        <translation>صفوف تحتاج إلى تصحيح</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>Import the checked file</source>
        <translation>استيراد الملف الذي تم فحصه</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>إغلاق (Escape)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>جارٍ فحص %1…</translation>
    </message>
    <message>
        <source>%1 has no participant rows, only the line naming the columns. Choose another file.</source>
        <translation>ليس في %1 صفوف مشاركين، بل سطر أسماء الأعمدة فقط. اختر ملفًا آخر.</translation>
    </message>
    <message>
        <source>Every row of %1 can be imported: %2 new participant(s) and %3 update(s) of participants already registered (matched by badge code). Nothing has been imported yet: press Import.</source>
        <translation>يمكن استيراد كل صفوف %1: %2 مشارك جديد و%3 تحديث لمشاركين مسجلين بالفعل (بمطابقة رمز الشارة). لم يُستورد شيء بعد: اضغط «استيراد».</translation>
    </message>
    <message>
        <source>Nothing can be imported: 1 row needs fixing.</source>
        <translation>لا يمكن استيراد شيء: صف واحد يحتاج إلى تصحيح.</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1 rows need fixing.</source>
        <translation>لا يمكن استيراد شيء: %1 صفوف تحتاج إلى تصحيح.</translation>
    </message>
    <message>
        <source>Correct these lines in the file (line 1 names the columns), save it and press Check again.</source>
        <translation>صحّح هذه الأسطر في الملف (السطر 1 يسمّي الأعمدة)، واحفظه واضغط «الفحص من جديد».</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>السطر %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>جارٍ استيراد %1…</translation>
    </message>
    <message>
        <source>Imported: %1 new participant(s), %2 updated.</source>
        <translation>تم الاستيراد: %1 مشارك جديد، و%2 محدّث.</translation>
    </message>
    <message>
        <source>&amp;Import 1 row</source>
        <translation>ا&amp;ستيراد صف واحد</translation>
    </message>
    <message>
        <source>&amp;Import %1 rows</source>
        <translation>ا&amp;ستيراد %1 صفوف</translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <source>Name, badge code, phone or e-mail</source>
        <translation>الاسم أو رمز الشارة أو الهاتف أو البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>البحث عن المشاركين</translation>
    </message>
    <message>
        <source>Matching participants</source>
        <translation>المشاركون المطابقون</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>اختيار</translation>
    </message>
    <message>
        <source>Choose the highlighted participant</source>
        <translation>اختيار المشارك المحدد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel: choose nobody</source>
        <translation>إلغاء: عدم اختيار أحد</translation>
    </message>
    <message>
        <source>Type at least one letter, or scan their badge.</source>
        <translation>اكتب حرفًا واحدًا على الأقل، أو امسح شارته.</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>العمر %1</translation>
    </message>
    <message>
        <source>Type more of the name to narrow the list.</source>
        <translation>اكتب المزيد من الاسم لاختصار القائمة.</translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Register them in Participants first.</source>
        <translation>لا أحد يطابق «%1». سجّله في «المشاركون» أولًا.</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>preferred name</source>
        <translation>الاسم المفضل</translation>
    </message>
    <message>
        <source>pronouns</source>
        <translation>الضمائر</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>preferred language</source>
        <translation>اللغة المفضلة</translation>
    </message>
    <message>
        <source>accessibility needs</source>
        <translation>احتياجات الإتاحة</translation>
    </message>
    <message>
        <source>accessibility notes</source>
        <translation>ملاحظات الإتاحة</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>وليّ الأمر</translation>
    </message>
    <message>
        <source>guardian&apos;s name</source>
        <translation>اسم وليّ الأمر</translation>
    </message>
    <message>
        <source>guardian&apos;s contact</source>
        <translation>وسيلة التواصل مع وليّ الأمر</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>site</source>
        <translation>الموقع</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>رمز الشارة</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>وسيلة التواصل</translation>
    </message>
    <message>
        <source>Preferred name first, then the name as the person writes it</source>
        <translation>الاسم المفضل أولًا، ثم الاسم كما يكتبه الشخص</translation>
    </message>
    <message>
        <source>The code printed on their badge</source>
        <translation>الرمز المطبوع على شارته</translation>
    </message>
    <message>
        <source>Age in years, or the age band when no date of birth is recorded</source>
        <translation>العمر بالسنوات، أو الفئة العمرية إن لم يُسجَّل تاريخ الميلاد</translation>
    </message>
    <message>
        <source>E-mail and phone</source>
        <translation>البريد الإلكتروني والهاتف</translation>
    </message>
    <message>
        <source>%1 years old (%2)</source>
        <translation>العمر %1 سنة (%2)</translation>
    </message>
    <message>
        <source>Age not recorded</source>
        <translation>العمر غير مسجل</translation>
    </message>
    <message>
        <source>No contact recorded</source>
        <translation>لا توجد وسيلة تواصل مسجلة</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Booked</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>تم الوصول</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>تمت المغادرة</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>المشاركة</translation>
    </message>
    <message>
        <source>May take part in activities and use equipment.</source>
        <translation>يمكنه المشاركة في الأنشطة واستخدام المعدات.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>May be photographed; photos may be kept with their projects.</source>
        <translation>يمكن تصويره؛ ويمكن الاحتفاظ بالصور مع مشاريعه.</translation>
    </message>
    <message>
        <source>Data processing</source>
        <translation>معالجة البيانات</translation>
    </message>
    <message>
        <source>Their details may be stored and used to run the makerspace.</source>
        <translation>يمكن حفظ بياناته واستخدامها لتشغيل المساحة.</translation>
    </message>
    <message>
        <source>Find someone by any part of their name, badge code, phone or e-mail, or scan their badge.</source>
        <translation>ابحث عن شخص بأي جزء من اسمه أو رمز شارته أو هاتفه أو بريده الإلكتروني، أو امسح شارته.</translation>
    </message>
    <message>
        <source>Name, badge code, phone or e-mail</source>
        <translation>الاسم أو رمز الشارة أو الهاتف أو البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Find participants</source>
        <translation>البحث عن المشاركين</translation>
    </message>
    <message>
        <source>Type any part of a name, a badge code, a phone number or an e-mail; Down moves to the list</source>
        <translation>اكتب أي جزء من اسم، أو رمز شارة، أو رقم هاتف، أو بريدًا إلكترونيًا؛ السهم لأسفل ينتقل إلى القائمة</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>مشارك جديد</translation>
    </message>
    <message>
        <source>Register a new participant (Ctrl+N)</source>
        <translation>تسجيل مشارك جديد (Ctrl+N)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Enter opens the participant; Ctrl+N registers a new one</source>
        <translation>Enter يفتح المشارك؛ Ctrl+N يسجّل مشاركًا جديدًا</translation>
    </message>
    <message>
        <source>Participants list columns</source>
        <translation>أعمدة قائمة المشاركين</translation>
    </message>
    <message>
        <source>Participants list rows</source>
        <translation>صفوف قائمة المشاركين</translation>
    </message>
    <message>
        <source>No participants yet — register one (Ctrl+N)</source>
        <translation>لا يوجد مشاركون بعد — سجّل واحدًا (Ctrl+N)</translation>
    </message>
    <message>
        <source>People you register appear here with their bookings, consent and certifications.</source>
        <translation>يظهر هنا من تسجلهم مع حجوزاتهم وموافقاتهم واعتماداتهم.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>استيراد CSV…</translation>
    </message>
    <message>
        <source>Import participants from a CSV file</source>
        <translation>استيراد المشاركين من ملف CSV</translation>
    </message>
    <message>
        <source>Check a CSV file row by row, then import it (nothing is imported while a row needs fixing)</source>
        <translation>فحص ملف CSV صفًا صفًا ثم استيراده (لا يُستورد شيء ما دام هناك صف يحتاج إلى تصحيح)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <source>Export participants to a CSV file</source>
        <translation>تصدير المشاركين إلى ملف CSV</translation>
    </message>
    <message>
        <source>Every participant in a CSV file that opens in a spreadsheet and imports again</source>
        <translation>كل المشاركين في ملف CSV يُفتح في جدول بيانات ويُستورد من جديد</translation>
    </message>
    <message>
        <source>Choose a participant</source>
        <translation>اختر مشاركًا</translation>
    </message>
    <message>
        <source>Pick someone from the list or scan their badge, or register a new participant (Ctrl+N).</source>
        <translation>اختر شخصًا من القائمة أو امسح شارته، أو سجّل مشاركًا جديدًا (Ctrl+N).</translation>
    </message>
    <message>
        <source>New booking for this participant (Ctrl+B)</source>
        <translation>حجز جديد لهذا المشارك (Ctrl+B)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Today’s bookings</source>
        <translation>حجوزات اليوم</translation>
    </message>
    <message>
        <source>Enter checks in the selected booking</source>
        <translation>Enter يسجّل الوصول للحجز المحدد</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>المعدة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Today’s bookings columns</source>
        <translation>أعمدة حجوزات اليوم</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>تسجيل الوصول</translation>
    </message>
    <message>
        <source>Check in the selected booking (Enter)</source>
        <translation>تسجيل الوصول للحجز المحدد (Enter)</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>تسجيل المغادرة</translation>
    </message>
    <message>
        <source>Check out the selected booking</source>
        <translation>تسجيل المغادرة للحجز المحدد</translation>
    </message>
    <message>
        <source>New booking (Ctrl+B)</source>
        <translation>حجز جديد (Ctrl+B)</translation>
    </message>
    <message>
        <source>About the participant</source>
        <translation>عن المشارك</translation>
    </message>
    <message>
        <source>Participant details form</source>
        <translation>نموذج بيانات المشارك</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>الاعتمادات</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>الخصوصية</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel: forget the changes (Escape)</source>
        <translation>إلغاء: تجاهل التغييرات (Escape)</translation>
    </message>
    <message>
        <source>Forget the changes (Escape)</source>
        <translation>تجاهل التغييرات (Escape)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the participant (Ctrl+S)</source>
        <translation>حفظ المشارك (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>حفظ (Ctrl+S)</translation>
    </message>
    <message>
        <source>Give…</source>
        <translation>إعطاء…</translation>
    </message>
    <message>
        <source>Record consent: %1</source>
        <translation>تسجيل الموافقة: %1</translation>
    </message>
    <message>
        <source>Equipment category</source>
        <translation>فئة المعدات</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>تاريخ المنح</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>ينتهي في</translation>
    </message>
    <message>
        <source>Certifications columns</source>
        <translation>أعمدة الاعتمادات</translation>
    </message>
    <message>
        <source>No certifications yet. Completing a training workshop grants one; a workshop leader can also grant one.</source>
        <translation>لا توجد اعتمادات بعد. إكمال ورشة تدريب يمنح اعتمادًا؛ ويمكن لقائد الورشة أيضًا منحه.</translation>
    </message>
    <message>
        <source>A copy of everything the makerspace holds about this person, as a JSON file, for a request to see their data.</source>
        <translation>نسخة من كل ما تحتفظ به المساحة عن هذا الشخص، في ملف JSON، لطلب الاطلاع على بياناته.</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>تصدير البيانات…</translation>
    </message>
    <message>
        <source>Export the participant’s data to a file</source>
        <translation>تصدير بيانات المشارك إلى ملف</translation>
    </message>
    <message>
        <source>Erasing deletes their name, contact details, consents and photos for good. Bookings, attendance and certifications stay, anonymous, for the statistics. Their badge stops working.</source>
        <translation>المحو يحذف اسمه وبيانات التواصل معه وموافقاته وصوره نهائيًا. تبقى الحجوزات والحضور والاعتمادات، مجهولة الهوية، للإحصاءات. تتوقف شارته عن العمل.</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>محو…</translation>
    </message>
    <message>
        <source>Erase the participant</source>
        <translation>محو المشارك</translation>
    </message>
    <message>
        <source>The list cannot be shown</source>
        <translation>لا يمكن عرض القائمة</translation>
    </message>
    <message>
        <source>No one matches “%1”</source>
        <translation>لا أحد يطابق «%1»</translation>
    </message>
    <message>
        <source>Check the spelling or type less of the name; a phone number, e-mail or badge code works too. Not registered yet? Register them (Ctrl+N).</source>
        <translation>تحقق من الإملاء أو اكتب جزءًا أقل من الاسم؛ رقم الهاتف أو البريد الإلكتروني أو رمز الشارة يصلح أيضًا. لم يُسجَّل بعد؟ سجّله (Ctrl+N).</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>لا نتائج</translation>
    </message>
    <message>
        <source>1 participant matches</source>
        <translation>يطابق مشارك واحد</translation>
    </message>
    <message numerus="yes">
        <source>%n participants match</source>
        <translation>
            <numerusform>لا يطابق أي مشارك</numerusform>
            <numerusform>يطابق مشارك واحد</numerusform>
            <numerusform>يطابق مشاركان</numerusform>
            <numerusform>يطابق %n مشاركين</numerusform>
            <numerusform>يطابق %n مشاركًا</numerusform>
            <numerusform>يطابق %n مشارك</numerusform>
        </translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>مشارك واحد</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n مشارك</numerusform>
            <numerusform>مشارك واحد</numerusform>
            <numerusform>مشاركان</numerusform>
            <numerusform>%n مشاركين</numerusform>
            <numerusform>%n مشاركًا</numerusform>
            <numerusform>%n مشارك</numerusform>
        </translation>
    </message>
    <message>
        <source>Participant number %1 (erased)</source>
        <translation>المشارك رقم %1 (ممحو)</translation>
    </message>
    <message>
        <source>Erased on %1: nothing personal about them is kept. If the person comes back, register them again as a new participant (Ctrl+N).</source>
        <translation>محي في %1: لا يُحتفظ بأي شيء شخصي عنه. إن عاد الشخص، سجّله من جديد كمشارك جديد (Ctrl+N).</translation>
    </message>
    <message>
        <source>Accessibility: %1</source>
        <translation>الإتاحة: %1</translation>
    </message>
    <message>
        <source>Badge %1</source>
        <translation>الشارة %1</translation>
    </message>
    <message>
        <source>%1 years old</source>
        <translation>العمر %1 سنة</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>العمر %1</translation>
    </message>
    <message>
        <source>age not recorded</source>
        <translation>العمر غير مسجل</translation>
    </message>
    <message>
        <source>speaks %1</source>
        <translation>يتحدث %1</translation>
    </message>
    <message>
        <source>guardian: %1</source>
        <translation>وليّ الأمر: %1</translation>
    </message>
    <message>
        <source>no guardian on record</source>
        <translation>لا يوجد وليّ أمر مسجل</translation>
    </message>
    <message>
        <source>Imported from the CSV file: %1 new participant(s), %2 updated.</source>
        <translation>تم الاستيراد من ملف CSV: %1 مشارك جديد، و%2 محدّث.</translation>
    </message>
    <message>
        <source>Exporting participants to %1…</source>
        <translation>جارٍ تصدير المشاركين إلى %1…</translation>
    </message>
    <message>
        <source>Exported 1 participant to %2.</source>
        <translation>تم تصدير مشارك واحد إلى %2.</translation>
    </message>
    <message>
        <source>Exported %1 participants to %2.</source>
        <translation>تم تصدير %1 مشاركين إلى %2.</translation>
    </message>
    <message>
        <source>No bookings today. New booking: Ctrl+B.</source>
        <translation>لا حجوزات اليوم. حجز جديد: Ctrl+B.</translation>
    </message>
    <message>
        <source>No bookings today.</source>
        <translation>لا حجوزات اليوم.</translation>
    </message>
    <message>
        <source>Checked in: %1, %2.</source>
        <translation>تم الوصول: %1، %2.</translation>
    </message>
    <message>
        <source>Checked out: %1, %2.</source>
        <translation>تمت المغادرة: %1، %2.</translation>
    </message>
    <message>
        <source>Booked: %1, %2.</source>
        <translation>محجوز: %1، %2.</translation>
    </message>
    <message>
        <source>Given by %1 on %2</source>
        <translation>أعطاها %1 في %2</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>سحب…</translation>
    </message>
    <message>
        <source>Withdraw consent: %1</source>
        <translation>سحب الموافقة: %1</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>سُحبت في %1</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Consent recorded: %1, given by %2.</source>
        <translation>تم تسجيل الموافقة: %1، أعطاها %2.</translation>
    </message>
    <message>
        <source>Withdraw photo consent for %1?</source>
        <translation>سحب موافقة الصور لـ %1؟</translation>
    </message>
    <message>
        <source>Their own photo and %1 project photo(s) showing them will be deleted for good.</source>
        <translation>ستُحذف صورته الشخصية و%1 من صور المشاريع التي تظهره نهائيًا.</translation>
    </message>
    <message>
        <source>Withdraw photo consent</source>
        <translation>سحب موافقة الصور</translation>
    </message>
    <message>
        <source>Withdraw and delete photos</source>
        <translation>السحب وحذف الصور</translation>
    </message>
    <message>
        <source>Consent withdrawn: %1.</source>
        <translation>سُحبت الموافقة: %1.</translation>
    </message>
    <message>
        <source>%1 project photo(s) deleted.</source>
        <translation>حُذفت %1 من صور المشاريع.</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>أُلغي في %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهٍ</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>ساري</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>غير ساري بعد</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Certifications (%1)</source>
        <translation>الاعتمادات (%1)</translation>
    </message>
    <message>
        <source>A badge code is given when you save. A date of birth or an age band is needed; under %1, a guardian too.</source>
        <translation>يُعطى رمز الشارة عند الحفظ. تاريخ الميلاد أو الفئة العمرية مطلوب؛ ولمن هم دون %1، وليّ الأمر أيضًا.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Registered %1. Badge code: %2.</source>
        <translation>تم تسجيل %1. رمز الشارة: %2.</translation>
    </message>
    <message>
        <source>Possible duplicate: %1 has the same name and date of birth. Check it is not the same person.</source>
        <translation>تكرار محتمل: لدى %1 الاسم وتاريخ الميلاد نفسهما. تحقق من أنه ليس الشخص نفسه.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>فتح %1</translation>
    </message>
    <message>
        <source>Open the possible duplicate: %1</source>
        <translation>فتح التكرار المحتمل: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>the new participant</source>
        <translation>المشارك الجديد</translation>
    </message>
    <message>
        <source>the details of %1</source>
        <translation>بيانات %1</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Register the new participant (Ctrl+S)</source>
        <translation>تسجيل المشارك الجديد (Ctrl+S)</translation>
    </message>
    <message>
        <source>The file could not be written (%1). Choose another folder.</source>
        <translation>تعذّرت كتابة الملف (%1). اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>Everything held about %1 was saved to %2.</source>
        <translation>حُفظ كل ما يُحتفظ به عن %1 في %2.</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>محو %1 نهائيًا؟</translation>
    </message>
    <message>
        <source>their name, contact details, date of birth and notes</source>
        <translation>اسمه وبيانات التواصل معه وتاريخ ميلاده وملاحظاته</translation>
    </message>
    <message>
        <source>%1 consent record(s)</source>
        <translation>%1 من سجلات الموافقة</translation>
    </message>
    <message>
        <source>%1 project photo(s) showing them</source>
        <translation>%1 من صور المشاريع التي تظهره</translation>
    </message>
    <message>
        <source>%1 project membership(s)</source>
        <translation>%1 من عضويات المشاريع</translation>
    </message>
    <message>
        <source>their photo</source>
        <translation>صورته</translation>
    </message>
    <message>
        <source>Kept without their name, for the statistics: %1 booking(s), %2 attendance mark(s), %3 enrolment(s), %4 certification(s).</source>
        <translation>يُحتفظ بها دون اسمه، للإحصاءات: %1 حجز، %2 علامة حضور، %3 تسجيل، %4 اعتماد.</translation>
    </message>
    <message>
        <source>Deleted: %1.</source>
        <translation>حُذف: %1.</translation>
    </message>
    <message>
        <source>%1 minor participant(s) have them as guardian and will need another guardian.</source>
        <translation>%1 من المشاركين القاصرين وليّ أمرهم هذا الشخص وسيحتاجون إلى وليّ أمر آخر.</translation>
    </message>
    <message>
        <source>Their badge stops working. This cannot be undone.</source>
        <translation>تتوقف شارته عن العمل. لا يمكن التراجع عن هذا.</translation>
    </message>
    <message>
        <source>Erase participant</source>
        <translation>محو المشارك</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>المحو نهائيًا</translation>
    </message>
    <message>
        <source>%1 was erased.</source>
        <translation>تم محو %1.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Preview of the pages to print</source>
        <translation>معاينة الصفحات المراد طباعتها</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <source>Zoom: fit the page width</source>
        <translation>التكبير: ملاءمة عرض الصفحة</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>الصفحة كاملة</translation>
    </message>
    <message>
        <source>Zoom: show whole pages</source>
        <translation>التكبير: عرض صفحات كاملة</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n صفحة</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتان</numerusform>
            <numerusform>%n صفحات</numerusform>
            <numerusform>%n صفحة</numerusform>
            <numerusform>%n صفحة</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to preview yet</source>
        <translation>لا شيء للمعاينة بعد</translation>
    </message>
    <message>
        <source>Sending pages to the printer…</source>
        <translation>جارٍ إرسال الصفحات إلى الطابعة…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>جارٍ الطباعة</translation>
    </message>
    <message>
        <source>Printing progress</source>
        <translation>تقدّم الطباعة</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <source>Add a photo to “%1”</source>
        <translation>إضافة صورة إلى «%1»</translation>
    </message>
    <message>
        <source>Before attaching a photo: tick everyone recognisable in it. Each of them must have current photo consent (given by them or their guardian); a photo showing someone without it is refused. If in doubt, choose a photo without faces.</source>
        <translation>قبل إرفاق صورة: حدد كل شخص يمكن التعرف عليه فيها. يجب أن تكون لكل منهم موافقة سارية على الصور (منه أو من وليّ أمره)؛ تُرفض الصورة التي تُظهر شخصًا دونها. إن ساورك شك، اختر صورة بلا وجوه.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>The photo to attach: %1</source>
        <translation>الصورة المراد إرفاقها: %1</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>For example “The finished lamp at the library&apos;s open day”</source>
        <translation>مثل «المصباح المكتمل في يوم الأبواب المفتوحة بالمكتبة»</translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation>ال&amp;تعليق</translation>
    </message>
    <message>
        <source>&amp;Who is in the photo? (tick everyone recognisable)</source>
        <translation>&amp;من في الصورة؟ (حدد كل من يمكن التعرف عليه)</translation>
    </message>
    <message>
        <source>People in the photo</source>
        <translation>الأشخاص في الصورة</translation>
    </message>
    <message>
        <source>Space ticks or unticks the highlighted person</source>
        <translation>مفتاح المسافة يحدد الشخص المحدد أو يلغي تحديده</translation>
    </message>
    <message>
        <source>Someone else in the photo…</source>
        <translation>شخص آخر في الصورة…</translation>
    </message>
    <message>
        <source>Add someone who is not in the team but is in the photo</source>
        <translation>إضافة شخص ليس في الفريق لكنه في الصورة</translation>
    </message>
    <message>
        <source>I have checked the photo: everyone recognisable in it is ticked above.</source>
        <translation>راجعت الصورة: كل من يمكن التعرف عليه فيها محدد أعلاه.</translation>
    </message>
    <message>
        <source>Attach photo</source>
        <translation>إرفاق الصورة</translation>
    </message>
    <message>
        <source>Attach the photo to the project</source>
        <translation>إرفاق الصورة بالمشروع</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel: attach nothing</source>
        <translation>إلغاء: عدم إرفاق شيء</translation>
    </message>
    <message>
        <source>Someone else in the photo</source>
        <translation>شخص آخر في الصورة</translation>
    </message>
    <message>
        <source>Who else is recognisable in the photo?</source>
        <translation>من غيرهم يمكن التعرف عليه في الصورة؟</translation>
    </message>
    <message>
        <source>%1 — no photo consent: must not be in the photo</source>
        <translation>%1 — لا موافقة على الصور: يجب ألا يظهر في الصورة</translation>
    </message>
    <message>
        <source>%1 — photo consent given</source>
        <translation>%1 — الموافقة على الصور معطاة</translation>
    </message>
    <message>
        <source>Tick the box above first: confirm that everyone recognisable in the photo is ticked.</source>
        <translation>حدد المربع أعلاه أولًا: أكّد أن كل من يمكن التعرف عليه في الصورة محدد.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>The screen to list and edit them comes in a later version of the app.</source>
        <translation type="vanished">شاشة عرضها وتعديلها تأتي في إصدار لاحق من التطبيق.</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <source>CR80 card, one a page (card printers)</source>
        <translation>بطاقة CR80، واحدة في الصفحة (طابعات البطاقات)</translation>
    </message>
    <message>
        <source>Avery 5395 sheet, 8 a page (US Letter)</source>
        <translation>ورقة Avery 5395، ‏8 في الصفحة (US Letter)</translation>
    </message>
    <message>
        <source>Avery L7418 sheet, 8 a page (A4)</source>
        <translation>ورقة Avery L7418، ‏8 في الصفحة (A4)</translation>
    </message>
    <message>
        <source>Badges and certificates: every one printed is recorded with its serial and verification code.</source>
        <translation>الشارات والشهادات: كل واحدة تُطبع تُسجَّل برقمها التسلسلي ورمز التحقق منها.</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>ماذا تطبع</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>الشارات</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>الشهادات</translation>
    </message>
    <message>
        <source>Issue and preview</source>
        <translation>إصدار ومعاينة</translation>
    </message>
    <message>
        <source>Issue and preview: record the batch and show its pages</source>
        <translation>إصدار ومعاينة: تسجيل الدفعة وعرض صفحاتها</translation>
    </message>
    <message>
        <source>Progress of the batch</source>
        <translation>تقدّم الدفعة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel the batch: nothing is recorded</source>
        <translation>إلغاء الدفعة: لا يُسجَّل شيء</translation>
    </message>
    <message>
        <source>Whose badges</source>
        <translation>شارات من</translation>
    </message>
    <message>
        <source>One participant</source>
        <translation>مشارك واحد</translation>
    </message>
    <message>
        <source>A selection of participants</source>
        <translation>مجموعة من المشاركين</translation>
    </message>
    <message>
        <source>Everyone in a workshop</source>
        <translation>كل من في ورشة</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>Participants chosen for badges</source>
        <translation>المشاركون المختارون للشارات</translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation>إضافة مشارك…</translation>
    </message>
    <message>
        <source>Add a participant by name or badge code</source>
        <translation>إضافة مشارك بالاسم أو رمز الشارة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the highlighted participant</source>
        <translation>إزالة المشارك المحدد</translation>
    </message>
    <message>
        <source>Workshop whose participants get badges</source>
        <translation>الورشة التي يحصل مشاركوها على شارات</translation>
    </message>
    <message>
        <source>Badge layout</source>
        <translation>تخطيط الشارة</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>ال&amp;تخطيط</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>الورشة</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>ال&amp;ورشة</translation>
    </message>
    <message>
        <source>Certificate design</source>
        <translation>تصميم الشهادة</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>رسمي</translation>
    </message>
    <message>
        <source>Playful (for children)</source>
        <translation>مرح (للأطفال)</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>الت&amp;صميم</translation>
    </message>
    <message>
        <source>Also in the organisation&apos;s language (bilingual)</source>
        <translation>بلغة المؤسسة أيضًا (ثنائي اللغة)</translation>
    </message>
    <message>
        <source>Who gets a certificate and who does not</source>
        <translation>من يحصل على شهادة ومن لا يحصل</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Print the previewed pages</source>
        <translation>طباعة الصفحات المعاينة</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>حفظ PDF…</translation>
    </message>
    <message>
        <source>Save the previewed pages as a PDF file</source>
        <translation>حفظ الصفحات المعاينة كملف PDF</translation>
    </message>
    <message>
        <source>Issued badges and certificates</source>
        <translation>الشارات والشهادات الصادرة</translation>
    </message>
    <message>
        <source>Issued badges and certificates, latest first</source>
        <translation>الشارات والشهادات الصادرة، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Nothing issued yet. Badges and certificates you issue are listed here, to print again or revoke.</source>
        <translation>لم يصدر شيء بعد. تُعرض هنا الشارات والشهادات التي تصدرها، لطباعتها من جديد أو إلغائها.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>الطباعة من جديد</translation>
    </message>
    <message>
        <source>Print the selected badges or certificates again, same serials</source>
        <translation>طباعة الشارات أو الشهادات المحددة من جديد بالأرقام التسلسلية نفسها</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>إلغاء…</translation>
    </message>
    <message>
        <source>Revoke the selected badge or certificate</source>
        <translation>إلغاء الشارة أو الشهادة المحددة</translation>
    </message>
    <message>
        <source>Chec&amp;k a code</source>
        <translation>&amp;فحص رمز</translation>
    </message>
    <message>
        <source>Type or scan a verification code</source>
        <translation>اكتب رمز تحقق أو امسحه</translation>
    </message>
    <message>
        <source>Verification code to check</source>
        <translation>رمز التحقق المراد فحصه</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>فحص</translation>
    </message>
    <message>
        <source>Check the verification code</source>
        <translation>فحص رمز التحقق</translation>
    </message>
    <message>
        <source>✗ Not genuine: %1</source>
        <translation>✗ غير أصلي: %1</translation>
    </message>
    <message>
        <source>certificate %1 for “%2”</source>
        <translation>الشهادة %1 لـ «%2»</translation>
    </message>
    <message>
        <source>badge %1</source>
        <translation>الشارة %1</translation>
    </message>
    <message>
        <source>✓ Genuine: %1, issued to %2.</source>
        <translation>✓ أصلي: %1، صادر لـ %2.</translation>
    </message>
    <message>
        <source>✗ Revoked: %1, issued to %2 (%3).</source>
        <translation>✗ مُلغى: %1، صادر لـ %2 (%3).</translation>
    </message>
    <message>
        <source>Certificates are issued by the workshop&apos;s leaders or a coordinator.</source>
        <translation>يُصدر الشهاداتِ قادةُ الورشة أو منسق.</translation>
    </message>
    <message>
        <source>Only a coordinator can revoke badges and certificates.</source>
        <translation>فقط المنسق يمكنه إلغاء الشارات والشهادات.</translation>
    </message>
    <message>
        <source>No workshops yet</source>
        <translation>لا توجد ورش بعد</translation>
    </message>
    <message>
        <source>Choose a workshop to see who has completed it.</source>
        <translation>اختر ورشة لترى من أكملها.</translation>
    </message>
    <message>
        <source>%1 completed it and get a certificate; %2 do not yet.</source>
        <translation>أكملها %1 ويحصلون على شهادة؛ و%2 لم يكملوها بعد.</translation>
    </message>
    <message>
        <source>%1 — completed; already has a certificate: printed again with the same serial</source>
        <translation>%1 — أكمل؛ لديه شهادة بالفعل: تُطبع من جديد بالرقم التسلسلي نفسه</translation>
    </message>
    <message>
        <source>%1 — completed: gets a certificate</source>
        <translation>%1 — أكمل: يحصل على شهادة</translation>
    </message>
    <message>
        <source>%1 — no certificate: %2</source>
        <translation>%1 — لا شهادة: %2</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>الشهادة</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>الشارة</translation>
    </message>
    <message>
        <source>Revoked: %1</source>
        <translation>مُلغاة: %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>ساري</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>سطر الأوامر</translation>
    </message>
    <message>
        <source>Badge for…</source>
        <translation>شارة لـ…</translation>
    </message>
    <message>
        <source>Type part of a name or scan a badge.</source>
        <translation>اكتب جزءًا من اسم أو امسح شارة.</translation>
    </message>
    <message>
        <source>Add the participant whose badge to print (Add participant…).</source>
        <translation>أضف المشارك الذي تريد طباعة شارته (إضافة مشارك…).</translation>
    </message>
    <message>
        <source>Choose a workshop first.</source>
        <translation>اختر ورشة أولًا.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was recorded.</source>
        <translation>أُلغي: لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>The pages were recorded but cannot be shown. Save them as a PDF instead.</source>
        <translation>سُجّلت الصفحات لكن لا يمكن عرضها. احفظها كملف PDF بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>%1 certificate(s): %2 new, %3 printed again.</source>
        <translation>%1 شهادة: %2 جديدة، و%3 طُبعت من جديد.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) did not complete it (listed on the left).</source>
        <translation>
            <numerusform>%n مشارك لم يكملها (مذكورون على اليمين).</numerusform>
            <numerusform>مشارك واحد لم يكملها (مذكور على اليمين).</numerusform>
            <numerusform>مشاركان لم يكملاها (مذكوران على اليمين).</numerusform>
            <numerusform>%n مشاركين لم يكملوها (مذكورون على اليمين).</numerusform>
            <numerusform>%n مشاركًا لم يكملوها (مذكورون على اليمين).</numerusform>
            <numerusform>%n مشارك لم يكملوها (مذكورون على اليمين).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) recorded.</source>
        <translation>
            <numerusform>%n شارة مسجلة.</numerusform>
            <numerusform>شارة واحدة مسجلة.</numerusform>
            <numerusform>شارتان مسجلتان.</numerusform>
            <numerusform>%n شارات مسجلة.</numerusform>
            <numerusform>%n شارة مسجلة.</numerusform>
            <numerusform>%n شارة مسجلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded. Check the preview, then print or save the pages.</source>
        <translation>تم التسجيل. راجع المعاينة ثم اطبع الصفحات أو احفظها.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>الطباعة</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>أُرسلت إلى الطابعة.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>أُلغيت الطباعة.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>حفظ PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Choose another folder.</source>
        <translation>تعذّرت كتابة %1 (%2). اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>تم حفظ %1.</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>إلغاء %1</translation>
    </message>
    <message>
        <source>Why is it revoked? The reason is kept with the record.</source>
        <translation>لماذا يُلغى؟ يُحفظ السبب مع السجل.</translation>
    </message>
    <message>
        <source>Revoke %1?</source>
        <translation>إلغاء %1؟</translation>
    </message>
    <message>
        <source>Revoke %1, issued to %2?</source>
        <translation>إلغاء %1 الصادر لـ %2؟</translation>
    </message>
    <message>
        <source>It will be reported as revoked to anyone who checks its code. This cannot be undone.</source>
        <translation>سيظهر كملغى لكل من يتحقق من رمزه. لا يمكن التراجع عن هذا.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>الإبقاء عليها</translation>
    </message>
    <message>
        <source>%1 was revoked.</source>
        <translation>تم إلغاء %1.</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>تعديل «%1»</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>For example “Solar-powered lamp”</source>
        <translation>مثل «مصباح يعمل بالطاقة الشمسية»</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Made in the workshop</source>
        <translation>صُنع في الورشة</translation>
    </message>
    <message>
        <source>The story</source>
        <translation>القصة</translation>
    </message>
    <message>
        <source>What it is, how the team made it, what they learned</source>
        <translation>ما هو، وكيف صنعه الفريق، وماذا تعلموا</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>المواد</translation>
    </message>
    <message>
        <source>For example: 3 mm plywood, 2 LEDs, a small solar panel</source>
        <translation>مثل: خشب رقائقي 3 مم، مصباحا LED، لوح شمسي صغير</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Delete removes the highlighted person</source>
        <translation>مفتاح Delete يزيل الشخص المحدد</translation>
    </message>
    <message>
        <source>Add to the team…</source>
        <translation>إضافة إلى الفريق…</translation>
    </message>
    <message>
        <source>Add a participant to the team: search by name or badge</source>
        <translation>إضافة مشارك إلى الفريق: البحث بالاسم أو الشارة</translation>
    </message>
    <message>
        <source>Remove from the team</source>
        <translation>إزالة من الفريق</translation>
    </message>
    <message>
        <source>Remove the highlighted person from the team</source>
        <translation>إزالة الشخص المحدد من الفريق</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>ال&amp;ورشة</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>ال&amp;فريق</translation>
    </message>
    <message>
        <source>The &amp;story</source>
        <translation>ال&amp;قصة</translation>
    </message>
    <message>
        <source>&amp;Materials</source>
        <translation>الم&amp;واد</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the project (Ctrl+S)</source>
        <translation>حفظ المشروع (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel: change nothing</source>
        <translation>إلغاء: عدم تغيير شيء</translation>
    </message>
    <message>
        <source>Not made in a workshop</source>
        <translation>لم يُصنع في ورشة</translation>
    </message>
    <message>
        <source>Add to the team</source>
        <translation>إضافة إلى الفريق</translation>
    </message>
    <message>
        <source>Who made it? Type part of a name or scan their badge.</source>
        <translation>من صنعه؟ اكتب جزءًا من اسم أو امسح شارته.</translation>
    </message>
</context>
<context>
    <name>ProjectPageView</name>
    <message>
        <source>Project page</source>
        <translation>صفحة المشروع</translation>
    </message>
    <message>
        <source>Photo of the project</source>
        <translation>صورة المشروع</translation>
    </message>
    <message>
        <source>Photos: choose one to see it large</source>
        <translation>الصور: اختر واحدة لرؤيتها كبيرة</translation>
    </message>
    <message>
        <source>No photos yet. Add one: everyone shown in it needs photo consent.</source>
        <translation>لا صور بعد. أضف واحدة: كل من يظهر فيها يحتاج إلى موافقة على الصور.</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>إضافة صورة…</translation>
    </message>
    <message>
        <source>Add a photo of the project</source>
        <translation>إضافة صورة للمشروع</translation>
    </message>
    <message>
        <source>Remove photo…</source>
        <translation>إزالة الصورة…</translation>
    </message>
    <message>
        <source>Remove the photo shown</source>
        <translation>إزالة الصورة المعروضة</translation>
    </message>
    <message>
        <source>Edit… (Ctrl+E)</source>
        <translation>تعديل… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Edit the project: title, story, team, status, workshop (Ctrl+E)</source>
        <translation>تعديل المشروع: العنوان والقصة والفريق والحالة والورشة (Ctrl+E)</translation>
    </message>
    <message>
        <source>Remove project…</source>
        <translation>إزالة المشروع…</translation>
    </message>
    <message>
        <source>Remove the project with its photos and files</source>
        <translation>إزالة المشروع مع صوره وملفاته</translation>
    </message>
    <message>
        <source>The story</source>
        <translation>القصة</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>المواد</translation>
    </message>
    <message>
        <source>Equipment used</source>
        <translation>المعدات المستخدمة</translation>
    </message>
    <message>
        <source>Equipment used, with the booking it was made in</source>
        <translation>المعدات المستخدمة، مع الحجز الذي استُخدمت فيه</translation>
    </message>
    <message>
        <source>No equipment recorded yet. Choose it from the team&apos;s bookings.</source>
        <translation>لم تُسجَّل معدات بعد. اخترها من حجوزات الفريق.</translation>
    </message>
    <message>
        <source>Add equipment used…</source>
        <translation>إضافة معدة مستخدمة…</translation>
    </message>
    <message>
        <source>Add equipment used, chosen from the team&apos;s bookings</source>
        <translation>إضافة معدة مستخدمة، تُختار من حجوزات الفريق</translation>
    </message>
    <message>
        <source>Show the booking</source>
        <translation>عرض الحجز</translation>
    </message>
    <message>
        <source>Show the highlighted equipment&apos;s booking in Bookings</source>
        <translation>عرض حجز المعدة المحددة في «الحجوزات»</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>إزالة من القائمة</translation>
    </message>
    <message>
        <source>Remove the highlighted equipment from the list</source>
        <translation>إزالة المعدة المحددة من القائمة</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>الملفات المرفقة</translation>
    </message>
    <message>
        <source>No files yet: attach a design, a write-up or code.</source>
        <translation>لا ملفات بعد: أرفق تصميمًا أو تقريرًا أو شيفرة.</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>إرفاق ملف…</translation>
    </message>
    <message>
        <source>Attach a file to the project</source>
        <translation>إرفاق ملف بالمشروع</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open the highlighted file</source>
        <translation>فتح الملف المحدد</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>حفظ باسم…</translation>
    </message>
    <message>
        <source>Save a copy of the highlighted file</source>
        <translation>حفظ نسخة من الملف المحدد</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <source>Remove the highlighted file</source>
        <translation>إزالة الملف المحدد</translation>
    </message>
    <message>
        <source>Made by %1</source>
        <translation>صنعه %1</translation>
    </message>
    <message>
        <source>From the workshop “%1” →</source>
        <translation>من ورشة «%1» ←</translation>
    </message>
    <message>
        <source>Open the workshop %1</source>
        <translation>فتح الورشة %1</translation>
    </message>
    <message>
        <source>Started %1 · last change %2</source>
        <translation>بدأ في %1 · آخر تغيير %2</translation>
    </message>
    <message>
        <source>No story written yet.</source>
        <translation>لم تُكتب القصة بعد.</translation>
    </message>
    <message>
        <source>None listed.</source>
        <translation>لا شيء مذكور.</translation>
    </message>
    <message>
        <source>Photo added %1</source>
        <translation>أُضيفت الصورة في %1</translation>
    </message>
    <message>
        <source>In the photo: %1</source>
        <translation>في الصورة: %1</translation>
    </message>
    <message>
        <source>Nobody recognisable in the photo.</source>
        <translation>لا أحد يمكن التعرف عليه في الصورة.</translation>
    </message>
    <message>
        <source>booking of %1 for %2</source>
        <translation>حجز %1 لـ %2</translation>
    </message>
    <message>
        <source>no booking recorded</source>
        <translation>لا يوجد حجز مسجل</translation>
    </message>
    <message>
        <source>%1 · %2 · added %3</source>
        <translation>%1 · %2 · أُضيف في %3</translation>
    </message>
</context>
<context>
    <name>ProjectPhoto</name>
    <message>
        <source>“%1” is %2; a photo can be at most %3. Make it smaller (most photo programs can export a smaller copy) and try again.</source>
        <translation>حجم «%1» هو %2؛ والصورة لا تتجاوز %3. صغّرها (معظم برامج الصور يمكنها تصدير نسخة أصغر) وحاول من جديد.</translation>
    </message>
    <message>
        <source>“%1” cannot be read (%2). Choose another file.</source>
        <translation>لا يمكن قراءة «%1» (%2). اختر ملفًا آخر.</translation>
    </message>
    <message>
        <source>“%1” is not a photo the app can read. Choose a PNG, JPEG, GIF or WebP image.</source>
        <translation>«%1» ليست صورة يستطيع التطبيق قراءتها. اختر صورة PNG أو JPEG أو GIF أو WebP.</translation>
    </message>
</context>
<context>
    <name>Projects</name>
    <message>
        <source>No team yet</source>
        <translation>لا فريق بعد</translation>
    </message>
    <message>
        <source>from the workshop %1</source>
        <translation>من ورشة %1</translation>
    </message>
    <message>
        <source>photos: %1</source>
        <translation>الصور: %1</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>فكرة</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>exhibited</source>
        <translation>معروض</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>No projects yet — create one (Ctrl+N)</source>
        <translation>لا توجد مشاريع بعد — أنشئ واحدًا (Ctrl+N)</translation>
    </message>
    <message>
        <source>A project is something participants made, with its story: the team, the photos, the materials, the equipment they used and their files. Create one, then add its photos.</source>
        <translation>المشروع شيء صنعه المشاركون، مع قصته: الفريق والصور والمواد والمعدات المستخدمة وملفاتهم. أنشئ واحدًا ثم أضف صوره.</translation>
    </message>
    <message>
        <source>New project (Ctrl+N)</source>
        <translation>مشروع جديد (Ctrl+N)</translation>
    </message>
    <message>
        <source>Create a new project (Ctrl+N)</source>
        <translation>إنشاء مشروع جديد (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search projects by title or story</source>
        <translation>البحث في المشاريع بالعنوان أو القصة</translation>
    </message>
    <message>
        <source>Show projects with status</source>
        <translation>عرض المشاريع ذات الحالة</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Show projects from the workshop</source>
        <translation>عرض مشاريع الورشة</translation>
    </message>
    <message>
        <source>Any workshop</source>
        <translation>أي ورشة</translation>
    </message>
    <message>
        <source>Anyone…</source>
        <translation>أي شخص…</translation>
    </message>
    <message>
        <source>Show the projects of one participant</source>
        <translation>عرض مشاريع مشارك واحد</translation>
    </message>
    <message>
        <source>Show the projects of anyone again</source>
        <translation>عرض مشاريع الجميع من جديد</translation>
    </message>
    <message>
        <source>&amp;Made by</source>
        <translation>&amp;صنعه</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>المشاريع</translation>
    </message>
    <message>
        <source>Enter opens the highlighted project</source>
        <translation>Enter يفتح المشروع المحدد</translation>
    </message>
    <message>
        <source>← All projects (Esc)</source>
        <translation>→ كل المشاريع (Esc)</translation>
    </message>
    <message>
        <source>Back to all projects (Escape)</source>
        <translation>العودة إلى كل المشاريع (Escape)</translation>
    </message>
    <message>
        <source>Showing the %1 most recently changed projects. Search or filter to find the others.</source>
        <translation>عرض أحدث %1 مشروعًا تغيّرًا. ابحث أو صفِّ للعثور على الباقي.</translation>
    </message>
    <message>
        <source>Projects shown: %1</source>
        <translation>المشاريع المعروضة: %1</translation>
    </message>
    <message>
        <source>No project matches. Clear the search or choose “Any” in the filters.</source>
        <translation>لا يوجد مشروع مطابق. امسح البحث أو اختر «أي» في عوامل التصفية.</translation>
    </message>
    <message>
        <source>Projects made by</source>
        <translation>المشاريع التي صنعها</translation>
    </message>
    <message>
        <source>Whose projects? Type part of a name or scan their badge.</source>
        <translation>مشاريع من؟ اكتب جزءًا من اسم أو امسح شارته.</translation>
    </message>
    <message>
        <source>Showing the projects of %1; choose someone else</source>
        <translation>عرض مشاريع %1؛ اختر شخصًا آخر</translation>
    </message>
    <message>
        <source>“%1” is saved. Add its photos and files next.</source>
        <translation>تم حفظ «%1». أضف صوره وملفاته الآن.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Remove the project?</source>
        <translation>إزالة المشروع؟</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>إزالة «%1»؟</translation>
    </message>
    <message>
        <source>Its %1 photos, %2 files and the list of equipment used are removed too. The team&apos;s bookings stay.</source>
        <translation>تُزال أيضًا صوره البالغ عددها %1 وملفاته البالغ عددها %2 وقائمة المعدات المستخدمة. تبقى حجوزات الفريق.</translation>
    </message>
    <message>
        <source>Remove the project</source>
        <translation>إزالة المشروع</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>الإبقاء عليها</translation>
    </message>
    <message>
        <source>Keep the project</source>
        <translation>الإبقاء على المشروع</translation>
    </message>
    <message>
        <source>“%1” is removed.</source>
        <translation>تمت إزالة «%1».</translation>
    </message>
    <message>
        <source>Choose a photo of the project</source>
        <translation>اختيار صورة للمشروع</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>The photo is attached.</source>
        <translation>تم إرفاق الصورة.</translation>
    </message>
    <message>
        <source>Remove the photo?</source>
        <translation>إزالة الصورة؟</translation>
    </message>
    <message>
        <source>Remove the photo shown?</source>
        <translation>إزالة الصورة المعروضة؟</translation>
    </message>
    <message>
        <source>It is deleted from the makerspace&apos;s records.</source>
        <translation>تُحذف من سجلات المساحة.</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>إزالة الصورة</translation>
    </message>
    <message>
        <source>Keep the photo</source>
        <translation>الإبقاء على الصورة</translation>
    </message>
    <message>
        <source>The photo is removed.</source>
        <translation>تمت إزالة الصورة.</translation>
    </message>
    <message>
        <source>Choose a file to attach</source>
        <translation>اختيار ملف لإرفاقه</translation>
    </message>
    <message>
        <source>“%1” is %2; a project file can be at most %3. Compress it or split it, or link to it in the story instead.</source>
        <translation>حجم «%1» هو %2؛ وملف المشروع لا يتجاوز %3. اضغطه أو قسّمه، أو ضع رابطًا إليه في القصة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>“%1” cannot be read (%2). Choose another file.</source>
        <translation>لا يمكن قراءة «%1» (%2). اختر ملفًا آخر.</translation>
    </message>
    <message>
        <source>“%1” is attached (%2).</source>
        <translation>تم إرفاق «%1» (%2).</translation>
    </message>
    <message>
        <source>Save a copy of “%1”</source>
        <translation>حفظ نسخة من «%1»</translation>
    </message>
    <message>
        <source>The copy could not be written to %1 (%2). Choose another folder.</source>
        <translation>تعذّرت كتابة النسخة في %1 (%2). اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>حُفظت نسخة باسم %1.</translation>
    </message>
    <message>
        <source>The file could not be opened (%1). Use “Save as…” instead.</source>
        <translation>تعذّر فتح الملف (%1). استخدم «حفظ باسم…» بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>No program on this computer opens “%1”. Use “Save as…” and open it from there.</source>
        <translation>لا يوجد برنامج على هذا الحاسوب يفتح «%1». استخدم «حفظ باسم…» وافتحه من هناك.</translation>
    </message>
    <message>
        <source>Remove the file?</source>
        <translation>إزالة الملف؟</translation>
    </message>
    <message>
        <source>It is deleted from the project; save a copy first if you need it.</source>
        <translation>يُحذف من المشروع؛ احفظ نسخة أولًا إن كنت تحتاجها.</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>إزالة الملف</translation>
    </message>
    <message>
        <source>Keep the file</source>
        <translation>الإبقاء على الملف</translation>
    </message>
    <message>
        <source>The file is removed.</source>
        <translation>تمت إزالة الملف.</translation>
    </message>
    <message>
        <source>%1 is listed as used.</source>
        <translation>%1 مذكور كمستخدم.</translation>
    </message>
    <message>
        <source>Removed from the list of equipment used.</source>
        <translation>أُزيل من قائمة المعدات المستخدمة.</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>ProjectPhoto</source>
        <comment>“%1” is %2; a photo can be at most %3. Make it smaller (most photo programs can export a smaller copy) and try again.</comment>
        <translation type="vanished">صورة المشروع</translation>
    </message>
</context>
<context>
    <name>RecurringBookingDialog</name>
    <message>
        <source>Recurring booking</source>
        <translation>حجز متكرر</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>كل أسبوع</translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation>كل أسبوعين</translation>
    </message>
    <message>
        <source> times</source>
        <translation> مرات</translation>
    </message>
    <message>
        <source>How many times</source>
        <translation>كم مرة</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>الت&amp;كرار</translation>
    </message>
    <message>
        <source>Ti&amp;mes</source>
        <translation>عدد ال&amp;مرات</translation>
    </message>
    <message>
        <source>The occurrences of the series</source>
        <translation>مواعيد السلسلة</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Can it be booked?</source>
        <translation>هل يمكن حجزه؟</translation>
    </message>
    <message>
        <source>Occurrence columns</source>
        <translation>أعمدة المواعيد</translation>
    </message>
    <message>
        <source>List the dates</source>
        <translation>عرض التواريخ</translation>
    </message>
    <message>
        <source>List the dates and whether each can be booked (Enter); nothing is saved yet</source>
        <translation>عرض التواريخ وإمكانية حجز كل منها (Enter)؛ لم يُحفظ شيء بعد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel, book nothing (Escape)</source>
        <translation>إلغاء، عدم حجز أي شيء (Escape)</translation>
    </message>
    <message>
        <source>Choose the participant first: type their name or scan their badge.</source>
        <translation>اختر المشارك أولًا: اكتب اسمه أو امسح شارته.</translation>
    </message>
    <message>
        <source>“%1” is not one of the items. Choose an item from the list.</source>
        <translation>«%1» ليست من المعدات. اختر معدة من القائمة.</translation>
    </message>
    <message>
        <source>Conflict, skipped: %1</source>
        <translation>تعارض، تم تخطيه: %1</translation>
    </message>
    <message>
        <source>Free, will be booked</source>
        <translation>متاح، سيُحجز</translation>
    </message>
    <message>
        <source>All %1 dates are free. Nothing is booked until you press Book.</source>
        <translation>كل التواريخ الـ %1 متاحة. لا يُحجز شيء حتى تضغط «حجز».</translation>
    </message>
    <message>
        <source>Book all %1</source>
        <translation>حجز الكل (%1)</translation>
    </message>
    <message>
        <source>Book all %1 dates (Enter)</source>
        <translation>حجز كل التواريخ الـ %1 (Enter)</translation>
    </message>
    <message>
        <source>None of the %1 dates can be booked; the reasons are listed. Change the item, the day or the times, or drop the series.</source>
        <translation>لا يمكن حجز أي من التواريخ الـ %1؛ الأسباب مذكورة. غيّر المعدة أو اليوم أو الأوقات، أو تخلَّ عن السلسلة.</translation>
    </message>
    <message>
        <source>Nothing to book</source>
        <translation>لا شيء للحجز</translation>
    </message>
    <message>
        <source>Nothing to book: every date has a conflict</source>
        <translation>لا شيء للحجز: كل تاريخ فيه تعارض</translation>
    </message>
    <message>
        <source>%1 of the %2 dates cannot be booked (reasons listed). Book the %3 free ones and skip the conflicts, or drop the series.</source>
        <translation>%1 من التواريخ الـ %2 لا يمكن حجزها (الأسباب مذكورة). احجز التواريخ المتاحة الـ %3 وتخطَّ التعارضات، أو تخلَّ عن السلسلة.</translation>
    </message>
    <message>
        <source>Book %1, skip %2</source>
        <translation>حجز %1، تخطي %2</translation>
    </message>
    <message>
        <source>Book the %1 free dates and skip the %2 with conflicts (Enter)</source>
        <translation>حجز التواريخ المتاحة الـ %1 وتخطي الـ %2 المتعارضة (Enter)</translation>
    </message>
    <message>
        <source>Drop the series</source>
        <translation>التخلي عن السلسلة</translation>
    </message>
    <message>
        <source>Drop the series, book nothing (Escape)</source>
        <translation>التخلي عن السلسلة، عدم حجز شيء (Escape)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>تاريخ الإعداد</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>أرقام رئيسية</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>How these figures are counted</source>
        <translation>كيف تُحسب هذه الأرقام</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>يوم الأسبوع</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Booked hours:</source>
        <translation>الساعات المحجوزة:</translation>
    </message>
    <message>
        <source>No equipment was registered by the end of the period.</source>
        <translation>لم تكن هناك معدات مسجلة في نهاية الفترة.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>Booked hours in each local hour of the day, over the whole period. Darker cells are busier; every cell shows its hours.</source>
        <translation>الساعات المحجوزة في كل ساعة محلية من اليوم على مدى الفترة كلها. الخانات الأغمق أكثر ازدحامًا؛ كل خانة تعرض ساعاتها.</translation>
    </message>
    <message>
        <source>No item was booked in the period.</source>
        <translation>لم تُحجز أي معدة في الفترة.</translation>
    </message>
    <message>
        <source>Every item was booked at least once in the period.</source>
        <translation>حُجزت كل معدة مرة واحدة على الأقل في الفترة.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>No workshop had a session in the period.</source>
        <translation>لم تكن لأي ورشة جلسة في الفترة.</translation>
    </message>
    <message>
        <source>To protect privacy, any figure from 1 to 4 is shown as “&lt;5”, so that no one can be singled out.</source>
        <translation>لحماية الخصوصية، يُعرض أي رقم من 1 إلى 4 على أنه «&lt;5»، حتى لا يمكن تمييز أحد.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <source>Equipment and opening hours</source>
        <extracomment>Bookings that held the item (its time was reserved and not given back). Bookings the participant came for. What a reach figure from 1 to 4 is shown as.</extracomment>
        <translation>المعدات وساعات العمل</translation>
    </message>
    <message>
        <source>Booked hours per item</source>
        <translation>الساعات المحجوزة لكل معدة</translation>
    </message>
    <message>
        <source>Booked hours by weekday and hour</source>
        <translation>الساعات المحجوزة حسب يوم الأسبوع والساعة</translation>
    </message>
    <message>
        <source>Sessions, enrolments and attendance</source>
        <translation>الجلسات والتسجيلات والحضور</translation>
    </message>
    <message>
        <source>Participants reached and their ages</source>
        <translation>المشاركون الذين وصلت إليهم المساحة وأعمارهم</translation>
    </message>
    <message>
        <source>Languages and accessibility needs</source>
        <translation>اللغات واحتياجات الإتاحة</translation>
    </message>
    <message>
        <source>Totals and rankings</source>
        <translation>المجاميع والترتيب</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>السبت</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <source>Under 12</source>
        <translation>أقل من 12</translation>
    </message>
    <message>
        <source>12 to 17</source>
        <translation>من 12 إلى 17</translation>
    </message>
    <message>
        <source>18 to 25</source>
        <translation>من 18 إلى 25</translation>
    </message>
    <message>
        <source>26 to 64</source>
        <translation>من 26 إلى 64</translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation>65 فأكثر</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>لم يُسجَّل شيء</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>متاحة</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>خارج الخدمة</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>متقاعد</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation>وصول بالكرسي المتحرك</translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation>حلقة سمعية</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>خط كبير</translation>
    </message>
    <message>
        <source>Quiet space</source>
        <translation>مكان هادئ</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>مترجم</translation>
    </message>
    <message>
        <source>Equipment usage</source>
        <translation>استخدام المعدات</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>الورش</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>المعدة</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>رقم الجرد</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>الحجوزات</translation>
    </message>
    <message>
        <source>Booked hours</source>
        <translation>الساعات المحجوزة</translation>
    </message>
    <message>
        <source>Open hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <source>Utilisation (%)</source>
        <translation>نسبة الإشغال (%)</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>حالات عدم الحضور</translation>
    </message>
    <message>
        <source>Booked hours by category</source>
        <translation>الساعات المحجوزة حسب الفئة</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>المعدات</translation>
    </message>
    <message>
        <source>No-show rate (%)</source>
        <translation>نسبة عدم الحضور (%)</translation>
    </message>
    <message>
        <source>Busiest items</source>
        <translation>أكثر المعدات حجزًا</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Idle items (no booked hour)</source>
        <translation>معدات غير مستخدمة (لا ساعة محجوزة)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>كل المعدات</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>نسبة الإشغال</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>نسبة عدم الحضور</translation>
    </message>
    <message>
        <source>Idle items</source>
        <translation>معدات غير مستخدمة</translation>
    </message>
    <message>
        <source>Booked hours by weekday and hour of day</source>
        <translation>الساعات المحجوزة حسب يوم الأسبوع وساعة اليوم</translation>
    </message>
    <message>
        <source>Booked hours count bookings that held the item (booked, checked in or completed), clipped to the period; cancelled bookings and no-shows are not counted.</source>
        <translation>تحسب الساعات المحجوزة الحجوزات التي شغلت المعدة (محجوزة أو سُجّل وصولها أو مكتملة)، مقتطعة على الفترة؛ ولا تُحسب الحجوزات الملغاة ولا حالات عدم الحضور.</translation>
    </message>
    <message>
        <source>Open hours are the opening hours of each item&apos;s site on the days of the period, less closure days, from the day the item was registered. Utilisation is booked hours divided by open hours.</source>
        <translation>ساعات العمل هي ساعات عمل موقع كل معدة في أيام الفترة، ناقص أيام الإغلاق، من يوم تسجيل المعدة. نسبة الإشغال هي الساعات المحجوزة مقسومة على ساعات العمل.</translation>
    </message>
    <message>
        <source>Bookings and no-shows are counted by the day they start. The no-show rate is no-shows divided by no-shows plus bookings checked in or completed.</source>
        <translation>تُحسب الحجوزات وحالات عدم الحضور حسب يوم بدئها. نسبة عدم الحضور هي حالات عدم الحضور مقسومة على مجموع حالات عدم الحضور والحجوزات التي سُجّل وصولها أو اكتملت.</translation>
    </message>
    <message>
        <source>The heat map splits each booking across the hours it covers, in local time.</source>
        <translation>توزّع الخريطة الحرارية كل حجز على الساعات التي يغطيها، بالتوقيت المحلي.</translation>
    </message>
    <message>
        <source>Items are listed if they were registered before the period ended. Idle items have no booked hour in the period; their status is today&apos;s (a retired item may have been retired before the period).</source>
        <translation>تُذكر المعدات إن سُجّلت قبل نهاية الفترة. المعدات غير المستخدمة ليس لها ساعة محجوزة في الفترة؛ وحالتها هي حالة اليوم (قد تكون المعدة المتقاعدة أُحيلت إلى التقاعد قبل الفترة).</translation>
    </message>
    <message>
        <source>Workshops with sessions in the period</source>
        <translation>الورش التي لها جلسات في الفترة</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>الورشة</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>الجلسة الأولى</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>الجلسات المنعقدة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>مسجَّل</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>في قائمة الانتظار</translation>
    </message>
    <message>
        <source>Attendance marks</source>
        <translation>علامات الحضور</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>حاضرون دون تسجيل</translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation>نسبة الحضور (%)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Completion rate (%)</source>
        <translation>نسبة الإكمال (%)</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>معدل الحضور</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>معدل الإكمال</translation>
    </message>
    <message>
        <source>Workshops with at least one session starting in the period. Sessions held are the sessions in the period that were not cancelled and had started when the report was made.</source>
        <translation>الورش التي لها جلسة واحدة على الأقل تبدأ في الفترة. الجلسات المنعقدة هي جلسات الفترة التي لم تُلغَ وكانت قد بدأت عند إعداد التقرير.</translation>
    </message>
    <message>
        <source>Enrolled, waitlisted and completed count the workshop&apos;s current enrolments; withdrawn participants are not counted. The completion rate is completed divided by enrolled, for workshops whose last session is over (“–” while one is still running); the total rate covers those workshops only.</source>
        <translation>يُحسب المسجلون ومن في قائمة الانتظار والمكملون من التسجيلات الحالية للورشة؛ ولا يُحسب المنسحبون. نسبة الإكمال هي المكملون مقسومين على المسجلين، للورش التي انتهت جلستها الأخيرة («–» ما دامت إحداها جارية)؛ والنسبة الإجمالية تغطي تلك الورش فقط.</translation>
    </message>
    <message>
        <source>Attendance marks include walk-ins. The attendance rate is the marks of enrolled participants divided by enrolled times sessions held.</source>
        <translation>تشمل علامات الحضور الحاضرين دون تسجيل. نسبة الحضور هي علامات حضور المشاركين المسجلين مقسومة على عدد المسجلين مضروبًا في الجلسات المنعقدة.</translation>
    </message>
    <message>
        <source>Participants reached</source>
        <translation>المشاركون الذين وصلت إليهم المساحة</translation>
    </message>
    <message>
        <source>Used equipment</source>
        <translation>استخدموا المعدات</translation>
    </message>
    <message>
        <source>Attended workshops</source>
        <translation>حضروا الورش</translation>
    </message>
    <message>
        <source>New participants</source>
        <translation>مشاركون جدد</translation>
    </message>
    <message>
        <source>Participants reached by age band</source>
        <translation>المشاركون الذين وصلت إليهم المساحة حسب الفئة العمرية</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Participants reached by language spoken</source>
        <translation>المشاركون الذين وصلت إليهم المساحة حسب اللغة المحكية</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Participants reached by accessibility need</source>
        <translation>المشاركون الذين وصلت إليهم المساحة حسب احتياج الإتاحة</translation>
    </message>
    <message>
        <source>Accessibility need</source>
        <translation>احتياج الإتاحة</translation>
    </message>
    <message>
        <source>Participants reached used a booking (checked in or completed) or were marked present at a workshop session, starting in the period. Each person counts once.</source>
        <translation>المشاركون الذين وصلت إليهم المساحة استخدموا حجزًا (سُجّل وصوله أو اكتمل) أو سُجّل حضورهم في جلسة ورشة، تبدأ في الفترة. يُحسب كل شخص مرة واحدة.</translation>
    </message>
    <message>
        <source>New participants registered in the period, whether or not they came.</source>
        <translation>المشاركون الجدد المسجلون في الفترة، سواء حضروا أم لا.</translation>
    </message>
    <message>
        <source>Age bands are on the last day of the period. Languages and accessibility needs are as recorded; a person counts once under each they have.</source>
        <translation>الفئات العمرية هي كما في آخر يوم من الفترة. اللغات واحتياجات الإتاحة كما سُجّلت؛ ويُحسب الشخص مرة واحدة تحت كل منها.</translation>
    </message>
    <message>
        <source>To protect privacy, any figure from 1 to 4 is shown as “&lt;5”.</source>
        <translation>لحماية الخصوصية، يُعرض أي رقم من 1 إلى 4 على أنه «&lt;5».</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Equipment use</source>
        <extracomment>The reports, in the order offered, with the words naming them.</extracomment>
        <translation>استخدام المعدات</translation>
    </message>
    <message>
        <source>Workshop attendance and completion</source>
        <translation>حضور الورش وإكمالها</translation>
    </message>
    <message>
        <source>Reach: who the makerspace served</source>
        <translation>الوصول: من خدمتهم المساحة</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>الشهر الماضي</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>هذا العام</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>العام الماضي</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>السبت</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>حفظ التقرير كملف PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>حفظ التقرير كملف CSV</translation>
    </message>
    <message>
        <source>CSV files for spreadsheets (*.csv)</source>
        <translation>ملفات CSV لجداول البيانات (*.csv)</translation>
    </message>
    <message>
        <source>Equipment use, workshop attendance and completion, and the people reached, for any period: for your team, your funders and your annual report.</source>
        <translation>استخدام المعدات، وحضور الورش وإكمالها، والأشخاص الذين وصلت إليهم المساحة، لأي فترة: لفريقك وللجهات المموّلة ولتقريرك السنوي.</translation>
    </message>
    <message>
        <source>Reports are for coordinators</source>
        <translation>التقارير للمنسقين</translation>
    </message>
    <message>
        <source>No report made yet</source>
        <translation>لم يُعدّ أي تقرير بعد</translation>
    </message>
    <message>
        <source>Choose a report and a period, then Make report (Enter). Or pick one of the quick choices: this month, last month, this year, last year.</source>
        <translation>اختر تقريرًا وفترة، ثم «إعداد التقرير» (Enter). أو اختر أحد الخيارات السريعة: هذا الشهر، الشهر الماضي، هذا العام، العام الماضي.</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>ال&amp;تقرير</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>اليوم الأول من الفترة</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>إ&amp;لى</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>اليوم الأخير من الفترة</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>إعداد التقرير</translation>
    </message>
    <message>
        <source>Make the report for the chosen period</source>
        <translation>إعداد التقرير للفترة المختارة</translation>
    </message>
    <message>
        <source>Quick choice:</source>
        <translation>خيار سريع:</translation>
    </message>
    <message>
        <source>Make the report for {period}</source>
        <translation>إعداد التقرير لـ {period}</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>حفظ كملف PDF…</translation>
    </message>
    <message>
        <source>Save the shown report as a PDF file</source>
        <translation>حفظ التقرير المعروض كملف PDF</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>حفظ كملف CSV…</translation>
    </message>
    <message>
        <source>Save the shown report as a CSV file for spreadsheets</source>
        <translation>حفظ التقرير المعروض كملف CSV لجداول البيانات</translation>
    </message>
    <message>
        <source>Progress of the report</source>
        <translation>تقدّم التقرير</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop making the report</source>
        <translation>إيقاف إعداد التقرير</translation>
    </message>
    <message>
        <source>Reports show figures about every participant, so only coordinators and admins make them.</source>
        <translation>تعرض التقارير أرقامًا عن كل المشاركين، لذلك يعدّها المنسقون والمسؤولون فقط.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>جارٍ إعداد التقرير…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>توقف.</translation>
    </message>
    <message>
        <source>{first} to {last} ({days} days, time zone {zone}). Made at {time}.</source>
        <translation>من {first} إلى {last} ({days} يومًا، المنطقة الزمنية {zone}). أُعدّ في {time}.</translation>
    </message>
    <message>
        <source>To protect privacy, any figure from 1 to 4 is shown as “&lt;5”, so that no one can be singled out.</source>
        <translation>لحماية الخصوصية، يُعرض أي رقم من 1 إلى 4 على أنه «&lt;5»، حتى لا يمكن تمييز أحد.</translation>
    </message>
    <message>
        <source>How these figures are counted</source>
        <translation>كيف تُحسب هذه الأرقام</translation>
    </message>
    <message>
        <source>{value} h</source>
        <translation>{value} س</translation>
    </message>
    <message>
        <source>No equipment was registered by the end of the period.</source>
        <translation>لم تكن هناك معدات مسجلة في نهاية الفترة.</translation>
    </message>
    <message>
        <source>Booked hours</source>
        <translation>الساعات المحجوزة</translation>
    </message>
    <message>
        <source>No item was booked in the period.</source>
        <translation>لم تُحجز أي معدة في الفترة.</translation>
    </message>
    <message>
        <source>Booked hours in each local hour of the day over the whole period. The stronger the colour, the busier the hour; every cell shows its hours. Focus the map and use the arrow keys to hear each hour.</source>
        <translation>الساعات المحجوزة في كل ساعة محلية من اليوم على مدى الفترة كلها. كلما كان اللون أقوى كانت الساعة أكثر ازدحامًا؛ كل خانة تعرض ساعاتها. ضع التركيز على الخريطة واستخدم الأسهم لسماع كل ساعة.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>Every item was booked at least once in the period.</source>
        <translation>حُجزت كل معدة مرة واحدة على الأقل في الفترة.</translation>
    </message>
    <message>
        <source>Booked hours:</source>
        <translation>الساعات المحجوزة:</translation>
    </message>
    <message>
        <source>{day}, {hour}:00: {value} booked hours</source>
        <translation>{day}، {hour}:00: {value} ساعة محجوزة</translation>
    </message>
    <message>
        <source>No booked hours in the period.</source>
        <translation>لا ساعات محجوزة في الفترة.</translation>
    </message>
    <message>
        <source>{day} {hour}:00 ({value} h)</source>
        <translation>{day} {hour}:00 ({value} س)</translation>
    </message>
    <message>
        <source>Busiest hours: {hours}. Busiest day: {day} ({value} h).</source>
        <translation>أكثر الساعات ازدحامًا: {hours}. أكثر الأيام ازدحامًا: {day} ({value} س).</translation>
    </message>
    <message>
        <source>No workshop had a session in the period.</source>
        <translation>لم تكن لأي ورشة جلسة في الفترة.</translation>
    </message>
    <message>
        <source>Attendance and completion rates (%)</source>
        <translation>معدلات الحضور والإكمال (%)</translation>
    </message>
    <message>
        <source>Attendance and completion rates (%), the {n} workshops with the most enrolled</source>
        <translation>معدلات الحضور والإكمال (%)، الورش الـ {n} الأكثر تسجيلًا</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>– (not over)</source>
        <translation>– (لم تنتهِ)</translation>
    </message>
    <message>
        <source>– (none held)</source>
        <translation>– (لم تنعقد أي جلسة)</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>معدل الحضور</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>معدل الإكمال</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>{title}: the first {n}</source>
        <translation>{title}: أول {n}</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>جارٍ حفظ {name}…</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>تم الحفظ: {path}</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Automatic (daily)</source>
        <translation>تلقائية (يومية)</translation>
    </message>
    <message>
        <source>Made on request</source>
        <translation>بناءً على طلب</translation>
    </message>
    <message>
        <source>Made with the command line</source>
        <translation>عبر سطر الأوامر</translation>
    </message>
    <message>
        <source>Before a schema upgrade</source>
        <translation>قبل ترقية المخطط</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>قبل استعادة</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Choose the backup to put in place of the database %1. The current database is backed up first, so nothing is lost; then the app opens the restored file and everyone signs in again.</source>
        <translation>اختر النسخة الاحتياطية التي ستحل محل قاعدة البيانات %1. تُنسخ قاعدة البيانات الحالية احتياطيًا أولًا، فلا يضيع شيء؛ ثم يفتح التطبيق الملف المستعاد ويسجّل الجميع الدخول من جديد.</translation>
    </message>
    <message>
        <source>Backups in %1</source>
        <translation>النسخ الاحتياطية في %1</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>النسخ الاحتياطية، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>تاريخ الأخذ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>عناوين الأعمدة</translation>
    </message>
    <message>
        <source>There are no backups of this database in that folder yet. Choose a backup file from elsewhere, or make one with “Back up now”.</source>
        <translation>لا توجد بعد نسخ احتياطية لقاعدة البيانات هذه في ذلك المجلد. اختر ملف نسخة احتياطية من مكان آخر، أو اعمل واحدة بـ «نسخ احتياطي الآن».</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>اختيار ملف آخر…</translation>
    </message>
    <message>
        <source>Choose a backup file from another folder</source>
        <translation>اختيار ملف نسخة احتياطية من مجلد آخر</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>استعادة…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>استعادة النسخة الاحتياطية المختارة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close without restoring</source>
        <translation>الإغلاق دون استعادة</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>اختيار ملف نسخة احتياطية</translation>
    </message>
    <message>
        <source>Makerspace backups (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>نسخ Makerspace الاحتياطية (*.db *.sqlite *.sqlite3);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>استعادة هذه النسخة الاحتياطية؟</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1?</source>
        <translation>استبدال قاعدة البيانات بالنسخة الاحتياطية %1؟</translation>
    </message>
    <message>
        <source>Everything changed since that backup will no longer be in the database. The current database is saved first as a “before restore” backup, so it can be brought back. Everyone using this database signs in again afterwards.

Backup file: %1</source>
        <translation>كل ما تغيّر منذ تلك النسخة لن يبقى في قاعدة البيانات. تُحفظ قاعدة البيانات الحالية أولًا كنسخة «قبل الاستعادة»، فيمكن إرجاعها. يسجّل كل من يستخدم قاعدة البيانات هذه الدخول من جديد بعد ذلك.

ملف النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Keep the current database</source>
        <translation>الإبقاء على قاعدة البيانات الحالية</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>استعادة النسخة الاحتياطية</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>front desk</source>
        <translation>مكتب الاستقبال</translation>
    </message>
    <message>
        <source>workshop leader</source>
        <translation>قائد ورشة</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>منسّق</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>مسؤول</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>الشارة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>دون تسجيل</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Add a session</source>
        <translation>إضافة جلسة</translation>
    </message>
    <message>
        <source>Add a series of sessions</source>
        <translation>إضافة سلسلة جلسات</translation>
    </message>
    <message>
        <source>Move the session</source>
        <translation>نقل الجلسة</translation>
    </message>
    <message>
        <source>Date of the first session</source>
        <translation>تاريخ الجلسة الأولى</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>تبدأ في</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>تنتهي في</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>The workshop&apos;s own space</source>
        <translation>مساحة الورشة نفسها</translation>
    </message>
    <message>
        <source>&amp;First date</source>
        <translation>التاريخ الأ&amp;ول</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>&amp;Starts at</source>
        <translation>ت&amp;بدأ في</translation>
    </message>
    <message>
        <source>&amp;Ends at</source>
        <translation>ت&amp;نتهي في</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> جلسات</translation>
    </message>
    <message>
        <source> session</source>
        <translation> جلسة</translation>
    </message>
    <message>
        <source>How many sessions</source>
        <translation>عدد الجلسات</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>كل أسبوع</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>كل أسبوعين</translation>
    </message>
    <message>
        <source>&amp;Repeats</source>
        <translation>الت&amp;كرار</translation>
    </message>
    <message>
        <source>&amp;How many</source>
        <translation>ال&amp;عدد</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>ال&amp;مكان</translation>
    </message>
    <message>
        <source>Each session keeps the same local time, also across clock changes. Days the makerspace is closed are skipped and listed.</source>
        <translation>تحافظ كل جلسة على التوقيت المحلي نفسه، حتى عند تغيير الساعة. تُتخطى الأيام التي تكون فيها المساحة مغلقة وتُذكر.</translation>
    </message>
    <message>
        <source>The enrolled participants are listed afterwards, so you can tell them.</source>
        <translation>يُعرض المشاركون المسجلون بعد ذلك، لتتمكن من إبلاغهم.</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>إضافة الجلسة</translation>
    </message>
    <message>
        <source>Add series</source>
        <translation>إضافة السلسلة</translation>
    </message>
    <message>
        <source>Move session</source>
        <translation>نقل الجلسة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel: change nothing</source>
        <translation>إلغاء: عدم تغيير شيء</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Held today</source>
        <translation>انعقدت اليوم</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>انعقدت</translation>
    </message>
    <message>
        <source>On now</source>
        <translation>جارية الآن</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مخطط لها</translation>
    </message>
    <message>
        <source>No space set</source>
        <translation>لم تُحدَّد مساحة</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>الحجوزات</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Badges and certificates</source>
        <translation>الشارات والشهادات</translation>
    </message>
    <message>
        <source>Security and backups</source>
        <translation>الأمان والنسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>اسم المؤسسة</translation>
    </message>
    <message>
        <source>Logo (PNG image)</source>
        <translation>الشعار (صورة PNG)</translation>
    </message>
    <message>
        <source>Organisation&apos;s language</source>
        <translation>لغة المؤسسة</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>A booking not checked in this many minutes after its start is a no-show</source>
        <translation>الحجز الذي لم يُسجَّل وصوله بعد هذا العدد من الدقائق من بدايته يُعدّ عدم حضور</translation>
    </message>
    <message>
        <source>Most hours one participant may book in a week</source>
        <translation>أقصى عدد ساعات يمكن لمشارك حجزها في أسبوع</translation>
    </message>
    <message>
        <source>Age from which a participant needs no guardian</source>
        <translation>العمر الذي لا يحتاج بعده المشارك إلى وليّ أمر</translation>
    </message>
    <message>
        <source>Warn about certifications expiring within (days)</source>
        <translation>التنبيه إلى الاعتمادات التي تنتهي خلال (أيام)</translation>
    </message>
    <message>
        <source>Certificate paper</source>
        <translation>ورق الشهادات</translation>
    </message>
    <message>
        <source>Signature image on certificates (PNG)</source>
        <translation>صورة التوقيع على الشهادات (PNG)</translation>
    </message>
    <message>
        <source>Name under the signature</source>
        <translation>الاسم تحت التوقيع</translation>
    </message>
    <message>
        <source>Lock the app after this many idle minutes</source>
        <translation>قفل التطبيق بعد هذا العدد من دقائق عدم الاستخدام</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Shared settings are the same on every desk that uses this database. “This computer” applies only here.</source>
        <translation>الإعدادات المشتركة هي نفسها في كل مكتب يستخدم قاعدة البيانات هذه. «هذا الحاسوب» ينطبق هنا فقط.</translation>
    </message>
    <message>
        <source>Settings form</source>
        <translation>نموذج الإعدادات</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel: show the stored settings again</source>
        <translation>إلغاء: عرض الإعدادات المحفوظة من جديد</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <source>A whole number from %1 to %2</source>
        <translation>عدد صحيح من %1 إلى %2</translation>
    </message>
    <message>
        <source>For example Europe/Paris</source>
        <translation>مثل Europe/Paris</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>اتباع النظام</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>الألوان</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Text size (zoom)</source>
        <translation>حجم النص (التكبير)</translation>
    </message>
    <message>
        <source>Colours and text size change as soon as you save. A new language is used the next time the app starts.</source>
        <translation>تتغير الألوان وحجم النص فور الحفظ. تُستخدم اللغة الجديدة في المرة القادمة التي يبدأ فيها التطبيق.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>Where the data is</source>
        <translation>مكان البيانات</translation>
    </message>
    <message>
        <source>A database file on this computer (SQLite).</source>
        <translation>ملف قاعدة بيانات على هذا الحاسوب (SQLite).</translation>
    </message>
    <message>
        <source>A database server (PostgreSQL), shared by several desks.</source>
        <translation>خادم قاعدة بيانات (PostgreSQL) تتشاركه عدة مكاتب.</translation>
    </message>
    <message>
        <source>To use another database, start the app with --db.</source>
        <translation>لاستخدام قاعدة بيانات أخرى، شغّل التطبيق مع --db.</translation>
    </message>
    <message>
        <source>Backup folder on this computer</source>
        <translation>مجلد النسخ الاحتياطية على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>اختيار مجلد…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>اختيار مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Backup folder (this computer)</source>
        <translation>مجلد النسخ الاحتياطية (هذا الحاسوب)</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>آخر نسخة احتياطية</translation>
    </message>
    <message>
        <source>A verified copy is made when the app starts and once a day while it runs; the newest copy of each of the last 7 days, 4 weeks and 12 months is kept.</source>
        <translation>تُعمل نسخة موثّقة عند بدء التطبيق ومرة يوميًا أثناء عمله؛ ويُحتفظ بأحدث نسخة من كل يوم من آخر 7 أيام و4 أسابيع و12 شهرًا.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>Make a verified backup now</source>
        <translation>عمل نسخة احتياطية موثّقة الآن</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>استعادة نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Restore a backup (admins)</source>
        <translation>استعادة نسخة احتياطية (المسؤولون)</translation>
    </message>
    <message>
        <source>Backups of a PostgreSQL database are the server&apos;s job, not this app&apos;s. On the server, or on any computer with the PostgreSQL tools, back it up with:</source>
        <translation>النسخ الاحتياطي لقاعدة بيانات PostgreSQL من مهام الخادم، لا هذا التطبيق. على الخادم، أو على أي حاسوب فيه أدوات PostgreSQL، انسخها احتياطيًا بـ:</translation>
    </message>
    <message>
        <source>Back-up command</source>
        <translation>أمر النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>and bring a backup back with:</source>
        <translation>واسترجع نسخة احتياطية بـ:</translation>
    </message>
    <message>
        <source>Restore command</source>
        <translation>أمر الاستعادة</translation>
    </message>
    <message>
        <source>Give the password through PGPASSWORD or ~/.pgpass. Schedule the back-up command daily (cron, or Task Scheduler on Windows) and keep copies on another machine.</source>
        <translation>أعطِ كلمة المرور عبر PGPASSWORD أو ~/.pgpass. جدول أمر النسخ الاحتياطي يوميًا (cron، أو «جدولة المهام» على Windows) واحتفظ بنسخ على جهاز آخر.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>نسخ: %1</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Every change is recorded: who made it, when, and to which record. Coordinators and admins can read it, filter it and export it.</source>
        <translation>يُسجَّل كل تغيير: من أجراه ومتى وعلى أي سجل. يمكن للمنسقين والمسؤولين قراءته وتصفيته وتصديره.</translation>
    </message>
    <message>
        <source>Open the audit log…</source>
        <translation>فتح سجل التدقيق…</translation>
    </message>
    <message>
        <source>Open the audit log</source>
        <translation>فتح سجل التدقيق</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>حسابات الموظفين</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>يمكنه تسجيل الدخول</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>عناوين الأعمدة</translation>
    </message>
    <message>
        <source>Role of the chosen staff member</source>
        <translation>دور الموظف المختار</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>تغيير الدور</translation>
    </message>
    <message>
        <source>Change the chosen staff member&apos;s role</source>
        <translation>تغيير دور الموظف المختار</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <source>Deactivate or reactivate the chosen staff member</source>
        <translation>تعطيل الموظف المختار أو إعادة تفعيله</translation>
    </message>
    <message>
        <source>Chosen staff member</source>
        <translation>الموظف المختار</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة مرور جديدة</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>رمز PIN جديد</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>تعيين</translation>
    </message>
    <message>
        <source>Set the new password or PIN</source>
        <translation>تعيين كلمة المرور أو رمز PIN الجديد</translation>
    </message>
    <message>
        <source>New password or PIN</source>
        <translation>كلمة مرور أو رمز PIN جديد</translation>
    </message>
    <message>
        <source>New staff member&apos;s user name</source>
        <translation>اسم المستخدم للموظف الجديد</translation>
    </message>
    <message>
        <source>User name, e.g. amira</source>
        <translation>اسم المستخدم، مثل amira</translation>
    </message>
    <message>
        <source>New staff member&apos;s name</source>
        <translation>اسم الموظف الجديد</translation>
    </message>
    <message>
        <source>Name, e.g. Amira</source>
        <translation>الاسم، مثل Amira</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <source>Their password (8 characters or more) or PIN (4 digits or more)</source>
        <translation>كلمة مروره (8 أحرف أو أكثر) أو رمز PIN (4 أرقام أو أكثر)</translation>
    </message>
    <message>
        <source>New staff member&apos;s role</source>
        <translation>دور الموظف الجديد</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>إضافة موظف</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>إضافة الموظف</translation>
    </message>
    <message>
        <source>Add the new staff member</source>
        <translation>إضافة الموظف الجديد</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No, deactivated</source>
        <translation>لا، معطّل</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>إعادة التفعيل</translation>
    </message>
    <message>
        <source>Role changed. It applies from their next sign-in.</source>
        <translation>تغيّر الدور. يسري من تسجيل دخوله القادم.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>لم يعد بإمكان %1 تسجيل الدخول.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>يمكن لـ %1 تسجيل الدخول من جديد.</translation>
    </message>
    <message>
        <source>The new password or PIN is set.</source>
        <translation>تم تعيين كلمة المرور أو رمز PIN الجديد.</translation>
    </message>
    <message>
        <source>%1 can now sign in.</source>
        <translation>يمكن لـ %1 تسجيل الدخول الآن.</translation>
    </message>
    <message>
        <source>Only an admin can restore a backup.</source>
        <translation>فقط المسؤول يمكنه استعادة نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Only a coordinator or an admin can make a backup.</source>
        <translation>فقط المنسق أو المسؤول يمكنه عمل نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Who can sign in, and with which role. Front desk: participants, bookings, check-in. Workshop leader: also their own workshops and projects. Coordinator: also certificates, reports, exports, erasure. Admin: also staff accounts, settings and restoring backups.</source>
        <translation>من يمكنه تسجيل الدخول، وبأي دور. مكتب الاستقبال: المشاركون والحجوزات وتسجيل الوصول. قائد الورشة: وأيضًا ورشه ومشاريعه. المنسق: وأيضًا الشهادات والتقارير والتصدير والمحو. المسؤول: وأيضًا حسابات الموظفين والإعدادات واستعادة النسخ الاحتياطية.</translation>
    </message>
    <message>
        <source>Only an admin can change them.</source>
        <translation>فقط المسؤول يمكنه تغييرها.</translation>
    </message>
    <message>
        <source>Only a coordinator or an admin can read it.</source>
        <translation>فقط المنسق أو المسؤول يمكنه قراءته.</translation>
    </message>
    <message>
        <source>No backup in this folder yet.</source>
        <translation>لا توجد نسخة احتياطية في هذا المجلد بعد.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>كُتبت النسخة الاحتياطية وتم التحقق منها: %1</translation>
    </message>
    <message>
        <source>The backup %1 was restored. Sign in again to go on.</source>
        <translation>استُعيدت النسخة الاحتياطية %1. سجّل الدخول من جديد للمتابعة.</translation>
    </message>
    <message>
        <source>The database as it was is saved as %1.</source>
        <translation>حُفظت قاعدة البيانات كما كانت باسم %1.</translation>
    </message>
    <message>
        <source>The shared settings were saved, but this computer’s preferences could not be written (%1).</source>
        <translation>حُفظت الإعدادات المشتركة، لكن تعذّرت كتابة تفضيلات هذا الحاسوب (%1).</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>تم حفظ الإعدادات.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>كلمة المرور أو رمز PIN</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>ا&amp;سم المستخدم</translation>
    </message>
    <message>
        <source>&amp;Password or PIN</source>
        <translation>&amp;كلمة المرور أو رمز PIN</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>Welcome to %1. Sign in with your staff account.</source>
        <translation>مرحبًا بك في %1. سجّل الدخول بحساب الموظف الخاص بك.</translation>
    </message>
    <message>
        <source>Sign in with your staff account.</source>
        <translation>سجّل الدخول بحساب الموظف الخاص بك.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>اكتب اسم المستخدم.</translation>
    </message>
    <message>
        <source>Type your password or PIN.</source>
        <translation>اكتب كلمة المرور أو رمز PIN.</translation>
    </message>
</context>
<context>
    <name>StatusLegend</name>
    <message>
        <source>Legend</source>
        <translation>مفتاح الرموز</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Column headings: %1</source>
        <translation>عناوين الأعمدة: %1</translation>
    </message>
    <message>
        <source>Row headings: %1</source>
        <translation>عناوين الصفوف: %1</translation>
    </message>
    <message>
        <source>Select the whole table</source>
        <translation>تحديد الجدول كله</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Booked</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>تم الوصول</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Bookings timeline</source>
        <translation>مخطط الحجوزات</translation>
    </message>
    <message>
        <source>Scroll through the times</source>
        <translation>التمرير عبر الأوقات</translation>
    </message>
    <message>
        <source>Scroll through the items</source>
        <translation>التمرير عبر المعدات</translation>
    </message>
    <message>
        <source>%1: %2, %3–%4, %5</source>
        <translation>%1: %2، %3–%4، %5</translation>
    </message>
    <message>
        <source>No items to show</source>
        <translation>لا توجد معدات للعرض</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1، %2–%3</translation>
    </message>
    <message>
        <source>%1 by %2, %3–%4</source>
        <translation>%1 بواسطة %2، %3–%4</translation>
    </message>
    <message>
        <source>partly booked</source>
        <translation>محجوز جزئيًا</translation>
    </message>
    <message>
        <source>past</source>
        <translation>مضى</translation>
    </message>
    <message>
        <source>free</source>
        <translation>متاح</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>المعدة</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>خارج الخدمة</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>متقاعد</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (اليوم)</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Now and next</source>
        <translation>الآن والتالي</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>المعدة</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>تسجيل الوصول</translation>
    </message>
    <message>
        <source>Check in the chosen booking</source>
        <translation>تسجيل الوصول للحجز المختار</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>تسجيل المغادرة</translation>
    </message>
    <message>
        <source>Check out the chosen booking</source>
        <translation>تسجيل المغادرة للحجز المختار</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>Participants checked in now</source>
        <translation>المشاركون الذين سجّلوا وصولهم الآن</translation>
    </message>
    <message>
        <source>Today&apos;s workshop sessions</source>
        <translation>جلسات الورش اليوم</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>الورشة</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>القادة</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>حاضر</translation>
    </message>
    <message>
        <source>Take attendance</source>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <source>Take attendance for the chosen session</source>
        <translation>تسجيل الحضور للجلسة المختارة</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>يحتاج إلى انتباه</translation>
    </message>
    <message>
        <source>Things that need attention</source>
        <translation>أمور تحتاج إلى انتباه</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>Check out the chosen overdue booking</source>
        <translation>تسجيل المغادرة للحجز المتأخر المختار</translation>
    </message>
    <message>
        <source>Release no-shows</source>
        <translation>تحرير حالات عدم الحضور</translation>
    </message>
    <message>
        <source>Mark bookings not checked in as no-shows and free their slots</source>
        <translation>تعليم الحجوزات التي لم يُسجَّل وصولها كعدم حضور وتحرير أوقاتها</translation>
    </message>
    <message>
        <source>Mark as told</source>
        <translation>تعليم كمُبلَّغ</translation>
    </message>
    <message>
        <source>Record that the chosen participant was told about their place</source>
        <translation>تسجيل أن المشارك المختار أُبلغ بمكانه</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>محجوز</translation>
    </message>
    <message>
        <source>Checked in ({n})</source>
        <translation>تم الوصول ({n})</translation>
    </message>
    <message>
        <source>Nobody is checked in.</source>
        <translation>لم يسجّل أحد وصوله.</translation>
    </message>
    <message>
        <source>{item} ({tag}) is out of service</source>
        <translation>{item} ({tag}) خارج الخدمة</translation>
    </message>
    <message>
        <source>{warning} {item} ({tag}) is out of service: {n} booking(s) to move or cancel</source>
        <translation>{warning} {item} ({tag}) خارج الخدمة: {n} حجز يجب نقله أو إلغاؤه</translation>
    </message>
    <message>
        <source>{warning} {item} ({tag}) is out of service; no booking is affected</source>
        <translation>{warning} {item} ({tag}) خارج الخدمة؛ لا يتأثر أي حجز</translation>
    </message>
    <message>
        <source>Overdue check-outs ({n}): check them out when the item is back</source>
        <translation>مغادرات متأخرة ({n}): سجّل المغادرة عند عودة المعدة</translation>
    </message>
    <message>
        <source>ended {end}</source>
        <translation>انتهى {end}</translation>
    </message>
    <message>
        <source>{n} booking(s) not checked in in time: release them as no-shows to free the slots</source>
        <translation>{n} حجز لم يُسجَّل وصوله في الوقت: حرّرها كعدم حضور لتحرير الأوقات</translation>
    </message>
    <message>
        <source>started {start}</source>
        <translation>بدأ {start}</translation>
    </message>
    <message>
        <source>Waitlist promotions to tell ({n}): these participants have a place now</source>
        <translation>انتقالات من قائمة الانتظار يجب الإبلاغ بها ({n}): صار لهؤلاء المشاركين مكان الآن</translation>
    </message>
    <message>
        <source>no contact details</source>
        <translation>لا توجد بيانات تواصل</translation>
    </message>
    <message>
        <source>{contact} (guardian {name})</source>
        <translation>{contact} (وليّ الأمر {name})</translation>
    </message>
    <message>
        <source>tell them: {contact}</source>
        <translation>أبلغهم: {contact}</translation>
    </message>
    <message>
        <source>next session {when}</source>
        <translation>الجلسة التالية {when}</translation>
    </message>
    <message>
        <source>Certifications expiring this month ({n})</source>
        <translation>اعتمادات تنتهي هذا الشهر ({n})</translation>
    </message>
    <message>
        <source>expires on {day}</source>
        <translation>ينتهي في {day}</translation>
    </message>
    <message>
        <source>No backup yet. One is made automatically once a day while the app runs.</source>
        <translation>لا توجد نسخة احتياطية بعد. تُعمل واحدة تلقائيًا مرة يوميًا أثناء عمل التطبيق.</translation>
    </message>
    <message>
        <source>The last good backup is from {when}, more than a day ago. One is made while the app runs; `makerspace-app db backup` makes one now.</source>
        <translation>آخر نسخة احتياطية سليمة من {when}، أي منذ أكثر من يوم. تُعمل نسخة أثناء عمل التطبيق؛ والأمر `makerspace-app db backup` يعمل واحدة الآن.</translation>
    </message>
    <message>
        <source>Mark {n} booking(s) as no-shows?</source>
        <translation>تعليم {n} حجز كعدم حضور؟</translation>
    </message>
    <message>
        <source>They were not checked in in time. Their slots become free for others; the bookings stay on record as no-shows.</source>
        <translation>لم يُسجَّل وصولهم في الوقت. تصبح أوقاتهم متاحة للآخرين؛ وتبقى الحجوزات مسجلة كعدم حضور.</translation>
    </message>
    <message>
        <source>Release {n}</source>
        <translation>تحرير {n}</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>الإبقاء عليها</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>تم الوصول</translation>
    </message>
    <message>
        <source>Bookings in progress and starting in the next two hours, by item</source>
        <translation>الحجوزات الجارية وتلك التي تبدأ خلال الساعتين القادمتين، حسب المعدة</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>لم يحضر</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>{status}, starts in {n} min</source>
        <translation>{status}، يبدأ بعد {n} دقيقة</translation>
    </message>
    <message>
        <source>{status}, not checked in yet</source>
        <translation>{status}، لم يُسجَّل الوصول بعد</translation>
    </message>
    <message>
        <source>No bookings in progress or in the next two hours.</source>
        <translation>لا حجوزات جارية أو خلال الساعتين القادمتين.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>{p} of {n}</source>
        <translation>{p} من {n}</translation>
    </message>
    <message>
        <source>no leader yet</source>
        <translation>لا قائد بعد</translation>
    </message>
    <message>
        <source>No sessions today.</source>
        <translation>لا جلسات اليوم.</translation>
    </message>
    <message>
        <source>Updated at {time}; refreshes every minute (F5 now).</source>
        <translation>حُدّث في {time}؛ يتجدد كل دقيقة (F5 الآن).</translation>
    </message>
    <message>
        <source>Backups of this PostgreSQL database are the server&apos;s job (pg_dump).</source>
        <translation>النسخ الاحتياطي لقاعدة بيانات PostgreSQL هذه من مهام الخادم (pg_dump).</translation>
    </message>
    <message>
        <source>Last good backup: {when}.</source>
        <translation>آخر نسخة احتياطية سليمة: {when}.</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>You changed %1 but did not save.</source>
        <translation>غيّرت %1 لكنك لم تحفظ.</translation>
    </message>
    <message>
        <source>Save the changes, or discard them?</source>
        <translation>حفظ التغييرات أم تجاهلها؟</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>متابعة التعديل</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>مرحبًا</translation>
    </message>
    <message>
        <source>Welcome to Makerspace</source>
        <translation>مرحبًا بك في Makerspace</translation>
    </message>
    <message>
        <source>This database is new. Give your makerspace’s name and create the first admin account. You can add the other staff members later, in Settings.</source>
        <translation>قاعدة البيانات هذه جديدة. أعطِ اسم مساحتك وأنشئ أول حساب مسؤول. يمكنك إضافة باقي الموظفين لاحقًا في الإعدادات.</translation>
    </message>
    <message>
        <source>Your makerspace</source>
        <translation>مساحتك</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>اسم المؤسسة</translation>
    </message>
    <message>
        <source>For example Riverside Library Makerspace</source>
        <translation>مثل Riverside Library Makerspace</translation>
    </message>
    <message>
        <source>&amp;Organisation name</source>
        <translation>اسم ال&amp;مؤسسة</translation>
    </message>
    <message>
        <source>First admin account</source>
        <translation>أول حساب مسؤول</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>One word, for example amira</source>
        <translation>كلمة واحدة، مثل amira</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>الاسم المعروض</translation>
    </message>
    <message>
        <source>As colleagues know you</source>
        <translation>كما يعرفك زملاؤك</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>8 أحرف على الأقل</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>كلمة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>The same password once more</source>
        <translation>كلمة المرور نفسها مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>ا&amp;سم المستخدم</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>الاسم ال&amp;معروض</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>كلمة المرور مرة أ&amp;خرى</translation>
    </message>
    <message>
        <source>Start with</source>
        <translation>البدء بـ</translation>
    </message>
    <message>
        <source>&amp;Start empty</source>
        <translation>البدء &amp;فارغًا</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>البدء فارغًا</translation>
    </message>
    <message>
        <source>Add your own equipment, participants and workshops.</source>
        <translation>أضف معداتك ومشاركيك وورشك.</translation>
    </message>
    <message>
        <source>&amp;Load demo data</source>
        <translation>تحميل البيانات ال&amp;تجريبية</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>تحميل البيانات التجريبية</translation>
    </message>
    <message>
        <source>Invented participants, equipment, bookings and workshops to try the app. Its staff accounts (admin, desk, leader, coord) use the password makerspace-demo.</source>
        <translation>مشاركون ومعدات وحجوزات وورش مُختلَقة لتجربة التطبيق. حسابات الموظفين فيها (admin وdesk وleader وcoord) تستخدم كلمة المرور makerspace-demo.</translation>
    </message>
    <message>
        <source>Demo data is not part of this version of the app.</source>
        <translation>البيانات التجريبية ليست جزءًا من هذا الإصدار من التطبيق.</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <translation>جارٍ تحميل البيانات التجريبية</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Start: create the admin account</source>
        <translation>البدء: إنشاء حساب المسؤول</translation>
    </message>
    <message>
        <source>Give your makerspace’s name: it appears on badges, certificates and reports.</source>
        <translation>أعطِ اسم مساحتك: يظهر على الشارات والشهادات والتقارير.</translation>
    </message>
    <message>
        <source>Choose a user name for the admin account, for example amira.</source>
        <translation>اختر اسم مستخدم لحساب المسؤول، مثل amira.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again.</source>
        <translation>كلمتا المرور غير متطابقتين. اكتب كلمة المرور من جديد.</translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation>جارٍ تحميل البيانات التجريبية…</translation>
    </message>
    <message>
        <source>Loading demo data: %1</source>
        <translation>جارٍ تحميل البيانات التجريبية: %1</translation>
    </message>
</context>
<context>
    <name>WhenFields</name>
    <message>
        <source>Item</source>
        <translation>المعدة</translation>
    </message>
    <message>
        <source>Type part of the item&apos;s name, asset tag or category to filter the list</source>
        <translation>اكتب جزءًا من اسم المعدة أو رقم جردها أو فئتها لتصفية القائمة</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>خارج الخدمة</translation>
    </message>
    <message>
        <source>Type to filter the items</source>
        <translation>اكتب لتصفية المعدات</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <source>until</source>
        <translation>حتى</translation>
    </message>
</context>
<context>
    <name>WorkshopListModel</name>
    <message>
        <source>Workshop</source>
        <translation>الورشة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>التالية: %1</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>لا جلسات بعد</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>انتهت في %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 في الانتظار</translation>
    </message>
    <message>
        <source>Places: %1</source>
        <translation>الأماكن: %1</translation>
    </message>
    <message>
        <source>Training for: %1</source>
        <translation>تدريب على: %1</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>No workshops yet — create one (Ctrl+N)</source>
        <translation>لا توجد ورش بعد — أنشئ واحدة (Ctrl+N)</translation>
    </message>
    <message>
        <source>A workshop is a course or an event with one or more sessions. Create one, add its sessions, enrol participants and take attendance; a training can grant the certification for a kind of equipment.</source>
        <translation>الورشة دورة أو فعالية لها جلسة واحدة أو أكثر. أنشئ واحدة، وأضف جلساتها، وسجّل المشاركين، وسجّل الحضور؛ ويمكن لورشة التدريب أن تمنح الاعتماد لنوع من المعدات.</translation>
    </message>
    <message>
        <source>New workshop (Ctrl+N)</source>
        <translation>ورشة جديدة (Ctrl+N)</translation>
    </message>
    <message>
        <source>Create a new workshop (Ctrl+N)</source>
        <translation>إنشاء ورشة جديدة (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search workshops by title</source>
        <translation>البحث في الورش حسب العنوان</translation>
    </message>
    <message>
        <source>Show which workshops</source>
        <translation>الورش المعروضة</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>القادمة</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>السابقة</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation>جديدة (Ctrl+N)</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>الورش</translation>
    </message>
    <message>
        <source>Choose a workshop in the list, or create one (Ctrl+N).</source>
        <translation>اختر ورشة من القائمة، أو أنشئ واحدة (Ctrl+N).</translation>
    </message>
    <message>
        <source>Complete workshop…</source>
        <translation>إكمال الورشة…</translation>
    </message>
    <message>
        <source>Complete the workshop: who qualifies, who does not and why</source>
        <translation>إكمال الورشة: من يستوفي الشروط ومن لا يستوفيها ولماذا</translation>
    </message>
    <message>
        <source>Workshop sections</source>
        <translation>أقسام الورشة</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>ال&amp;تفاصيل</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>ال&amp;جلسات</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>ال&amp;مشاركون</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>ال&amp;حضور</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>For example “Laser cutting for beginners”</source>
        <translation>مثل «القطع بالليزر للمبتدئين»</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>القادة</translation>
    </message>
    <message>
        <source>Space ticks or unticks the highlighted staff member</source>
        <translation>مفتاح المسافة يحدد الموظف المحدد أو يلغي تحديده</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>المساحة</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source> places</source>
        <translation> أماكن</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>بلا حد أدنى</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>الحد الأدنى للعمر</translation>
    </message>
    <message>
        <source>No maximum</source>
        <translation>بلا حد أقصى</translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation>الحد الأقصى للعمر</translation>
    </message>
    <message>
        <source>A&amp;ges</source>
        <translation>الأ&amp;عمار</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Language codes, for example en, es, ar</source>
        <translation>رموز اللغات، مثل ar وen وes</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>المواد</translation>
    </message>
    <message>
        <source>Training: grants certification for</source>
        <translation>تدريب: يمنح الاعتماد لـ</translation>
    </message>
    <message>
        <source>Completion rule</source>
        <translation>قاعدة الإكمال</translation>
    </message>
    <message>
        <source>Attend every session</source>
        <translation>حضور كل الجلسات</translation>
    </message>
    <message>
        <source>Attend at least a number of sessions</source>
        <translation>حضور عدد أدنى من الجلسات</translation>
    </message>
    <message>
        <source>Attend at least a share of the sessions</source>
        <translation>حضور نسبة دنيا من الجلسات</translation>
    </message>
    <message>
        <source>Sessions or percentage needed</source>
        <translation>عدد الجلسات أو النسبة المطلوبة</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>ال&amp;وصف</translation>
    </message>
    <message>
        <source>&amp;Leaders</source>
        <translation>ال&amp;قادة</translation>
    </message>
    <message>
        <source>Spa&amp;ce</source>
        <translation>الم&amp;ساحة</translation>
    </message>
    <message>
        <source>Pla&amp;ces</source>
        <translation>الأما&amp;كن</translation>
    </message>
    <message>
        <source>La&amp;nguages</source>
        <translation>الل&amp;غات</translation>
    </message>
    <message>
        <source>&amp;Materials</source>
        <translation>الم&amp;واد</translation>
    </message>
    <message>
        <source>T&amp;raining for</source>
        <translation>ت&amp;دريب على</translation>
    </message>
    <message>
        <source>C&amp;ompletion</source>
        <translation>الإ&amp;كمال</translation>
    </message>
    <message>
        <source>Workshop details form</source>
        <translation>نموذج تفاصيل الورشة</translation>
    </message>
    <message>
        <source>Only the workshop&apos;s leaders, coordinators and admins can change it.</source>
        <translation>فقط قادة الورشة والمنسقون والمسؤولون يمكنهم تغييرها.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel: show the stored workshop again</source>
        <translation>إلغاء: عرض الورشة المحفوظة من جديد</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the workshop (Ctrl+S)</source>
        <translation>حفظ الورشة (Ctrl+S)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Enter takes attendance at the highlighted session</source>
        <translation>Enter يسجّل الحضور في الجلسة المحددة</translation>
    </message>
    <message>
        <source>No sessions yet. Add one, or a weekly series.</source>
        <translation>لا جلسات بعد. أضف جلسة، أو سلسلة أسبوعية.</translation>
    </message>
    <message>
        <source>Take attendance… (Enter)</source>
        <translation>تسجيل الحضور… (Enter)</translation>
    </message>
    <message>
        <source>Take attendance at the highlighted session</source>
        <translation>تسجيل الحضور في الجلسة المحددة</translation>
    </message>
    <message>
        <source>Add session…</source>
        <translation>إضافة جلسة…</translation>
    </message>
    <message>
        <source>Add one session</source>
        <translation>إضافة جلسة واحدة</translation>
    </message>
    <message>
        <source>Add series…</source>
        <translation>إضافة سلسلة…</translation>
    </message>
    <message>
        <source>Add a weekly or fortnightly series of sessions</source>
        <translation>إضافة سلسلة جلسات أسبوعية أو كل أسبوعين</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>نقل…</translation>
    </message>
    <message>
        <source>Move the highlighted session</source>
        <translation>نقل الجلسة المحددة</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>إلغاء الجلسة…</translation>
    </message>
    <message>
        <source>Cancel the highlighted session</source>
        <translation>إلغاء الجلسة المحددة</translation>
    </message>
    <message>
        <source>Enrolled participants and waitlist</source>
        <translation>المشاركون المسجلون وقائمة الانتظار</translation>
    </message>
    <message>
        <source>Enrol a participant…</source>
        <translation>تسجيل مشارك…</translation>
    </message>
    <message>
        <source>Enrol a participant: search by name or badge</source>
        <translation>تسجيل مشارك: البحث بالاسم أو الشارة</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>سحب…</translation>
    </message>
    <message>
        <source>Withdraw the highlighted participant</source>
        <translation>سحب المشارك المحدد</translation>
    </message>
    <message>
        <source>%1 present   %2 held, not marked   (empty: still to come). Click a box or press Space to change it; each change is saved at once.</source>
        <translation>%1 حاضر   %2 انعقدت، دون علامة   (فارغة: قادمة). انقر خانة أو اضغط مفتاح المسافة لتغييرها؛ يُحفظ كل تغيير فورًا.</translation>
    </message>
    <message>
        <source>No space set</source>
        <translation>لم تُحدَّد مساحة</translation>
    </message>
    <message>
        <source>Not a training (grants no certification)</source>
        <translation>ليست تدريبًا (لا تمنح اعتمادًا)</translation>
    </message>
    <message>
        <source>%1 (needs no certification)</source>
        <translation>%1 (لا تحتاج إلى اعتماد)</translation>
    </message>
    <message>
        <source>Showing the first %1. Type part of a title to find the others.</source>
        <translation>عرض أول %1. اكتب جزءًا من عنوان للعثور على الباقي.</translation>
    </message>
    <message>
        <source>No workshop matches “%1”.</source>
        <translation>لا توجد ورشة تطابق «%1».</translation>
    </message>
    <message>
        <source>No upcoming workshops. Choose “Past” or “All” to see earlier ones, or create one (Ctrl+N).</source>
        <translation>لا توجد ورش قادمة. اختر «السابقة» أو «الكل» لرؤية الورش السابقة، أو أنشئ واحدة (Ctrl+N).</translation>
    </message>
    <message>
        <source>No past workshops yet.</source>
        <translation>لا توجد ورش سابقة بعد.</translation>
    </message>
    <message>
        <source>the workshop</source>
        <translation>الورشة</translation>
    </message>
    <message>
        <source>Next session %1</source>
        <translation>الجلسة التالية %1</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>انتهت في %1</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>لا جلسات بعد</translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation>%1 من %2 أماكن محجوزة</translation>
    </message>
    <message>
        <source>%1 on the waitlist</source>
        <translation>%1 في قائمة الانتظار</translation>
    </message>
    <message>
        <source>Training for %1</source>
        <translation>تدريب على %1</translation>
    </message>
    <message>
        <source>Led by %1</source>
        <translation>بقيادة %1</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> جلسات</translation>
    </message>
    <message>
        <source> session</source>
        <translation> جلسة</translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation>الموظف %1</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>ورشة جديدة</translation>
    </message>
    <message>
        <source>Fill in the details and save; then add its sessions.</source>
        <translation>املأ التفاصيل واحفظ؛ ثم أضف جلساتها.</translation>
    </message>
    <message>
        <source>“%1” is saved. Add its sessions next (Sessions tab).</source>
        <translation>تم حفظ «%1». أضف جلساتها الآن (تبويب الجلسات).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Moved up from the waitlist</source>
        <translation>انتقلوا من قائمة الانتظار</translation>
    </message>
    <message>
        <source>With the new number of places, these people moved up from the waitlist and now have a place. Tell them:</source>
        <translation>مع العدد الجديد للأماكن، انتقل هؤلاء الأشخاص من قائمة الانتظار وصار لهم مكان. أبلغهم:</translation>
    </message>
    <message>
        <source>Session added: %1.</source>
        <translation>أُضيفت الجلسة: %1.</translation>
    </message>
    <message>
        <source>%1 sessions added.</source>
        <translation>أُضيفت %1 جلسات.</translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation>تم تخطي %1: %2.</translation>
    </message>
    <message>
        <source>Session moved to %1.</source>
        <translation>نُقلت الجلسة إلى %1.</translation>
    </message>
    <message>
        <source>Session moved</source>
        <translation>نُقلت الجلسة</translation>
    </message>
    <message>
        <source>The session now meets %1. Tell the enrolled participants:</source>
        <translation>صارت الجلسة تنعقد %1. أبلغ المشاركين المسجلين:</translation>
    </message>
    <message>
        <source>Cancel the session?</source>
        <translation>إلغاء الجلسة؟</translation>
    </message>
    <message>
        <source>Cancel the session of %1?</source>
        <translation>إلغاء جلسة %1؟</translation>
    </message>
    <message>
        <source>It stays listed as cancelled and nobody can be marked present at it. %1 enrolled participants need to be told; they are listed next.</source>
        <translation>تبقى مذكورة كملغاة ولا يمكن تسجيل حضور أحد فيها. يجب إبلاغ %1 من المشاركين المسجلين؛ يُعرضون بعد ذلك.</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>إلغاء الجلسة</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>الإبقاء عليها</translation>
    </message>
    <message>
        <source>Keep the session</source>
        <translation>الإبقاء على الجلسة</translation>
    </message>
    <message>
        <source>The session of %1 is cancelled.</source>
        <translation>أُلغيت جلسة %1.</translation>
    </message>
    <message>
        <source>Session cancelled</source>
        <translation>أُلغيت الجلسة</translation>
    </message>
    <message>
        <source>The session of %1 is cancelled. Tell the enrolled participants:</source>
        <translation>أُلغيت جلسة %1. أبلغ المشاركين المسجلين:</translation>
    </message>
    <message>
        <source>full: the next person goes on the waitlist</source>
        <translation>مكتملة: الشخص التالي ينتقل إلى قائمة الانتظار</translation>
    </message>
    <message>
        <source>Enrol a participant</source>
        <translation>تسجيل مشارك</translation>
    </message>
    <message>
        <source>Who should be enrolled in “%1”? When it is full they go on the waitlist.</source>
        <translation>من يجب تسجيله في «%1»؟ عند اكتمالها ينتقل إلى قائمة الانتظار.</translation>
    </message>
    <message>
        <source>The workshop is full: %1 is on the waitlist, number %2. They move up when a place frees.</source>
        <translation>الورشة مكتملة: %1 في قائمة الانتظار، رقم %2. ينتقل عندما يتحرر مكان.</translation>
    </message>
    <message>
        <source>%1 is enrolled.</source>
        <translation>تم تسجيل %1.</translation>
    </message>
    <message>
        <source>Withdraw?</source>
        <translation>سحب؟</translation>
    </message>
    <message>
        <source>Withdraw %1 from “%2”?</source>
        <translation>سحب %1 من «%2»؟</translation>
    </message>
    <message>
        <source>A freed place goes at once to the first person on the waitlist; you will see who.</source>
        <translation>المكان المتحرر يذهب فورًا لأول شخص في قائمة الانتظار؛ سترى من هو.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>سحب</translation>
    </message>
    <message>
        <source>Keep enrolled</source>
        <translation>الإبقاء مسجلًا</translation>
    </message>
    <message>
        <source>Withdraw the participant</source>
        <translation>سحب المشارك</translation>
    </message>
    <message>
        <source>Keep the participant enrolled</source>
        <translation>الإبقاء على تسجيل المشارك</translation>
    </message>
    <message>
        <source>%1 is withdrawn.</source>
        <translation>تم سحب %1.</translation>
    </message>
    <message>
        <source>%1 moved up from the waitlist and now has a place; tell them (%2).</source>
        <translation>انتقل %1 من قائمة الانتظار وصار له مكان؛ أبلغه (%2).</translation>
    </message>
    <message>
        <source>no contact on record</source>
        <translation>لا توجد وسيلة تواصل مسجلة</translation>
    </message>
    <message>
        <source>Only the workshop&apos;s leaders, coordinators and admins take attendance.</source>
        <translation>فقط قادة الورشة والمنسقون والمسؤولون يسجّلون الحضور.</translation>
    </message>
</context>
<context>
    <name>bar</name>
    <message>
        <source>Book %1 instead</source>
        <translation type="vanished">حجز %1 بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Book %1, %2</source>
        <translation type="vanished">حجز %1، %2</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>Attended</source>
        <translation type="vanished">حضر</translation>
    </message>
</context>
</TS>
