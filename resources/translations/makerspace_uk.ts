<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Durations</source>
        <comment>%1 h %2 min</comment>
        <translation type="vanished">Тривалості</translation>
    </message>
    <message>
        <source>Durations</source>
        <comment>%1 h</comment>
        <translation type="vanished">Тривалості</translation>
    </message>
    <message>
        <source>Durations</source>
        <comment>%1 min</comment>
        <translation type="vanished">Тривалості</translation>
    </message>
    <message>
        <source>Tables</source>
        <comment>Column headings: %1</comment>
        <translation type="vanished">Таблиці</translation>
    </message>
    <message>
        <source>Tables</source>
        <comment>Row headings: %1</comment>
        <translation type="vanished">Таблиці</translation>
    </message>
    <message>
        <source>Tables</source>
        <comment>Select the whole table</comment>
        <translation type="vanished">Таблиці</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>%1 left unsaved changes in %2.</source>
        <translation>%1 залишив незбережені зміни в розділі %2.</translation>
    </message>
    <message>
        <source>If you go on, those changes are discarded. Cancel, and %1 can sign in again to save them.</source>
        <translation>Якщо продовжити, ці зміни буде відкинуто. Скасуйте, і %1 зможе знову увійти, щоб їх зберегти.</translation>
    </message>
    <message>
        <source>Discard them and go on</source>
        <translation>Відкинути їх і продовжити</translation>
    </message>
    <message>
        <source>Discard the unsaved changes and go on</source>
        <translation>Відкинути незбережені зміни й продовжити</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancel, keep the changes</source>
        <translation>Скасувати, зберегти зміни</translation>
    </message>
    <message>
        <source>Projects</source>
        <comment>from the workshop %1</comment>
        <translation type="vanished">Проєкти</translation>
    </message>
    <message>
        <source>Projects</source>
        <comment>photos: %1</comment>
        <translation type="vanished">Проєкти</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Про %1</translation>
    </message>
    <message>
        <source>Equipment, bookings, workshops, participants, badges and certificates for library and community makerspaces. Free software under the Apache License 2.0.</source>
        <translation>Обладнання, бронювання, майстер-класи, учасники, бейджі та сертифікати для мейкерспейсів бібліотек і громад. Вільне програмне забезпечення за ліцензією Apache License 2.0.</translation>
    </message>
    <message>
        <source>About sections</source>
        <translation>Розділи «Про програму»</translation>
    </message>
    <message>
        <source>The app&apos;s licence</source>
        <translation>Ліцензія програми</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Ліцензія</translation>
    </message>
    <message>
        <source>The bundled fonts</source>
        <translation>Вбудовані шрифти</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Шрифти</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Бібліотеки</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>This text is missing from the installation.</source>
        <translation>Цей текст відсутній у встановленні.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Бібліотека</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <source>Libraries the app is built on</source>
        <translation>Бібліотеки, на яких побудовано програму</translation>
    </message>
</context>
<context>
    <name>AccessibilityTags</name>
    <message>
        <source>Wheelchair access</source>
        <translation>Доступ для візка</translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation>Індукційна петля</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Великий шрифт</translation>
    </message>
    <message>
        <source>Quiet space</source>
        <translation>Тихе місце</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Перекладач</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>read the audit log</source>
        <translation>читати журнал аудиту</translation>
    </message>
    <message>
        <source>export the audit log</source>
        <translation>експортувати журнал аудиту</translation>
    </message>
    <message>
        <source>grant certifications</source>
        <translation>надавати допуски</translation>
    </message>
    <message>
        <source>revoke certifications</source>
        <translation>відкликати допуски</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation>записувати згоди</translation>
    </message>
    <message>
        <source>store participant photos</source>
        <translation>зберігати фото учасників</translation>
    </message>
    <message>
        <source>export participants</source>
        <translation>експортувати учасників</translation>
    </message>
    <message>
        <source>import participants</source>
        <translation>імпортувати учасників</translation>
    </message>
    <message>
        <source>register participants</source>
        <translation>реєструвати учасників</translation>
    </message>
    <message>
        <source>edit participants</source>
        <translation>редагувати учасників</translation>
    </message>
    <message>
        <source>look up participants</source>
        <translation>шукати учасників</translation>
    </message>
    <message>
        <source>export a participant&apos;s data</source>
        <translation>експортувати дані учасника</translation>
    </message>
    <message>
        <source>erase participants</source>
        <translation>стирати учасників</translation>
    </message>
    <message>
        <source>change shared settings</source>
        <translation>змінювати спільні налаштування</translation>
    </message>
    <message>
        <source>look up spaces</source>
        <translation>переглядати простори</translation>
    </message>
    <message>
        <source>add staff accounts</source>
        <translation>додавати облікові записи персоналу</translation>
    </message>
    <message>
        <source>change staff accounts</source>
        <translation>змінювати облікові записи персоналу</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>відновлювати резервну копію</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>робити резервну копію</translation>
    </message>
    <message>
        <source>make reports</source>
        <translation>створювати звіти</translation>
    </message>
    <message>
        <source>take attendance</source>
        <translation>відмічати відвідування</translation>
    </message>
    <message>
        <source>complete workshops</source>
        <translation>завершувати майстер-класи</translation>
    </message>
    <message>
        <source>book equipment</source>
        <translation>бронювати обладнання</translation>
    </message>
    <message>
        <source>check participants in</source>
        <translation>відмічати прихід учасників</translation>
    </message>
    <message>
        <source>export the workshop calendar</source>
        <translation>експортувати календар майстер-класів</translation>
    </message>
    <message>
        <source>manage equipment</source>
        <translation>керувати обладнанням</translation>
    </message>
    <message>
        <source>log maintenance</source>
        <translation>вести журнал обслуговування</translation>
    </message>
    <message>
        <source>create or edit projects</source>
        <extracomment>``fold`` for sorting names and titles the gallery shows again on every refresh (each keystroke of a search): folding 2,000 workshop titles anew took about 100 ms of UI time.</extracomment>
        <translation>створювати або редагувати проєкти</translation>
    </message>
    <message>
        <source>add project photos</source>
        <translation>додавати фото проєктів</translation>
    </message>
    <message>
        <source>look at projects</source>
        <translation>переглядати проєкти</translation>
    </message>
    <message>
        <source>remove projects</source>
        <translation>прибирати проєкти</translation>
    </message>
    <message>
        <source>see today&apos;s overview</source>
        <extracomment>Promotions older than this are no longer news (and the audit log is read by time).</extracomment>
        <translation>бачити огляд дня</translation>
    </message>
    <message>
        <source>record that a participant was told</source>
        <translation>записувати, що учасника повідомлено</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>імпортувати дані</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>експортувати дані</translation>
    </message>
    <message>
        <source>create or edit workshops</source>
        <translation>створювати або редагувати майстер-класи</translation>
    </message>
    <message>
        <source>plan workshop sessions</source>
        <translation>планувати заняття майстер-класів</translation>
    </message>
    <message>
        <source>enrol participants in workshops</source>
        <translation>записувати учасників на майстер-класи</translation>
    </message>
    <message>
        <source>look up workshops</source>
        <translation>шукати майстер-класи</translation>
    </message>
    <message>
        <source>issue certificates</source>
        <translation>видавати сертифікати</translation>
    </message>
    <message>
        <source>print badges</source>
        <translation>друкувати бейджі</translation>
    </message>
    <message>
        <source>revoke badges and certificates</source>
        <translation>відкликати бейджі та сертифікати</translation>
    </message>
    <message>
        <source>check verification codes</source>
        <translation>перевіряти коди перевірки</translation>
    </message>
</context>
<context>
    <name>AffectedRow</name>
    <message>
        <source>No other %1 is free for them; cancel it, or rebook it in Bookings.</source>
        <translation>Для цієї людини немає іншого вільного %1; скасуйте бронювання або забронюйте знову в «Бронюваннях».</translation>
    </message>
    <message>
        <source>Free at the same time: %1</source>
        <translation>Вільно в той самий час: %1</translation>
    </message>
    <message>
        <source>Next free: %1, %2</source>
        <translation>Найближчий вільний час: %1, %2</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Перенести</translation>
    </message>
    <message>
        <source>Move the booking of %1 on %2 to %3</source>
        <translation>Перенести бронювання %1 на %2 до %3</translation>
    </message>
    <message>
        <source>Move the booking of %1 on %2 (no free item)</source>
        <translation>Перенести бронювання %1 на %2 (немає вільного обладнання)</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Скасувати бронювання</translation>
    </message>
    <message>
        <source>Cancel the booking of %1 on %2</source>
        <translation>Скасувати бронювання %1 на %2</translation>
    </message>
</context>
<context>
    <name>AgeBands</name>
    <message>
        <source>under 12</source>
        <translation>до 12</translation>
    </message>
    <message>
        <source>12–17</source>
        <translation>12–17</translation>
    </message>
    <message>
        <source>18–25</source>
        <translation>18–25</translation>
    </message>
    <message>
        <source>26–64</source>
        <translation>26–64</translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation>65 і більше</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Бронювання</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Обладнання</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Майстер-класи</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проєкти</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance</source>
        <translation>Відвідування</translation>
    </message>
    <message>
        <source>Type a name or scan a badge — Space marks the highlighted person</source>
        <translation>Введіть ім’я або скануйте бейдж — Пробіл відмічає виділену людину</translation>
    </message>
    <message>
        <source>Find a participant or scan a badge</source>
        <translation>Знайти учасника або сканувати бейдж</translation>
    </message>
    <message>
        <source>Typing narrows the list. Up and Down move the highlight. Space marks the highlighted person present, or takes the mark back. A scanned badge is marked present at once. Ctrl+N adds a walk-in.</source>
        <translation>Введення звужує список. Вгору і Вниз переміщують виділення. Пробіл відмічає виділену людину присутньою або знімає позначку. Сканований бейдж одразу відмічається присутнім. Ctrl+N додає людину без запису.</translation>
    </message>
    <message>
        <source>Enrolled participants</source>
        <translation>Записані учасники</translation>
    </message>
    <message>
        <source>Space marks the highlighted person present, or takes the mark back.</source>
        <translation>Пробіл відмічає виділену людину присутньою або знімає позначку.</translation>
    </message>
    <message>
        <source>Add walk-in… (Ctrl+N)</source>
        <translation>Додати без запису… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add a walk-in: someone who came without being enrolled (Ctrl+N)</source>
        <translation>Додати людину, яка прийшла без запису (Ctrl+N)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Close: every mark is already saved</source>
        <translation>Закрити: усі позначки вже збережено</translation>
    </message>
    <message>
        <source>Every mark is saved as you make it.</source>
        <translation>Кожна позначка зберігається одразу.</translation>
    </message>
    <message>
        <source>Attendance: %1</source>
        <translation>Відвідування: %1</translation>
    </message>
    <message>
        <source>This session was cancelled, so nobody can be marked present at it.</source>
        <translation>Це заняття скасовано, тож нікого не можна відмітити на ньому присутнім.</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet. Add people who came as walk-ins (Ctrl+N).</source>
        <translation>Ще ніхто не записаний. Додайте тих, хто прийшов без запису (Ctrl+N).</translation>
    </message>
    <message>
        <source>Nobody on the list matches “%1”. A badge code is marked with Enter; someone not enrolled can be added as a walk-in (Ctrl+N).</source>
        <translation>Ніхто зі списку не відповідає «%1». Код бейджа відмічається клавішею Enter; незаписану людину можна додати без запису (Ctrl+N).</translation>
    </message>
    <message>
        <source>Nobody on the list matches</source>
        <translation>Ніхто зі списку не відповідає</translation>
    </message>
    <message>
        <source>%1 of %2 present</source>
        <translation>Присутні: %1 з %2</translation>
    </message>
    <message>
        <source>and 1 walk-in</source>
        <translation>і 1 без запису</translation>
    </message>
    <message>
        <source>and %1 walk-ins</source>
        <translation>і %1 без запису</translation>
    </message>
    <message>
        <source>%1 %2 is marked present.</source>
        <translation>%1 %2 відмічено присутнім.</translation>
    </message>
    <message>
        <source>%1 is no longer marked present.</source>
        <translation>%1 більше не відмічено присутнім.</translation>
    </message>
    <message>
        <source>%1 was already marked present.</source>
        <translation>%1 вже було відмічено присутнім.</translation>
    </message>
    <message>
        <source>Nobody on the list matches “%1”. Someone who is not enrolled can be added as a walk-in (Ctrl+N).</source>
        <translation>Ніхто зі списку не відповідає «%1». Незаписану людину можна додати без запису (Ctrl+N).</translation>
    </message>
    <message>
        <source>%1 people match. Use Up and Down to highlight one, then Space.</source>
        <translation>Збігів: %1. Виділіть когось клавішами Вгору і Вниз, потім натисніть Пробіл.</translation>
    </message>
    <message>
        <source>Add a walk-in</source>
        <translation>Додати людину без запису</translation>
    </message>
    <message>
        <source>Who came without being enrolled? They are marked present at this session.</source>
        <translation>Хто прийшов без запису? Цю людину буде відмічено присутньою на цьому занятті.</translation>
    </message>
    <message>
        <source>as a walk-in</source>
        <translation>без запису</translation>
    </message>
    <message>
        <source>(they are enrolled)</source>
        <translation>(записаний)</translation>
    </message>
    <message>
        <source>%1 %2 is marked present %3.</source>
        <translation>%1 %2 відмічено присутнім %3.</translation>
    </message>
</context>
<context>
    <name>AttendanceGrid</name>
    <message>
        <source>Attendance grid</source>
        <translation>Таблиця відвідування</translation>
    </message>
    <message>
        <source>Participants down, sessions across. A tick means present. Arrow keys move; Space or a click changes the current box.</source>
        <translation>Учасники в рядках, заняття в стовпцях. Позначка означає присутність. Стрілки переміщують; Пробіл або клацання змінює поточну клітинку.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Заняття</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Учасники</translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <source>%1 (walk-in)</source>
        <translation>%1 (без запису)</translation>
    </message>
    <message>
        <source>present</source>
        <translation>присутній</translation>
    </message>
    <message>
        <source>not marked present</source>
        <translation>не відмічено присутнім</translation>
    </message>
    <message>
        <source>session still to come</source>
        <translation>заняття ще попереду</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>%1 attended %2 of %3 sessions</source>
        <translation>%1 відвідав %2 з %3 занять</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Відвідано</translation>
    </message>
    <message>
        <source>Sessions attended, of those held or planned</source>
        <translation>Відвідані заняття з проведених або запланованих</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудиту</translation>
    </message>
    <message>
        <source>Every change made in the app: who made it, when, and to which record. Passwords and erased participants&apos; details are never recorded.</source>
        <translation>Кожна зміна в програмі: хто її зробив, коли і в якому записі. Паролі й дані стертих учасників ніколи не записуються.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;З</translation>
    </message>
    <message>
        <source>Only from a day on</source>
        <translation>Лише від певного дня</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Перший день</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;До</translation>
    </message>
    <message>
        <source>Only up to a day</source>
        <translation>Лише до певного дня</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Останній день</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Працівник</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Змінено</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Видалено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Перенесено</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Прийшов</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Пішов</translation>
    </message>
    <message>
        <source>Released as no-show</source>
        <translation>Звільнено як неявку</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Записаний</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Виписаний</translation>
    </message>
    <message>
        <source>Moved up from the waitlist</source>
        <translation>Перейшли зі списку очікування</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Marked present</source>
        <translation>Відмічено присутнім</translation>
    </message>
    <message>
        <source>Unmarked present</source>
        <translation>Знято позначку присутності</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Надано</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Відкликано</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Згоду надано</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Згоду відкликано</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Стерто</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Експортовано</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>Персональні дані експортовано</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Імпортовано</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Списано</translation>
    </message>
    <message>
        <source>Maintenance logged</source>
        <translation>Обслуговування записано</translation>
    </message>
    <message>
        <source>Maintenance resolved</source>
        <translation>Обслуговування вирішено</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Резервну копію створено</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Відновлено</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Видано</translation>
    </message>
    <message>
        <source>Reprinted</source>
        <translation>Надруковано знову</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Учасник</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Бронювання</translation>
    </message>
    <message>
        <source>Booking series</source>
        <translation>Серія бронювань</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Обладнання</translation>
    </message>
    <message>
        <source>Equipment category</source>
        <translation>Категорія обладнання</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Майстер-клас</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Заняття</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Запис на майстер-клас</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Допуск</translation>
    </message>
    <message>
        <source>Badge or certificate</source>
        <translation>Бейдж або сертифікат</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База даних</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Будь-хто</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Будь-яка дія</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Вид запису</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>Будь-який запис</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Номер запису</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>&amp;Staff member</source>
        <translation>&amp;Працівник</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Дія</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Запис</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>&amp;Номер</translation>
    </message>
    <message>
        <source>Audit events, newest first</source>
        <translation>Події аудиту, новіші першими</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Дані</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>Заголовки стовпців</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Експортувати CSV…</translation>
    </message>
    <message>
        <source>Export the shown events to a CSV file</source>
        <translation>Експортувати показані події у файл CSV</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Close the audit log</source>
        <translation>Закрити журнал аудиту</translation>
    </message>
    <message>
        <source>No change matches these filters.</source>
        <translation>Жодна зміна не відповідає цим фільтрам.</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 changes. Narrow the days to see older ones, or export them all.</source>
        <translation>Показано %1 найновіших змін із %2. Звузьте дні, щоб побачити старіші, або експортуйте всі.</translation>
    </message>
    <message>
        <source>%1 change(s).</source>
        <translation>Змін: %1.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Експортувати журнал аудиту</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 change(s) written to %2.</source>
        <translation>Змін записано: %1, у %2.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>{title}: nothing to show.</source>
        <translation>{title}: нічого показати.</translation>
    </message>
</context>
<context>
    <name>BookingDetailsDialog</name>
    <message>
        <source>Booking</source>
        <translation>Бронювання</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Обладнання</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Учасник</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Type the notes and press Enter or Save notes to keep them</source>
        <translation>Введіть нотатки й натисніть Enter або «Зберегти нотатки», щоб зберегти їх</translation>
    </message>
    <message>
        <source>No notes (for example the material to bring)</source>
        <translation>Немає нотаток (наприклад матеріали, які треба принести)</translation>
    </message>
    <message>
        <source>Sa&amp;ve notes</source>
        <translation>Зберегти &amp;нотатки</translation>
    </message>
    <message>
        <source>Save the notes (Enter, Alt+V)</source>
        <translation>Зберегти нотатки (Enter, Alt+V)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Нотатки</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>Відмітити &amp;прихід</translation>
    </message>
    <message>
        <source>Check in (Alt+I)</source>
        <translation>Відмітити прихід (Alt+I)</translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation>Відмітити &amp;вихід</translation>
    </message>
    <message>
        <source>Check out (Alt+O)</source>
        <translation>Відмітити вихід (Alt+O)</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Перенести…</translation>
    </message>
    <message>
        <source>Move to another time or item (Alt+M)</source>
        <translation>Перенести на інший час або інше обладнання (Alt+M)</translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation>&amp;Скасувати бронювання…</translation>
    </message>
    <message>
        <source>Cancel this booking (Alt+C)</source>
        <translation>Скасувати це бронювання (Alt+C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Закрити (Escape)</translation>
    </message>
    <message>
        <source>Move the booking</source>
        <translation>Перенести бронювання</translation>
    </message>
    <message>
        <source>Move the booking to this item and time</source>
        <translation>Перенести бронювання на це обладнання і цей час</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Перенести на</translation>
    </message>
    <message>
        <source>%1 (badge %2)</source>
        <translation>%1 (бейдж %2)</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>The notes are saved.</source>
        <translation>Нотатки збережено.</translation>
    </message>
    <message>
        <source>the booking’s notes</source>
        <translation>нотатки бронювання</translation>
    </message>
    <message>
        <source>%1 is checked in.</source>
        <translation>Прихід %1 відмічено.</translation>
    </message>
    <message>
        <source>%1 is checked out; the booking is completed.</source>
        <translation>Вихід %1 відмічено; бронювання завершено.</translation>
    </message>
    <message>
        <source>%1’s booking of %2 on %3, %4–%5</source>
        <translation>Бронювання %2 для %1, %3, %4–%5</translation>
    </message>
    <message>
        <source>Cancel the booking?</source>
        <translation>Скасувати бронювання?</translation>
    </message>
    <message>
        <source>Cancel %1?</source>
        <translation>Скасувати %1?</translation>
    </message>
    <message>
        <source>The time becomes free for others. The cancelled booking stays on record.</source>
        <translation>Час стає вільним для інших. Скасоване бронювання залишається в записах.</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>Скасувати бронювання</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Залишити</translation>
    </message>
    <message>
        <source>Keep the booking</source>
        <translation>Залишити бронювання</translation>
    </message>
    <message>
        <source>The booking is cancelled; the time is free again.</source>
        <translation>Бронювання скасовано; час знову вільний.</translation>
    </message>
    <message>
        <source>Choose an item from the list.</source>
        <translation>Виберіть обладнання зі списку.</translation>
    </message>
    <message>
        <source>The booking is moved.</source>
        <translation>Бронювання перенесено.</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Сьогодні</translation>
    </message>
    <message>
        <source>Today (T)</source>
        <translation>Сьогодні (T)</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Перейти до сьогодні (T)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Показаний період</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Перейти до дати</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Day view (D)</source>
        <translation>Перегляд дня (D)</translation>
    </message>
    <message>
        <source>One day (D)</source>
        <translation>Один день (D)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Тиждень</translation>
    </message>
    <message>
        <source>Week view (W)</source>
        <translation>Перегляд тижня (W)</translation>
    </message>
    <message>
        <source>Monday to Sunday (W)</source>
        <translation>З понеділка до неділі (W)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Простір</translation>
    </message>
    <message>
        <source>Equipment category</source>
        <translation>Категорія обладнання</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>Показати скасовані</translation>
    </message>
    <message>
        <source>Show cancelled bookings</source>
        <translation>Показати скасовані бронювання</translation>
    </message>
    <message>
        <source>New booking (N)</source>
        <translation>Нове бронювання (N)</translation>
    </message>
    <message>
        <source>Recurring… (R)</source>
        <translation>Повторюване… (R)</translation>
    </message>
    <message>
        <source>New recurring booking (R)</source>
        <translation>Нове повторюване бронювання (R)</translation>
    </message>
    <message>
        <source>The same time every week or every other week; the dates that cannot be booked are listed before anything is saved (R)</source>
        <translation>Той самий час щотижня або раз на два тижні; дати, які не можна забронювати, показано до збереження (R)</translation>
    </message>
    <message>
        <source>&amp;Space</source>
        <translation>&amp;Простір</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>&amp;Категорія</translation>
    </message>
    <message>
        <source>No equipment to book yet</source>
        <translation>Ще немає обладнання для бронювання</translation>
    </message>
    <message>
        <source>Items added in Equipment (Ctrl+3) appear here, one row each, with their bookings over the day or the week.</source>
        <translation>Обладнання, додане в розділі «Обладнання» (Ctrl+3), з’являється тут, по одному в рядку, з бронюваннями на день або тиждень.</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Курсор</translation>
    </message>
    <message>
        <source>Arrows move · Shift+arrows select · Enter books or opens · Alt+Left/Right or Page Up/Down: previous/next · T today · D day · W week · R recurring</source>
        <translation>Стрілки переміщують · Shift+стрілки виділяють · Enter бронює або відкриває · Alt+Ліворуч/Праворуч або Page Up/Down: назад/далі · T сьогодні · D день · W тиждень · R повторюване</translation>
    </message>
    <message>
        <source>All spaces</source>
        <translation>Усі простори</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Усі категорії</translation>
    </message>
    <message>
        <source>week</source>
        <translation>тиждень</translation>
    </message>
    <message>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>Previous %1 (Alt+Left, Page Up)</source>
        <translation>Назад: %1 (Alt+Ліворуч, Page Up)</translation>
    </message>
    <message>
        <source>Previous %1</source>
        <translation>Назад: %1</translation>
    </message>
    <message>
        <source>Next %1 (Alt+Right, Page Down)</source>
        <translation>Далі: %1 (Alt+Праворуч, Page Down)</translation>
    </message>
    <message>
        <source>Next %1</source>
        <translation>Далі: %1</translation>
    </message>
    <message>
        <source>Week of %1 – %2</source>
        <translation>Тиждень %1 – %2</translation>
    </message>
    <message>
        <source>Bookings timeline, %1</source>
        <translation>Графік бронювань, %1</translation>
    </message>
    <message>
        <source>%1 items · %2 bookings shown</source>
        <translation>Обладнання: %1 · бронювань показано: %2</translation>
    </message>
    <message>
        <source>No items in this space and category.</source>
        <translation>У цьому просторі й категорії немає обладнання.</translation>
    </message>
</context>
<context>
    <name>CompletionDialog</name>
    <message>
        <source>Complete “%1”</source>
        <translation>Завершити «%1»</translation>
    </message>
    <message>
        <source>Who completes and who does not</source>
        <translation>Хто завершує, а хто ні</translation>
    </message>
    <message>
        <source>Record completion</source>
        <translation>Записати завершення</translation>
    </message>
    <message>
        <source>Record completion for everyone who qualifies</source>
        <translation>Записати завершення для всіх, хто відповідає умовам</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>%1 qualify now, %2 already completed, %3 have not completed (the list says why).</source>
        <translation>Відповідають умовам зараз: %1, уже завершили: %2, не завершили: %3 (у списку сказано чому).</translation>
    </message>
    <message>
        <source>This is a training: recording completion grants the certification for %1, so they can book it.</source>
        <translation>Це навчання: запис завершення надає допуск до %1, тож вони зможуть його бронювати.</translation>
    </message>
    <message>
        <source>Nobody is enrolled in this workshop, so nobody can complete it.</source>
        <translation>На цей майстер-клас ніхто не записаний, тож ніхто не може його завершити.</translation>
    </message>
    <message>
        <source>%1 Completed now (%2): %3.</source>
        <translation>%1 Завершено зараз (%2): %3.</translation>
    </message>
    <message>
        <source>Nobody new completed the workshop.</source>
        <translation>Ніхто нових не завершив майстер-клас.</translation>
    </message>
    <message>
        <source>Certification for %1 granted to %2.</source>
        <translation>Допуск до %1 надано: %2.</translation>
    </message>
    <message>
        <source>%1 have not completed; the list says why.</source>
        <translation>Не завершили: %1; у списку сказано чому.</translation>
    </message>
</context>
<context>
    <name>CompletionModel</name>
    <message>
        <source>Participant</source>
        <translation>Учасник</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Відвідано</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Completed now</source>
        <translation>Завершено зараз</translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation>Завершено %1</translation>
    </message>
    <message>
        <source>Qualifies</source>
        <translation>Відповідає умовам</translation>
    </message>
    <message>
        <source>Not complete: %1</source>
        <translation>Не завершено: %1</translation>
    </message>
    <message>
        <source>%1 of %2 (needs %3)</source>
        <translation>%1 з %2 (потрібно %3)</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>participation</source>
        <translation>участь</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>фото</translation>
    </message>
    <message>
        <source>data processing</source>
        <translation>обробка даних</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>Не вдається відкрити базу даних</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>Не вдається відкрити базу даних.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База даних: %1</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Вибрати інший файл…</translation>
    </message>
    <message>
        <source>Choose another database file</source>
        <translation>Вибрати інший файл бази даних</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>Quit the app</source>
        <translation>Вийти з програми</translation>
    </message>
    <message>
        <source>Open the latest backup</source>
        <translation>Відкрити останню резервну копію</translation>
    </message>
    <message>
        <source>Open a copy of the latest good backup, taken %1</source>
        <translation>Відкрити копію останньої вдалої резервної копії, створеної %1</translation>
    </message>
    <message>
        <source>Taken %1. A copy is opened; the file that failed is kept as it is.</source>
        <translation>Створено %1. Відкривається копія; файл, що не відкрився, залишається як є.</translation>
    </message>
    <message>
        <source>Choose a database file</source>
        <translation>Вибрати файл бази даних</translation>
    </message>
    <message>
        <source>Makerspace databases (*.db *.sqlite *.sqlite3)</source>
        <translation>Бази даних Makerspace (*.db *.sqlite *.sqlite3)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Sites, opening hours and settings</source>
        <translation>Філії, години роботи та налаштування</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Облікові записи персоналу</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Обладнання</translation>
    </message>
    <message>
        <source>Participants and consent</source>
        <translation>Учасники та згоди</translation>
    </message>
    <message>
        <source>Workshops, enrolments and attendance</source>
        <translation>Майстер-класи, записи й відвідування</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Допуски</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Бронювання</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проєкти</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Збереження</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <source>Demo data comes in two sizes, “small” and “large”; “{size}” is not one of them.</source>
        <translation>Демонстраційні дані бувають двох розмірів, «small» і «large»; «{size}» не з них.</translation>
    </message>
    <message>
        <source>This database already holds data, so no demo data was added. Use an empty database for the demo, for example a new file given with --db.</source>
        <translation>Ця база даних уже містить дані, тож демонстраційні дані не додано. Використайте для демонстрації порожню базу, наприклад новий файл, указаний через --db.</translation>
    </message>
    <message>
        <source>“{name}” is not a time zone this computer knows. Use a name such as Europe/Paris or America/Chicago.</source>
        <translation>«{name}» — не часовий пояс, відомий цьому комп’ютеру. Використайте назву на кшталт Europe/Kyiv або Europe/Paris.</translation>
    </message>
    <message>
        <source>No database was given. Give a file path or a postgresql+psycopg:// address.</source>
        <translation>Базу даних не вказано. Вкажіть шлях до файлу або адресу postgresql+psycopg://.</translation>
    </message>
    <message>
        <source>“{value}” is not a database address. Give a file path, sqlite:///path, or postgresql+psycopg://user@host/database.</source>
        <translation>«{value}» — не адреса бази даних. Вкажіть шлях до файлу, sqlite:///шлях або postgresql+psycopg://користувач@сервер/база.</translation>
    </message>
    <message>
        <source>A SQLite database needs a file path, for example sqlite:///makerspace.db.</source>
        <translation>Базі даних SQLite потрібен шлях до файлу, наприклад sqlite:///makerspace.db.</translation>
    </message>
    <message>
        <source>Makerspace works with SQLite files and PostgreSQL servers, not “{backend}”.</source>
        <translation>Makerspace працює з файлами SQLite і серверами PostgreSQL, а не з «{backend}».</translation>
    </message>
    <message>
        <source>The {what} filter must be text.</source>
        <translation>Фільтр {what} має бути текстом.</translation>
    </message>
    <message>
        <source>The {what} filter is too long (at most {n} characters). Shorten it.</source>
        <translation>Фільтр {what} задовгий (щонайбільше {n} символів). Скоротіть його.</translation>
    </message>
    <message>
        <source>A day in the audit filter must be a date.</source>
        <translation>День у фільтрі аудиту має бути датою.</translation>
    </message>
    <message>
        <source>The first day ({first}) is after the last day ({last}). Swap them.</source>
        <translation>Перший день ({first}) пізніший за останній ({last}). Поміняйте їх місцями.</translation>
    </message>
    <message>
        <source>A record number is a whole number from 1 up, for example 42.</source>
        <translation>Номер запису — ціле число від 1, наприклад 42.</translation>
    </message>
    <message>
        <source>{path} is a folder. Give a file name, for example audit.csv.</source>
        <translation>{path} — це тека. Вкажіть назву файлу, наприклад audit.csv.</translation>
    </message>
    <message>
        <source>There is no equipment category number {id}. Choose one from the equipment categories.</source>
        <translation>Немає категорії обладнання з номером {id}. Виберіть одну з категорій обладнання.</translation>
    </message>
    <message>
        <source>There is no workshop number {id}. Choose the training workshop from the list, or leave it empty.</source>
        <translation>Немає майстер-класу з номером {id}. Виберіть навчальний майстер-клас зі списку або залиште порожнім.</translation>
    </message>
    <message>
        <source>The expiry {when} is not in the future. Give a later date, or leave it empty to use the category&apos;s validity.</source>
        <translation>Термін дії {when} не в майбутньому. Вкажіть пізнішу дату або залиште порожнім, щоб застосувати строк дії категорії.</translation>
    </message>
    <message>
        <source>{name} has no valid certification for {category}, so there is nothing to revoke.</source>
        <translation>{name} не має чинного допуску до {category}, тож нема чого відкликати.</translation>
    </message>
    <message>
        <source>Give a number of days of 0 or more (for example 30).</source>
        <translation>Вкажіть кількість днів 0 або більше (наприклад 30).</translation>
    </message>
    <message>
        <source>“{value}” is not a kind of consent. Choose one of: {choices}.</source>
        <translation>«{value}» — не вид згоди. Виберіть один із: {choices}.</translation>
    </message>
    <message>
        <source>Consent cannot be recorded for a time in the future ({when}). Give the time it was actually given or withdrawn, or leave it empty for now.</source>
        <translation>Згоду не можна записати на майбутній час ({when}). Вкажіть час, коли її справді надали або відкликали, або залиште порожнім для поточного часу.</translation>
    </message>
    <message>
        <source>Say who gave the consent: the participant&apos;s own name, or their guardian&apos;s.</source>
        <translation>Вкажіть, хто дав згоду: ім’я самого учасника або його опікуна.</translation>
    </message>
    <message>
        <source>The name of who gave the consent is too long ({length} characters; at most {limit}). Shorten it.</source>
        <translation>Ім’я того, хто дав згоду, задовге ({length} символів; щонайбільше {limit}). Скоротіть його.</translation>
    </message>
    <message>
        <source>{name} already gave {kind} consent on {date}; it is still current. Nothing needs recording, or withdraw it first to record it again.</source>
        <translation>{name} уже дав згоду ({kind}) {date}; вона досі чинна. Нічого записувати не треба, або спершу відкличте її, щоб записати знову.</translation>
    </message>
    <message>
        <source>{name} has no current {kind} consent, so there is nothing to withdraw.</source>
        <translation>{name} не має чинної згоди ({kind}), тож нема чого відкликати.</translation>
    </message>
    <message>
        <source>Consent given on {given} cannot be withdrawn earlier, on {when}. Give a later time, or leave it empty for now.</source>
        <translation>Згоду, надану {given}, не можна відкликати раніше, {when}. Вкажіть пізніший час або залиште порожнім для поточного часу.</translation>
    </message>
    <message>
        <source>The photo is not a PNG image. Take the photo again, or save it as PNG first.</source>
        <translation>Фото не є зображенням PNG. Зробіть фото знову або спершу збережіть його як PNG.</translation>
    </message>
    <message>
        <source>The photo is too large ({size} MB; at most {limit} MB). Crop it or make it smaller.</source>
        <translation>Фото завелике ({size} МБ; щонайбільше {limit} МБ). Обріжте або зменште його.</translation>
    </message>
    <message>
        <source>{name} has no current photo consent, so their photo cannot be stored. Record their photo consent first (given by them or their guardian), then add the photo.</source>
        <translation>{name} не має чинної згоди на фото, тож фото не можна зберегти. Спершу запишіть згоду на фото (від самої людини або опікуна), потім додайте фото.</translation>
    </message>
    <message>
        <source>The database {path} cannot be read (permissions).</source>
        <translation>Базу даних {path} не вдається прочитати (права доступу).</translation>
    </message>
    <message>
        <source>There is no database at {path}. Check the path, or run “makerspace-app db upgrade” to create one there.</source>
        <translation>За шляхом {path} немає бази даних. Перевірте шлях або виконайте «makerspace-app db upgrade», щоб створити її там.</translation>
    </message>
    <message>
        <source>Cannot create the database {path}: {detail}.</source>
        <translation>Не вдається створити базу даних {path}: {detail}.</translation>
    </message>
    <message>
        <source>Could not make a verified backup of {path} ({detail}), so nothing was changed.</source>
        <translation>Не вдалося зробити перевірену резервну копію {path} ({detail}), тож нічого не змінено.</translation>
    </message>
    <message>
        <source>The database {path} is on a network share ({filesystem}). A SQLite file there is not safe to use from several desks: its locking is unreliable and WAL mode does not work. Use it from this computer only, or keep shared data on a PostgreSQL server.</source>
        <translation>База даних {path} міститься в мережевій папці ({filesystem}). Файл SQLite там небезпечно використовувати з кількох робочих місць: блокування ненадійне, а режим WAL не працює. Використовуйте її лише з цього комп’ютера або зберігайте спільні дані на сервері PostgreSQL.</translation>
    </message>
    <message>
        <source>Backups of a PostgreSQL database are the server&apos;s job: use pg_dump, for example “{command}”.</source>
        <translation>Резервні копії бази PostgreSQL — справа сервера: використовуйте pg_dump, наприклад «{command}».</translation>
    </message>
    <message>
        <source>There is no database at {path} to back up.</source>
        <translation>За шляхом {path} немає бази даних для резервного копіювання.</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the database itself. Choose another file.</source>
        <translation>Резервна копія не може перезаписати саму базу даних. Виберіть інший файл.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>За шляхом {path} немає файлу резервної копії.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be restored. Choose another backup.</source>
        <translation>{path} пошкоджено, його не можна відновити. Виберіть іншу резервну копію.</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a Makerspace backup.</source>
        <translation>{path} — файл SQLite, але не резервна копія Makerspace.</translation>
    </message>
    <message>
        <source>That file is the database itself, not a backup.</source>
        <translation>Цей файл — сама база даних, а не резервна копія.</translation>
    </message>
    <message>
        <source>Could not restore {path}: {detail}. The current file was kept.</source>
        <translation>Не вдалося відновити {path}: {detail}. Поточний файл збережено.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({reason}). Check its name and that you may open it.</source>
        <translation>Файл {path} не вдається прочитати ({reason}). Перевірте його назву і те, що вам дозволено його відкривати.</translation>
    </message>
    <message>
        <source>The first line names columns the app does not know: {unknown}. The columns are: {columns}.</source>
        <translation>Перший рядок називає стовпці, яких програма не знає: {unknown}. Стовпці такі: {columns}.</translation>
    </message>
    <message>
        <source>The first line names a column twice: {columns}. Keep one of each.</source>
        <translation>Перший рядок називає стовпець двічі: {columns}. Залиште по одному.</translation>
    </message>
    <message>
        <source>The first line must name the columns and include given_name or family_name, for example: {columns}.</source>
        <translation>Перший рядок має називати стовпці й містити given_name або family_name, наприклад: {columns}.</translation>
    </message>
    <message>
        <source>“{value}” is not a date of birth the app can read. Write it as year-month-day, for example 2012-04-30.</source>
        <translation>«{value}» — не дата народження, яку програма може прочитати. Запишіть її як рік-місяць-день, наприклад 2012-04-30.</translation>
    </message>
    <message>
        <source>The file is empty. Its first line must name the columns, for example: {columns}.</source>
        <translation>Файл порожній. Його перший рядок має називати стовпці, наприклад: {columns}.</translation>
    </message>
    <message>
        <source>This row has {found} cells but the first line names {expected} columns. Check for a stray comma, or put the cell in quotes.</source>
        <translation>У цьому рядку {found} клітинок, а перший рядок називає {expected} стовпців. Пошукайте зайву кому або візьміть клітинку в лапки.</translation>
    </message>
    <message>
        <source>This line cannot be read as CSV ({detail}). Save the file from the spreadsheet again as “CSV UTF-8”.</source>
        <translation>Цей рядок не читається як CSV ({detail}). Збережіть файл із таблиці ще раз як «CSV UTF-8».</translation>
    </message>
    <message>
        <source>“{value}” is not a badge code (8 letters and digits, like 7KQ2M9XD). Correct it, or leave it empty to give the participant a new code.</source>
        <translation>«{value}» — не код бейджа (8 літер і цифр, як-от 7KQ2M9XD). Виправте його або залиште порожнім, щоб дати учаснику новий код.</translation>
    </message>
    <message>
        <source>The badge code {code} is already used on line {other}. Each participant appears once: merge the two rows, or empty one badge code.</source>
        <translation>Код бейджа {code} уже використано в рядку {other}. Кожен учасник з’являється один раз: об’єднайте два рядки або очистьте один код бейджа.</translation>
    </message>
    <message>
        <source>The badge code {code} belongs to an erased participant. Leave the badge code empty to register the person as a new participant.</source>
        <translation>Код бейджа {code} належить стертому учаснику. Залиште код бейджа порожнім, щоб зареєструвати людину як нового учасника.</translation>
    </message>
    <message>
        <source>A participant cannot be their own guardian (guardian_badge_code {code} is their own). Give the guardian&apos;s badge code, or their name and contact.</source>
        <translation>Учасник не може бути власним опікуном (guardian_badge_code {code} — його власний). Вкажіть код бейджа опікуна або його ім’я та контакт.</translation>
    </message>
    <message>
        <source>The guardian (badge code {code}, line {other}) has a problem of their own. Correct that row first.</source>
        <translation>Опікун (код бейджа {code}, рядок {other}) має власну проблему. Спершу виправте той рядок.</translation>
    </message>
    <message>
        <source>No participant has the badge code {code} given as guardian. Check the code, or give the guardian&apos;s name and contact instead.</source>
        <translation>Жоден учасник не має коду бейджа {code}, указаного як опікун. Перевірте код або натомість укажіть ім’я та контакт опікуна.</translation>
    </message>
    <message>
        <source>Line {line} is not UTF-8 text. Save the file from the spreadsheet as “CSV UTF-8” and import it again.</source>
        <translation>Рядок {line} — не текст UTF-8. Збережіть файл із таблиці як «CSV UTF-8» та імпортуйте знову.</translation>
    </message>
    <message>
        <source>The {label} is too long ({length} characters; at most {limit}). Shorten it.</source>
        <translation>Поле {label} задовге ({length} символів; щонайбільше {limit}). Скоротіть його.</translation>
    </message>
    <message>
        <source>The {label} contains an invisible control character that cannot be stored. Retype it instead of pasting it.</source>
        <translation>Поле {label} містить невидимий керувальний символ, який не можна зберегти. Наберіть його заново замість вставлення.</translation>
    </message>
    <message>
        <source>“{value}” is not an age band. Choose one of: {choices}.</source>
        <translation>«{value}» — не вікова група. Виберіть одну з: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a language code. Use a code such as en, es, ar or pt-BR.</source>
        <translation>«{value}» — не код мови. Використайте код на кшталт uk, en, ar або pt-BR.</translation>
    </message>
    <message>
        <source>A participant needs a name: type a given name, a family name, or both.</source>
        <translation>Учаснику потрібне ім’я: введіть ім’я, прізвище або обидва.</translation>
    </message>
    <message>
        <source>The date of birth {dob} is in the future. Check the day, month and year.</source>
        <translation>Дата народження {dob} у майбутньому. Перевірте день, місяць і рік.</translation>
    </message>
    <message>
        <source>The date of birth {dob} would make them {age} years old. Check the year.</source>
        <translation>З датою народження {dob} людині було б {age} років. Перевірте рік.</translation>
    </message>
    <message>
        <source>The date of birth {dob} makes them {age}, which is not in the age band {band}. Correct one of them, or leave the age band empty.</source>
        <translation>З датою народження {dob} людині {age}, а це не у віковій групі {band}. Виправте одне з двох або залиште вікову групу порожньою.</translation>
    </message>
    <message>
        <source>Give a date of birth or choose an age band, so the makerspace knows whether a guardian is needed.</source>
        <translation>Вкажіть дату народження або виберіть вікову групу, щоб мейкерспейс знав, чи потрібен опікун.</translation>
    </message>
    <message>
        <source>“{value}” does not look like an e-mail address. Write it as name@example.org, or leave it empty.</source>
        <translation>«{value}» не схоже на адресу ел. пошти. Запишіть її як name@example.org або залиште порожньою.</translation>
    </message>
    <message>
        <source>“{value}” does not look like a phone number. Use digits, spaces and + - ( ) only, or leave it empty.</source>
        <translation>«{value}» не схоже на номер телефону. Використовуйте лише цифри, пробіли та + - ( ) або залиште порожнім.</translation>
    </message>
    <message>
        <source>“{value}” is not an accessibility need the app knows. Choose from: {choices}; describe anything else in the accessibility notes.</source>
        <translation>«{value}» — не потреба доступності, відома програмі. Виберіть із: {choices}; усе інше опишіть у нотатках про доступність.</translation>
    </message>
    <message>
        <source>Enter both the guardian&apos;s name and how to reach them (phone or e-mail).</source>
        <translation>Введіть і ім’я опікуна, і як з ним зв’язатися (телефон або ел. пошта).</translation>
    </message>
    <message>
        <source>Choose a guardian among the participants or enter the guardian&apos;s name and contact, not both.</source>
        <translation>Виберіть опікуна серед учасників або введіть ім’я та контакт опікуна, але не те й інше.</translation>
    </message>
    <message>
        <source>{guardian} cannot be the guardian: they are under {adult_age} or their age is not recorded. Choose an adult participant, or enter the guardian&apos;s name and contact.</source>
        <translation>{guardian} не може бути опікуном: людині менше {adult_age} або її вік не записано. Виберіть дорослого учасника або введіть ім’я та контакт опікуна.</translation>
    </message>
    <message>
        <source>A participant under {adult_age} needs a guardian: choose an adult participant or enter the guardian&apos;s name and contact.</source>
        <translation>Учаснику до {adult_age} потрібен опікун: виберіть дорослого учасника або введіть ім’я та контакт опікуна.</translation>
    </message>
    <message>
        <source>There is no participant number {id}. It may have been removed; search for the person again.</source>
        <translation>Немає учасника з номером {id}. Можливо, його видалено; знайдіть людину ще раз.</translation>
    </message>
    <message>
        <source>Participant number {id} was erased on {date}: nothing about them is kept. If the person comes back, register them again as a new participant.</source>
        <translation>Учасника з номером {id} стерто {date}: про нього нічого не зберігається. Якщо людина повернеться, зареєструйте її знову як нового учасника.</translation>
    </message>
    <message>
        <source>A participant cannot be their own guardian. Choose another adult participant, or enter the guardian&apos;s name and contact.</source>
        <translation>Учасник не може бути власним опікуном. Виберіть іншого дорослого учасника або введіть ім’я та контакт опікуна.</translation>
    </message>
    <message>
        <source>There is no participant number {id} to be the guardian. Search for the guardian again, or enter their name and contact.</source>
        <translation>Немає учасника з номером {id}, який міг би бути опікуном. Знайдіть опікуна ще раз або введіть його ім’я та контакт.</translation>
    </message>
    <message>
        <source>There is no site number {id}. Choose one of the sites in Settings.</source>
        <translation>Немає філії з номером {id}. Виберіть одну з філій у Налаштуваннях.</translation>
    </message>
    <message>
        <source>No free badge code could be found. Try again; if it persists, report it as a bug.</source>
        <translation>Не вдалося знайти вільний код бейджа. Спробуйте ще раз; якщо повторюється, повідомте про це як про помилку.</translation>
    </message>
    <message>
        <source>This would make them under {adult_age}, but they are the guardian of {count} minor participant(s), for example {ward}. Check the date of birth, or give those participants another guardian first.</source>
        <translation>Тоді людині було б менше {adult_age}, але вона є опікуном неповнолітніх учасників ({count}), наприклад {ward}. Перевірте дату народження або спершу призначте цим учасникам іншого опікуна.</translation>
    </message>
    <message>
        <source>{name} is under {adult_age} and has no guardian on record, so they cannot book or enrol yet. Add a guardian on their page (Participants, then Guardian): an adult participant, or the guardian&apos;s name and contact.</source>
        <translation>{name} молодше {adult_age} і не має записаного опікуна, тож поки не може бронювати чи записуватися. Додайте опікуна на сторінці учасника (Учасники, потім Опікун): дорослого учасника або ім’я та контакт опікуна.</translation>
    </message>
    <message>
        <source>Only a {role} or above can {action}. Ask a colleague with that role, or an admin to change your role.</source>
        <translation>Лише {role} або вище може {action}. Попросіть колегу з такою роллю або адміністратора змінити вашу роль.</translation>
    </message>
    <message>
        <source>There is no setting called “{key}”.</source>
        <translation>Немає налаштування з назвою «{key}».</translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation>{label} має бути текстом.</translation>
    </message>
    <message>
        <source>{label} contains an invisible control character. Retype it instead of pasting it.</source>
        <translation>{label} містить невидимий керівний символ. Введіть його знову, а не вставляйте.</translation>
    </message>
    <message>
        <source>{label} must be one of: {choices}.</source>
        <translation>{label} має бути одним із: {choices}.</translation>
    </message>
    <message>
        <source>{label} must be a whole number from {low} to {high}.</source>
        <translation>{label} має бути цілим числом від {low} до {high}.</translation>
    </message>
    <message>
        <source>A user name is one word with no spaces (at most 100 characters), for example “amira”.</source>
        <translation>Ім’я користувача — одне слово без пробілів (щонайбільше 100 символів), наприклад «amira».</translation>
    </message>
    <message>
        <source>The user name or name contains an invisible control character. Retype it instead of pasting it.</source>
        <translation>Ім’я користувача або ім’я містить невидимий керівний символ. Введіть його знову, а не вставляйте.</translation>
    </message>
    <message>
        <source>A staff member&apos;s name is at most 200 characters. Shorten it.</source>
        <translation>Ім’я працівника має щонайбільше 200 символів. Скоротіть його.</translation>
    </message>
    <message>
        <source>That password or PIN is too long (at most 1000 characters, a PIN at most 100 digits).</source>
        <translation>Пароль або PIN-код задовгий (щонайбільше 1000 символів; PIN-код — щонайбільше 100 цифр).</translation>
    </message>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation>Пароль має містити щонайменше {n} символів.</translation>
    </message>
    <message>
        <source>A PIN is at least {n} digits.</source>
        <translation>PIN-код має щонайменше {n} цифр.</translation>
    </message>
    <message>
        <source>Give a password (at least {n} characters) or a PIN, or both.</source>
        <translation>Вкажіть пароль (щонайменше {n} символів) або PIN-код, або обидва.</translation>
    </message>
    <message>
        <source>There is already a staff member called “{username}”. Pick another user name.</source>
        <translation>Уже є працівник з іменем «{username}». Виберіть інше ім’я користувача.</translation>
    </message>
    <message>
        <source>This database already has staff accounts. Ask an admin to add you.</source>
        <translation>У цій базі даних уже є облікові записи персоналу. Попросіть адміністратора додати вас.</translation>
    </message>
    <message>
        <source>That user name and password or PIN do not match. Check them and try again.</source>
        <translation>Ім’я користувача та пароль або PIN-код не збігаються. Перевірте їх і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>There is no staff member number {id}. Choose one from the list.</source>
        <translation>Немає працівника з номером {id}. Виберіть когось зі списку.</translation>
    </message>
    <message>
        <source>“{role}” is not a role. Choose one of: {roles}.</source>
        <translation>«{role}» — не роль. Виберіть одну з: {roles}.</translation>
    </message>
    <message>
        <source>A staff member&apos;s name is 1 to 200 characters, for example “Amira Haddad”.</source>
        <translation>Ім’я працівника має від 1 до 200 символів, наприклад «Amira Haddad».</translation>
    </message>
    <message>
        <source>{name} is the only active admin, so they stay one. Make another staff member an admin first.</source>
        <translation>{name} — єдиний активний адміністратор, тож залишається ним. Спершу зробіть адміністратором іншого працівника.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account while signed in with it. Ask another admin.</source>
        <translation>Не можна деактивувати власний обліковий запис, коли ви в ньому. Попросіть іншого адміністратора.</translation>
    </message>
    <message>
        <source>A report is written as a PDF or a CSV file: name the file with .pdf or .csv at the end (not “{suffix}”).</source>
        <translation>Звіт записується у файл PDF або CSV: завершіть назву файлу на .pdf або .csv (а не «{suffix}»).</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Не вдається записати {path}: {reason}.</translation>
    </message>
    <message>
        <source>A report needs a first and a last day.</source>
        <translation>Звіту потрібні перший і останній день.</translation>
    </message>
    <message>
        <source>The report&apos;s last day ({last}) is before its first day ({first}). Choose a last day on or after the first.</source>
        <translation>Останній день звіту ({last}) раніший за перший ({first}). Виберіть останній день, не раніший за перший.</translation>
    </message>
    <message>
        <source>A report covers at most ten years; {first} to {last} is {days} days. Check the years of the two days.</source>
        <translation>Звіт охоплює щонайбільше десять років; з {first} до {last} — це {days} дн. Перевірте роки обох днів.</translation>
    </message>
    <message>
        <source>{first} to {last} is outside the days a report can cover.</source>
        <translation>З {first} до {last} — поза днями, які може охопити звіт.</translation>
    </message>
    <message>
        <source>There is no report called “{kind}”. Choose one of: {kinds}.</source>
        <translation>Немає звіту з назвою «{kind}». Виберіть один із: {kinds}.</translation>
    </message>
    <message>
        <source>This session was cancelled, so nobody can be marked present at it. Choose another session of the workshop.</source>
        <translation>Це заняття скасовано, тож нікого не можна відмітити на ньому присутнім. Виберіть інше заняття майстер-класу.</translation>
    </message>
    <message>
        <source>{name} is not enrolled in “{workshop}”. Add them as a walk-in instead (Ctrl+N), or enrol them first.</source>
        <translation>{name} не записаний на «{workshop}». Додайте без запису (Ctrl+N) або спершу запишіть.</translation>
    </message>
    <message>
        <source>{name} is already marked present at this session. Nothing to do.</source>
        <translation>{name} уже відмічено присутнім на цьому занятті. Нічого робити не треба.</translation>
    </message>
    <message>
        <source>The workshop has no sessions yet, so nobody can complete it. Add its sessions first.</source>
        <translation>У майстер-класу ще немає занять, тож ніхто не може його завершити. Спершу додайте заняття.</translation>
    </message>
    <message>
        <source>Completing needs {required} sessions but the workshop has only {total}. Change the completion rule, or add sessions.</source>
        <translation>Для завершення потрібно {required} занять, а в майстер-класу лише {total}. Змініть правило завершення або додайте заняття.</translation>
    </message>
    <message>
        <source>Attended {attended} of {total} sessions; {required} are needed to complete ({missing} more).</source>
        <translation>Відвідано {attended} з {total} занять; для завершення потрібно {required} (ще {missing}).</translation>
    </message>
    <message>
        <source>That item no longer exists. Refresh the list and choose another.</source>
        <translation>Цього обладнання більше немає. Оновіть список і виберіть інше.</translation>
    </message>
    <message>
        <source>That participant no longer exists. Search for them again.</source>
        <translation>Цього учасника більше немає. Знайдіть його ще раз.</translation>
    </message>
    <message>
        <source>The end ({end}) must come after the start ({start}).</source>
        <translation>Кінець ({end}) має бути після початку ({start}).</translation>
    </message>
    <message>
        <source>That time has already passed. Choose a time from now on.</source>
        <translation>Цей час уже минув. Виберіть час, починаючи з теперішнього.</translation>
    </message>
    <message>
        <source>A booking can last at most {days} days. Book it as a series instead.</source>
        <translation>Бронювання може тривати щонайбільше {days} дн. Забронюйте його як серію.</translation>
    </message>
    <message>
        <source>This participant&apos;s record was erased; register them again.</source>
        <translation>Запис цього учасника стерто; зареєструйте його знову.</translation>
    </message>
    <message>
        <source>{item} is retired and can no longer be booked.</source>
        <translation>{item} списано, його більше не можна бронювати.</translation>
    </message>
    <message>
        <source>{item} is out of service. Book another {category} instead.</source>
        <translation>{item} не працює. Забронюйте інше обладнання ({category}).</translation>
    </message>
    <message>
        <source>A {category} booking can last at most {limit} minutes; this one is {minutes}. Shorten it, or book two slots.</source>
        <translation>Бронювання категорії {category} може тривати щонайбільше {limit} хв; це триває {minutes}. Скоротіть його або забронюйте два проміжки.</translation>
    </message>
    <message>
        <source>The makerspace is closed on {day} ({reason}). Choose another day.</source>
        <translation>Мейкерспейс зачинено {day} ({reason}). Виберіть інший день.</translation>
    </message>
    <message>
        <source>{start}–{end} is outside opening hours on {day} ({hours}). Choose a time within them.</source>
        <translation>{start}–{end} поза годинами роботи {day} ({hours}). Виберіть час у межах цих годин.</translation>
    </message>
    <message>
        <source>{person} is under {adult} and has no guardian on record. Add a guardian (an adult participant, or a name and contact) to their record first.</source>
        <translation>{person} молодше {adult} і не має записаного опікуна. Спершу додайте до запису опікуна (дорослого учасника або ім’я та контакт).</translation>
    </message>
    <message>
        <source>{category} is for ages {min_age} and over; {person} is {age}. A leader-run workshop may be an option.</source>
        <translation>{category} — для віку від {min_age}; {person} — {age}. Можливо, підійде майстер-клас під наглядом ведучого.</translation>
    </message>
    <message>
        <source>{person} has no valid certification for {category}. They can book it after completing the training (or renewing an expired certification).</source>
        <translation>{person} не має чинного допуску до {category}. Бронювати можна буде після навчання (або поновлення простроченого допуску).</translation>
    </message>
    <message>
        <source>{item} is booked {start}–{end} on {day}.</source>
        <translation>{item} заброньовано {start}–{end}, {day}.</translation>
    </message>
    <message>
        <source>{person} has {used} booked in the week of {week}; the weekly limit is {limit} h, so at most {left} more fits.</source>
        <translation>{person} має {used} заброньованих у тиждень {week}; тижневий ліміт — {limit} год, тож можна ще щонайбільше {left}.</translation>
    </message>
    <message>
        <source>Notes can hold at most {limit} characters; these have {count}. Shorten them.</source>
        <translation>Нотатки можуть містити щонайбільше {limit} символів; тут {count}. Скоротіть їх.</translation>
    </message>
    <message>
        <source>{item} was just booked for that time from somewhere else. Choose another time.</source>
        <translation>{item} щойно забронювали на цей час з іншого місця. Виберіть інший час.</translation>
    </message>
    <message>
        <source>A booking time needs its time zone.</source>
        <translation>Часу бронювання потрібен часовий пояс.</translation>
    </message>
    <message>
        <source>Only a booking that is still to come can be moved; this one is {status}.</source>
        <translation>Перенести можна лише майбутнє бронювання; це — {status}.</translation>
    </message>
    <message>
        <source>Only a booking not yet started can be cancelled; this one is {status}.</source>
        <translation>Скасувати можна лише бронювання, що ще не почалося; це — {status}.</translation>
    </message>
    <message>
        <source>This booking is {status}, so it cannot be checked in.</source>
        <translation>Це бронювання — {status}, тож прихід відмітити не можна.</translation>
    </message>
    <message>
        <source>This booking starts at {start}; check-in opens 15 minutes before.</source>
        <translation>Це бронювання починається о {start}; прихід можна відмітити за 15 хвилин до початку.</translation>
    </message>
    <message>
        <source>This booking ended at {end}. Make a new booking instead.</source>
        <translation>Це бронювання закінчилося о {end}. Створіть нове бронювання.</translation>
    </message>
    <message>
        <source>Only a checked-in booking can be checked out; this one is {status}.</source>
        <translation>Відмітити вихід можна лише для бронювання з відміченим приходом; це — {status}.</translation>
    </message>
    <message>
        <source>That booking no longer exists. Refresh the view.</source>
        <translation>Цього бронювання вже немає. Оновіть подання.</translation>
    </message>
    <message>
        <source>A series has from 1 to 104 occurrences; {count} was asked.</source>
        <translation>Серія має від 1 до 104 дат; запитано {count}.</translation>
    </message>
    <message>
        <source>Since the dates were checked, {count} more of the occurrences became impossible to book (the first, on {day}: {first}). Nothing was booked; check the dates again.</source>
        <translation>Відколи дати перевірили, ще {count} стали недоступними для бронювання (перша — {day}: {first}). Нічого не заброньовано; перевірте дати знову.</translation>
    </message>
    <message>
        <source>{count} of the {total} occurrences cannot be booked (the first: {first}). Skip those occurrences, or drop the series.</source>
        <translation>{count} з {total} дат не можна забронювати (перша: {first}). Пропустіть ці дати або відмовтеся від серії.</translation>
    </message>
    <message>
        <source>None of the occurrences can be booked: {first}</source>
        <translation>Жодну з дат не можна забронювати: {first}</translation>
    </message>
    <message>
        <source>The end of the period must come after its start. Check the dates.</source>
        <translation>Кінець періоду має бути після початку. Перевірте дати.</translation>
    </message>
    <message>
        <source>The calendar could not be written to {path} ({detail}). Choose a folder you can write to.</source>
        <translation>Не вдалося записати календар у {path} ({detail}). Виберіть теку, у яку можна записувати.</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} row(s) need fixing (first: line {line}: {reason}).</source>
        <translation>Нічого не імпортовано: рядків, що потребують виправлення, — {count} (перший: рядок {line}: {reason}).</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Не вдається прочитати {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text. In Excel use “Save as: CSV UTF-8”.</source>
        <translation>{path} — не текст UTF-8. В Excel використайте «Зберегти як: CSV UTF-8».</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line with the column names.</source>
        <translation>Файл порожній: потрібен рядок заголовків із назвами стовпців.</translation>
    </message>
    <message>
        <source>The header line lacks the column(s) {missing}. Expected: {expected}.</source>
        <translation>У рядку заголовків бракує стовпців {missing}. Очікувано: {expected}.</translation>
    </message>
    <message>
        <source>An equipment category needs a name, for example “3D printers”.</source>
        <translation>Категорії обладнання потрібна назва, наприклад «3D-принтери».</translation>
    </message>
    <message>
        <source>The {what} cannot be {value}. Leave it empty for no limit.</source>
        <translation>Значення «{what}» не може бути {value}. Залиште порожнім, щоб не обмежувати.</translation>
    </message>
    <message>
        <source>There is already a category called “{name}”.</source>
        <translation>Категорія «{name}» уже існує.</translation>
    </message>
    <message>
        <source>That equipment category no longer exists. Refresh the list.</source>
        <translation>Цієї категорії обладнання вже немає. Оновіть список.</translation>
    </message>
    <message>
        <source>That item no longer exists. Refresh the list.</source>
        <translation>Цього обладнання вже немає. Оновіть список.</translation>
    </message>
    <message>
        <source>No item has the asset tag “{tag}”. Check the label.</source>
        <translation>Жодне обладнання не має інвентарного номера «{tag}». Перевірте етикетку.</translation>
    </message>
    <message>
        <source>An item needs an asset tag (the code on its label).</source>
        <translation>Обладнанню потрібен інвентарний номер (код на його етикетці).</translation>
    </message>
    <message>
        <source>An item needs a name, for example “Prusa MK4 #2”.</source>
        <translation>Обладнанню потрібна назва, наприклад «Prusa MK4 #2».</translation>
    </message>
    <message>
        <source>Choose the item&apos;s equipment category.</source>
        <translation>Виберіть категорію обладнання.</translation>
    </message>
    <message>
        <source>That space no longer exists. Choose another.</source>
        <translation>Цього приміщення вже немає. Виберіть інше.</translation>
    </message>
    <message>
        <source>The asset tag {tag} is already used by “{other}”. Each item needs its own tag.</source>
        <translation>Інвентарний номер {tag} уже має «{other}». Кожному обладнанню потрібен власний номер.</translation>
    </message>
    <message>
        <source>The asset tag {tag} was just taken on another desk.</source>
        <translation>Інвентарний номер {tag} щойно зайняли на іншому робочому місці.</translation>
    </message>
    <message>
        <source>A photo must be a PNG or JPEG picture. Save it in one of those formats and choose it again.</source>
        <translation>Фото має бути зображенням PNG або JPEG. Збережіть його в одному з цих форматів і виберіть знову.</translation>
    </message>
    <message>
        <source>The photo is {size} MB; at most {limit} MB fits. Choose a smaller picture.</source>
        <translation>Фото має {size} МБ; допускається щонайбільше {limit} МБ. Виберіть менше зображення.</translation>
    </message>
    <message>
        <source>{name} still has {count} future booking(s). Move or cancel them first, then retire it.</source>
        <translation>{name} ще має майбутні бронювання: {count}. Спершу перенесіть або скасуйте їх, потім спишіть.</translation>
    </message>
    <message>
        <source>{name} is not retired, so there is nothing to undo.</source>
        <translation>{name} не списано, тож нічого скасовувати.</translation>
    </message>
    <message>
        <source>Describe the maintenance, for example “Nozzle clogged”.</source>
        <translation>Опишіть обслуговування, наприклад «Засмічене сопло».</translation>
    </message>
    <message>
        <source>{name} is retired. Put it back in the inventory first.</source>
        <translation>{name} списано. Спершу поверніть його в інвентар.</translation>
    </message>
    <message>
        <source>That maintenance record no longer exists.</source>
        <translation>Цього запису обслуговування вже немає.</translation>
    </message>
    <message>
        <source>{name} is already in service.</source>
        <translation>{name} уже в роботі.</translation>
    </message>
    <message>
        <source>There is no project number {id}. It may have been removed; refresh the gallery.</source>
        <translation>Немає проєкту з номером {id}. Можливо, його прибрали; оновіть галерею.</translation>
    </message>
    <message>
        <source>There is no participant number {id}. Search for the person again.</source>
        <translation>Немає учасника з номером {id}. Знайдіть людину ще раз.</translation>
    </message>
    <message>
        <source>Participant number {id} was erased and cannot be named on a project. Leave them out.</source>
        <translation>Учасника з номером {id} стерто, його не можна вказати в проєкті. Не додавайте його.</translation>
    </message>
    <message>
        <source>A project needs a title, for example “Solar-powered lamp”.</source>
        <translation>Проєкту потрібна назва, наприклад «Лампа на сонячній батареї».</translation>
    </message>
    <message>
        <source>The title is too long ({length} characters; at most {limit}). Shorten it and tell the rest in the description.</source>
        <translation>Назва задовга ({length} символів; щонайбільше {limit}). Скоротіть її, а решту розкажіть в описі.</translation>
    </message>
    <message>
        <source>“{value}” is not a project status. Choose one of: {choices}.</source>
        <translation>«{value}» — не стан проєкту. Виберіть один із: {choices}.</translation>
    </message>
    <message>
        <source>There is no workshop number {id}. Choose the workshop from the list, or leave it empty.</source>
        <translation>Немає майстер-класу з номером {id}. Виберіть майстер-клас зі списку або залиште порожнім.</translation>
    </message>
    <message>
        <source>There is no item number {id}. Choose the equipment from the list.</source>
        <translation>Немає обладнання з номером {id}. Виберіть обладнання зі списку.</translation>
    </message>
    <message>
        <source>There is no booking number {id}. Choose one of the team&apos;s bookings, or leave the booking empty.</source>
        <translation>Немає бронювання з номером {id}. Виберіть одне з бронювань команди або залиште бронювання порожнім.</translation>
    </message>
    <message>
        <source>Booking number {booking} was for {booked}, not {item}. Choose a booking of {item}, or record {booked} instead.</source>
        <translation>Бронювання номер {booking} було для {booked}, а не для {item}. Виберіть бронювання {item} або запишіть {booked}.</translation>
    </message>
    <message>
        <source>Booking number {booking} was for {person}, who is not in the project&apos;s team. Add them to the team first, or choose a team member&apos;s booking.</source>
        <translation>Бронювання номер {booking} належало {person}, хто не входить до команди проєкту. Спершу додайте людину до команди або виберіть бронювання учасника команди.</translation>
    </message>
    <message>
        <source>Booking number {booking} is {status}, so nothing was made in it. Choose another booking, or leave the booking empty.</source>
        <translation>Бронювання номер {booking} — {status}, тож під час нього нічого не зроблено. Виберіть інше бронювання або залиште порожнім.</translation>
    </message>
    <message>
        <source>{item} is already listed for this project{booking}. Nothing to do.</source>
        <translation>{item} уже вказано для цього проєкту{booking}. Нічого робити не треба.</translation>
    </message>
    <message>
        <source>That equipment is no longer listed on the project. Refresh the page.</source>
        <translation>Цього обладнання вже немає в проєкті. Оновіть сторінку.</translation>
    </message>
    <message>
        <source>The {what} is not a PNG, JPEG, GIF or WebP image. Save it in one of those formats and try again.</source>
        <translation>{what} — не зображення PNG, JPEG, GIF або WebP. Збережіть в одному з цих форматів і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The {what} is too large ({size} MB; at most {limit} MB). Make it smaller and try again.</source>
        <translation>{what} завеликий ({size} МБ; щонайбільше {limit} МБ). Зменште й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Before attaching a photo, read the warning and confirm it: everyone recognisable in it must be listed and have photo consent. Then add the photo again.</source>
        <translation>Перш ніж додати фото, прочитайте попередження й підтвердьте: усі, кого можна впізнати, мають бути вказані й мати згоду на фото. Потім додайте фото знову.</translation>
    </message>
    <message>
        <source>No current photo consent for: {names}. Record their photo consent first (given by them or their guardian), or choose a photo without them.</source>
        <translation>Немає чинної згоди на фото для: {names}. Спершу запишіть їхню згоду на фото (від них або опікуна) або виберіть фото без них.</translation>
    </message>
    <message>
        <source>That photo is no longer on the project. Refresh the page.</source>
        <translation>Цього фото вже немає в проєкті. Оновіть сторінку.</translation>
    </message>
    <message>
        <source>The file needs a name, for example “lamp.svg”.</source>
        <translation>Файлу потрібна назва, наприклад «lamp.svg».</translation>
    </message>
    <message>
        <source>The file name is too long ({length} characters; at most {limit}). Rename the file.</source>
        <translation>Назва файлу задовга ({length} символів; щонайбільше {limit}). Перейменуйте файл.</translation>
    </message>
    <message>
        <source>“{filename}” is {size} MB; a project file can be at most {limit} MB. Compress it or split it, or link to it in the description instead.</source>
        <translation>«{filename}» має {size} МБ; файл проєкту може мати щонайбільше {limit} МБ. Стисніть або розділіть його, або додайте посилання в описі.</translation>
    </message>
    <message>
        <source>“{value}” is not a media type. Use a form such as image/svg+xml or application/pdf, or leave it empty to guess it from the file name.</source>
        <translation>«{value}» — не тип медіа. Використайте запис на кшталт image/svg+xml або application/pdf, або залиште порожнім, щоб визначити за назвою файлу.</translation>
    </message>
    <message>
        <source>That file is no longer on the project. Refresh the page.</source>
        <translation>Цього файлу вже немає в проєкті. Оновіть сторінку.</translation>
    </message>
    <message>
        <source>That enrolment no longer exists. Refresh the view.</source>
        <translation>Цього запису на майстер-клас більше немає. Оновіть перегляд.</translation>
    </message>
    <message>
        <source>There is no waitlist promotion to tell about for this enrolment: it was already marked as told, or the place was given up. Refresh the view.</source>
        <translation>Для цього запису немає переходу зі списку очікування, про який треба повідомити: його вже позначено як повідомлений або від місця відмовилися. Оновіть перегляд.</translation>
    </message>
    <message>
        <source>unknown category “{name}” (known: {known})</source>
        <translation>невідома категорія «{name}» (відомі: {known})</translation>
    </message>
    <message>
        <source>unknown space “{name}”</source>
        <translation>невідомий простір «{name}»</translation>
    </message>
    <message>
        <source>status “{value}” should be available, out_of_service or retired</source>
        <translation>стан «{value}» має бути available, out_of_service або retired</translation>
    </message>
    <message>
        <source>“{value}” is not a date and time like 2026-03-10T16:00</source>
        <translation>«{value}» — не дата й час на кшталт 2026-03-10T16:00</translation>
    </message>
    <message>
        <source>no item has the asset tag “{tag}”</source>
        <translation>жодне обладнання не має інвентарного номера «{tag}»</translation>
    </message>
    <message>
        <source>no participant has the badge code “{code}”</source>
        <translation>жоден учасник не має коду бейджа «{code}»</translation>
    </message>
    <message>
        <source>The {what} needs its date, time and time zone.</source>
        <translation>Поле {what} потребує дати, часу й часового поясу.</translation>
    </message>
    <message>
        <source>There is no workshop number {id}. It may have been removed; refresh the list of workshops.</source>
        <translation>Немає майстер-класу з номером {id}. Можливо, його прибрали; оновіть список майстер-класів.</translation>
    </message>
    <message>
        <source>There is no session number {id}. It may have been removed; open the workshop again to see its sessions.</source>
        <translation>Немає заняття з номером {id}. Можливо, його прибрали; відкрийте майстер-клас знову, щоб побачити заняття.</translation>
    </message>
    <message>
        <source>Only the leaders of “{workshop}” ({leaders}) or a coordinator can {action}. Ask one of them, or ask a coordinator to add you as a leader.</source>
        <translation>Лише ведучі «{workshop}» ({leaders}) або координатор можуть {action}. Попросіть когось із них або попросіть координатора додати вас ведучим.</translation>
    </message>
    <message>
        <source>The {label} must be a whole number from {low} to {high}{empty}.</source>
        <translation>Поле {label} має бути цілим числом від {low} до {high}{empty}.</translation>
    </message>
    <message>
        <source>A workshop needs a title, for example “Laser cutting for beginners”.</source>
        <translation>Майстер-класу потрібна назва, наприклад «Лазерне різання для початківців».</translation>
    </message>
    <message>
        <source>The title is too long ({length} characters; at most {limit}). Shorten it and put the rest in the description.</source>
        <translation>Назва задовга ({length} символів; щонайбільше {limit}). Скоротіть її, а решту перенесіть в опис.</translation>
    </message>
    <message>
        <source>The minimum age ({min_age}) is above the maximum age ({max_age}). Swap them, or leave one empty.</source>
        <translation>Мінімальний вік ({min_age}) більший за максимальний ({max_age}). Поміняйте їх місцями або залиште один порожнім.</translation>
    </message>
    <message>
        <source>Choose one completion rule: at least {n} sessions, or {pct}% of the sessions — not both.</source>
        <translation>Виберіть одне правило завершення: щонайменше {n} занять або {pct}% занять — не обидва.</translation>
    </message>
    <message>
        <source>There is no space number {id}. Choose one of the spaces in Settings, or leave it empty.</source>
        <translation>Немає простору з номером {id}. Виберіть один із просторів у Налаштуваннях або залиште порожнім.</translation>
    </message>
    <message>
        <source>There is no equipment category number {id}. Choose the category this training certifies for, or leave it empty.</source>
        <translation>Немає категорії обладнання з номером {id}. Виберіть категорію, до якої це навчання надає допуск, або залиште порожнім.</translation>
    </message>
    <message>
        <source>There is no staff member number {id} to lead the workshop. Choose the leaders from the staff list.</source>
        <translation>Немає працівника з номером {id}, який міг би вести майстер-клас. Виберіть ведучих зі списку персоналу.</translation>
    </message>
    <message>
        <source>{name} cannot lead a workshop: they are not an active workshop leader, coordinator or admin. Choose another leader, or ask an admin to change their role.</source>
        <translation>{name} не може вести майстер-клас: це не активний ведучий, координатор чи адміністратор. Виберіть іншого ведучого або попросіть адміністратора змінити роль.</translation>
    </message>
    <message>
        <source>There is no space number {id}. Choose one of the spaces in Settings, or leave it empty to use the workshop&apos;s space.</source>
        <translation>Немає простору з номером {id}. Виберіть один із просторів у Налаштуваннях або залиште порожнім, щоб використати простір майстер-класу.</translation>
    </message>
    <message>
        <source>The session must end after it starts ({start} to {end}). Check the times.</source>
        <translation>Заняття має закінчуватися після початку ({start} – {end}). Перевірте час.</translation>
    </message>
    <message>
        <source>The makerspace is closed on {day} ({reason}). Choose another day for the session.</source>
        <translation>Мейкерспейс зачинено {day} ({reason}). Виберіть інший день для заняття.</translation>
    </message>
    <message>
        <source>“{workshop}” already has a session {start}–{end}. Choose a time that does not overlap it, or move that session instead.</source>
        <translation>«{workshop}» уже має заняття {start}–{end}. Виберіть час, що не перетинається, або перенесіть те заняття.</translation>
    </message>
    <message>
        <source>A series has from 1 to {limit} sessions; {count} was asked.</source>
        <translation>Серія має від 1 до {limit} занять; запитано {count}.</translation>
    </message>
    <message>
        <source>Each session must end after it starts ({start} to {end}). Check the times.</source>
        <translation>Кожне заняття має закінчуватися після початку ({start} – {end}). Перевірте час.</translation>
    </message>
    <message>
        <source>None of the {count} dates can have a session (the first: {day}, {reason}). Choose other dates.</source>
        <translation>Жодна з {count} дат не підходить для заняття (перша: {day}, {reason}). Виберіть інші дати.</translation>
    </message>
    <message>
        <source>This session was cancelled on {day}, so it cannot be moved. Add a new session instead.</source>
        <translation>Це заняття скасовано {day}, тож його не можна перенести. Додайте нове заняття.</translation>
    </message>
    <message>
        <source>This session was already cancelled on {day}; nothing to do.</source>
        <translation>Це заняття вже скасовано {day}; нічого робити не треба.</translation>
    </message>
    <message>
        <source>That enrolment no longer exists. Open the workshop again.</source>
        <translation>Цього запису на майстер-клас більше немає. Відкрийте майстер-клас знову.</translation>
    </message>
    <message>
        <source>“{workshop}” is for ages {range}; {name} is {age}. Look for a workshop for their age, or ask a leader to widen the age range.</source>
        <translation>«{workshop}» — для віку {range}; {name} — {age}. Пошукайте майстер-клас для цього віку або попросіть ведучого розширити вікові межі.</translation>
    </message>
    <message>
        <source>{name} is already enrolled in “{workshop}”. Nothing to do.</source>
        <translation>{name} уже записаний на «{workshop}». Нічого робити не треба.</translation>
    </message>
    <message>
        <source>{name} is already on the waitlist of “{workshop}” (number {position}). They move up automatically when a place frees.</source>
        <translation>{name} уже в списку очікування «{workshop}» (номер {position}). Людина отримає місце автоматично, щойно воно звільниться.</translation>
    </message>
    <message>
        <source>{name} is not enrolled in “{workshop}” nor on its waitlist, so there is nothing to withdraw.</source>
        <translation>{name} не записаний на «{workshop}» і не в списку очікування, тож нема кого виписувати.</translation>
    </message>
    <message>
        <source>{name} completed “{workshop}” on {day}; a completed enrolment stays on record and cannot be withdrawn.</source>
        <translation>{name} завершив «{workshop}» {day}; завершений запис залишається в історії, його не можна виписати.</translation>
    </message>
    <message>
        <source>There is no certificate design called “{design}”. Choose one of: {choices}.</source>
        <extracomment>The command line&apos;s and the Print screen&apos;s names of the badge layouts.</extracomment>
        <translation>Немає оформлення сертифіката з назвою «{design}». Виберіть одне з: {choices}.</translation>
    </message>
    <message>
        <source>Nobody has completed “{workshop}” yet, so there is no certificate to issue ({count} enrolled). Take attendance, or change the completion rule.</source>
        <translation>Ще ніхто не завершив «{workshop}», тож сертифікат видати нема кому (записано: {count}). Відмітьте відвідування або змініть правило завершення.</translation>
    </message>
    <message>
        <source>There is no badge layout called “{layout}”. Choose one of: {choices}.</source>
        <translation>Немає макета бейджа з назвою «{layout}». Виберіть один із: {choices}.</translation>
    </message>
    <message>
        <source>Choose whose badges to print: some participants, everyone in one workshop, or everyone.</source>
        <translation>Виберіть, чиї бейджі друкувати: кількох учасників, усіх учасників майстер-класу або всіх.</translation>
    </message>
    <message>
        <source>No participant has the badge code {codes}. Check the code (it is printed under the QR code of their badge), or search by name.</source>
        <translation>Жоден учасник не має коду бейджа {codes}. Перевірте код (він надрукований під QR-кодом бейджа) або шукайте за іменем.</translation>
    </message>
    <message>
        <source>There is nobody to print a badge for. Choose at least one participant.</source>
        <translation>Немає для кого друкувати бейдж. Виберіть щонайменше одного учасника.</translation>
    </message>
    <message>
        <source>Participant {id} does not exist (any more). Search for them again.</source>
        <translation>Учасника {id} не існує (більше). Знайдіть його ще раз.</translation>
    </message>
    <message>
        <source>Badge or certificate {id} does not exist. Refresh the list and choose it again.</source>
        <translation>Бейджа чи сертифіката {id} не існує. Оновіть список і виберіть знову.</translation>
    </message>
    <message>
        <source>Reprint badges and certificates separately: choose only badges, or only certificates.</source>
        <translation>Передруковуйте бейджі й сертифікати окремо: виберіть лише бейджі або лише сертифікати.</translation>
    </message>
    <message>
        <source>{serial} was revoked, so it cannot be printed again. Issue a new one instead.</source>
        <translation>{serial} відкликано, тож його не можна надрукувати знову. Видайте новий.</translation>
    </message>
    <message>
        <source>Say why it is revoked (for example “issued by mistake”): the reason is kept with the record.</source>
        <translation>Вкажіть причину відкликання (наприклад «видано помилково»): причину зберігають разом із записом.</translation>
    </message>
    <message>
        <source>The reason is {length} characters long; shorten it to {limit} or fewer.</source>
        <translation>Причина має {length} символів; скоротіть до {limit} або менше.</translation>
    </message>
    <message>
        <source>{serial} was already revoked. Nothing was changed.</source>
        <translation>{serial} уже відкликано. Нічого не змінено.</translation>
    </message>
    <message>
        <source>“{code}” is not a verification code: {detail}. Check it against the printed code (groups of five letters and digits).</source>
        <translation>«{code}» — не код перевірки: {detail}. Порівняйте з надрукованим кодом (групи з п’яти літер і цифр).</translation>
    </message>
    <message>
        <source>“{code}” was not issued by {org}: no badge or certificate has this code. Check it for typing mistakes; if it is typed right, the document is not genuine.</source>
        <translation>«{code}» не видано організацією {org}: жоден бейдж чи сертифікат не має цього коду. Перевірте, чи немає описок; якщо код введено правильно, документ не справжній.</translation>
    </message>
    <message>
        <source>{path} is not a Makerspace database (it is not an SQLite file). Choose another file, or restore one of your backups.</source>
        <translation>{path} — не база даних Makerspace (це не файл SQLite). Виберіть інший файл або відновіть одну з резервних копій.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}). It has not been changed. Restore the latest good backup, or choose another file.</source>
        <translation>База даних {path} пошкоджена ({detail}). Її не змінено. Відновіть останню вдалу резервну копію або виберіть інший файл.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Makerspace (schema {found}). It has not been changed. Install the newer version to open it.</source>
        <translation>Базу даних {path} записала новіша версія Makerspace (схема {found}). Її не змінено. Установіть новішу версію, щоб її відкрити.</translation>
    </message>
    <message>
        <source>The database {path} is locked by another program. Close the other program, or choose another file.</source>
        <translation>База даних {path} заблокована іншою програмою. Закрийте іншу програму або виберіть інший файл.</translation>
    </message>
    <message>
        <source>The database {path} cannot be written (read-only file or folder). Copy it somewhere you can write, or choose another file.</source>
        <translation>У базу даних {path} не можна записувати (файл або тека лише для читання). Скопіюйте її туди, де можна записувати, або виберіть інший файл.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full, so nothing was saved. Free some space and try again.</source>
        <translation>Диск із {path} заповнений, тож нічого не збережено. Звільніть місце й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Cannot reach the database server at {where} ({detail}). Check that the server is running and the address is right.</source>
        <translation>Не вдається з’єднатися із сервером бази даних {where} ({detail}). Перевірте, що сервер працює й адреса правильна.</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 год %2 хв</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 год</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
</context>
<context>
    <name>EnrolmentsModel</name>
    <message>
        <source>Participant</source>
        <translation>Учасник</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Бейдж</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation>Завершено %1</translation>
    </message>
    <message>
        <source>Waitlist, number %1</source>
        <translation>Список очікування, номер %1</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Виписаний</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Записаний</translation>
    </message>
</context>
<context>
    <name>EquipmentCategoriesDialog</name>
    <message>
        <source>Equipment categories</source>
        <translation>Категорії обладнання</translation>
    </message>
    <message>
        <source>&amp;New category</source>
        <translation>&amp;Нова категорія</translation>
    </message>
    <message>
        <source>New category (Alt+N)</source>
        <translation>Нова категорія (Alt+N)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>e.g. Laser cutters</source>
        <translation>напр. Лазерні різаки</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Needs a certification to book</source>
        <translation>Для бронювання потрібна сертифікація</translation>
    </message>
    <message>
        <source>Certification valid for (days)</source>
        <translation>Сертифікація дійсна (днів)</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>Без терміну дії</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Мінімальний вік</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Без мінімуму</translation>
    </message>
    <message>
        <source>Longest booking (minutes)</source>
        <translation>Найдовше бронювання (хвилин)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Без обмеження</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>Наз&amp;ва</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Опис</translation>
    </message>
    <message>
        <source>Certification &amp;valid for</source>
        <translation>Сертифікація &amp;дійсна</translation>
    </message>
    <message>
        <source>&amp;Minimum age</source>
        <translation>&amp;Мінімальний вік</translation>
    </message>
    <message>
        <source>&amp;Longest booking</source>
        <translation>Найдовше &amp;бронювання</translation>
    </message>
    <message>
        <source>&amp;Save category</source>
        <translation>&amp;Зберегти категорію</translation>
    </message>
    <message>
        <source>Save the category (Alt+S)</source>
        <translation>Зберегти категорію (Alt+З)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Закрити (Escape)</translation>
    </message>
    <message>
        <source>needs a certification</source>
        <translation>потрібна сертифікація</translation>
    </message>
    <message>
        <source>no certification needed</source>
        <translation>сертифікація не потрібна</translation>
    </message>
    <message>
        <source>ages %1 and over</source>
        <translation>з %1 років</translation>
    </message>
    <message>
        <source>at most %1 a booking</source>
        <translation>не довше %1 за бронювання</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Нова категорія</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Збережено: %1.</translation>
    </message>
</context>
<context>
    <name>EquipmentDialog</name>
    <message>
        <source>Equipment used for “%1”</source>
        <translation>Обладнання, використане для «%1»</translation>
    </message>
    <message>
        <source>Choose the booking it was made in. The list holds the team&apos;s bookings, newest first.</source>
        <translation>Виберіть бронювання, під час якого це зроблено. У списку бронювання команди, новіші першими.</translation>
    </message>
    <message>
        <source>The team&apos;s bookings</source>
        <translation>Бронювання команди</translation>
    </message>
    <message>
        <source>Add to the project</source>
        <translation>Додати до проєкту</translation>
    </message>
    <message>
        <source>Add the highlighted booking&apos;s item to the project</source>
        <translation>Додати до проєкту обладнання виділеного бронювання</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancel: add nothing</source>
        <translation>Скасувати: нічого не додавати</translation>
    </message>
    <message>
        <source>%1 (%2) — %3 — %4</source>
        <translation>%1 (%2) — %3 — %4</translation>
    </message>
    <message>
        <source>already listed</source>
        <translation>уже в списку</translation>
    </message>
    <message>
        <source>The project has no team yet. Add the people who made it (Edit…); their bookings are listed here.</source>
        <translation>У проєкту ще немає команди. Додайте тих, хто його зробив (Редагувати…); їхні бронювання з’являться тут.</translation>
    </message>
    <message>
        <source>Nobody in the team has a booking yet. Equipment is chosen from the bookings it was used in: book it for a team member first (Bookings).</source>
        <translation>Ніхто з команди ще не має бронювання. Обладнання вибирають із бронювань, під час яких його використали: спершу забронюйте його для учасника команди (Бронювання).</translation>
    </message>
</context>
<context>
    <name>EquipmentItemDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Редагувати %1</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Нове обладнання</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>Інвентарний номер</translation>
    </message>
    <message>
        <source>The code on the item&apos;s label, e.g. LIB-3DP-004</source>
        <translation>Код на етикетці обладнання, напр. LIB-3DP-004</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>e.g. Prusa MK4 #2</source>
        <translation>напр. Prusa MK4 #2</translation>
    </message>
    <message>
        <source>Equipment category</source>
        <translation>Категорія обладнання</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Простір</translation>
    </message>
    <message>
        <source>No space</source>
        <translation>Без приміщення</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Серійний номер</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>&amp;Asset tag</source>
        <translation>&amp;Інвентарний номер</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Категорія</translation>
    </message>
    <message>
        <source>&amp;Space</source>
        <translation>&amp;Простір</translation>
    </message>
    <message>
        <source>Se&amp;rial number</source>
        <translation>Се&amp;рійний номер</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Нотатки</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Додати обладнання</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancel: save nothing (Escape)</source>
        <translation>Скасувати: нічого не зберігати (Escape)</translation>
    </message>
</context>
<context>
    <name>EquipmentModel</name>
    <message>
        <source>Asset tag</source>
        <translation>Інвентарний номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Простір</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>The code on the item&apos;s label</source>
        <translation>Код на етикетці обладнання</translation>
    </message>
    <message>
        <source>The item&apos;s name</source>
        <translation>Назва обладнання</translation>
    </message>
    <message>
        <source>Equipment category: its certification, minimum age and longest booking</source>
        <translation>Категорія обладнання: її сертифікація, мінімальний вік і найдовше бронювання</translation>
    </message>
    <message>
        <source>Where the item is kept</source>
        <translation>Де зберігається обладнання</translation>
    </message>
    <message>
        <source>Available, out of service or retired</source>
        <translation>Доступне, не працює або списане</translation>
    </message>
    <message>
        <source>No space</source>
        <translation>Без приміщення</translation>
    </message>
    <message>
        <source>No space recorded</source>
        <translation>Приміщення не вказано</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <source>Find an item by name, asset tag or category; log maintenance and take it out of service.</source>
        <translation>Знайдіть обладнання за назвою, інвентарним номером або категорією; ведіть журнал обслуговування й виводьте його з роботи.</translation>
    </message>
    <message>
        <source>Name, asset tag or category</source>
        <translation>Назва, інвентарний номер або категорія</translation>
    </message>
    <message>
        <source>Find items</source>
        <translation>Знайти обладнання</translation>
    </message>
    <message>
        <source>Type part of a name, an asset tag or a category; Down moves to the list</source>
        <translation>Введіть частину назви, інвентарного номера або категорії; стрілка вниз переходить до списку</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Нове обладнання</translation>
    </message>
    <message>
        <source>Add a new item (Ctrl+N)</source>
        <translation>Додати нове обладнання (Ctrl+N)</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>Категорії…</translation>
    </message>
    <message>
        <source>Equipment categories: certification, minimum age, longest booking</source>
        <translation>Категорії обладнання: сертифікація, мінімальний вік, найдовше бронювання</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Імпорт CSV…</translation>
    </message>
    <message>
        <source>Import equipment from a CSV file</source>
        <translation>Імпортувати обладнання з файлу CSV</translation>
    </message>
    <message>
        <source>Columns: asset_tag, name, category, and optionally space, serial_number, status, notes. One bad row means nothing is imported.</source>
        <translation>Стовпці: asset_tag, name, category і, за бажанням, space, serial_number, status, notes. Якщо хоч один рядок хибний, нічого не імпортується.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Експорт CSV…</translation>
    </message>
    <message>
        <source>Export the equipment to a CSV file</source>
        <translation>Експортувати обладнання у файл CSV</translation>
    </message>
    <message>
        <source>Every item, retired ones too, in the columns the import reads (opens in Excel)</source>
        <translation>Усе обладнання, зокрема списане, у стовпцях, які читає імпорт (відкривається в Excel)</translation>
    </message>
    <message>
        <source>Equipment category</source>
        <translation>Категорія обладнання</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Простір</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>In use (not retired)</source>
        <translation>У використанні (не списане)</translation>
    </message>
    <message>
        <source>All, retired too</source>
        <translation>Усе, зокрема списане</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>&amp;Категорія</translation>
    </message>
    <message>
        <source>S&amp;pace</source>
        <translation>При&amp;міщення</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Ста&amp;н</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Обладнання</translation>
    </message>
    <message>
        <source>Enter goes to the item&apos;s maintenance log; Ctrl+N adds an item</source>
        <translation>Enter переходить до журналу обслуговування; Ctrl+N додає обладнання</translation>
    </message>
    <message>
        <source>Items list rows</source>
        <translation>Рядки списку обладнання</translation>
    </message>
    <message>
        <source>Items list columns</source>
        <translation>Стовпці списку обладнання</translation>
    </message>
    <message>
        <source>No item matches</source>
        <translation>Нічого не знайдено</translation>
    </message>
    <message>
        <source>Choose an item</source>
        <translation>Виберіть обладнання</translation>
    </message>
    <message>
        <source>Pick an item from the list to see its maintenance log, or add one (Ctrl+N).</source>
        <translation>Виберіть обладнання зі списку, щоб побачити журнал обслуговування, або додайте нове (Ctrl+N).</translation>
    </message>
    <message>
        <source>No equipment yet</source>
        <translation>Ще немає обладнання</translation>
    </message>
    <message>
        <source>Items you add appear here with their status, maintenance log and bookings. Set up equipment categories (Categories…), then add an item (Ctrl+N) or import a CSV file.</source>
        <translation>Додане обладнання з’являється тут зі своїм станом, журналом обслуговування й бронюваннями. Налаштуйте категорії обладнання (Категорії…), потім додайте обладнання (Ctrl+N) або імпортуйте файл CSV.</translation>
    </message>
    <message>
        <source>Only a coordinator or above can change the inventory.</source>
        <translation>Змінювати інвентар може лише координатор або вище.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Усі категорії</translation>
    </message>
    <message>
        <source>All spaces</source>
        <translation>Усі простори</translation>
    </message>
    <message>
        <source>No item matches “%1”</source>
        <translation>Ніщо не відповідає «%1»</translation>
    </message>
    <message>
        <source>No item matches these filters</source>
        <translation>Ніщо не відповідає цим фільтрам</translation>
    </message>
    <message>
        <source>Check the spelling, type less of the name, or choose “All” in the filters.</source>
        <translation>Перевірте написання, введіть коротшу частину назви або виберіть «Усі» у фільтрах.</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Немає збігів</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 одиниця</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>Одиниць: %1</translation>
    </message>
    <message>
        <source>Every item belongs to an equipment category. Add one first; then add the item.</source>
        <translation>Кожне обладнання належить до категорії. Спершу додайте категорію, потім обладнання.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Додано: %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Збережено: %1.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Імпорт %1…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Імпорт…</translation>
    </message>
    <message>
        <source>Imported %1: %2 new item(s), %3 updated.</source>
        <translation>Імпортовано %1: нових %2, оновлено %3.</translation>
    </message>
    <message>
        <source>Exported 1 item to %2.</source>
        <translation>Експортовано 1 одиницю до %2.</translation>
    </message>
    <message>
        <source>Exported %1 items to %2.</source>
        <translation>Експортовано одиниць: %1, до %2.</translation>
    </message>
</context>
<context>
    <name>EquipmentStatus</name>
    <message>
        <source>Available</source>
        <translation>Доступне</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Не працює</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Списано</translation>
    </message>
</context>
<context>
    <name>EquipmentTransfer</name>
    <message>
        <source>Import equipment from a CSV file</source>
        <translation>Імпортувати обладнання з файлу CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файли CSV (*.csv);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Export equipment to a CSV file</source>
        <translation>Експортувати обладнання у файл CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong inside the app ({detail}). Nothing else was changed. Please tell whoever looks after this computer.</source>
        <translation>Щось пішло не так усередині програми ({detail}). Більше нічого не змінено. Повідомте того, хто обслуговує цей комп’ютер.</translation>
    </message>
    <message>
        <source>Makerspace</source>
        <translation>Makerspace</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>closed all day</source>
        <translation>зачинено весь день</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Search participants, equipment and workshops (Ctrl+K)</source>
        <translation type="vanished">Шукати учасників, обладнання та майстер-класи (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search participants, equipment and workshops</source>
        <translation type="vanished">Шукати учасників, обладнання та майстер-класи</translation>
    </message>
    <message>
        <source>Type part of a name, a badge code, a phone number, an e-mail or an asset tag</source>
        <translation type="vanished">Введіть частину імені, код бейджа, телефон, ел. пошту або інвентарний номер</translation>
    </message>
    <message>
        <source>Search participants, equipment, workshops and projects (Ctrl+K)</source>
        <translation>Шукати учасників, обладнання, майстер-класи та проєкти (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search participants, equipment, workshops and projects</source>
        <translation>Шукати учасників, обладнання, майстер-класи та проєкти</translation>
    </message>
    <message>
        <source>Type part of a name or title, a badge code, a phone number, an e-mail or an asset tag</source>
        <translation>Введіть частину імені чи назви, код бейджа, телефон, ел. пошту або інвентарний номер</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результати пошуку</translation>
    </message>
    <message>
        <source>Sign in to search.</source>
        <translation>Увійдіть, щоб шукати.</translation>
    </message>
    <message>
        <source>Search is not part of this version of the app yet.</source>
        <translation>Пошук ще не входить до цієї версії програми.</translation>
    </message>
    <message>
        <source>No participant, item, workshop or project matches “%1”.</source>
        <translation>Жоден учасник, обладнання, майстер-клас чи проєкт не відповідає «%1».</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проєкт</translation>
    </message>
    <message>
        <source>No participant, item or workshop matches “%1”.</source>
        <translation type="vanished">Жоден учасник, обладнання чи майстер-клас не відповідає «%1».</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Учасник</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Обладнання</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Майстер-клас</translation>
    </message>
</context>
<context>
    <name>GuardianPicker</name>
    <message>
        <source>Type part of the guardian’s name or their badge code</source>
        <translation>Введіть частину імені опікуна або код його бейджа</translation>
    </message>
    <message>
        <source>Find the guardian among the participants</source>
        <translation>Знайти опікуна серед учасників</translation>
    </message>
    <message>
        <source>Participants who could be the guardian</source>
        <translation>Учасники, які можуть бути опікуном</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Змінити…</translation>
    </message>
    <message>
        <source>Choose another guardian</source>
        <translation>Вибрати іншого опікуна</translation>
    </message>
    <message>
        <source>Participant number %1</source>
        <translation>Учасник номер %1</translation>
    </message>
    <message>
        <source>Guardian: %1</source>
        <translation>Опікун: %1</translation>
    </message>
    <message>
        <source>No participant matches “%1”. Enter the guardian’s name and contact instead, or register the guardian first.</source>
        <translation>Жоден учасник не відповідає «%1». Натомість введіть ім’я та контакт опікуна або спершу зареєструйте опікуна.</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>Choose image…</source>
        <translation>Вибрати зображення…</translation>
    </message>
    <message>
        <source>Choose image for: %1</source>
        <translation>Вибрати зображення для: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>Remove image for: %1</source>
        <translation>Прибрати зображення для: %1</translation>
    </message>
    <message>
        <source>Choose an image for: %1</source>
        <translation>Вибрати зображення для: %1</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Зображення (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>That file is not a picture this computer can read.</source>
        <translation>Цей файл не є зображенням, яке може прочитати цей комп’ютер.</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Немає зображення</translation>
    </message>
    <message>
        <source>The stored image cannot be shown.</source>
        <translation>Збережене зображення не вдається показати.</translation>
    </message>
    <message>
        <source>Image, %1 × %2 pixels</source>
        <translation>Зображення, %1 × %2 пікселів</translation>
    </message>
</context>
<context>
    <name>ImportRefusedDialog</name>
    <message>
        <source>Nothing was imported</source>
        <translation>Нічого не імпортовано</translation>
    </message>
    <message>
        <source>%1 has 1 row that needs fixing, so nothing was imported.</source>
        <translation>У %1 є 1 рядок, який треба виправити, тож нічого не імпортовано.</translation>
    </message>
    <message>
        <source>%1 has %2 rows that need fixing, so nothing was imported.</source>
        <translation>У %1 є рядків, які треба виправити: %2, тож нічого не імпортовано.</translation>
    </message>
    <message>
        <source>Correct these lines in the file (line 1 is the header) and import it again; the rows are checked together.</source>
        <translation>Виправте ці рядки у файлі (рядок 1 — заголовок) та імпортуйте його знову; рядки перевіряються разом.</translation>
    </message>
    <message>
        <source>Rows that need fixing</source>
        <translation>Рядки, які треба виправити</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Що не так</translation>
    </message>
    <message>
        <source>Rows that need fixing columns</source>
        <translation>Стовпці рядків, які треба виправити</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Рядок %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Закрити (Escape)</translation>
    </message>
</context>
<context>
    <name>InformDialog</name>
    <message>
        <source>People to tell, with their contact</source>
        <translation>Кого повідомити, з контактами</translation>
    </message>
    <message>
        <source>no contact on record</source>
        <translation>контакт не записано</translation>
    </message>
    <message>
        <source>%1 (guardian: %2)</source>
        <translation>%1 (опікун: %2)</translation>
    </message>
    <message>
        <source>Copy list</source>
        <translation>Копіювати список</translation>
    </message>
    <message>
        <source>Copy the list of people to tell</source>
        <translation>Копіювати список людей, яких треба повідомити</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>Choose the item&apos;s photo</source>
        <translation>Виберіть фото обладнання</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation>Зображення (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Редагувати…</translation>
    </message>
    <message>
        <source>Edit the item (Ctrl+E)</source>
        <translation>Редагувати обладнання (Ctrl+E)</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>Фото…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Прибрати фото</translation>
    </message>
    <message>
        <source>Remove the item&apos;s photo</source>
        <translation>Прибрати фото обладнання</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Списати…</translation>
    </message>
    <message>
        <source>Bookings to move or cancel</source>
        <translation>Бронювання, які треба перенести або скасувати</translation>
    </message>
    <message>
        <source>Maintenance log</source>
        <translation>Журнал обслуговування</translation>
    </message>
    <message>
        <source>New maintenance entry</source>
        <translation>Новий запис обслуговування</translation>
    </message>
    <message>
        <source>What was found or done, e.g. “Nozzle clogged”</source>
        <translation>Що виявили або зробили, напр. «Засмічене сопло»</translation>
    </message>
    <message>
        <source>Takes the item out of service</source>
        <translation>Виводить обладнання з роботи</translation>
    </message>
    <message>
        <source>Takes it out of service</source>
        <translation>Виводить з роботи</translation>
    </message>
    <message>
        <source>New bookings of the item are refused until it is back in service</source>
        <translation>Нові бронювання цього обладнання відхиляються, доки воно не повернеться в роботу</translation>
    </message>
    <message>
        <source>Add to log</source>
        <translation>Додати до журналу</translation>
    </message>
    <message>
        <source>Add the entry to the maintenance log (Enter)</source>
        <translation>Додати запис до журналу обслуговування (Enter)</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Повідомлено</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Maintenance log columns</source>
        <translation>Стовпці журналу обслуговування</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Поки нічого не записано.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Вирішено</translation>
    </message>
    <message>
        <source>Mark the selected entry resolved</source>
        <translation>Позначити вибраний запис як вирішений</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>Повернути в роботу</translation>
    </message>
    <message>
        <source>Back in service: resolve what keeps the item out and make it bookable</source>
        <translation>Повернути в роботу: вирішити те, що тримає обладнання поза роботою, і дозволити бронювання</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Стан: %1</translation>
    </message>
    <message>
        <source>Asset tag %1</source>
        <translation>Інвентарний номер %1</translation>
    </message>
    <message>
        <source>no space</source>
        <translation>без приміщення</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation>серійний номер %1</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Фото: %1</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Немає фото</translation>
    </message>
    <message>
        <source>Only a coordinator or above can change items.</source>
        <translation>Змінювати обладнання може лише координатор або вище.</translation>
    </message>
    <message>
        <source>Put back in inventory</source>
        <translation>Повернути в інвентар</translation>
    </message>
    <message>
        <source>Put the item back in the inventory</source>
        <translation>Повернути обладнання в інвентар</translation>
    </message>
    <message>
        <source>Retire the item: it can no longer be booked</source>
        <translation>Списати обладнання: його більше не можна буде забронювати</translation>
    </message>
    <message>
        <source>Needs a certification</source>
        <translation>Потрібна сертифікація</translation>
    </message>
    <message>
        <source>No certification needed</source>
        <translation>Сертифікація не потрібна</translation>
    </message>
    <message>
        <source>ages %1 and over</source>
        <translation>з %1 років</translation>
    </message>
    <message>
        <source>at most %1 a booking</source>
        <translation>не довше %1 за бронювання</translation>
    </message>
    <message>
        <source>Bookings to move or cancel (%1)</source>
        <translation>Бронювання, які треба перенести або скасувати (%1)</translation>
    </message>
    <message>
        <source>%1 is out of service, so new bookings of it are refused. These were made before: move each to another %2, or cancel it.</source>
        <translation>%1 не працює, тож нові бронювання відхиляються. Ці зроблено раніше: перенесіть кожне на інше обладнання категорії «%2» або скасуйте.</translation>
    </message>
    <message>
        <source>%1 is retired. These bookings still hold it: move each to another %2, or cancel it.</source>
        <translation>%1 списано. Ці бронювання ще його займають: перенесіть кожне на інше обладнання категорії «%2» або скасуйте.</translation>
    </message>
    <message>
        <source>%1 can be retired once no booking holds it. Move each of these to another %2, or cancel it; then retire it.</source>
        <translation>%1 можна списати, коли жодне бронювання його не займатиме. Перенесіть кожне з них на інше обладнання категорії «%2» або скасуйте; потім спишіть.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Out of service, open</source>
        <translation>Не працює, відкрито</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Вирішено %1</translation>
    </message>
    <message>
        <source>Out of service from %1 to %2</source>
        <translation>Не працювало з %1 до %2</translation>
    </message>
    <message>
        <source>A retired item has no new entries; put it back in the inventory first.</source>
        <translation>До списаного обладнання нові записи не додаються; спершу поверніть його в інвентар.</translation>
    </message>
    <message>
        <source>%1 is out of service: new bookings of it are refused.</source>
        <translation>%1 не працює: нові бронювання відхиляються.</translation>
    </message>
    <message>
        <source>1 booking already made needs moving or cancelling; it is listed below.</source>
        <translation>1 зроблене бронювання треба перенести або скасувати; воно нижче.</translation>
    </message>
    <message>
        <source>%1 bookings already made need moving or cancelling; they are listed below.</source>
        <translation>Зроблені бронювання, які треба перенести або скасувати: %1; вони нижче.</translation>
    </message>
    <message>
        <source>Added to the maintenance log.</source>
        <translation>Додано до журналу обслуговування.</translation>
    </message>
    <message>
        <source>Resolved. %1 is back in service.</source>
        <translation>Вирішено. %1 знову в роботі.</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>Вирішено.</translation>
    </message>
    <message>
        <source>%1 is back in service and can be booked again.</source>
        <translation>%1 знову в роботі, його можна бронювати.</translation>
    </message>
    <message>
        <source>Moved the booking of %1 to %2, %3.</source>
        <translation>Бронювання %1 перенесено на %2, %3.</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Скасувати бронювання</translation>
    </message>
    <message>
        <source>Cancel the booking of %1?</source>
        <translation>Скасувати бронювання %1?</translation>
    </message>
    <message>
        <source>%1 on %2. Let them know: the slot is freed and the booking cannot be restored.</source>
        <translation>%1, %2. Повідомте людину: час звільниться, а бронювання не можна буде відновити.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Залишити</translation>
    </message>
    <message>
        <source>Keep the booking</source>
        <translation>Залишити бронювання</translation>
    </message>
    <message>
        <source>Cancelled the booking of %1 on %2.</source>
        <translation>Бронювання %1 на %2 скасовано.</translation>
    </message>
    <message>
        <source>%1 is back in the inventory.</source>
        <translation>%1 знову в інвентарі.</translation>
    </message>
    <message>
        <source>%1 still has bookings to come. Move or cancel them (below), then retire it.</source>
        <translation>%1 ще має майбутні бронювання. Перенесіть або скасуйте їх (нижче), потім спишіть.</translation>
    </message>
    <message>
        <source>Retire item</source>
        <translation>Списати обладнання</translation>
    </message>
    <message>
        <source>Retire %1?</source>
        <translation>Списати %1?</translation>
    </message>
    <message>
        <source>It leaves the list and the timeline and can no longer be booked. Its bookings and maintenance log are kept, and you can put it back in the inventory later.</source>
        <translation>Воно зникне зі списку й часової шкали, і його більше не можна буде забронювати. Бронювання й журнал обслуговування збережуться, а пізніше його можна повернути в інвентар.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Списати</translation>
    </message>
    <message>
        <source>Keep the item</source>
        <translation>Залишити обладнання</translation>
    </message>
    <message>
        <source>%1 is retired.</source>
        <translation>%1 списано.</translation>
    </message>
    <message>
        <source>%1 is not a picture the app can read. Choose a PNG or JPEG file.</source>
        <translation>%1 — не зображення, яке застосунок може прочитати. Виберіть файл PNG або JPEG.</translation>
    </message>
    <message>
        <source>Photo saved.</source>
        <translation>Фото збережено.</translation>
    </message>
    <message>
        <source>Photo removed.</source>
        <translation>Фото прибрано.</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Opening the database…</source>
        <translation>Відкриття бази даних…</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Відкриття бази даних</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Lock / Change Staff Member</source>
        <translation>&amp;Заблокувати / змінити працівника</translation>
    </message>
    <message>
        <source>Lock now: you, or another staff member, sign in to go on where you are</source>
        <translation>Заблокувати зараз: ви або інший працівник входите, щоб продовжити з того самого місця</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Вийти з облікового запису</translation>
    </message>
    <message>
        <source>Sign out, so another staff member can sign in</source>
        <translation>Вийти, щоб інший працівник міг увійти</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ийти з програми</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Пошук…</translation>
    </message>
    <message>
        <source>Find participants, equipment and workshops</source>
        <translation>Знайти учасників, обладнання та майстер-класи</translation>
    </message>
    <message>
        <source>&amp;About Makerspace</source>
        <translation>&amp;Про Makerspace</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Рядок меню</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ерейти</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Базу даних не відкрито</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База даних: %1</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Ніхто не увійшов</translation>
    </message>
    <message>
        <source>Locked (%1 was signed in)</source>
        <translation>Заблоковано (був у системі: %1)</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Увійшов: %1 (%2)</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>Ім’я користувача: %1</translation>
    </message>
    <message>
        <source>The changes were kept. %1 can sign in to save them.</source>
        <translation>Зміни збережено. %1 може увійти, щоб їх зберегти.</translation>
    </message>
    <message>
        <source>Locked after a minute without use. Sign in to go on where you were.</source>
        <translation>Заблоковано після хвилини бездіяльності. Увійдіть, щоб продовжити з того самого місця.</translation>
    </message>
    <message>
        <source>Locked after %1 minutes without use. Sign in to go on where you were.</source>
        <translation>Заблоковано після %1 хв бездіяльності. Увійдіть, щоб продовжити з того самого місця.</translation>
    </message>
    <message>
        <source>Locked. Sign in to go on where you were.</source>
        <translation>Заблоковано. Увійдіть, щоб продовжити з того самого місця.</translation>
    </message>
    <message>
        <source>Signed out. The next staff member can sign in.</source>
        <translation>Ви вийшли. Наступний працівник може увійти.</translation>
    </message>
    <message>
        <source>Lock / change staff member</source>
        <translation>Блокування / зміна</translation>
    </message>
    <message>
        <source>Lock or change staff member (Ctrl+L)</source>
        <translation>Заблокувати або змінити працівника (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock now: you, or another staff member, sign in to go on where you are (Ctrl+L)</source>
        <translation>Заблокувати зараз: ви або інший працівник входите, щоб продовжити з того самого місця (Ctrl+L)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>About Makerspace</source>
        <translation type="vanished">Про Makerspace</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Makerspace %1&lt;/h3&gt;&lt;p&gt;Equipment, bookings, workshops, participants, badges and certificates for library and community makerspaces.&lt;/p&gt;&lt;p&gt;Licence: Apache License 2.0&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;Makerspace %1&lt;/h3&gt;&lt;p&gt;Обладнання, бронювання, майстер-класи, учасники, бейджі та сертифікати для мейкерспейсів бібліотек і громад.&lt;/p&gt;&lt;p&gt;Ліцензія: Apache License 2.0&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NavigationPane</name>
    <message>
        <source>Areas</source>
        <translation>Розділи</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+9 jump to an area</source>
        <translation>Ctrl+1 … Ctrl+9 переходять до розділу</translation>
    </message>
</context>
<context>
    <name>NewBookingDialog</name>
    <message>
        <source>New booking</source>
        <translation>Нове бронювання</translation>
    </message>
    <message>
        <source>Type a name or scan the badge</source>
        <translation>Введіть ім’я або скануйте бейдж</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Учасник</translation>
    </message>
    <message>
        <source>Type part of the name, or scan or type the badge code, then press Enter</source>
        <translation>Введіть частину імені або скануйте чи введіть код бейджа, потім натисніть Enter</translation>
    </message>
    <message>
        <source>Matching participants</source>
        <translation>Відповідні учасники</translation>
    </message>
    <message>
        <source>Booking for</source>
        <translation>Бронювання для</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Optional, for example the material to bring</source>
        <translation>Необов’язково, наприклад матеріали, які треба принести</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Забронювати</translation>
    </message>
    <message>
        <source>Book (Enter)</source>
        <translation>Забронювати (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancel, book nothing (Escape)</source>
        <translation>Скасувати, нічого не бронювати (Escape)</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Учасник</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Обладнання</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Коли</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Нотатки</translation>
    </message>
    <message>
        <source>Nobody chosen yet.</source>
        <translation>Ще нікого не вибрано.</translation>
    </message>
    <message>
        <source>Booking for %1 · badge %2</source>
        <translation>Бронювання для %1 · бейдж %2</translation>
    </message>
    <message>
        <source>badge %1</source>
        <translation>бейдж %1</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n рік</numerusform>
            <numerusform>%n роки</numerusform>
            <numerusform>%n років</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant matches “%1”. Check the spelling or the badge code, or register them in Participants.</source>
        <translation>Жоден учасник не відповідає «%1». Перевірте написання або код бейджа чи зареєструйте людину в розділі «Учасники».</translation>
    </message>
    <message>
        <source>Type the participant&apos;s name or scan their badge first.</source>
        <translation>Спершу введіть ім’я учасника або скануйте його бейдж.</translation>
    </message>
    <message>
        <source>%1 participants match. Choose one with the Up and Down keys, then press Enter.</source>
        <translation>Відповідних учасників: %1. Виберіть одного клавішами Вгору і Вниз, потім натисніть Enter.</translation>
    </message>
    <message>
        <source>Choose the participant first: type their name or scan their badge.</source>
        <translation>Спершу виберіть учасника: введіть ім’я або скануйте бейдж.</translation>
    </message>
    <message>
        <source>“%1” is not one of the items. Choose an item from the list.</source>
        <translation>«%1» — не з переліку обладнання. Виберіть обладнання зі списку.</translation>
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
        <translation>Забронювати натомість %1</translation>
    </message>
    <message>
        <source>Book %1, %2</source>
        <translation>Забронювати %1, %2</translation>
    </message>
</context>
<context>
    <name>ParticipantDialogs</name>
    <message>
        <source>Record consent: %1</source>
        <translation>Записати згоду: %1</translation>
    </message>
    <message>
        <source>Who gave the consent? The participant, or their guardian.</source>
        <translation>Хто дав згоду? Сам учасник чи його опікун.</translation>
    </message>
    <message>
        <source>Who gave the consent</source>
        <translation>Хто дав згоду</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Записати згоду</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancel: change nothing</source>
        <translation>Скасувати: нічого не змінювати</translation>
    </message>
    <message>
        <source>Save the participant’s data</source>
        <translation>Зберегти дані учасника</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файли JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <source>Given name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Бажане ім’я</translation>
    </message>
    <message>
        <source>What they like to be called</source>
        <translation>Як людина хоче, щоб її називали</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Займенники</translation>
    </message>
    <message>
        <source>For example she/her</source>
        <translation>Наприклад вона</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Відома</translation>
    </message>
    <message>
        <source>Date of birth known</source>
        <translation>Дата народження відома</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Вікова група</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Не вказано</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <source>Language codes, for example en, ar, pt-BR</source>
        <translation>Коди мов, наприклад uk, ar, pt-BR</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Бажана мова</translation>
    </message>
    <message>
        <source>For example ar</source>
        <translation>Наприклад ar</translation>
    </message>
    <message>
        <source>Accessibility need: %1</source>
        <translation>Потреба доступності: %1</translation>
    </message>
    <message>
        <source>Accessibility notes</source>
        <translation>Нотатки про доступність</translation>
    </message>
    <message>
        <source>Anything else that helps them take part</source>
        <translation>Усе інше, що допомагає брати участь</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Опікун</translation>
    </message>
    <message>
        <source>No guardian</source>
        <translation>Без опікуна</translation>
    </message>
    <message>
        <source>A registered adult participant</source>
        <translation>Зареєстрований дорослий учасник</translation>
    </message>
    <message>
        <source>Name and contact</source>
        <translation>Ім’я та контакт</translation>
    </message>
    <message>
        <source>Guardian’s name</source>
        <translation>Ім’я опікуна</translation>
    </message>
    <message>
        <source>Guardian’s contact</source>
        <translation>Контакт опікуна</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>Телефон або ел. пошта</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Доступність</translation>
    </message>
    <message>
        <source>%1 years old.</source>
        <translation>Вік: %1.</translation>
    </message>
    <message>
        <source>Give a date of birth or an age band: it decides whether a guardian is needed.</source>
        <translation>Вкажіть дату народження або вікову групу: від цього залежить, чи потрібен опікун.</translation>
    </message>
    <message>
        <source>Age band only; the exact age is not recorded.</source>
        <translation>Лише вікова група; точний вік не записано.</translation>
    </message>
    <message>
        <source>Under %1: a guardian is needed.</source>
        <translation>До %1: потрібен опікун.</translation>
    </message>
    <message>
        <source>Needed: they are under %1. Choose an adult participant, or enter the guardian’s name and contact.</source>
        <translation>Потрібен: людині менше %1. Виберіть дорослого учасника або введіть ім’я та контакт опікуна.</translation>
    </message>
    <message>
        <source>The guardian must be a registered participant aged %1 or over.</source>
        <translation>Опікун має бути зареєстрованим учасником віком від %1.</translation>
    </message>
    <message>
        <source>prefers %1</source>
        <translation>бажає %1</translation>
    </message>
</context>
<context>
    <name>ParticipantImport</name>
    <message>
        <source>Import participants from a CSV file</source>
        <translation>Імпортувати учасників з файлу CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файли CSV (*.csv);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Export participants to a CSV file</source>
        <translation>Експортувати учасників у файл CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Імпортувати учасників</translation>
    </message>
    <message>
        <source>Choose a CSV file with one participant per row, as Export writes it or as a spreadsheet saves it as “CSV UTF-8”. The whole file is checked first; nothing is imported until you press Import.</source>
        <translation>Виберіть файл CSV з одним учасником у рядку — такий, як записує «Експорт» або як таблиця зберігає у форматі «CSV UTF-8». Спершу перевіряється весь файл; нічого не імпортується, доки ви не натиснете «Імпортувати».</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Файл не вибрано</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Файл для імпорту</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Вибрати файл…</translation>
    </message>
    <message>
        <source>Choose the CSV file to import</source>
        <translation>Вибрати файл CSV для імпорту</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Перевірити &amp;знову</translation>
    </message>
    <message>
        <source>Check the file again after correcting it</source>
        <translation>Перевірити файл знову після виправлення</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Обробка</translation>
    </message>
    <message>
        <source>Rows that need fixing</source>
        <translation>Рядки, що потребують виправлення</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Що не так</translation>
    </message>
    <message>
        <source>Rows that need fixing columns</source>
        <translation>Стовпці рядків, що потребують виправлення</translation>
    </message>
    <message>
        <source>Rows that need fixing rows</source>
        <translation>Рядки, що потребують виправлення</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <source>Import the checked file</source>
        <translation>Імпортувати перевірений файл</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Закрити (Escape)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Перевірка %1…</translation>
    </message>
    <message>
        <source>%1 has no participant rows, only the line naming the columns. Choose another file.</source>
        <translation>У %1 немає рядків з учасниками, лише рядок із назвами стовпців. Виберіть інший файл.</translation>
    </message>
    <message>
        <source>Every row of %1 can be imported: %2 new participant(s) and %3 update(s) of participants already registered (matched by badge code). Nothing has been imported yet: press Import.</source>
        <translation>Усі рядки %1 можна імпортувати: нових учасників — %2, оновлень уже зареєстрованих (за кодом бейджа) — %3. Ще нічого не імпортовано: натисніть «Імпортувати».</translation>
    </message>
    <message>
        <source>Nothing can be imported: 1 row needs fixing.</source>
        <translation>Нічого не можна імпортувати: 1 рядок потребує виправлення.</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1 rows need fixing.</source>
        <translation>Нічого не можна імпортувати: рядків, що потребують виправлення, — %1.</translation>
    </message>
    <message>
        <source>Correct these lines in the file (line 1 names the columns), save it and press Check again.</source>
        <translation>Виправте ці рядки у файлі (рядок 1 — назви стовпців), збережіть і натисніть «Перевірити знову».</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Рядок %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Імпорт %1…</translation>
    </message>
    <message>
        <source>Imported: %1 new participant(s), %2 updated.</source>
        <translation>Імпортовано: нових учасників — %1, оновлено — %2.</translation>
    </message>
    <message>
        <source>&amp;Import 1 row</source>
        <translation>&amp;Імпортувати 1 рядок</translation>
    </message>
    <message>
        <source>&amp;Import %1 rows</source>
        <translation>&amp;Імпортувати рядки (%1)</translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <source>Name, badge code, phone or e-mail</source>
        <translation>Ім’я, код бейджа, телефон або ел. пошта</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Шукати учасників</translation>
    </message>
    <message>
        <source>Matching participants</source>
        <translation>Відповідні учасники</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Вибрати</translation>
    </message>
    <message>
        <source>Choose the highlighted participant</source>
        <translation>Вибрати виділеного учасника</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancel: choose nobody</source>
        <translation>Скасувати: нікого не вибирати</translation>
    </message>
    <message>
        <source>Type at least one letter, or scan their badge.</source>
        <translation>Введіть хоча б одну літеру або скануйте бейдж.</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>вік %1</translation>
    </message>
    <message>
        <source>Type more of the name to narrow the list.</source>
        <translation>Введіть більше імені, щоб звузити список.</translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Register them in Participants first.</source>
        <translation>Ніхто не відповідає «%1». Спершу зареєструйте людину в розділі «Учасники».</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>given name</source>
        <translation>ім’я</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>прізвище</translation>
    </message>
    <message>
        <source>preferred name</source>
        <translation>бажане ім’я</translation>
    </message>
    <message>
        <source>pronouns</source>
        <translation>займенники</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>дата народження</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>вікова група</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>ел. пошта</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адреса</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>мови</translation>
    </message>
    <message>
        <source>preferred language</source>
        <translation>бажана мова</translation>
    </message>
    <message>
        <source>accessibility needs</source>
        <translation>потреби доступності</translation>
    </message>
    <message>
        <source>accessibility notes</source>
        <translation>нотатки про доступність</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>опікун</translation>
    </message>
    <message>
        <source>guardian&apos;s name</source>
        <translation>ім’я опікуна</translation>
    </message>
    <message>
        <source>guardian&apos;s contact</source>
        <translation>контакт опікуна</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>нотатки</translation>
    </message>
    <message>
        <source>site</source>
        <translation>філія</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>Код бейджа</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Вік</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Preferred name first, then the name as the person writes it</source>
        <translation>Спершу бажане ім’я, потім ім’я так, як його пише людина</translation>
    </message>
    <message>
        <source>The code printed on their badge</source>
        <translation>Код, надрукований на бейджі</translation>
    </message>
    <message>
        <source>Age in years, or the age band when no date of birth is recorded</source>
        <translation>Вік у роках або вікова група, якщо дату народження не записано</translation>
    </message>
    <message>
        <source>E-mail and phone</source>
        <translation>Ел. пошта і телефон</translation>
    </message>
    <message>
        <source>%1 years old (%2)</source>
        <translation>Вік: %1 (%2)</translation>
    </message>
    <message>
        <source>Age not recorded</source>
        <translation>Вік не записано</translation>
    </message>
    <message>
        <source>No contact recorded</source>
        <translation>Контакт не записано</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Booked</source>
        <translation>Заброньовано</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Прийшов</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Пішов</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Не прийшов</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Участь</translation>
    </message>
    <message>
        <source>May take part in activities and use equipment.</source>
        <translation>Може брати участь у заходах і користуватися обладнанням.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>May be photographed; photos may be kept with their projects.</source>
        <translation>Можна фотографувати; фото можуть зберігатися разом із проєктами.</translation>
    </message>
    <message>
        <source>Data processing</source>
        <translation>Обробка даних</translation>
    </message>
    <message>
        <source>Their details may be stored and used to run the makerspace.</source>
        <translation>Дані можуть зберігатися й використовуватися для роботи мейкерспейсу.</translation>
    </message>
    <message>
        <source>Find someone by any part of their name, badge code, phone or e-mail, or scan their badge.</source>
        <translation>Знайдіть людину за будь-якою частиною імені, кодом бейджа, телефоном чи ел. поштою або скануйте бейдж.</translation>
    </message>
    <message>
        <source>Name, badge code, phone or e-mail</source>
        <translation>Ім’я, код бейджа, телефон або ел. пошта</translation>
    </message>
    <message>
        <source>Find participants</source>
        <translation>Шукати учасників</translation>
    </message>
    <message>
        <source>Type any part of a name, a badge code, a phone number or an e-mail; Down moves to the list</source>
        <translation>Введіть будь-яку частину імені, код бейджа, телефон або ел. пошту; Вниз переходить до списку</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Новий учасник</translation>
    </message>
    <message>
        <source>Register a new participant (Ctrl+N)</source>
        <translation>Зареєструвати нового учасника (Ctrl+N)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Enter opens the participant; Ctrl+N registers a new one</source>
        <translation>Enter відкриває учасника; Ctrl+N реєструє нового</translation>
    </message>
    <message>
        <source>Participants list columns</source>
        <translation>Стовпці списку учасників</translation>
    </message>
    <message>
        <source>Participants list rows</source>
        <translation>Рядки списку учасників</translation>
    </message>
    <message>
        <source>No participants yet — register one (Ctrl+N)</source>
        <translation>Ще немає учасників — зареєструйте когось (Ctrl+N)</translation>
    </message>
    <message>
        <source>People you register appear here with their bookings, consent and certifications.</source>
        <translation>Зареєстровані вами люди з’являються тут із бронюваннями, згодами та допусками.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Імпортувати CSV…</translation>
    </message>
    <message>
        <source>Import participants from a CSV file</source>
        <translation>Імпортувати учасників з файлу CSV</translation>
    </message>
    <message>
        <source>Check a CSV file row by row, then import it (nothing is imported while a row needs fixing)</source>
        <translation>Перевірити файл CSV рядок за рядком, потім імпортувати (нічого не імпортується, доки рядок потребує виправлення)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Експортувати CSV…</translation>
    </message>
    <message>
        <source>Export participants to a CSV file</source>
        <translation>Експортувати учасників у файл CSV</translation>
    </message>
    <message>
        <source>Every participant in a CSV file that opens in a spreadsheet and imports again</source>
        <translation>Усі учасники у файлі CSV, який відкривається в таблиці й імпортується знову</translation>
    </message>
    <message>
        <source>Choose a participant</source>
        <translation>Виберіть учасника</translation>
    </message>
    <message>
        <source>Pick someone from the list or scan their badge, or register a new participant (Ctrl+N).</source>
        <translation>Виберіть когось зі списку чи скануйте бейдж або зареєструйте нового учасника (Ctrl+N).</translation>
    </message>
    <message>
        <source>New booking for this participant (Ctrl+B)</source>
        <translation>Нове бронювання для цього учасника (Ctrl+B)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Today’s bookings</source>
        <translation>Сьогоднішні бронювання</translation>
    </message>
    <message>
        <source>Enter checks in the selected booking</source>
        <translation>Enter відмічає прихід для вибраного бронювання</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Обладнання</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Today’s bookings columns</source>
        <translation>Стовпці сьогоднішніх бронювань</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Відмітити прихід</translation>
    </message>
    <message>
        <source>Check in the selected booking (Enter)</source>
        <translation>Відмітити прихід для вибраного бронювання (Enter)</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Відмітити вихід</translation>
    </message>
    <message>
        <source>Check out the selected booking</source>
        <translation>Відмітити вихід для вибраного бронювання</translation>
    </message>
    <message>
        <source>New booking (Ctrl+B)</source>
        <translation>Нове бронювання (Ctrl+B)</translation>
    </message>
    <message>
        <source>About the participant</source>
        <translation>Про учасника</translation>
    </message>
    <message>
        <source>Participant details form</source>
        <translation>Форма даних учасника</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Дані</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Допуски</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Конфіденційність</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancel: forget the changes (Escape)</source>
        <translation>Скасувати: забути зміни (Escape)</translation>
    </message>
    <message>
        <source>Forget the changes (Escape)</source>
        <translation>Забути зміни (Escape)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Save the participant (Ctrl+S)</source>
        <translation>Зберегти учасника (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Зберегти (Ctrl+S)</translation>
    </message>
    <message>
        <source>Give…</source>
        <translation>Надати…</translation>
    </message>
    <message>
        <source>Record consent: %1</source>
        <translation>Записати згоду: %1</translation>
    </message>
    <message>
        <source>Equipment category</source>
        <translation>Категорія обладнання</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Надано</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Діє до</translation>
    </message>
    <message>
        <source>Certifications columns</source>
        <translation>Стовпці допусків</translation>
    </message>
    <message>
        <source>No certifications yet. Completing a training workshop grants one; a workshop leader can also grant one.</source>
        <translation>Ще немає допусків. Завершення навчального майстер-класу надає допуск; ведучий майстер-класу теж може його надати.</translation>
    </message>
    <message>
        <source>A copy of everything the makerspace holds about this person, as a JSON file, for a request to see their data.</source>
        <translation>Копія всього, що мейкерспейс зберігає про цю людину, як файл JSON, на запит про доступ до її даних.</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Експортувати дані…</translation>
    </message>
    <message>
        <source>Export the participant’s data to a file</source>
        <translation>Експортувати дані учасника у файл</translation>
    </message>
    <message>
        <source>Erasing deletes their name, contact details, consents and photos for good. Bookings, attendance and certifications stay, anonymous, for the statistics. Their badge stops working.</source>
        <translation>Стирання назавжди видаляє ім’я, контакти, згоди та фото. Бронювання, відвідування й допуски залишаються, анонімно, для статистики. Бейдж перестає діяти.</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Стерти…</translation>
    </message>
    <message>
        <source>Erase the participant</source>
        <translation>Стерти учасника</translation>
    </message>
    <message>
        <source>The list cannot be shown</source>
        <translation>Не вдається показати список</translation>
    </message>
    <message>
        <source>No one matches “%1”</source>
        <translation>Ніхто не відповідає «%1»</translation>
    </message>
    <message>
        <source>Check the spelling or type less of the name; a phone number, e-mail or badge code works too. Not registered yet? Register them (Ctrl+N).</source>
        <translation>Перевірте написання або введіть менше імені; телефон, ел. пошта чи код бейджа теж підходять. Ще не зареєстровано? Зареєструйте (Ctrl+N).</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Немає збігів</translation>
    </message>
    <message>
        <source>1 participant matches</source>
        <translation>Відповідає 1 учасник</translation>
    </message>
    <message numerus="yes">
        <source>%n participants match</source>
        <translation>
            <numerusform>Відповідає %n учасник</numerusform>
            <numerusform>Відповідають %n учасники</numerusform>
            <numerusform>Відповідають %n учасників</numerusform>
        </translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 учасник</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n учасник</numerusform>
            <numerusform>%n учасники</numerusform>
            <numerusform>%n учасників</numerusform>
        </translation>
    </message>
    <message>
        <source>Participant number %1 (erased)</source>
        <translation>Учасник номер %1 (стертий)</translation>
    </message>
    <message>
        <source>Erased on %1: nothing personal about them is kept. If the person comes back, register them again as a new participant (Ctrl+N).</source>
        <translation>Стерто %1: нічого особистого не зберігається. Якщо людина повернеться, зареєструйте її знову як нового учасника (Ctrl+N).</translation>
    </message>
    <message>
        <source>Accessibility: %1</source>
        <translation>Доступність: %1</translation>
    </message>
    <message>
        <source>Badge %1</source>
        <translation>Бейдж %1</translation>
    </message>
    <message>
        <source>%1 years old</source>
        <translation>Вік: %1</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>вік %1</translation>
    </message>
    <message>
        <source>age not recorded</source>
        <translation>вік не записано</translation>
    </message>
    <message>
        <source>speaks %1</source>
        <translation>розмовляє: %1</translation>
    </message>
    <message>
        <source>guardian: %1</source>
        <translation>опікун: %1</translation>
    </message>
    <message>
        <source>no guardian on record</source>
        <translation>опікуна не записано</translation>
    </message>
    <message>
        <source>Imported from the CSV file: %1 new participant(s), %2 updated.</source>
        <translation>Імпортовано з файлу CSV: нових учасників — %1, оновлено — %2.</translation>
    </message>
    <message>
        <source>Exporting participants to %1…</source>
        <translation>Експорт учасників у %1…</translation>
    </message>
    <message>
        <source>Exported 1 participant to %2.</source>
        <translation>1 учасника експортовано в %2.</translation>
    </message>
    <message>
        <source>Exported %1 participants to %2.</source>
        <translation>Учасників експортовано: %1, у %2.</translation>
    </message>
    <message>
        <source>No bookings today. New booking: Ctrl+B.</source>
        <translation>Сьогодні бронювань немає. Нове бронювання: Ctrl+B.</translation>
    </message>
    <message>
        <source>No bookings today.</source>
        <translation>Сьогодні бронювань немає.</translation>
    </message>
    <message>
        <source>Checked in: %1, %2.</source>
        <translation>Прихід: %1, %2.</translation>
    </message>
    <message>
        <source>Checked out: %1, %2.</source>
        <translation>Вихід: %1, %2.</translation>
    </message>
    <message>
        <source>Booked: %1, %2.</source>
        <translation>Заброньовано: %1, %2.</translation>
    </message>
    <message>
        <source>Given by %1 on %2</source>
        <translation>Надав(ла) %1, %2</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Відкликати…</translation>
    </message>
    <message>
        <source>Withdraw consent: %1</source>
        <translation>Відкликати згоду: %1</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>Відкликано %1</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Не вказано</translation>
    </message>
    <message>
        <source>Consent recorded: %1, given by %2.</source>
        <translation>Згоду записано: %1, надав(ла) %2.</translation>
    </message>
    <message>
        <source>Withdraw photo consent for %1?</source>
        <translation>Відкликати згоду на фото для %1?</translation>
    </message>
    <message>
        <source>Their own photo and %1 project photo(s) showing them will be deleted for good.</source>
        <translation>Власне фото людини та фото проєктів, на яких вона є (%1), буде видалено назавжди.</translation>
    </message>
    <message>
        <source>Withdraw photo consent</source>
        <translation>Відкликати згоду на фото</translation>
    </message>
    <message>
        <source>Withdraw and delete photos</source>
        <translation>Відкликати й видалити фото</translation>
    </message>
    <message>
        <source>Consent withdrawn: %1.</source>
        <translation>Згоду відкликано: %1.</translation>
    </message>
    <message>
        <source>%1 project photo(s) deleted.</source>
        <translation>Видалено фото проєктів: %1.</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Відкликано %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Термін минув</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Чинний</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>Ще не чинний</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Ніколи</translation>
    </message>
    <message>
        <source>Certifications (%1)</source>
        <translation>Допуски (%1)</translation>
    </message>
    <message>
        <source>A badge code is given when you save. A date of birth or an age band is needed; under %1, a guardian too.</source>
        <translation>Код бейджа надається під час збереження. Потрібна дата народження або вікова група; до %1 — також опікун.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Нічого не змінено.</translation>
    </message>
    <message>
        <source>Registered %1. Badge code: %2.</source>
        <translation>Зареєстровано: %1. Код бейджа: %2.</translation>
    </message>
    <message>
        <source>Possible duplicate: %1 has the same name and date of birth. Check it is not the same person.</source>
        <translation>Можливий дублікат: %1 має те саме ім’я і дату народження. Перевірте, чи це не та сама людина.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Відкрити %1</translation>
    </message>
    <message>
        <source>Open the possible duplicate: %1</source>
        <translation>Відкрити можливий дублікат: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <source>the new participant</source>
        <translation>нового учасника</translation>
    </message>
    <message>
        <source>the details of %1</source>
        <translation>дані %1</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Зареєструвати</translation>
    </message>
    <message>
        <source>Register the new participant (Ctrl+S)</source>
        <translation>Зареєструвати нового учасника (Ctrl+S)</translation>
    </message>
    <message>
        <source>The file could not be written (%1). Choose another folder.</source>
        <translation>Не вдалося записати файл (%1). Виберіть іншу теку.</translation>
    </message>
    <message>
        <source>Everything held about %1 was saved to %2.</source>
        <translation>Усе, що зберігається про %1, збережено в %2.</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>Стерти %1 назавжди?</translation>
    </message>
    <message>
        <source>their name, contact details, date of birth and notes</source>
        <translation>ім’я, контакти, дату народження та нотатки</translation>
    </message>
    <message>
        <source>%1 consent record(s)</source>
        <translation>записи згоди: %1</translation>
    </message>
    <message>
        <source>%1 project photo(s) showing them</source>
        <translation>фото проєктів, на яких є людина: %1</translation>
    </message>
    <message>
        <source>%1 project membership(s)</source>
        <translation>участь у проєктах: %1</translation>
    </message>
    <message>
        <source>their photo</source>
        <translation>фото людини</translation>
    </message>
    <message>
        <source>Kept without their name, for the statistics: %1 booking(s), %2 attendance mark(s), %3 enrolment(s), %4 certification(s).</source>
        <translation>Залишаються без імені, для статистики: бронювання — %1, позначки відвідування — %2, записи на майстер-класи — %3, допуски — %4.</translation>
    </message>
    <message>
        <source>Deleted: %1.</source>
        <translation>Видалено: %1.</translation>
    </message>
    <message>
        <source>%1 minor participant(s) have them as guardian and will need another guardian.</source>
        <translation>Неповнолітні учасники, для яких ця людина — опікун (%1), потребуватимуть іншого опікуна.</translation>
    </message>
    <message>
        <source>Their badge stops working. This cannot be undone.</source>
        <translation>Бейдж перестане діяти. Цю дію не можна скасувати.</translation>
    </message>
    <message>
        <source>Erase participant</source>
        <translation>Стерти учасника</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Стерти назавжди</translation>
    </message>
    <message>
        <source>%1 was erased.</source>
        <translation>%1 стерто.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Preview of the pages to print</source>
        <translation>Попередній перегляд сторінок для друку</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>За шириною</translation>
    </message>
    <message>
        <source>Zoom: fit the page width</source>
        <translation>Масштаб: за шириною сторінки</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Уся сторінка</translation>
    </message>
    <message>
        <source>Zoom: show whole pages</source>
        <translation>Масштаб: показати сторінки повністю</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n сторінка</numerusform>
            <numerusform>%n сторінки</numerusform>
            <numerusform>%n сторінок</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to preview yet</source>
        <translation>Поки нічого переглядати</translation>
    </message>
    <message>
        <source>Sending pages to the printer…</source>
        <translation>Надсилання сторінок на принтер…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Друк</translation>
    </message>
    <message>
        <source>Printing progress</source>
        <translation>Перебіг друку</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <source>Add a photo to “%1”</source>
        <translation>Додати фото до «%1»</translation>
    </message>
    <message>
        <source>Before attaching a photo: tick everyone recognisable in it. Each of them must have current photo consent (given by them or their guardian); a photo showing someone without it is refused. If in doubt, choose a photo without faces.</source>
        <translation>Перед додаванням фото позначте всіх, кого на ньому можна впізнати. Кожен має мати чинну згоду на фото (від себе або опікуна); фото з людиною без згоди буде відхилено. Якщо сумніваєтеся, виберіть фото без облич.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Увага</translation>
    </message>
    <message>
        <source>The photo to attach: %1</source>
        <translation>Фото, яке буде додано: %1</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Підпис</translation>
    </message>
    <message>
        <source>For example “The finished lamp at the library&apos;s open day”</source>
        <translation>Наприклад «Готова лампа на дні відкритих дверей бібліотеки»</translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation>&amp;Підпис</translation>
    </message>
    <message>
        <source>&amp;Who is in the photo? (tick everyone recognisable)</source>
        <translation>&amp;Хто на фото? (позначте всіх, кого можна впізнати)</translation>
    </message>
    <message>
        <source>People in the photo</source>
        <translation>Люди на фото</translation>
    </message>
    <message>
        <source>Space ticks or unticks the highlighted person</source>
        <translation>Пробіл позначає або знімає позначку з виділеної людини</translation>
    </message>
    <message>
        <source>Someone else in the photo…</source>
        <translation>Ще хтось на фото…</translation>
    </message>
    <message>
        <source>Add someone who is not in the team but is in the photo</source>
        <translation>Додати людину, яка не в команді, але є на фото</translation>
    </message>
    <message>
        <source>I have checked the photo: everyone recognisable in it is ticked above.</source>
        <translation>Я перевірив фото: усіх, кого можна впізнати, позначено вище.</translation>
    </message>
    <message>
        <source>Attach photo</source>
        <translation>Додати фото</translation>
    </message>
    <message>
        <source>Attach the photo to the project</source>
        <translation>Додати фото до проєкту</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancel: attach nothing</source>
        <translation>Скасувати: нічого не додавати</translation>
    </message>
    <message>
        <source>Someone else in the photo</source>
        <translation>Ще хтось на фото</translation>
    </message>
    <message>
        <source>Who else is recognisable in the photo?</source>
        <translation>Кого ще можна впізнати на фото?</translation>
    </message>
    <message>
        <source>%1 — no photo consent: must not be in the photo</source>
        <translation>%1 — немає згоди на фото: не може бути на фото</translation>
    </message>
    <message>
        <source>%1 — photo consent given</source>
        <translation>%1 — згоду на фото надано</translation>
    </message>
    <message>
        <source>Tick the box above first: confirm that everyone recognisable in the photo is ticked.</source>
        <translation>Спершу позначте поле вище: підтвердьте, що всіх, кого можна впізнати на фото, позначено.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>The screen to list and edit them comes in a later version of the app.</source>
        <translation type="vanished">Екран для перегляду й редагування з’явиться в наступній версії програми.</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <source>CR80 card, one a page (card printers)</source>
        <translation>Картка CR80, одна на сторінку (принтери карток)</translation>
    </message>
    <message>
        <source>Avery 5395 sheet, 8 a page (US Letter)</source>
        <translation>Аркуш Avery 5395, 8 на сторінку (US Letter)</translation>
    </message>
    <message>
        <source>Avery L7418 sheet, 8 a page (A4)</source>
        <translation>Аркуш Avery L7418, 8 на сторінку (A4)</translation>
    </message>
    <message>
        <source>Badges and certificates: every one printed is recorded with its serial and verification code.</source>
        <translation>Бейджі та сертифікати: кожен надрукований записується із серійним номером і кодом перевірки.</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Що друкувати</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Бейджі</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Сертифікати</translation>
    </message>
    <message>
        <source>Issue and preview</source>
        <translation>Видати й переглянути</translation>
    </message>
    <message>
        <source>Issue and preview: record the batch and show its pages</source>
        <translation>Видати й переглянути: записати партію та показати її сторінки</translation>
    </message>
    <message>
        <source>Progress of the batch</source>
        <translation>Перебіг партії</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancel the batch: nothing is recorded</source>
        <translation>Скасувати партію: нічого не записується</translation>
    </message>
    <message>
        <source>Whose badges</source>
        <translation>Чиї бейджі</translation>
    </message>
    <message>
        <source>One participant</source>
        <translation>Один учасник</translation>
    </message>
    <message>
        <source>A selection of participants</source>
        <translation>Вибрані учасники</translation>
    </message>
    <message>
        <source>Everyone in a workshop</source>
        <translation>Усі учасники майстер-класу</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>Participants chosen for badges</source>
        <translation>Учасники, вибрані для бейджів</translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation>Додати учасника…</translation>
    </message>
    <message>
        <source>Add a participant by name or badge code</source>
        <translation>Додати учасника за іменем або кодом бейджа</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>Remove the highlighted participant</source>
        <translation>Прибрати виділеного учасника</translation>
    </message>
    <message>
        <source>Workshop whose participants get badges</source>
        <translation>Майстер-клас, учасники якого отримують бейджі</translation>
    </message>
    <message>
        <source>Badge layout</source>
        <translation>Макет бейджа</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Макет</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Майстер-клас</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Майстер-клас</translation>
    </message>
    <message>
        <source>Certificate design</source>
        <translation>Оформлення сертифіката</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Офіційне</translation>
    </message>
    <message>
        <source>Playful (for children)</source>
        <translation>Ігрове (для дітей)</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Оформлення</translation>
    </message>
    <message>
        <source>Also in the organisation&apos;s language (bilingual)</source>
        <translation>Також мовою організації (двомовний)</translation>
    </message>
    <message>
        <source>Who gets a certificate and who does not</source>
        <translation>Хто отримує сертифікат, а хто ні</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Друкувати…</translation>
    </message>
    <message>
        <source>Print the previewed pages</source>
        <translation>Надрукувати переглянуті сторінки</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Зберегти PDF…</translation>
    </message>
    <message>
        <source>Save the previewed pages as a PDF file</source>
        <translation>Зберегти переглянуті сторінки як файл PDF</translation>
    </message>
    <message>
        <source>Issued badges and certificates</source>
        <translation>Видані бейджі та сертифікати</translation>
    </message>
    <message>
        <source>Issued badges and certificates, latest first</source>
        <translation>Видані бейджі та сертифікати, новіші першими</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Серійний номер</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Учасник</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Видано</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ким</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Nothing issued yet. Badges and certificates you issue are listed here, to print again or revoke.</source>
        <translation>Ще нічого не видано. Видані бейджі та сертифікати з’являться тут, щоб надрукувати їх знову або відкликати.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Надрукувати знову</translation>
    </message>
    <message>
        <source>Print the selected badges or certificates again, same serials</source>
        <translation>Надрукувати знову вибрані бейджі або сертифікати з тими самими серійними номерами</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Відкликати…</translation>
    </message>
    <message>
        <source>Revoke the selected badge or certificate</source>
        <translation>Відкликати вибраний бейдж або сертифікат</translation>
    </message>
    <message>
        <source>Chec&amp;k a code</source>
        <translation>Перевірити &amp;код</translation>
    </message>
    <message>
        <source>Type or scan a verification code</source>
        <translation>Введіть або скануйте код перевірки</translation>
    </message>
    <message>
        <source>Verification code to check</source>
        <translation>Код перевірки</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Перевірити</translation>
    </message>
    <message>
        <source>Check the verification code</source>
        <translation>Перевірити код перевірки</translation>
    </message>
    <message>
        <source>✗ Not genuine: %1</source>
        <translation>✗ Не справжній: %1</translation>
    </message>
    <message>
        <source>certificate %1 for “%2”</source>
        <translation>сертифікат %1 за «%2»</translation>
    </message>
    <message>
        <source>badge %1</source>
        <translation>бейдж %1</translation>
    </message>
    <message>
        <source>✓ Genuine: %1, issued to %2.</source>
        <translation>✓ Справжній: %1, видано: %2.</translation>
    </message>
    <message>
        <source>✗ Revoked: %1, issued to %2 (%3).</source>
        <translation>✗ Відкликано: %1, видано: %2 (%3).</translation>
    </message>
    <message>
        <source>Certificates are issued by the workshop&apos;s leaders or a coordinator.</source>
        <translation>Сертифікати видають ведучі майстер-класу або координатор.</translation>
    </message>
    <message>
        <source>Only a coordinator can revoke badges and certificates.</source>
        <translation>Відкликати бейджі та сертифікати може лише координатор.</translation>
    </message>
    <message>
        <source>No workshops yet</source>
        <translation>Ще немає майстер-класів</translation>
    </message>
    <message>
        <source>Choose a workshop to see who has completed it.</source>
        <translation>Виберіть майстер-клас, щоб побачити, хто його завершив.</translation>
    </message>
    <message>
        <source>%1 completed it and get a certificate; %2 do not yet.</source>
        <translation>Завершили й отримують сертифікат: %1; ще ні: %2.</translation>
    </message>
    <message>
        <source>%1 — completed; already has a certificate: printed again with the same serial</source>
        <translation>%1 — завершено; сертифікат уже є: друкується знову з тим самим серійним номером</translation>
    </message>
    <message>
        <source>%1 — completed: gets a certificate</source>
        <translation>%1 — завершено: отримує сертифікат</translation>
    </message>
    <message>
        <source>%1 — no certificate: %2</source>
        <translation>%1 — без сертифіката: %2</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертифікат</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Бейдж</translation>
    </message>
    <message>
        <source>Revoked: %1</source>
        <translation>Відкликано: %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Чинний</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>командний рядок</translation>
    </message>
    <message>
        <source>Badge for…</source>
        <translation>Бейдж для…</translation>
    </message>
    <message>
        <source>Type part of a name or scan a badge.</source>
        <translation>Введіть частину імені або скануйте бейдж.</translation>
    </message>
    <message>
        <source>Add the participant whose badge to print (Add participant…).</source>
        <translation>Додайте учасника, чий бейдж треба надрукувати (Додати учасника…).</translation>
    </message>
    <message>
        <source>Choose a workshop first.</source>
        <translation>Спершу виберіть майстер-клас.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was recorded.</source>
        <translation>Скасовано: нічого не записано.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>The pages were recorded but cannot be shown. Save them as a PDF instead.</source>
        <translation>Сторінки записано, але їх не вдається показати. Збережіть їх як PDF.</translation>
    </message>
    <message>
        <source>%1 certificate(s): %2 new, %3 printed again.</source>
        <translation>Сертифікатів: %1 (нових — %2, надруковано знову — %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) did not complete it (listed on the left).</source>
        <translation>
            <numerusform>%n учасник не завершив (у списку ліворуч).</numerusform>
            <numerusform>%n учасники не завершили (у списку ліворуч).</numerusform>
            <numerusform>%n учасників не завершили (у списку ліворуч).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) recorded.</source>
        <translation>
            <numerusform>Записано %n бейдж.</numerusform>
            <numerusform>Записано %n бейджі.</numerusform>
            <numerusform>Записано %n бейджів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded. Check the preview, then print or save the pages.</source>
        <translation>Записано. Перевірте попередній перегляд, потім надрукуйте або збережіть сторінки.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Надіслано на принтер.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Друк скасовано.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Зберегти PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Choose another folder.</source>
        <translation>Не вдається записати %1 (%2). Виберіть іншу теку.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 збережено.</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>Відкликати %1</translation>
    </message>
    <message>
        <source>Why is it revoked? The reason is kept with the record.</source>
        <translation>Чому його відкликано? Причина зберігається разом із записом.</translation>
    </message>
    <message>
        <source>Revoke %1?</source>
        <translation>Відкликати %1?</translation>
    </message>
    <message>
        <source>Revoke %1, issued to %2?</source>
        <translation>Відкликати %1, виданий для %2?</translation>
    </message>
    <message>
        <source>It will be reported as revoked to anyone who checks its code. This cannot be undone.</source>
        <translation>Кожен, хто перевірятиме його код, побачить, що його відкликано. Цю дію не можна скасувати.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Відкликати</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Залишити</translation>
    </message>
    <message>
        <source>%1 was revoked.</source>
        <translation>%1 відкликано.</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Новий проєкт</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Редагувати «%1»</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>For example “Solar-powered lamp”</source>
        <translation>Наприклад «Лампа на сонячній батареї»</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Made in the workshop</source>
        <translation>Зроблено на майстер-класі</translation>
    </message>
    <message>
        <source>The story</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>What it is, how the team made it, what they learned</source>
        <translation>Що це, як команда це зробила, чого навчилася</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Матеріали</translation>
    </message>
    <message>
        <source>For example: 3 mm plywood, 2 LEDs, a small solar panel</source>
        <translation>Наприклад: фанера 3 мм, 2 світлодіоди, невелика сонячна панель</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Delete removes the highlighted person</source>
        <translation>Delete прибирає виділену людину</translation>
    </message>
    <message>
        <source>Add to the team…</source>
        <translation>Додати до команди…</translation>
    </message>
    <message>
        <source>Add a participant to the team: search by name or badge</source>
        <translation>Додати учасника до команди: пошук за іменем або бейджем</translation>
    </message>
    <message>
        <source>Remove from the team</source>
        <translation>Прибрати з команди</translation>
    </message>
    <message>
        <source>Remove the highlighted person from the team</source>
        <translation>Прибрати виділену людину з команди</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>С&amp;тан</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Майстер-клас</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>&amp;Команда</translation>
    </message>
    <message>
        <source>The &amp;story</source>
        <translation>&amp;Історія</translation>
    </message>
    <message>
        <source>&amp;Materials</source>
        <translation>Ма&amp;теріали</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Save the project (Ctrl+S)</source>
        <translation>Зберегти проєкт (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancel: change nothing</source>
        <translation>Скасувати: нічого не змінювати</translation>
    </message>
    <message>
        <source>Not made in a workshop</source>
        <translation>Зроблено не на майстер-класі</translation>
    </message>
    <message>
        <source>Add to the team</source>
        <translation>Додати до команди</translation>
    </message>
    <message>
        <source>Who made it? Type part of a name or scan their badge.</source>
        <translation>Хто це зробив? Введіть частину імені або скануйте бейдж.</translation>
    </message>
</context>
<context>
    <name>ProjectPageView</name>
    <message>
        <source>Project page</source>
        <translation>Сторінка проєкту</translation>
    </message>
    <message>
        <source>Photo of the project</source>
        <translation>Фото проєкту</translation>
    </message>
    <message>
        <source>Photos: choose one to see it large</source>
        <translation>Фото: виберіть одне, щоб побачити великим</translation>
    </message>
    <message>
        <source>No photos yet. Add one: everyone shown in it needs photo consent.</source>
        <translation>Ще немає фото. Додайте: усі, хто є на фото, мають дати згоду на фото.</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>Додати фото…</translation>
    </message>
    <message>
        <source>Add a photo of the project</source>
        <translation>Додати фото проєкту</translation>
    </message>
    <message>
        <source>Remove photo…</source>
        <translation>Прибрати фото…</translation>
    </message>
    <message>
        <source>Remove the photo shown</source>
        <translation>Прибрати показане фото</translation>
    </message>
    <message>
        <source>Edit… (Ctrl+E)</source>
        <translation>Редагувати… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Edit the project: title, story, team, status, workshop (Ctrl+E)</source>
        <translation>Редагувати проєкт: назва, історія, команда, стан, майстер-клас (Ctrl+E)</translation>
    </message>
    <message>
        <source>Remove project…</source>
        <translation>Прибрати проєкт…</translation>
    </message>
    <message>
        <source>Remove the project with its photos and files</source>
        <translation>Прибрати проєкт разом із фото й файлами</translation>
    </message>
    <message>
        <source>The story</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Матеріали</translation>
    </message>
    <message>
        <source>Equipment used</source>
        <translation>Використане обладнання</translation>
    </message>
    <message>
        <source>Equipment used, with the booking it was made in</source>
        <translation>Використане обладнання з бронюванням, під час якого його використали</translation>
    </message>
    <message>
        <source>No equipment recorded yet. Choose it from the team&apos;s bookings.</source>
        <translation>Обладнання ще не записано. Виберіть його з бронювань команди.</translation>
    </message>
    <message>
        <source>Add equipment used…</source>
        <translation>Додати використане обладнання…</translation>
    </message>
    <message>
        <source>Add equipment used, chosen from the team&apos;s bookings</source>
        <translation>Додати використане обладнання, вибране з бронювань команди</translation>
    </message>
    <message>
        <source>Show the booking</source>
        <translation>Показати бронювання</translation>
    </message>
    <message>
        <source>Show the highlighted equipment&apos;s booking in Bookings</source>
        <translation>Показати бронювання виділеного обладнання в розділі «Бронювання»</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Прибрати зі списку</translation>
    </message>
    <message>
        <source>Remove the highlighted equipment from the list</source>
        <translation>Прибрати виділене обладнання зі списку</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файли</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Додані файли</translation>
    </message>
    <message>
        <source>No files yet: attach a design, a write-up or code.</source>
        <translation>Ще немає файлів: додайте креслення, опис або код.</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Додати файл…</translation>
    </message>
    <message>
        <source>Attach a file to the project</source>
        <translation>Додати файл до проєкту</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Open the highlighted file</source>
        <translation>Відкрити виділений файл</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Зберегти як…</translation>
    </message>
    <message>
        <source>Save a copy of the highlighted file</source>
        <translation>Зберегти копію виділеного файлу</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Прибрати…</translation>
    </message>
    <message>
        <source>Remove the highlighted file</source>
        <translation>Прибрати виділений файл</translation>
    </message>
    <message>
        <source>Made by %1</source>
        <translation>Зробили: %1</translation>
    </message>
    <message>
        <source>From the workshop “%1” →</source>
        <translation>З майстер-класу «%1» →</translation>
    </message>
    <message>
        <source>Open the workshop %1</source>
        <translation>Відкрити майстер-клас %1</translation>
    </message>
    <message>
        <source>Started %1 · last change %2</source>
        <translation>Розпочато %1 · остання зміна %2</translation>
    </message>
    <message>
        <source>No story written yet.</source>
        <translation>Історію ще не написано.</translation>
    </message>
    <message>
        <source>None listed.</source>
        <translation>Нічого не вказано.</translation>
    </message>
    <message>
        <source>Photo added %1</source>
        <translation>Фото додано %1</translation>
    </message>
    <message>
        <source>In the photo: %1</source>
        <translation>На фото: %1</translation>
    </message>
    <message>
        <source>Nobody recognisable in the photo.</source>
        <translation>На фото нікого не можна впізнати.</translation>
    </message>
    <message>
        <source>booking of %1 for %2</source>
        <translation>бронювання %1 для %2</translation>
    </message>
    <message>
        <source>no booking recorded</source>
        <translation>бронювання не записано</translation>
    </message>
    <message>
        <source>%1 · %2 · added %3</source>
        <translation>%1 · %2 · додано %3</translation>
    </message>
</context>
<context>
    <name>ProjectPhoto</name>
    <message>
        <source>“%1” is %2; a photo can be at most %3. Make it smaller (most photo programs can export a smaller copy) and try again.</source>
        <translation>«%1» має %2; фото може мати щонайбільше %3. Зменште його (більшість фотопрограм можуть експортувати меншу копію) і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>“%1” cannot be read (%2). Choose another file.</source>
        <translation>«%1» не вдається прочитати (%2). Виберіть інший файл.</translation>
    </message>
    <message>
        <source>“%1” is not a photo the app can read. Choose a PNG, JPEG, GIF or WebP image.</source>
        <translation>«%1» — не фото, яке може прочитати програма. Виберіть зображення PNG, JPEG, GIF або WebP.</translation>
    </message>
</context>
<context>
    <name>Projects</name>
    <message>
        <source>No team yet</source>
        <translation>Ще немає команди</translation>
    </message>
    <message>
        <source>from the workshop %1</source>
        <translation>з майстер-класу %1</translation>
    </message>
    <message>
        <source>photos: %1</source>
        <translation>фото: %1</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>ідея</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>у роботі</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>exhibited</source>
        <translation>на виставці</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>No projects yet — create one (Ctrl+N)</source>
        <translation>Ще немає проєктів — створіть (Ctrl+N)</translation>
    </message>
    <message>
        <source>A project is something participants made, with its story: the team, the photos, the materials, the equipment they used and their files. Create one, then add its photos.</source>
        <translation>Проєкт — це те, що зробили учасники, з історією: команда, фото, матеріали, використане обладнання та файли. Створіть проєкт, потім додайте фото.</translation>
    </message>
    <message>
        <source>New project (Ctrl+N)</source>
        <translation>Новий проєкт (Ctrl+N)</translation>
    </message>
    <message>
        <source>Create a new project (Ctrl+N)</source>
        <translation>Створити новий проєкт (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search projects by title or story</source>
        <translation>Шукати проєкти за назвою або історією</translation>
    </message>
    <message>
        <source>Show projects with status</source>
        <translation>Показати проєкти зі станом</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Будь-який стан</translation>
    </message>
    <message>
        <source>Show projects from the workshop</source>
        <translation>Показати проєкти майстер-класу</translation>
    </message>
    <message>
        <source>Any workshop</source>
        <translation>Будь-який майстер-клас</translation>
    </message>
    <message>
        <source>Anyone…</source>
        <translation>Будь-хто…</translation>
    </message>
    <message>
        <source>Show the projects of one participant</source>
        <translation>Показати проєкти одного учасника</translation>
    </message>
    <message>
        <source>Show the projects of anyone again</source>
        <translation>Знову показати проєкти всіх</translation>
    </message>
    <message>
        <source>&amp;Made by</source>
        <translation>&amp;Зробили</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проєкти</translation>
    </message>
    <message>
        <source>Enter opens the highlighted project</source>
        <translation>Enter відкриває виділений проєкт</translation>
    </message>
    <message>
        <source>← All projects (Esc)</source>
        <translation>← Усі проєкти (Esc)</translation>
    </message>
    <message>
        <source>Back to all projects (Escape)</source>
        <translation>Назад до всіх проєктів (Escape)</translation>
    </message>
    <message>
        <source>Showing the %1 most recently changed projects. Search or filter to find the others.</source>
        <translation>Показано %1 нещодавно змінених проєктів. Скористайтеся пошуком або фільтрами, щоб знайти інші.</translation>
    </message>
    <message>
        <source>Projects shown: %1</source>
        <translation>Показано проєктів: %1</translation>
    </message>
    <message>
        <source>No project matches. Clear the search or choose “Any” in the filters.</source>
        <translation>Жоден проєкт не відповідає. Очистьте пошук або виберіть «Будь-який» у фільтрах.</translation>
    </message>
    <message>
        <source>Projects made by</source>
        <translation>Проєкти, які зробив</translation>
    </message>
    <message>
        <source>Whose projects? Type part of a name or scan their badge.</source>
        <translation>Чиї проєкти? Введіть частину імені або скануйте бейдж.</translation>
    </message>
    <message>
        <source>Showing the projects of %1; choose someone else</source>
        <translation>Показано проєкти: %1; виберіть когось іншого</translation>
    </message>
    <message>
        <source>“%1” is saved. Add its photos and files next.</source>
        <translation>«%1» збережено. Тепер додайте фото й файли.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <source>Remove the project?</source>
        <translation>Прибрати проєкт?</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>Прибрати «%1»?</translation>
    </message>
    <message>
        <source>Its %1 photos, %2 files and the list of equipment used are removed too. The team&apos;s bookings stay.</source>
        <translation>Фото (%1), файли (%2) і список використаного обладнання теж буде прибрано. Бронювання команди залишаються.</translation>
    </message>
    <message>
        <source>Remove the project</source>
        <translation>Прибрати проєкт</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Залишити</translation>
    </message>
    <message>
        <source>Keep the project</source>
        <translation>Залишити проєкт</translation>
    </message>
    <message>
        <source>“%1” is removed.</source>
        <translation>«%1» прибрано.</translation>
    </message>
    <message>
        <source>Choose a photo of the project</source>
        <translation>Вибрати фото проєкту</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Фото (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>The photo is attached.</source>
        <translation>Фото додано.</translation>
    </message>
    <message>
        <source>Remove the photo?</source>
        <translation>Прибрати фото?</translation>
    </message>
    <message>
        <source>Remove the photo shown?</source>
        <translation>Прибрати показане фото?</translation>
    </message>
    <message>
        <source>It is deleted from the makerspace&apos;s records.</source>
        <translation>Його буде видалено із записів мейкерспейсу.</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>Прибрати фото</translation>
    </message>
    <message>
        <source>Keep the photo</source>
        <translation>Залишити фото</translation>
    </message>
    <message>
        <source>The photo is removed.</source>
        <translation>Фото прибрано.</translation>
    </message>
    <message>
        <source>Choose a file to attach</source>
        <translation>Вибрати файл для додавання</translation>
    </message>
    <message>
        <source>“%1” is %2; a project file can be at most %3. Compress it or split it, or link to it in the story instead.</source>
        <translation>«%1» має розмір %2; файл проєкту може бути щонайбільше %3. Стисніть або розділіть його, або додайте посилання в історії.</translation>
    </message>
    <message>
        <source>“%1” cannot be read (%2). Choose another file.</source>
        <translation>«%1» не вдається прочитати (%2). Виберіть інший файл.</translation>
    </message>
    <message>
        <source>“%1” is attached (%2).</source>
        <translation>«%1» додано (%2).</translation>
    </message>
    <message>
        <source>Save a copy of “%1”</source>
        <translation>Зберегти копію «%1»</translation>
    </message>
    <message>
        <source>The copy could not be written to %1 (%2). Choose another folder.</source>
        <translation>Не вдалося записати копію в %1 (%2). Виберіть іншу теку.</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Копію збережено як %1.</translation>
    </message>
    <message>
        <source>The file could not be opened (%1). Use “Save as…” instead.</source>
        <translation>Не вдалося відкрити файл (%1). Скористайтеся «Зберегти як…».</translation>
    </message>
    <message>
        <source>No program on this computer opens “%1”. Use “Save as…” and open it from there.</source>
        <translation>Жодна програма на цьому комп’ютері не відкриває «%1». Скористайтеся «Зберегти як…» і відкрийте його звідти.</translation>
    </message>
    <message>
        <source>Remove the file?</source>
        <translation>Прибрати файл?</translation>
    </message>
    <message>
        <source>It is deleted from the project; save a copy first if you need it.</source>
        <translation>Його буде видалено з проєкту; спершу збережіть копію, якщо вона потрібна.</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Прибрати файл</translation>
    </message>
    <message>
        <source>Keep the file</source>
        <translation>Залишити файл</translation>
    </message>
    <message>
        <source>The file is removed.</source>
        <translation>Файл прибрано.</translation>
    </message>
    <message>
        <source>%1 is listed as used.</source>
        <translation>%1 позначено як використане.</translation>
    </message>
    <message>
        <source>Removed from the list of equipment used.</source>
        <translation>Прибрано зі списку використаного обладнання.</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>ProjectPhoto</source>
        <comment>“%1” is %2; a photo can be at most %3. Make it smaller (most photo programs can export a smaller copy) and try again.</comment>
        <translation type="vanished">Фото проєкту</translation>
    </message>
</context>
<context>
    <name>RecurringBookingDialog</name>
    <message>
        <source>Recurring booking</source>
        <translation>Повторюване бронювання</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Повторювати</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Щотижня</translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation>Раз на два тижні</translation>
    </message>
    <message>
        <source> times</source>
        <translation> разів</translation>
    </message>
    <message>
        <source>How many times</source>
        <translation>Скільки разів</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Повторювати</translation>
    </message>
    <message>
        <source>Ti&amp;mes</source>
        <translation>&amp;Разів</translation>
    </message>
    <message>
        <source>The occurrences of the series</source>
        <translation>Дати серії</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Can it be booked?</source>
        <translation>Чи можна забронювати?</translation>
    </message>
    <message>
        <source>Occurrence columns</source>
        <translation>Стовпці дат</translation>
    </message>
    <message>
        <source>List the dates</source>
        <translation>Показати дати</translation>
    </message>
    <message>
        <source>List the dates and whether each can be booked (Enter); nothing is saved yet</source>
        <translation>Показати дати й чи можна забронювати кожну (Enter); поки нічого не зберігається</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancel, book nothing (Escape)</source>
        <translation>Скасувати, нічого не бронювати (Escape)</translation>
    </message>
    <message>
        <source>Choose the participant first: type their name or scan their badge.</source>
        <translation>Спершу виберіть учасника: введіть ім’я або скануйте бейдж.</translation>
    </message>
    <message>
        <source>“%1” is not one of the items. Choose an item from the list.</source>
        <translation>«%1» — не з переліку обладнання. Виберіть обладнання зі списку.</translation>
    </message>
    <message>
        <source>Conflict, skipped: %1</source>
        <translation>Конфлікт, пропущено: %1</translation>
    </message>
    <message>
        <source>Free, will be booked</source>
        <translation>Вільно, буде заброньовано</translation>
    </message>
    <message>
        <source>All %1 dates are free. Nothing is booked until you press Book.</source>
        <translation>Усі %1 дат вільні. Нічого не бронюється, доки ви не натиснете «Забронювати».</translation>
    </message>
    <message>
        <source>Book all %1</source>
        <translation>Забронювати всі (%1)</translation>
    </message>
    <message>
        <source>Book all %1 dates (Enter)</source>
        <translation>Забронювати всі дати (%1) (Enter)</translation>
    </message>
    <message>
        <source>None of the %1 dates can be booked; the reasons are listed. Change the item, the day or the times, or drop the series.</source>
        <translation>Жодну з дат (%1) не можна забронювати; причини наведено. Змініть обладнання, день або час, або відмовтеся від серії.</translation>
    </message>
    <message>
        <source>Nothing to book</source>
        <translation>Нічого бронювати</translation>
    </message>
    <message>
        <source>Nothing to book: every date has a conflict</source>
        <translation>Нічого бронювати: кожна дата має конфлікт</translation>
    </message>
    <message>
        <source>%1 of the %2 dates cannot be booked (reasons listed). Book the %3 free ones and skip the conflicts, or drop the series.</source>
        <translation>%1 з %2 дат не можна забронювати (причини наведено). Забронюйте вільні (%3) і пропустіть конфлікти, або відмовтеся від серії.</translation>
    </message>
    <message>
        <source>Book %1, skip %2</source>
        <translation>Забронювати %1, пропустити %2</translation>
    </message>
    <message>
        <source>Book the %1 free dates and skip the %2 with conflicts (Enter)</source>
        <translation>Забронювати вільні дати (%1) і пропустити конфліктні (%2) (Enter)</translation>
    </message>
    <message>
        <source>Drop the series</source>
        <translation>Відмовитися від серії</translation>
    </message>
    <message>
        <source>Drop the series, book nothing (Escape)</source>
        <translation>Відмовитися від серії, нічого не бронювати (Escape)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>time zone</source>
        <translation>часовий пояс</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовий пояс</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Ключові показники</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показник</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>How these figures are counted</source>
        <translation>Як рахуються ці числа</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>День тижня</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>Booked hours:</source>
        <translation>Заброньовані години:</translation>
    </message>
    <message>
        <source>No equipment was registered by the end of the period.</source>
        <translation>На кінець періоду не було зареєстровано обладнання.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категорії</translation>
    </message>
    <message>
        <source>Booked hours in each local hour of the day, over the whole period. Darker cells are busier; every cell shows its hours.</source>
        <translation>Заброньовані години в кожну місцеву годину доби за весь період. Темніші клітинки — завантаженіші; кожна клітинка показує свої години.</translation>
    </message>
    <message>
        <source>No item was booked in the period.</source>
        <translation>За період не було заброньовано жодного обладнання.</translation>
    </message>
    <message>
        <source>Every item was booked at least once in the period.</source>
        <translation>Усе обладнання за період було заброньоване принаймні раз.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>No workshop had a session in the period.</source>
        <translation>За період жоден майстер-клас не мав занять.</translation>
    </message>
    <message>
        <source>To protect privacy, any figure from 1 to 4 is shown as “&lt;5”, so that no one can be singled out.</source>
        <translation>Для захисту приватності будь-яке число від 1 до 4 показано як «&lt;5», щоб нікого не можна було виокремити.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Сторінка {page} з {pages}</translation>
    </message>
    <message>
        <source>Equipment and opening hours</source>
        <extracomment>Bookings that held the item (its time was reserved and not given back). Bookings the participant came for. What a reach figure from 1 to 4 is shown as.</extracomment>
        <translation>Обладнання та години роботи</translation>
    </message>
    <message>
        <source>Booked hours per item</source>
        <translation>Заброньовані години за обладнанням</translation>
    </message>
    <message>
        <source>Booked hours by weekday and hour</source>
        <translation>Заброньовані години за днем тижня й годиною</translation>
    </message>
    <message>
        <source>Sessions, enrolments and attendance</source>
        <translation>Заняття, записи й відвідування</translation>
    </message>
    <message>
        <source>Participants reached and their ages</source>
        <translation>Охоплені учасники та їхній вік</translation>
    </message>
    <message>
        <source>Languages and accessibility needs</source>
        <translation>Мови й потреби доступності</translation>
    </message>
    <message>
        <source>Totals and rankings</source>
        <translation>Підсумки й рейтинги</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>пн</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>вт</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ср</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>чт</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>пт</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>сб</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>нд</translation>
    </message>
    <message>
        <source>Under 12</source>
        <translation>До 12</translation>
    </message>
    <message>
        <source>12 to 17</source>
        <translation>Від 12 до 17</translation>
    </message>
    <message>
        <source>18 to 25</source>
        <translation>Від 18 до 25</translation>
    </message>
    <message>
        <source>26 to 64</source>
        <translation>Від 26 до 64</translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation>65 і більше</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Нічого не записано</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Доступне</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Не працює</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Списано</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation>Доступ для візка</translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation>Індукційна петля</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Великий шрифт</translation>
    </message>
    <message>
        <source>Quiet space</source>
        <translation>Тихе місце</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Перекладач</translation>
    </message>
    <message>
        <source>Equipment usage</source>
        <translation>Використання обладнання</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Майстер-класи</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Охоплення</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Обладнання</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>Інвентарний номер</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Філія</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Бронювання</translation>
    </message>
    <message>
        <source>Booked hours</source>
        <translation>Заброньовані години</translation>
    </message>
    <message>
        <source>Open hours</source>
        <translation>Години роботи</translation>
    </message>
    <message>
        <source>Utilisation (%)</source>
        <translation>Завантаженість (%)</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Неявки</translation>
    </message>
    <message>
        <source>Booked hours by category</source>
        <translation>Заброньовані години за категорією</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Обладнання</translation>
    </message>
    <message>
        <source>No-show rate (%)</source>
        <translation>Частка неявок (%)</translation>
    </message>
    <message>
        <source>Busiest items</source>
        <translation>Найзатребуваніше обладнання</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Idle items (no booked hour)</source>
        <translation>Обладнання без використання (жодної заброньованої години)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Усе обладнання</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Завантаженість</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Частка неявок</translation>
    </message>
    <message>
        <source>Idle items</source>
        <translation>Обладнання без використання</translation>
    </message>
    <message>
        <source>Booked hours by weekday and hour of day</source>
        <translation>Заброньовані години за днем тижня й годиною доби</translation>
    </message>
    <message>
        <source>Booked hours count bookings that held the item (booked, checked in or completed), clipped to the period; cancelled bookings and no-shows are not counted.</source>
        <translation>Заброньовані години враховують бронювання, що займали обладнання (заброньовані, з відміченим приходом або завершені), у межах періоду; скасовані бронювання й неявки не враховуються.</translation>
    </message>
    <message>
        <source>Open hours are the opening hours of each item&apos;s site on the days of the period, less closure days, from the day the item was registered. Utilisation is booked hours divided by open hours.</source>
        <translation>Години роботи — це години роботи філії кожного обладнання в дні періоду, без днів, коли зачинено, від дня реєстрації обладнання. Завантаженість — заброньовані години, поділені на години роботи.</translation>
    </message>
    <message>
        <source>Bookings and no-shows are counted by the day they start. The no-show rate is no-shows divided by no-shows plus bookings checked in or completed.</source>
        <translation>Бронювання й неявки рахуються за днем початку. Частка неявок — неявки, поділені на суму неявок і бронювань із відміченим приходом або завершених.</translation>
    </message>
    <message>
        <source>The heat map splits each booking across the hours it covers, in local time.</source>
        <translation>Теплова карта розподіляє кожне бронювання між годинами, які воно охоплює, за місцевим часом.</translation>
    </message>
    <message>
        <source>Items are listed if they were registered before the period ended. Idle items have no booked hour in the period; their status is today&apos;s (a retired item may have been retired before the period).</source>
        <translation>Обладнання показано, якщо його зареєстровано до кінця періоду. Обладнання без використання не має заброньованих годин у періоді; його стан — сьогоднішній (списане обладнання могли списати й до періоду).</translation>
    </message>
    <message>
        <source>Workshops with sessions in the period</source>
        <translation>Майстер-класи із заняттями в періоді</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Майстер-клас</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>Перше заняття</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Проведено занять</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Записаний</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>У списку очікування</translation>
    </message>
    <message>
        <source>Attendance marks</source>
        <translation>Позначки відвідування</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Без запису</translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation>Рівень відвідування (%)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Completion rate (%)</source>
        <translation>Рівень завершення (%)</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Рівень відвідування</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Рівень завершення</translation>
    </message>
    <message>
        <source>Workshops with at least one session starting in the period. Sessions held are the sessions in the period that were not cancelled and had started when the report was made.</source>
        <translation>Майстер-класи щонайменше з одним заняттям, що починається в періоді. Проведені заняття — заняття періоду, які не скасовано й які почалися на момент створення звіту.</translation>
    </message>
    <message>
        <source>Enrolled, waitlisted and completed count the workshop&apos;s current enrolments; withdrawn participants are not counted. The completion rate is completed divided by enrolled, for workshops whose last session is over (“–” while one is still running); the total rate covers those workshops only.</source>
        <translation>Записані, у списку очікування й ті, хто завершив, рахуються за поточними записами майстер-класу; виписаних учасників не враховано. Рівень завершення — кількість тих, хто завершив, поділена на записаних, для майстер-класів, чиє останнє заняття минуло («–», поки триває); загальний рівень охоплює лише ці майстер-класи.</translation>
    </message>
    <message>
        <source>Attendance marks include walk-ins. The attendance rate is the marks of enrolled participants divided by enrolled times sessions held.</source>
        <translation>Позначки відвідування включають тих, хто прийшов без запису. Рівень відвідування — позначки записаних учасників, поділені на кількість записаних, помножену на проведені заняття.</translation>
    </message>
    <message>
        <source>Participants reached</source>
        <translation>Охоплені учасники</translation>
    </message>
    <message>
        <source>Used equipment</source>
        <translation>Користувалися обладнанням</translation>
    </message>
    <message>
        <source>Attended workshops</source>
        <translation>Відвідали майстер-класи</translation>
    </message>
    <message>
        <source>New participants</source>
        <translation>Нові учасники</translation>
    </message>
    <message>
        <source>Participants reached by age band</source>
        <translation>Охоплені учасники за віковою групою</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Вікова група</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Participants reached by language spoken</source>
        <translation>Охоплені учасники за мовою</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Participants reached by accessibility need</source>
        <translation>Охоплені учасники за потребою доступності</translation>
    </message>
    <message>
        <source>Accessibility need</source>
        <translation>Потреба доступності</translation>
    </message>
    <message>
        <source>Participants reached used a booking (checked in or completed) or were marked present at a workshop session, starting in the period. Each person counts once.</source>
        <translation>Охоплені учасники скористалися бронюванням (з відміченим приходом або завершеним) або були відмічені присутніми на занятті майстер-класу, що почалося в періоді. Кожна людина рахується один раз.</translation>
    </message>
    <message>
        <source>New participants registered in the period, whether or not they came.</source>
        <translation>Нові учасники, зареєстровані в періоді, незалежно від того, чи приходили вони.</translation>
    </message>
    <message>
        <source>Age bands are on the last day of the period. Languages and accessibility needs are as recorded; a person counts once under each they have.</source>
        <translation>Вікові групи — станом на останній день періоду. Мови й потреби доступності — як записано; людина рахується один раз у кожній своїй.</translation>
    </message>
    <message>
        <source>To protect privacy, any figure from 1 to 4 is shown as “&lt;5”.</source>
        <translation>Для захисту приватності будь-яке число від 1 до 4 показано як «&lt;5».</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Equipment use</source>
        <extracomment>The reports, in the order offered, with the words naming them.</extracomment>
        <translation>Використання обладнання</translation>
    </message>
    <message>
        <source>Workshop attendance and completion</source>
        <translation>Відвідування й завершення майстер-класів</translation>
    </message>
    <message>
        <source>Reach: who the makerspace served</source>
        <translation>Охоплення: кого обслужив мейкерспейс</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Цей місяць</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Минулий місяць</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Цей рік</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Минулий рік</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Понеділок</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Вівторок</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Середа</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Четвер</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>П’ятниця</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Субота</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Неділя</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Зберегти звіт як PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Зберегти звіт як CSV</translation>
    </message>
    <message>
        <source>CSV files for spreadsheets (*.csv)</source>
        <translation>Файли CSV для таблиць (*.csv)</translation>
    </message>
    <message>
        <source>Equipment use, workshop attendance and completion, and the people reached, for any period: for your team, your funders and your annual report.</source>
        <translation>Використання обладнання, відвідування й завершення майстер-класів та охоплені люди за будь-який період: для вашої команди, грантодавців і річного звіту.</translation>
    </message>
    <message>
        <source>Reports are for coordinators</source>
        <translation>Звіти — для координаторів</translation>
    </message>
    <message>
        <source>No report made yet</source>
        <translation>Ще не створено жодного звіту</translation>
    </message>
    <message>
        <source>Choose a report and a period, then Make report (Enter). Or pick one of the quick choices: this month, last month, this year, last year.</source>
        <translation>Виберіть звіт і період, потім «Створити звіт» (Enter). Або виберіть один зі швидких варіантів: цей місяць, минулий місяць, цей рік, минулий рік.</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Звіт</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Звіт</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;З</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Перший день періоду</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;До</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Останній день періоду</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>Створити звіт</translation>
    </message>
    <message>
        <source>Make the report for the chosen period</source>
        <translation>Створити звіт за вибраний період</translation>
    </message>
    <message>
        <source>Quick choice:</source>
        <translation>Швидкий вибір:</translation>
    </message>
    <message>
        <source>Make the report for {period}</source>
        <translation>Створити звіт за {period}</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Зберегти як PDF…</translation>
    </message>
    <message>
        <source>Save the shown report as a PDF file</source>
        <translation>Зберегти показаний звіт як файл PDF</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Зберегти як CSV…</translation>
    </message>
    <message>
        <source>Save the shown report as a CSV file for spreadsheets</source>
        <translation>Зберегти показаний звіт як файл CSV для таблиць</translation>
    </message>
    <message>
        <source>Progress of the report</source>
        <translation>Перебіг створення звіту</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Stop making the report</source>
        <translation>Зупинити створення звіту</translation>
    </message>
    <message>
        <source>Reports show figures about every participant, so only coordinators and admins make them.</source>
        <translation>Звіти показують дані про всіх учасників, тому їх створюють лише координатори й адміністратори.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Створення звіту…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Зупинено.</translation>
    </message>
    <message>
        <source>{first} to {last} ({days} days, time zone {zone}). Made at {time}.</source>
        <translation>З {first} до {last} ({days} дн., часовий пояс {zone}). Створено о {time}.</translation>
    </message>
    <message>
        <source>To protect privacy, any figure from 1 to 4 is shown as “&lt;5”, so that no one can be singled out.</source>
        <translation>Для захисту приватності будь-яке число від 1 до 4 показано як «&lt;5», щоб нікого не можна було виокремити.</translation>
    </message>
    <message>
        <source>How these figures are counted</source>
        <translation>Як рахуються ці числа</translation>
    </message>
    <message>
        <source>{value} h</source>
        <translation>{value} год</translation>
    </message>
    <message>
        <source>No equipment was registered by the end of the period.</source>
        <translation>На кінець періоду не було зареєстровано обладнання.</translation>
    </message>
    <message>
        <source>Booked hours</source>
        <translation>Заброньовані години</translation>
    </message>
    <message>
        <source>No item was booked in the period.</source>
        <translation>За період не було заброньовано жодного обладнання.</translation>
    </message>
    <message>
        <source>Booked hours in each local hour of the day over the whole period. The stronger the colour, the busier the hour; every cell shows its hours. Focus the map and use the arrow keys to hear each hour.</source>
        <translation>Заброньовані години в кожну місцеву годину доби за весь період. Що насиченіший колір, то завантаженіша година; кожна клітинка показує свої години. Наведіть фокус на карту й використовуйте стрілки, щоб почути кожну годину.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Категорії</translation>
    </message>
    <message>
        <source>Every item was booked at least once in the period.</source>
        <translation>Усе обладнання за період було заброньоване принаймні раз.</translation>
    </message>
    <message>
        <source>Booked hours:</source>
        <translation>Заброньовані години:</translation>
    </message>
    <message>
        <source>{day}, {hour}:00: {value} booked hours</source>
        <translation>{day}, {hour}:00: заброньовано годин — {value}</translation>
    </message>
    <message>
        <source>No booked hours in the period.</source>
        <translation>За період немає заброньованих годин.</translation>
    </message>
    <message>
        <source>{day} {hour}:00 ({value} h)</source>
        <translation>{day} {hour}:00 ({value} год)</translation>
    </message>
    <message>
        <source>Busiest hours: {hours}. Busiest day: {day} ({value} h).</source>
        <translation>Найзавантаженіші години: {hours}. Найзавантаженіший день: {day} ({value} год).</translation>
    </message>
    <message>
        <source>No workshop had a session in the period.</source>
        <translation>За період жоден майстер-клас не мав занять.</translation>
    </message>
    <message>
        <source>Attendance and completion rates (%)</source>
        <translation>Рівень відвідування й завершення (%)</translation>
    </message>
    <message>
        <source>Attendance and completion rates (%), the {n} workshops with the most enrolled</source>
        <translation>Рівень відвідування й завершення (%), {n} майстер-класів із найбільшою кількістю записаних</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>– (not over)</source>
        <translation>– (не закінчено)</translation>
    </message>
    <message>
        <source>– (none held)</source>
        <translation>– (жодне не проведено)</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Рівень відвідування</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Рівень завершення</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>{title}: the first {n}</source>
        <translation>{title}: перші {n}</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Збереження {name}…</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Збережено: {path}</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Automatic (daily)</source>
        <translation>Автоматична (щоденна)</translation>
    </message>
    <message>
        <source>Made on request</source>
        <translation>Створена на запит</translation>
    </message>
    <message>
        <source>Made with the command line</source>
        <translation>Створена з командного рядка</translation>
    </message>
    <message>
        <source>Before a schema upgrade</source>
        <translation>Перед оновленням схеми</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Перед відновленням</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Відновити резервну копію</translation>
    </message>
    <message>
        <source>Choose the backup to put in place of the database %1. The current database is backed up first, so nothing is lost; then the app opens the restored file and everyone signs in again.</source>
        <translation>Виберіть резервну копію, яка замінить базу даних %1. Спершу створюється резервна копія поточної бази, тож нічого не втрачається; потім програма відкриває відновлений файл і всі входять знову.</translation>
    </message>
    <message>
        <source>Backups in %1</source>
        <translation>Резервні копії в %1</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Резервні копії, новіші першими</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Чому</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>Заголовки стовпців</translation>
    </message>
    <message>
        <source>There are no backups of this database in that folder yet. Choose a backup file from elsewhere, or make one with “Back up now”.</source>
        <translation>У цій теці ще немає резервних копій цієї бази. Виберіть файл резервної копії деінде або створіть її кнопкою «Створити копію зараз».</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Вибрати інший файл…</translation>
    </message>
    <message>
        <source>Choose a backup file from another folder</source>
        <translation>Вибрати файл резервної копії з іншої теки</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Відновити…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Відновити вибрану резервну копію</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Close without restoring</source>
        <translation>Закрити без відновлення</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Вибрати файл резервної копії</translation>
    </message>
    <message>
        <source>Makerspace backups (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Резервні копії Makerspace (*.db *.sqlite *.sqlite3);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Відновити цю резервну копію?</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1?</source>
        <translation>Замінити базу даних резервною копією %1?</translation>
    </message>
    <message>
        <source>Everything changed since that backup will no longer be in the database. The current database is saved first as a “before restore” backup, so it can be brought back. Everyone using this database signs in again afterwards.

Backup file: %1</source>
        <translation>Усе, що змінилося після цієї копії, зникне з бази даних. Поточну базу спершу буде збережено як копію «перед відновленням», тож її можна повернути. Усі, хто користується цією базою, після цього входять знову.

Файл резервної копії: %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <source>Keep the current database</source>
        <translation>Залишити поточну базу даних</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Відновити резервну копію</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>front desk</source>
        <translation>рецепція</translation>
    </message>
    <message>
        <source>workshop leader</source>
        <translation>ведучий майстер-класу</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>координатор</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>адміністратор</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Present</source>
        <translation>Присутній</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Учасник</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Бейдж</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Без запису</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Не записаний</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ще ні</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Add a session</source>
        <translation>Додати заняття</translation>
    </message>
    <message>
        <source>Add a series of sessions</source>
        <translation>Додати серію занять</translation>
    </message>
    <message>
        <source>Move the session</source>
        <translation>Перенести заняття</translation>
    </message>
    <message>
        <source>Date of the first session</source>
        <translation>Дата першого заняття</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Де</translation>
    </message>
    <message>
        <source>The workshop&apos;s own space</source>
        <translation>Власний простір майстер-класу</translation>
    </message>
    <message>
        <source>&amp;First date</source>
        <translation>&amp;Перша дата</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;Starts at</source>
        <translation>&amp;Початок</translation>
    </message>
    <message>
        <source>&amp;Ends at</source>
        <translation>&amp;Кінець</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> занять</translation>
    </message>
    <message>
        <source> session</source>
        <translation> заняття</translation>
    </message>
    <message>
        <source>How many sessions</source>
        <translation>Скільки занять</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Повторення</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Щотижня</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Раз на два тижні</translation>
    </message>
    <message>
        <source>&amp;Repeats</source>
        <translation>&amp;Повторення</translation>
    </message>
    <message>
        <source>&amp;How many</source>
        <translation>&amp;Скільки</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Де</translation>
    </message>
    <message>
        <source>Each session keeps the same local time, also across clock changes. Days the makerspace is closed are skipped and listed.</source>
        <translation>Кожне заняття зберігає той самий місцевий час, навіть під час переведення годинника. Дні, коли мейкерспейс зачинено, пропускаються й наводяться в списку.</translation>
    </message>
    <message>
        <source>The enrolled participants are listed afterwards, so you can tell them.</source>
        <translation>Потім показано записаних учасників, щоб ви могли їх повідомити.</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Додати заняття</translation>
    </message>
    <message>
        <source>Add series</source>
        <translation>Додати серію</translation>
    </message>
    <message>
        <source>Move session</source>
        <translation>Перенести заняття</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancel: change nothing</source>
        <translation>Скасувати: нічого не змінювати</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Де</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Held today</source>
        <translation>Проведено сьогодні</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>On now</source>
        <translation>Триває</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <source>No space set</source>
        <translation>Простір не вказано</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Бронювання</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Badges and certificates</source>
        <translation>Бейджі та сертифікати</translation>
    </message>
    <message>
        <source>Security and backups</source>
        <translation>Безпека й резервні копії</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Назва організації</translation>
    </message>
    <message>
        <source>Logo (PNG image)</source>
        <translation>Логотип (зображення PNG)</translation>
    </message>
    <message>
        <source>Organisation&apos;s language</source>
        <translation>Мова організації</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовий пояс</translation>
    </message>
    <message>
        <source>A booking not checked in this many minutes after its start is a no-show</source>
        <translation>Бронювання без відміченого приходу через стільки хвилин після початку вважається неявкою</translation>
    </message>
    <message>
        <source>Most hours one participant may book in a week</source>
        <translation>Найбільше годин, які учасник може забронювати за тиждень</translation>
    </message>
    <message>
        <source>Age from which a participant needs no guardian</source>
        <translation>Вік, з якого учаснику не потрібен опікун</translation>
    </message>
    <message>
        <source>Warn about certifications expiring within (days)</source>
        <translation>Попереджати про допуски, що закінчуються протягом (днів)</translation>
    </message>
    <message>
        <source>Certificate paper</source>
        <translation>Папір для сертифікатів</translation>
    </message>
    <message>
        <source>Signature image on certificates (PNG)</source>
        <translation>Зображення підпису на сертифікатах (PNG)</translation>
    </message>
    <message>
        <source>Name under the signature</source>
        <translation>Ім’я під підписом</translation>
    </message>
    <message>
        <source>Lock the app after this many idle minutes</source>
        <translation>Блокувати програму після стількох хвилин бездіяльності</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Shared settings are the same on every desk that uses this database. “This computer” applies only here.</source>
        <translation>Спільні налаштування однакові на всіх робочих місцях, що використовують цю базу даних. «Цей комп’ютер» діє лише тут.</translation>
    </message>
    <message>
        <source>Settings form</source>
        <translation>Форма налаштувань</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancel: show the stored settings again</source>
        <translation>Скасувати: знову показати збережені налаштування</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Зберегти налаштування</translation>
    </message>
    <message>
        <source>A whole number from %1 to %2</source>
        <translation>Ціле число від %1 до %2</translation>
    </message>
    <message>
        <source>For example Europe/Paris</source>
        <translation>Наприклад Europe/Kyiv</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Цей комп’ютер</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Мова інтерфейсу</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Кольори</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Світлі</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Темні</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Висока контрастність</translation>
    </message>
    <message>
        <source>Text size (zoom)</source>
        <translation>Розмір тексту (масштаб)</translation>
    </message>
    <message>
        <source>Colours and text size change as soon as you save. A new language is used the next time the app starts.</source>
        <translation>Кольори й розмір тексту змінюються одразу після збереження. Нова мова застосовується під час наступного запуску програми.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База даних</translation>
    </message>
    <message>
        <source>Where the data is</source>
        <translation>Де зберігаються дані</translation>
    </message>
    <message>
        <source>A database file on this computer (SQLite).</source>
        <translation>Файл бази даних на цьому комп’ютері (SQLite).</translation>
    </message>
    <message>
        <source>A database server (PostgreSQL), shared by several desks.</source>
        <translation>Сервер бази даних (PostgreSQL), спільний для кількох робочих місць.</translation>
    </message>
    <message>
        <source>To use another database, start the app with --db.</source>
        <translation>Щоб використати іншу базу даних, запустіть програму з --db.</translation>
    </message>
    <message>
        <source>Backup folder on this computer</source>
        <translation>Тека резервних копій на цьому комп’ютері</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Вибрати теку…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Вибрати теку резервних копій</translation>
    </message>
    <message>
        <source>Backup folder (this computer)</source>
        <translation>Тека резервних копій (цей комп’ютер)</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Остання резервна копія</translation>
    </message>
    <message>
        <source>A verified copy is made when the app starts and once a day while it runs; the newest copy of each of the last 7 days, 4 weeks and 12 months is kept.</source>
        <translation>Перевірена копія створюється під час запуску програми й раз на день під час роботи; зберігається найновіша копія за кожен з останніх 7 днів, 4 тижнів і 12 місяців.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Створити копію зараз</translation>
    </message>
    <message>
        <source>Make a verified backup now</source>
        <translation>Створити перевірену резервну копію зараз</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Відновити резервну копію…</translation>
    </message>
    <message>
        <source>Restore a backup (admins)</source>
        <translation>Відновити резервну копію (адміністратори)</translation>
    </message>
    <message>
        <source>Backups of a PostgreSQL database are the server&apos;s job, not this app&apos;s. On the server, or on any computer with the PostgreSQL tools, back it up with:</source>
        <translation>Резервні копії бази PostgreSQL — справа сервера, а не цієї програми. На сервері або на будь-якому комп’ютері з інструментами PostgreSQL створіть копію командою:</translation>
    </message>
    <message>
        <source>Back-up command</source>
        <translation>Команда резервного копіювання</translation>
    </message>
    <message>
        <source>and bring a backup back with:</source>
        <translation>а відновіть копію командою:</translation>
    </message>
    <message>
        <source>Restore command</source>
        <translation>Команда відновлення</translation>
    </message>
    <message>
        <source>Give the password through PGPASSWORD or ~/.pgpass. Schedule the back-up command daily (cron, or Task Scheduler on Windows) and keep copies on another machine.</source>
        <translation>Передайте пароль через PGPASSWORD або ~/.pgpass. Заплануйте команду резервного копіювання щодня (cron або Планувальник завдань у Windows) і зберігайте копії на іншому комп’ютері.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>Копіювати: %1</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудиту</translation>
    </message>
    <message>
        <source>Every change is recorded: who made it, when, and to which record. Coordinators and admins can read it, filter it and export it.</source>
        <translation>Кожна зміна записується: хто її зробив, коли і в якому записі. Координатори й адміністратори можуть читати, фільтрувати й експортувати журнал.</translation>
    </message>
    <message>
        <source>Open the audit log…</source>
        <translation>Відкрити журнал аудиту…</translation>
    </message>
    <message>
        <source>Open the audit log</source>
        <translation>Відкрити журнал аудиту</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Облікові записи персоналу</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Ім’я користувача</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Може входити</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>Заголовки стовпців</translation>
    </message>
    <message>
        <source>Role of the chosen staff member</source>
        <translation>Роль вибраного працівника</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Змінити роль</translation>
    </message>
    <message>
        <source>Change the chosen staff member&apos;s role</source>
        <translation>Змінити роль вибраного працівника</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Деактивувати</translation>
    </message>
    <message>
        <source>Deactivate or reactivate the chosen staff member</source>
        <translation>Деактивувати або знову активувати вибраного працівника</translation>
    </message>
    <message>
        <source>Chosen staff member</source>
        <translation>Вибраний працівник</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Новий пароль</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Новий PIN-код</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Установити</translation>
    </message>
    <message>
        <source>Set the new password or PIN</source>
        <translation>Установити новий пароль або PIN-код</translation>
    </message>
    <message>
        <source>New password or PIN</source>
        <translation>Новий пароль або PIN-код</translation>
    </message>
    <message>
        <source>New staff member&apos;s user name</source>
        <translation>Ім’я користувача нового працівника</translation>
    </message>
    <message>
        <source>User name, e.g. amira</source>
        <translation>Ім’я користувача, напр. amira</translation>
    </message>
    <message>
        <source>New staff member&apos;s name</source>
        <translation>Ім’я нового працівника</translation>
    </message>
    <message>
        <source>Name, e.g. Amira</source>
        <translation>Ім’я, напр. Amira</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>Their password (8 characters or more) or PIN (4 digits or more)</source>
        <translation>Пароль (8 символів або більше) або PIN-код (4 цифри або більше)</translation>
    </message>
    <message>
        <source>New staff member&apos;s role</source>
        <translation>Роль нового працівника</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Додати працівника</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Додати працівника</translation>
    </message>
    <message>
        <source>Add the new staff member</source>
        <translation>Додати нового працівника</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No, deactivated</source>
        <translation>Ні, деактивовано</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Активувати знову</translation>
    </message>
    <message>
        <source>Role changed. It applies from their next sign-in.</source>
        <translation>Роль змінено. Вона діє з наступного входу.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 більше не може входити.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 знову може входити.</translation>
    </message>
    <message>
        <source>The new password or PIN is set.</source>
        <translation>Новий пароль або PIN-код установлено.</translation>
    </message>
    <message>
        <source>%1 can now sign in.</source>
        <translation>%1 тепер може входити.</translation>
    </message>
    <message>
        <source>Only an admin can restore a backup.</source>
        <translation>Відновити резервну копію може лише адміністратор.</translation>
    </message>
    <message>
        <source>Only a coordinator or an admin can make a backup.</source>
        <translation>Створити резервну копію може лише координатор або адміністратор.</translation>
    </message>
    <message>
        <source>Who can sign in, and with which role. Front desk: participants, bookings, check-in. Workshop leader: also their own workshops and projects. Coordinator: also certificates, reports, exports, erasure. Admin: also staff accounts, settings and restoring backups.</source>
        <translation>Хто може входити і з якою роллю. Рецепція: учасники, бронювання, відмітка приходу. Ведучий майстер-класу: також власні майстер-класи й проєкти. Координатор: також сертифікати, звіти, експорт, стирання. Адміністратор: також облікові записи персоналу, налаштування й відновлення резервних копій.</translation>
    </message>
    <message>
        <source>Only an admin can change them.</source>
        <translation>Змінювати їх може лише адміністратор.</translation>
    </message>
    <message>
        <source>Only a coordinator or an admin can read it.</source>
        <translation>Читати його може лише координатор або адміністратор.</translation>
    </message>
    <message>
        <source>No backup in this folder yet.</source>
        <translation>У цій теці ще немає резервних копій.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Резервну копію записано й перевірено: %1</translation>
    </message>
    <message>
        <source>The backup %1 was restored. Sign in again to go on.</source>
        <translation>Резервну копію %1 відновлено. Увійдіть знову, щоб продовжити.</translation>
    </message>
    <message>
        <source>The database as it was is saved as %1.</source>
        <translation>Базу даних у попередньому стані збережено як %1.</translation>
    </message>
    <message>
        <source>The shared settings were saved, but this computer’s preferences could not be written (%1).</source>
        <translation>Спільні налаштування збережено, але не вдалося записати вподобання цього комп’ютера (%1).</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Налаштування збережено.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Увійти</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Ім’я користувача</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Пароль або PIN-код</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Ім’я користувача</translation>
    </message>
    <message>
        <source>&amp;Password or PIN</source>
        <translation>&amp;Пароль або PIN-код</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблоковано</translation>
    </message>
    <message>
        <source>Welcome to %1. Sign in with your staff account.</source>
        <translation>Ласкаво просимо до %1. Увійдіть за допомогою облікового запису працівника.</translation>
    </message>
    <message>
        <source>Sign in with your staff account.</source>
        <translation>Увійдіть за допомогою облікового запису працівника.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>База даних: %1</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Введіть ім’я користувача.</translation>
    </message>
    <message>
        <source>Type your password or PIN.</source>
        <translation>Введіть пароль або PIN-код.</translation>
    </message>
</context>
<context>
    <name>StatusLegend</name>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Column headings: %1</source>
        <translation>Заголовки стовпців: %1</translation>
    </message>
    <message>
        <source>Row headings: %1</source>
        <translation>Заголовки рядків: %1</translation>
    </message>
    <message>
        <source>Select the whole table</source>
        <translation>Вибрати всю таблицю</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Booked</source>
        <translation>Заброньовано</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Прийшов</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Неявка</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Bookings timeline</source>
        <translation>Графік бронювань</translation>
    </message>
    <message>
        <source>Scroll through the times</source>
        <translation>Гортати час</translation>
    </message>
    <message>
        <source>Scroll through the items</source>
        <translation>Гортати обладнання</translation>
    </message>
    <message>
        <source>%1: %2, %3–%4, %5</source>
        <translation>%1: %2, %3–%4, %5</translation>
    </message>
    <message>
        <source>No items to show</source>
        <translation>Немає обладнання для показу</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>%1 by %2, %3–%4</source>
        <translation>%1, бронює %2, %3–%4</translation>
    </message>
    <message>
        <source>partly booked</source>
        <translation>частково заброньовано</translation>
    </message>
    <message>
        <source>past</source>
        <translation>минуло</translation>
    </message>
    <message>
        <source>free</source>
        <translation>вільно</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Обладнання</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Не працює</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Списано</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (сьогодні)</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Now and next</source>
        <translation>Зараз і далі</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Обладнання</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Учасник</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Відмітити прихід</translation>
    </message>
    <message>
        <source>Check in the chosen booking</source>
        <translation>Відмітити прихід для вибраного бронювання</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Відмітити вихід</translation>
    </message>
    <message>
        <source>Check out the chosen booking</source>
        <translation>Відмітити вихід для вибраного бронювання</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Participants checked in now</source>
        <translation>Учасники, які зараз прийшли</translation>
    </message>
    <message>
        <source>Today&apos;s workshop sessions</source>
        <translation>Сьогоднішні заняття майстер-класів</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Майстер-клас</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Ведучі</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Де</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Присутній</translation>
    </message>
    <message>
        <source>Take attendance</source>
        <translation>Відмітити відвідування</translation>
    </message>
    <message>
        <source>Take attendance for the chosen session</source>
        <translation>Відмітити відвідування вибраного заняття</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Потребує уваги</translation>
    </message>
    <message>
        <source>Things that need attention</source>
        <translation>Що потребує уваги</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Дані</translation>
    </message>
    <message>
        <source>Check out the chosen overdue booking</source>
        <translation>Відмітити вихід для вибраного простроченого бронювання</translation>
    </message>
    <message>
        <source>Release no-shows</source>
        <translation>Звільнити неявки</translation>
    </message>
    <message>
        <source>Mark bookings not checked in as no-shows and free their slots</source>
        <translation>Позначити бронювання без приходу як неявки й звільнити їхній час</translation>
    </message>
    <message>
        <source>Mark as told</source>
        <translation>Позначити «повідомлено»</translation>
    </message>
    <message>
        <source>Record that the chosen participant was told about their place</source>
        <translation>Записати, що вибраного учасника повідомлено про місце</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Заброньовано</translation>
    </message>
    <message>
        <source>Checked in ({n})</source>
        <translation>Прийшли ({n})</translation>
    </message>
    <message>
        <source>Nobody is checked in.</source>
        <translation>Ніхто не прийшов.</translation>
    </message>
    <message>
        <source>{item} ({tag}) is out of service</source>
        <translation>{item} ({tag}) не працює</translation>
    </message>
    <message>
        <source>{warning} {item} ({tag}) is out of service: {n} booking(s) to move or cancel</source>
        <translation>{warning} {item} ({tag}) не працює: бронювань, які треба перенести або скасувати: {n}</translation>
    </message>
    <message>
        <source>{warning} {item} ({tag}) is out of service; no booking is affected</source>
        <translation>{warning} {item} ({tag}) не працює; бронювання не зачеплено</translation>
    </message>
    <message>
        <source>Overdue check-outs ({n}): check them out when the item is back</source>
        <translation>Прострочені виходи ({n}): відмітьте вихід, коли обладнання повернуть</translation>
    </message>
    <message>
        <source>ended {end}</source>
        <translation>закінчилося {end}</translation>
    </message>
    <message>
        <source>{n} booking(s) not checked in in time: release them as no-shows to free the slots</source>
        <translation>Бронювань без вчасного приходу: {n} — звільніть їх як неявки, щоб звільнити час</translation>
    </message>
    <message>
        <source>started {start}</source>
        <translation>почалося {start}</translation>
    </message>
    <message>
        <source>Waitlist promotions to tell ({n}): these participants have a place now</source>
        <translation>Кого повідомити про місце зі списку очікування ({n}): ці учасники тепер мають місце</translation>
    </message>
    <message>
        <source>no contact details</source>
        <translation>немає контактів</translation>
    </message>
    <message>
        <source>{contact} (guardian {name})</source>
        <translation>{contact} (опікун {name})</translation>
    </message>
    <message>
        <source>tell them: {contact}</source>
        <translation>повідомити: {contact}</translation>
    </message>
    <message>
        <source>next session {when}</source>
        <translation>наступне заняття {when}</translation>
    </message>
    <message>
        <source>Certifications expiring this month ({n})</source>
        <translation>Допуски, що закінчуються цього місяця ({n})</translation>
    </message>
    <message>
        <source>expires on {day}</source>
        <translation>закінчується {day}</translation>
    </message>
    <message>
        <source>No backup yet. One is made automatically once a day while the app runs.</source>
        <translation>Ще немає резервної копії. Вона створюється автоматично раз на день, поки працює програма.</translation>
    </message>
    <message>
        <source>The last good backup is from {when}, more than a day ago. One is made while the app runs; `makerspace-app db backup` makes one now.</source>
        <translation>Остання вдала резервна копія від {when}, понад день тому. Копія створюється, поки працює програма; `makerspace-app db backup` створює її зараз.</translation>
    </message>
    <message>
        <source>Mark {n} booking(s) as no-shows?</source>
        <translation>Позначити бронювання ({n}) як неявки?</translation>
    </message>
    <message>
        <source>They were not checked in in time. Their slots become free for others; the bookings stay on record as no-shows.</source>
        <translation>Прихід не було відмічено вчасно. Їхній час стає вільним для інших; бронювання залишаються в записах як неявки.</translation>
    </message>
    <message>
        <source>Release {n}</source>
        <translation>Звільнити {n}</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Залишити їх</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Прийшов</translation>
    </message>
    <message>
        <source>Bookings in progress and starting in the next two hours, by item</source>
        <translation>Бронювання, що тривають або починаються протягом двох годин, за обладнанням</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Неявка</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>{status}, starts in {n} min</source>
        <translation>{status}, починається через {n} хв</translation>
    </message>
    <message>
        <source>{status}, not checked in yet</source>
        <translation>{status}, прихід ще не відмічено</translation>
    </message>
    <message>
        <source>No bookings in progress or in the next two hours.</source>
        <translation>Немає бронювань, що тривають або починаються протягом двох годин.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <source>{p} of {n}</source>
        <translation>{p} з {n}</translation>
    </message>
    <message>
        <source>no leader yet</source>
        <translation>ведучого ще немає</translation>
    </message>
    <message>
        <source>No sessions today.</source>
        <translation>Сьогодні занять немає.</translation>
    </message>
    <message>
        <source>Updated at {time}; refreshes every minute (F5 now).</source>
        <translation>Оновлено о {time}; оновлюється щохвилини (F5 — зараз).</translation>
    </message>
    <message>
        <source>Backups of this PostgreSQL database are the server&apos;s job (pg_dump).</source>
        <translation>Резервні копії цієї бази PostgreSQL — справа сервера (pg_dump).</translation>
    </message>
    <message>
        <source>Last good backup: {when}.</source>
        <translation>Остання вдала резервна копія: {when}.</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>You changed %1 but did not save.</source>
        <translation>Ви змінили %1, але не зберегли.</translation>
    </message>
    <message>
        <source>Save the changes, or discard them?</source>
        <translation>Зберегти зміни чи відкинути їх?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Зберегти зміни</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Відкинути</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Відкинути зміни</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продовжити редагування</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Вітаємо</translation>
    </message>
    <message>
        <source>Welcome to Makerspace</source>
        <translation>Ласкаво просимо до Makerspace</translation>
    </message>
    <message>
        <source>This database is new. Give your makerspace’s name and create the first admin account. You can add the other staff members later, in Settings.</source>
        <translation>Ця база даних нова. Вкажіть назву вашого мейкерспейсу і створіть перший обліковий запис адміністратора. Інших працівників можна додати пізніше в Налаштуваннях.</translation>
    </message>
    <message>
        <source>Your makerspace</source>
        <translation>Ваш мейкерспейс</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Назва організації</translation>
    </message>
    <message>
        <source>For example Riverside Library Makerspace</source>
        <translation>Наприклад Мейкерспейс бібліотеки Riverside</translation>
    </message>
    <message>
        <source>&amp;Organisation name</source>
        <translation>Назва &amp;організації</translation>
    </message>
    <message>
        <source>First admin account</source>
        <translation>Перший обліковий запис адміністратора</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Ім’я користувача</translation>
    </message>
    <message>
        <source>One word, for example amira</source>
        <translation>Одне слово, наприклад amira</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Показуване ім’я</translation>
    </message>
    <message>
        <source>As colleagues know you</source>
        <translation>Як вас знають колеги</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Щонайменше 8 символів</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Пароль ще раз</translation>
    </message>
    <message>
        <source>The same password once more</source>
        <translation>Той самий пароль ще раз</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Ім’я користувача</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>Показуване &amp;ім’я</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>Пароль &amp;ще раз</translation>
    </message>
    <message>
        <source>Start with</source>
        <translation>Почати з</translation>
    </message>
    <message>
        <source>&amp;Start empty</source>
        <translation>Почати &amp;порожньою</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Почати порожньою</translation>
    </message>
    <message>
        <source>Add your own equipment, participants and workshops.</source>
        <translation>Додайте власне обладнання, учасників і майстер-класи.</translation>
    </message>
    <message>
        <source>&amp;Load demo data</source>
        <translation>&amp;Завантажити демонстраційні дані</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Завантажити демонстраційні дані</translation>
    </message>
    <message>
        <source>Invented participants, equipment, bookings and workshops to try the app. Its staff accounts (admin, desk, leader, coord) use the password makerspace-demo.</source>
        <translation>Вигадані учасники, обладнання, бронювання та майстер-класи, щоб спробувати програму. Їхні облікові записи персоналу (admin, desk, leader, coord) мають пароль makerspace-demo.</translation>
    </message>
    <message>
        <source>Demo data is not part of this version of the app.</source>
        <translation>Демонстраційні дані не входять до цієї версії програми.</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <translation>Завантаження демонстраційних даних</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Почати</translation>
    </message>
    <message>
        <source>Start: create the admin account</source>
        <translation>Почати: створити обліковий запис адміністратора</translation>
    </message>
    <message>
        <source>Give your makerspace’s name: it appears on badges, certificates and reports.</source>
        <translation>Вкажіть назву вашого мейкерспейсу: вона з’являється на бейджах, сертифікатах і у звітах.</translation>
    </message>
    <message>
        <source>Choose a user name for the admin account, for example amira.</source>
        <translation>Виберіть ім’я користувача для облікового запису адміністратора, наприклад amira.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again.</source>
        <translation>Паролі не збігаються. Введіть пароль ще раз.</translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation>Завантаження демонстраційних даних…</translation>
    </message>
    <message>
        <source>Loading demo data: %1</source>
        <translation>Завантаження демонстраційних даних: %1</translation>
    </message>
</context>
<context>
    <name>WhenFields</name>
    <message>
        <source>Item</source>
        <translation>Обладнання</translation>
    </message>
    <message>
        <source>Type part of the item&apos;s name, asset tag or category to filter the list</source>
        <translation>Введіть частину назви обладнання, інвентарний номер або категорію, щоб відфільтрувати список</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>не працює</translation>
    </message>
    <message>
        <source>Type to filter the items</source>
        <translation>Введіть, щоб відфільтрувати обладнання</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <source>from</source>
        <translation>з</translation>
    </message>
    <message>
        <source>until</source>
        <translation>до</translation>
    </message>
</context>
<context>
    <name>WorkshopListModel</name>
    <message>
        <source>Workshop</source>
        <translation>Майстер-клас</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Місця</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Наступне: %1</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Ще немає занять</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Завершено %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>Очікують: %1</translation>
    </message>
    <message>
        <source>Places: %1</source>
        <translation>Місця: %1</translation>
    </message>
    <message>
        <source>Training for: %1</source>
        <translation>Навчання для: %1</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>No workshops yet — create one (Ctrl+N)</source>
        <translation>Ще немає майстер-класів — створіть (Ctrl+N)</translation>
    </message>
    <message>
        <source>A workshop is a course or an event with one or more sessions. Create one, add its sessions, enrol participants and take attendance; a training can grant the certification for a kind of equipment.</source>
        <translation>Майстер-клас — це курс або подія з одним чи кількома заняттями. Створіть його, додайте заняття, запишіть учасників і відмічайте відвідування; навчання може надавати допуск до певного виду обладнання.</translation>
    </message>
    <message>
        <source>New workshop (Ctrl+N)</source>
        <translation>Новий майстер-клас (Ctrl+N)</translation>
    </message>
    <message>
        <source>Create a new workshop (Ctrl+N)</source>
        <translation>Створити новий майстер-клас (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search workshops by title</source>
        <translation>Шукати майстер-класи за назвою</translation>
    </message>
    <message>
        <source>Show which workshops</source>
        <translation>Які майстер-класи показати</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Майбутні</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Минулі</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation>Новий (Ctrl+N)</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Майстер-класи</translation>
    </message>
    <message>
        <source>Choose a workshop in the list, or create one (Ctrl+N).</source>
        <translation>Виберіть майстер-клас у списку або створіть новий (Ctrl+N).</translation>
    </message>
    <message>
        <source>Complete workshop…</source>
        <translation>Завершити майстер-клас…</translation>
    </message>
    <message>
        <source>Complete the workshop: who qualifies, who does not and why</source>
        <translation>Завершити майстер-клас: хто відповідає умовам, хто ні і чому</translation>
    </message>
    <message>
        <source>Workshop sections</source>
        <translation>Розділи майстер-класу</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Подробиці</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Заняття</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Учасники</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Відвідування</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>For example “Laser cutting for beginners”</source>
        <translation>Наприклад «Лазерне різання для початківців»</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Ведучі</translation>
    </message>
    <message>
        <source>Space ticks or unticks the highlighted staff member</source>
        <translation>Пробіл позначає або знімає позначку з виділеного працівника</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Простір</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Місця</translation>
    </message>
    <message>
        <source> places</source>
        <translation> місць</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Без мінімуму</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Мінімальний вік</translation>
    </message>
    <message>
        <source>No maximum</source>
        <translation>Без максимуму</translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation>Максимальний вік</translation>
    </message>
    <message>
        <source>A&amp;ges</source>
        <translation>В&amp;ік</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <source>Language codes, for example en, es, ar</source>
        <translation>Коди мов, наприклад uk, en, ar</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Матеріали</translation>
    </message>
    <message>
        <source>Training: grants certification for</source>
        <translation>Навчання: надає допуск до</translation>
    </message>
    <message>
        <source>Completion rule</source>
        <translation>Правило завершення</translation>
    </message>
    <message>
        <source>Attend every session</source>
        <translation>Відвідати всі заняття</translation>
    </message>
    <message>
        <source>Attend at least a number of sessions</source>
        <translation>Відвідати щонайменше певну кількість занять</translation>
    </message>
    <message>
        <source>Attend at least a share of the sessions</source>
        <translation>Відвідати щонайменше певну частку занять</translation>
    </message>
    <message>
        <source>Sessions or percentage needed</source>
        <translation>Потрібна кількість занять або відсоток</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>&amp;Опис</translation>
    </message>
    <message>
        <source>&amp;Leaders</source>
        <translation>&amp;Ведучі</translation>
    </message>
    <message>
        <source>Spa&amp;ce</source>
        <translation>П&amp;ростір</translation>
    </message>
    <message>
        <source>Pla&amp;ces</source>
        <translation>&amp;Місця</translation>
    </message>
    <message>
        <source>La&amp;nguages</source>
        <translation>Мо&amp;ви</translation>
    </message>
    <message>
        <source>&amp;Materials</source>
        <translation>Ма&amp;теріали</translation>
    </message>
    <message>
        <source>T&amp;raining for</source>
        <translation>Навч&amp;ання для</translation>
    </message>
    <message>
        <source>C&amp;ompletion</source>
        <translation>За&amp;вершення</translation>
    </message>
    <message>
        <source>Workshop details form</source>
        <translation>Форма даних майстер-класу</translation>
    </message>
    <message>
        <source>Only the workshop&apos;s leaders, coordinators and admins can change it.</source>
        <translation>Змінювати його можуть лише ведучі майстер-класу, координатори й адміністратори.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancel: show the stored workshop again</source>
        <translation>Скасувати: знову показати збережений майстер-клас</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Save the workshop (Ctrl+S)</source>
        <translation>Зберегти майстер-клас (Ctrl+S)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Заняття</translation>
    </message>
    <message>
        <source>Enter takes attendance at the highlighted session</source>
        <translation>Enter відкриває відвідування виділеного заняття</translation>
    </message>
    <message>
        <source>No sessions yet. Add one, or a weekly series.</source>
        <translation>Ще немає занять. Додайте одне або щотижневу серію.</translation>
    </message>
    <message>
        <source>Take attendance… (Enter)</source>
        <translation>Відмітити відвідування… (Enter)</translation>
    </message>
    <message>
        <source>Take attendance at the highlighted session</source>
        <translation>Відмітити відвідування виділеного заняття</translation>
    </message>
    <message>
        <source>Add session…</source>
        <translation>Додати заняття…</translation>
    </message>
    <message>
        <source>Add one session</source>
        <translation>Додати одне заняття</translation>
    </message>
    <message>
        <source>Add series…</source>
        <translation>Додати серію…</translation>
    </message>
    <message>
        <source>Add a weekly or fortnightly series of sessions</source>
        <translation>Додати щотижневу серію занять або раз на два тижні</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Перенести…</translation>
    </message>
    <message>
        <source>Move the highlighted session</source>
        <translation>Перенести виділене заняття</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>Скасувати заняття…</translation>
    </message>
    <message>
        <source>Cancel the highlighted session</source>
        <translation>Скасувати виділене заняття</translation>
    </message>
    <message>
        <source>Enrolled participants and waitlist</source>
        <translation>Записані учасники та список очікування</translation>
    </message>
    <message>
        <source>Enrol a participant…</source>
        <translation>Записати учасника…</translation>
    </message>
    <message>
        <source>Enrol a participant: search by name or badge</source>
        <translation>Записати учасника: пошук за іменем або бейджем</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Відкликати…</translation>
    </message>
    <message>
        <source>Withdraw the highlighted participant</source>
        <translation>Виписати виділеного учасника</translation>
    </message>
    <message>
        <source>%1 present   %2 held, not marked   (empty: still to come). Click a box or press Space to change it; each change is saved at once.</source>
        <translation>%1 присутній   %2 проведено, не відмічено   (порожньо: ще попереду). Клацніть клітинку або натисніть Пробіл, щоб змінити; кожна зміна зберігається одразу.</translation>
    </message>
    <message>
        <source>No space set</source>
        <translation>Простір не вказано</translation>
    </message>
    <message>
        <source>Not a training (grants no certification)</source>
        <translation>Не навчання (не надає допуску)</translation>
    </message>
    <message>
        <source>%1 (needs no certification)</source>
        <translation>%1 (допуск не потрібен)</translation>
    </message>
    <message>
        <source>Showing the first %1. Type part of a title to find the others.</source>
        <translation>Показано перші %1. Введіть частину назви, щоб знайти інші.</translation>
    </message>
    <message>
        <source>No workshop matches “%1”.</source>
        <translation>Жоден майстер-клас не відповідає «%1».</translation>
    </message>
    <message>
        <source>No upcoming workshops. Choose “Past” or “All” to see earlier ones, or create one (Ctrl+N).</source>
        <translation>Немає майбутніх майстер-класів. Виберіть «Минулі» або «Усі», щоб побачити попередні, або створіть новий (Ctrl+N).</translation>
    </message>
    <message>
        <source>No past workshops yet.</source>
        <translation>Ще немає минулих майстер-класів.</translation>
    </message>
    <message>
        <source>the workshop</source>
        <translation>майстер-клас</translation>
    </message>
    <message>
        <source>Next session %1</source>
        <translation>Наступне заняття %1</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Завершено %1</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Ще немає занять</translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation>Зайнято місць: %1 з %2</translation>
    </message>
    <message>
        <source>%1 on the waitlist</source>
        <translation>У списку очікування: %1</translation>
    </message>
    <message>
        <source>Training for %1</source>
        <translation>Навчання для %1</translation>
    </message>
    <message>
        <source>Led by %1</source>
        <translation>Ведучі: %1</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> занять</translation>
    </message>
    <message>
        <source> session</source>
        <translation> заняття</translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation>Працівник %1</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Новий майстер-клас</translation>
    </message>
    <message>
        <source>Fill in the details and save; then add its sessions.</source>
        <translation>Заповніть дані й збережіть; потім додайте заняття.</translation>
    </message>
    <message>
        <source>“%1” is saved. Add its sessions next (Sessions tab).</source>
        <translation>«%1» збережено. Тепер додайте заняття (вкладка «Заняття»).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
    <message>
        <source>Moved up from the waitlist</source>
        <translation>Перейшли зі списку очікування</translation>
    </message>
    <message>
        <source>With the new number of places, these people moved up from the waitlist and now have a place. Tell them:</source>
        <translation>З новою кількістю місць ці люди перейшли зі списку очікування й тепер мають місце. Повідомте їх:</translation>
    </message>
    <message>
        <source>Session added: %1.</source>
        <translation>Заняття додано: %1.</translation>
    </message>
    <message>
        <source>%1 sessions added.</source>
        <translation>Додано занять: %1.</translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation>Пропущено %1: %2.</translation>
    </message>
    <message>
        <source>Session moved to %1.</source>
        <translation>Заняття перенесено на %1.</translation>
    </message>
    <message>
        <source>Session moved</source>
        <translation>Заняття перенесено</translation>
    </message>
    <message>
        <source>The session now meets %1. Tell the enrolled participants:</source>
        <translation>Тепер заняття відбувається %1. Повідомте записаних учасників:</translation>
    </message>
    <message>
        <source>Cancel the session?</source>
        <translation>Скасувати заняття?</translation>
    </message>
    <message>
        <source>Cancel the session of %1?</source>
        <translation>Скасувати заняття %1?</translation>
    </message>
    <message>
        <source>It stays listed as cancelled and nobody can be marked present at it. %1 enrolled participants need to be told; they are listed next.</source>
        <translation>Воно залишиться в списку як скасоване, і нікого не можна буде відмітити на ньому присутнім. Треба повідомити записаних учасників (%1); їх буде показано далі.</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Скасувати заняття</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Залишити</translation>
    </message>
    <message>
        <source>Keep the session</source>
        <translation>Залишити заняття</translation>
    </message>
    <message>
        <source>The session of %1 is cancelled.</source>
        <translation>Заняття %1 скасовано.</translation>
    </message>
    <message>
        <source>Session cancelled</source>
        <translation>Заняття скасовано</translation>
    </message>
    <message>
        <source>The session of %1 is cancelled. Tell the enrolled participants:</source>
        <translation>Заняття %1 скасовано. Повідомте записаних учасників:</translation>
    </message>
    <message>
        <source>full: the next person goes on the waitlist</source>
        <translation>місць немає: наступна людина потрапляє до списку очікування</translation>
    </message>
    <message>
        <source>Enrol a participant</source>
        <translation>Записати учасника</translation>
    </message>
    <message>
        <source>Who should be enrolled in “%1”? When it is full they go on the waitlist.</source>
        <translation>Кого записати на «%1»? Коли місць немає, людина потрапляє до списку очікування.</translation>
    </message>
    <message>
        <source>The workshop is full: %1 is on the waitlist, number %2. They move up when a place frees.</source>
        <translation>Місць немає: %1 у списку очікування під номером %2. Людина отримає місце, щойно воно звільниться.</translation>
    </message>
    <message>
        <source>%1 is enrolled.</source>
        <translation>%1 записано.</translation>
    </message>
    <message>
        <source>Withdraw?</source>
        <translation>Виписати?</translation>
    </message>
    <message>
        <source>Withdraw %1 from “%2”?</source>
        <translation>Виписати %1 з «%2»?</translation>
    </message>
    <message>
        <source>A freed place goes at once to the first person on the waitlist; you will see who.</source>
        <translation>Звільнене місце одразу отримує перша людина зі списку очікування; ви побачите, хто саме.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Виписати</translation>
    </message>
    <message>
        <source>Keep enrolled</source>
        <translation>Залишити записаним</translation>
    </message>
    <message>
        <source>Withdraw the participant</source>
        <translation>Виписати учасника</translation>
    </message>
    <message>
        <source>Keep the participant enrolled</source>
        <translation>Залишити учасника записаним</translation>
    </message>
    <message>
        <source>%1 is withdrawn.</source>
        <translation>%1 виписано.</translation>
    </message>
    <message>
        <source>%1 moved up from the waitlist and now has a place; tell them (%2).</source>
        <translation>%1 перейшов зі списку очікування й тепер має місце; повідомте (%2).</translation>
    </message>
    <message>
        <source>no contact on record</source>
        <translation>контакт не записано</translation>
    </message>
    <message>
        <source>Only the workshop&apos;s leaders, coordinators and admins take attendance.</source>
        <translation>Відмічати відвідування можуть лише ведучі майстер-класу, координатори й адміністратори.</translation>
    </message>
</context>
<context>
    <name>bar</name>
    <message>
        <source>Book %1 instead</source>
        <translation type="vanished">Забронювати натомість %1</translation>
    </message>
    <message>
        <source>Book %1, %2</source>
        <translation type="vanished">Забронювати %1, %2</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>Attended</source>
        <translation type="vanished">Відвідано</translation>
    </message>
</context>
</TS>
