<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Durations</source>
        <comment>%1 h %2 min</comment>
        <translation type="vanished">Duraciones</translation>
    </message>
    <message>
        <source>Durations</source>
        <comment>%1 h</comment>
        <translation type="vanished">Duraciones</translation>
    </message>
    <message>
        <source>Durations</source>
        <comment>%1 min</comment>
        <translation type="vanished">Duraciones</translation>
    </message>
    <message>
        <source>Tables</source>
        <comment>Column headings: %1</comment>
        <translation type="vanished">Tablas</translation>
    </message>
    <message>
        <source>Tables</source>
        <comment>Row headings: %1</comment>
        <translation type="vanished">Tablas</translation>
    </message>
    <message>
        <source>Tables</source>
        <comment>Select the whole table</comment>
        <translation type="vanished">Tablas</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>%1 left unsaved changes in %2.</source>
        <translation>%1 dejó cambios sin guardar en %2.</translation>
    </message>
    <message>
        <source>If you go on, those changes are discarded. Cancel, and %1 can sign in again to save them.</source>
        <translation>Si continúa, esos cambios se descartan. Cancele, y %1 podrá entrar de nuevo para guardarlos.</translation>
    </message>
    <message>
        <source>Discard them and go on</source>
        <translation>Descartarlos y continuar</translation>
    </message>
    <message>
        <source>Discard the unsaved changes and go on</source>
        <translation>Descartar los cambios sin guardar y continuar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel, keep the changes</source>
        <translation>Cancelar, conservar los cambios</translation>
    </message>
    <message>
        <source>Projects</source>
        <comment>from the workshop %1</comment>
        <translation type="vanished">Proyectos</translation>
    </message>
    <message>
        <source>Projects</source>
        <comment>photos: %1</comment>
        <translation type="vanished">Proyectos</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>Equipment, bookings, workshops, participants, badges and certificates for library and community makerspaces. Free software under the Apache License 2.0.</source>
        <translation>Equipos, reservas, talleres, participantes, carnés y certificados para makerspaces de bibliotecas y comunitarios. Software libre bajo la Apache License 2.0.</translation>
    </message>
    <message>
        <source>About sections</source>
        <translation>Secciones de Acerca de</translation>
    </message>
    <message>
        <source>The app&apos;s licence</source>
        <translation>La licencia de la aplicación</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>The bundled fonts</source>
        <translation>Las fuentes incluidas</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliotecas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>This text is missing from the installation.</source>
        <translation>Este texto falta en la instalación.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Libraries the app is built on</source>
        <translation>Bibliotecas sobre las que se construye la aplicación</translation>
    </message>
</context>
<context>
    <name>AccessibilityTags</name>
    <message>
        <source>Wheelchair access</source>
        <translation>Acceso en silla de ruedas</translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation>Bucle magnético</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <source>Quiet space</source>
        <translation>Espacio tranquilo</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>read the audit log</source>
        <translation>leer el registro de auditoría</translation>
    </message>
    <message>
        <source>export the audit log</source>
        <translation>exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>grant certifications</source>
        <translation>conceder certificaciones</translation>
    </message>
    <message>
        <source>revoke certifications</source>
        <translation>revocar certificaciones</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation>registrar consentimientos</translation>
    </message>
    <message>
        <source>store participant photos</source>
        <translation>guardar fotos de participantes</translation>
    </message>
    <message>
        <source>export participants</source>
        <translation>exportar participantes</translation>
    </message>
    <message>
        <source>import participants</source>
        <translation>importar participantes</translation>
    </message>
    <message>
        <source>register participants</source>
        <translation>registrar participantes</translation>
    </message>
    <message>
        <source>edit participants</source>
        <translation>editar participantes</translation>
    </message>
    <message>
        <source>look up participants</source>
        <translation>consultar participantes</translation>
    </message>
    <message>
        <source>export a participant&apos;s data</source>
        <translation>exportar los datos de un participante</translation>
    </message>
    <message>
        <source>erase participants</source>
        <translation>borrar participantes</translation>
    </message>
    <message>
        <source>change shared settings</source>
        <translation>cambiar la configuración compartida</translation>
    </message>
    <message>
        <source>look up spaces</source>
        <translation>consultar espacios</translation>
    </message>
    <message>
        <source>add staff accounts</source>
        <translation>añadir cuentas del personal</translation>
    </message>
    <message>
        <source>change staff accounts</source>
        <translation>cambiar cuentas del personal</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>hacer una copia de seguridad</translation>
    </message>
    <message>
        <source>make reports</source>
        <translation>hacer informes</translation>
    </message>
    <message>
        <source>take attendance</source>
        <translation>pasar lista</translation>
    </message>
    <message>
        <source>complete workshops</source>
        <translation>completar talleres</translation>
    </message>
    <message>
        <source>book equipment</source>
        <translation>reservar equipos</translation>
    </message>
    <message>
        <source>check participants in</source>
        <translation>registrar la entrada de participantes</translation>
    </message>
    <message>
        <source>export the workshop calendar</source>
        <translation>exportar el calendario de talleres</translation>
    </message>
    <message>
        <source>manage equipment</source>
        <translation>gestionar equipos</translation>
    </message>
    <message>
        <source>log maintenance</source>
        <translation>registrar mantenimiento</translation>
    </message>
    <message>
        <source>create or edit projects</source>
        <extracomment>``fold`` for sorting names and titles the gallery shows again on every refresh (each keystroke of a search): folding 2,000 workshop titles anew took about 100 ms of UI time.</extracomment>
        <translation>crear o editar proyectos</translation>
    </message>
    <message>
        <source>add project photos</source>
        <translation>añadir fotos de proyectos</translation>
    </message>
    <message>
        <source>look at projects</source>
        <translation>ver proyectos</translation>
    </message>
    <message>
        <source>remove projects</source>
        <translation>quitar proyectos</translation>
    </message>
    <message>
        <source>see today&apos;s overview</source>
        <extracomment>Promotions older than this are no longer news (and the audit log is read by time).</extracomment>
        <translation>ver el resumen del día</translation>
    </message>
    <message>
        <source>record that a participant was told</source>
        <translation>registrar que se avisó a un participante</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>importar datos</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>exportar datos</translation>
    </message>
    <message>
        <source>create or edit workshops</source>
        <translation>crear o editar talleres</translation>
    </message>
    <message>
        <source>plan workshop sessions</source>
        <translation>planificar sesiones de talleres</translation>
    </message>
    <message>
        <source>enrol participants in workshops</source>
        <translation>inscribir participantes en talleres</translation>
    </message>
    <message>
        <source>look up workshops</source>
        <translation>consultar talleres</translation>
    </message>
    <message>
        <source>issue certificates</source>
        <translation>emitir certificados</translation>
    </message>
    <message>
        <source>print badges</source>
        <translation>imprimir carnés</translation>
    </message>
    <message>
        <source>revoke badges and certificates</source>
        <translation>revocar carnés y certificados</translation>
    </message>
    <message>
        <source>check verification codes</source>
        <translation>comprobar códigos de verificación</translation>
    </message>
</context>
<context>
    <name>AffectedRow</name>
    <message>
        <source>No other %1 is free for them; cancel it, or rebook it in Bookings.</source>
        <translation>No hay otro %1 libre para esta persona; cancélala o vuelve a reservar en Reservas.</translation>
    </message>
    <message>
        <source>Free at the same time: %1</source>
        <translation>Libre a la misma hora: %1</translation>
    </message>
    <message>
        <source>Next free: %1, %2</source>
        <translation>Próximo hueco libre: %1, %2</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message>
        <source>Move the booking of %1 on %2 to %3</source>
        <translation>Mover la reserva de %1 del %2 a %3</translation>
    </message>
    <message>
        <source>Move the booking of %1 on %2 (no free item)</source>
        <translation>Mover la reserva de %1 del %2 (ningún equipo libre)</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Cancelar reserva</translation>
    </message>
    <message>
        <source>Cancel the booking of %1 on %2</source>
        <translation>Cancelar la reserva de %1 del %2</translation>
    </message>
</context>
<context>
    <name>AgeBands</name>
    <message>
        <source>under 12</source>
        <translation>menores de 12</translation>
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
        <translation>65 o más</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Type a name or scan a badge — Space marks the highlighted person</source>
        <translation>Escriba un nombre o escanee un carné — Espacio marca a la persona resaltada</translation>
    </message>
    <message>
        <source>Find a participant or scan a badge</source>
        <translation>Buscar un participante o escanear un carné</translation>
    </message>
    <message>
        <source>Typing narrows the list. Up and Down move the highlight. Space marks the highlighted person present, or takes the mark back. A scanned badge is marked present at once. Ctrl+N adds a walk-in.</source>
        <translation>Al escribir se acorta la lista. Arriba y Abajo mueven el resaltado. Espacio marca como presente a la persona resaltada, o quita la marca. Un carné escaneado se marca presente al instante. Ctrl+N añade a alguien sin inscripción.</translation>
    </message>
    <message>
        <source>Enrolled participants</source>
        <translation>Participantes inscritos</translation>
    </message>
    <message>
        <source>Space marks the highlighted person present, or takes the mark back.</source>
        <translation>Espacio marca como presente a la persona resaltada, o quita la marca.</translation>
    </message>
    <message>
        <source>Add walk-in… (Ctrl+N)</source>
        <translation>Añadir sin inscripción… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add a walk-in: someone who came without being enrolled (Ctrl+N)</source>
        <translation>Añadir a alguien que vino sin estar inscrito (Ctrl+N)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close: every mark is already saved</source>
        <translation>Cerrar: todas las marcas ya están guardadas</translation>
    </message>
    <message>
        <source>Every mark is saved as you make it.</source>
        <translation>Cada marca se guarda al hacerla.</translation>
    </message>
    <message>
        <source>Attendance: %1</source>
        <translation>Asistencia: %1</translation>
    </message>
    <message>
        <source>This session was cancelled, so nobody can be marked present at it.</source>
        <translation>Esta sesión se canceló, así que nadie puede marcarse presente en ella.</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet. Add people who came as walk-ins (Ctrl+N).</source>
        <translation>Todavía no hay nadie inscrito. Añada a quienes vinieron sin inscripción (Ctrl+N).</translation>
    </message>
    <message>
        <source>Nobody on the list matches “%1”. A badge code is marked with Enter; someone not enrolled can be added as a walk-in (Ctrl+N).</source>
        <translation>Nadie de la lista coincide con «%1». Un código de carné se marca con Intro; a alguien no inscrito se le puede añadir sin inscripción (Ctrl+N).</translation>
    </message>
    <message>
        <source>Nobody on the list matches</source>
        <translation>Nadie de la lista coincide</translation>
    </message>
    <message>
        <source>%1 of %2 present</source>
        <translation>%1 de %2 presentes</translation>
    </message>
    <message>
        <source>and 1 walk-in</source>
        <translation>y 1 sin inscripción</translation>
    </message>
    <message>
        <source>and %1 walk-ins</source>
        <translation>y %1 sin inscripción</translation>
    </message>
    <message>
        <source>%1 %2 is marked present.</source>
        <translation>%1 %2 está marcado como presente.</translation>
    </message>
    <message>
        <source>%1 is no longer marked present.</source>
        <translation>%1 ya no está marcado como presente.</translation>
    </message>
    <message>
        <source>%1 was already marked present.</source>
        <translation>%1 ya estaba marcado como presente.</translation>
    </message>
    <message>
        <source>Nobody on the list matches “%1”. Someone who is not enrolled can be added as a walk-in (Ctrl+N).</source>
        <translation>Nadie de la lista coincide con «%1». A alguien que no está inscrito se le puede añadir sin inscripción (Ctrl+N).</translation>
    </message>
    <message>
        <source>%1 people match. Use Up and Down to highlight one, then Space.</source>
        <translation>Coinciden %1 personas. Use Arriba y Abajo para resaltar una y luego Espacio.</translation>
    </message>
    <message>
        <source>Add a walk-in</source>
        <translation>Añadir a alguien sin inscripción</translation>
    </message>
    <message>
        <source>Who came without being enrolled? They are marked present at this session.</source>
        <translation>¿Quién vino sin estar inscrito? Se marca como presente en esta sesión.</translation>
    </message>
    <message>
        <source>as a walk-in</source>
        <translation>sin inscripción</translation>
    </message>
    <message>
        <source>(they are enrolled)</source>
        <translation>(está inscrito)</translation>
    </message>
    <message>
        <source>%1 %2 is marked present %3.</source>
        <translation>%1 %2 está marcado como presente %3.</translation>
    </message>
</context>
<context>
    <name>AttendanceGrid</name>
    <message>
        <source>Attendance grid</source>
        <translation>Tabla de asistencia</translation>
    </message>
    <message>
        <source>Participants down, sessions across. A tick means present. Arrow keys move; Space or a click changes the current box.</source>
        <translation>Participantes en filas, sesiones en columnas. Una marca significa presente. Las flechas mueven; Espacio o un clic cambia la casilla actual.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <source>%1 (walk-in)</source>
        <translation>%1 (sin inscripción)</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>not marked present</source>
        <translation>no marcado como presente</translation>
    </message>
    <message>
        <source>session still to come</source>
        <translation>sesión por venir</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 attended %2 of %3 sessions</source>
        <translation>%1 asistió a %2 de %3 sesiones</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <source>Sessions attended, of those held or planned</source>
        <translation>Sesiones a las que asistió, de las celebradas o previstas</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Every change made in the app: who made it, when, and to which record. Passwords and erased participants&apos; details are never recorded.</source>
        <translation>Cada cambio hecho en la aplicación: quién lo hizo, cuándo y en qué registro. Nunca se registran las contraseñas ni los datos de participantes borrados.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>Only from a day on</source>
        <translation>Solo a partir de un día</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Only up to a day</source>
        <translation>Solo hasta un día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Miembro del personal</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Movido</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Entrada registrada</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Salida registrada</translation>
    </message>
    <message>
        <source>Released as no-show</source>
        <translation>Liberado como ausencia</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Moved up from the waitlist</source>
        <translation>Han subido desde la lista de espera</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Marked present</source>
        <translation>Marcado presente</translation>
    </message>
    <message>
        <source>Unmarked present</source>
        <translation>Desmarcado presente</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concedida</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consentimiento dado</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentimiento retirado</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Borrado</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>Datos personales exportados</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Maintenance logged</source>
        <translation>Mantenimiento registrado</translation>
    </message>
    <message>
        <source>Maintenance resolved</source>
        <translation>Mantenimiento resuelto</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Reprinted</source>
        <translation>Reimpreso</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>Booking series</source>
        <translation>Serie de reservas</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Equipment category</source>
        <translation>Categoría de equipo</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certificación</translation>
    </message>
    <message>
        <source>Badge or certificate</source>
        <translation>Carné o certificado</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Cualquier acción</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>Cualquier registro</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Número de registro</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>&amp;Staff member</source>
        <translation>&amp;Miembro del personal</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Acción</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>N&amp;úmero</translation>
    </message>
    <message>
        <source>Audit events, newest first</source>
        <translation>Eventos de auditoría, los más recientes primero</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>Encabezados de columna</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the shown events to a CSV file</source>
        <translation>Exportar los eventos mostrados a un archivo CSV</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the audit log</source>
        <translation>Cerrar el registro de auditoría</translation>
    </message>
    <message>
        <source>No change matches these filters.</source>
        <translation>Ningún cambio coincide con estos filtros.</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 changes. Narrow the days to see older ones, or export them all.</source>
        <translation>Se muestran los %1 cambios más recientes de %2. Acorte los días para ver los anteriores, o expórtelos todos.</translation>
    </message>
    <message>
        <source>%1 change(s).</source>
        <translation>%1 cambio(s).</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 change(s) written to %2.</source>
        <translation>%1 cambio(s) escrito(s) en %2.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>{title}: nothing to show.</source>
        <translation>{title}: nada que mostrar.</translation>
    </message>
</context>
<context>
    <name>BookingDetailsDialog</name>
    <message>
        <source>Booking</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Type the notes and press Enter or Save notes to keep them</source>
        <translation>Escriba las notas y pulse Intro o Guardar notas para conservarlas</translation>
    </message>
    <message>
        <source>No notes (for example the material to bring)</source>
        <translation>Sin notas (por ejemplo el material que hay que traer)</translation>
    </message>
    <message>
        <source>Sa&amp;ve notes</source>
        <translation>Guardar &amp;notas</translation>
    </message>
    <message>
        <source>Save the notes (Enter, Alt+V)</source>
        <translation>Guardar las notas (Intro, Alt+V)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>Registrar &amp;entrada</translation>
    </message>
    <message>
        <source>Check in (Alt+I)</source>
        <translation>Registrar entrada (Alt+I)</translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation>Registrar &amp;salida</translation>
    </message>
    <message>
        <source>Check out (Alt+O)</source>
        <translation>Registrar salida (Alt+O)</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Mover…</translation>
    </message>
    <message>
        <source>Move to another time or item (Alt+M)</source>
        <translation>Mover a otra hora u otro equipo (Alt+M)</translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation>&amp;Cancelar reserva…</translation>
    </message>
    <message>
        <source>Cancel this booking (Alt+C)</source>
        <translation>Cancelar esta reserva (Alt+C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Cerrar (Escape)</translation>
    </message>
    <message>
        <source>Move the booking</source>
        <translation>Mover la reserva</translation>
    </message>
    <message>
        <source>Move the booking to this item and time</source>
        <translation>Mover la reserva a este equipo y esta hora</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Mover a</translation>
    </message>
    <message>
        <source>%1 (badge %2)</source>
        <translation>%1 (carné %2)</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>The notes are saved.</source>
        <translation>Las notas se han guardado.</translation>
    </message>
    <message>
        <source>the booking’s notes</source>
        <translation>las notas de la reserva</translation>
    </message>
    <message>
        <source>%1 is checked in.</source>
        <translation>%1 ha registrado su entrada.</translation>
    </message>
    <message>
        <source>%1 is checked out; the booking is completed.</source>
        <translation>%1 ha registrado su salida; la reserva está completada.</translation>
    </message>
    <message>
        <source>%1’s booking of %2 on %3, %4–%5</source>
        <translation>Reserva de %2 de %1 el %3, %4–%5</translation>
    </message>
    <message>
        <source>Cancel the booking?</source>
        <translation>¿Cancelar la reserva?</translation>
    </message>
    <message>
        <source>Cancel %1?</source>
        <translation>¿Cancelar %1?</translation>
    </message>
    <message>
        <source>The time becomes free for others. The cancelled booking stays on record.</source>
        <translation>El horario queda libre para otros. La reserva cancelada sigue registrada.</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>Cancelar la reserva</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantenerla</translation>
    </message>
    <message>
        <source>Keep the booking</source>
        <translation>Mantener la reserva</translation>
    </message>
    <message>
        <source>The booking is cancelled; the time is free again.</source>
        <translation>La reserva está cancelada; el horario vuelve a estar libre.</translation>
    </message>
    <message>
        <source>Choose an item from the list.</source>
        <translation>Elija un equipo de la lista.</translation>
    </message>
    <message>
        <source>The booking is moved.</source>
        <translation>La reserva se ha movido.</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Today (T)</source>
        <translation>Hoy (T)</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Ir a hoy (T)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Periodo mostrado</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Ir a la fecha</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Day view (D)</source>
        <translation>Vista de día (D)</translation>
    </message>
    <message>
        <source>One day (D)</source>
        <translation>Un día (D)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Week view (W)</source>
        <translation>Vista de semana (W)</translation>
    </message>
    <message>
        <source>Monday to Sunday (W)</source>
        <translation>De lunes a domingo (W)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Equipment category</source>
        <translation>Categoría de equipo</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>Mostrar canceladas</translation>
    </message>
    <message>
        <source>Show cancelled bookings</source>
        <translation>Mostrar las reservas canceladas</translation>
    </message>
    <message>
        <source>New booking (N)</source>
        <translation>Nueva reserva (N)</translation>
    </message>
    <message>
        <source>Recurring… (R)</source>
        <translation>Periódica… (R)</translation>
    </message>
    <message>
        <source>New recurring booking (R)</source>
        <translation>Nueva reserva periódica (R)</translation>
    </message>
    <message>
        <source>The same time every week or every other week; the dates that cannot be booked are listed before anything is saved (R)</source>
        <translation>La misma hora cada semana o cada dos semanas; las fechas que no se pueden reservar se indican antes de guardar nada (R)</translation>
    </message>
    <message>
        <source>&amp;Space</source>
        <translation>&amp;Espacio</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>C&amp;ategoría</translation>
    </message>
    <message>
        <source>No equipment to book yet</source>
        <translation>Todavía no hay equipos para reservar</translation>
    </message>
    <message>
        <source>Items added in Equipment (Ctrl+3) appear here, one row each, with their bookings over the day or the week.</source>
        <translation>Los equipos añadidos en Equipos (Ctrl+3) aparecen aquí, uno por fila, con sus reservas del día o de la semana.</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Cursor</translation>
    </message>
    <message>
        <source>Arrows move · Shift+arrows select · Enter books or opens · Alt+Left/Right or Page Up/Down: previous/next · T today · D day · W week · R recurring</source>
        <translation>Flechas mueven · Mayús+flechas seleccionan · Intro reserva o abre · Alt+Izquierda/Derecha o Re Pág/Av Pág: anterior/siguiente · T hoy · D día · W semana · R periódica</translation>
    </message>
    <message>
        <source>All spaces</source>
        <translation>Todos los espacios</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>Previous %1 (Alt+Left, Page Up)</source>
        <translation>Anterior: %1 (Alt+Izquierda, Re Pág)</translation>
    </message>
    <message>
        <source>Previous %1</source>
        <translation>Anterior: %1</translation>
    </message>
    <message>
        <source>Next %1 (Alt+Right, Page Down)</source>
        <translation>Siguiente: %1 (Alt+Derecha, Av Pág)</translation>
    </message>
    <message>
        <source>Next %1</source>
        <translation>Siguiente: %1</translation>
    </message>
    <message>
        <source>Week of %1 – %2</source>
        <translation>Semana del %1 al %2</translation>
    </message>
    <message>
        <source>Bookings timeline, %1</source>
        <translation>Cronograma de reservas, %1</translation>
    </message>
    <message>
        <source>%1 items · %2 bookings shown</source>
        <translation>%1 equipos · %2 reservas mostradas</translation>
    </message>
    <message>
        <source>No items in this space and category.</source>
        <translation>No hay equipos en este espacio y esta categoría.</translation>
    </message>
</context>
<context>
    <name>CompletionDialog</name>
    <message>
        <source>Complete “%1”</source>
        <translation>Completar «%1»</translation>
    </message>
    <message>
        <source>Who completes and who does not</source>
        <translation>Quién lo completa y quién no</translation>
    </message>
    <message>
        <source>Record completion</source>
        <translation>Registrar la finalización</translation>
    </message>
    <message>
        <source>Record completion for everyone who qualifies</source>
        <translation>Registrar la finalización de todos los que cumplen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>%1 qualify now, %2 already completed, %3 have not completed (the list says why).</source>
        <translation>%1 cumplen ahora, %2 ya lo completaron, %3 no lo han completado (la lista dice por qué).</translation>
    </message>
    <message>
        <source>This is a training: recording completion grants the certification for %1, so they can book it.</source>
        <translation>Es una formación: registrar la finalización concede la certificación para %1, así que podrán reservarlo.</translation>
    </message>
    <message>
        <source>Nobody is enrolled in this workshop, so nobody can complete it.</source>
        <translation>No hay nadie inscrito en este taller, así que nadie puede completarlo.</translation>
    </message>
    <message>
        <source>%1 Completed now (%2): %3.</source>
        <translation>%1 Completado ahora (%2): %3.</translation>
    </message>
    <message>
        <source>Nobody new completed the workshop.</source>
        <translation>Nadie nuevo ha completado el taller.</translation>
    </message>
    <message>
        <source>Certification for %1 granted to %2.</source>
        <translation>Certificación para %1 concedida a %2.</translation>
    </message>
    <message>
        <source>%1 have not completed; the list says why.</source>
        <translation>%1 no lo han completado; la lista dice por qué.</translation>
    </message>
</context>
<context>
    <name>CompletionModel</name>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Completed now</source>
        <translation>Completado ahora</translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation>Completado el %1</translation>
    </message>
    <message>
        <source>Qualifies</source>
        <translation>Cumple</translation>
    </message>
    <message>
        <source>Not complete: %1</source>
        <translation>Sin completar: %1</translation>
    </message>
    <message>
        <source>%1 of %2 (needs %3)</source>
        <translation>%1 de %2 (necesita %3)</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>participation</source>
        <translation>participación</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>fotos</translation>
    </message>
    <message>
        <source>data processing</source>
        <translation>tratamiento de datos</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>No se puede abrir la base de datos.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Elegir otro archivo…</translation>
    </message>
    <message>
        <source>Choose another database file</source>
        <translation>Elegir otro archivo de base de datos</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Quit the app</source>
        <translation>Salir de la aplicación</translation>
    </message>
    <message>
        <source>Open the latest backup</source>
        <translation>Abrir la última copia de seguridad</translation>
    </message>
    <message>
        <source>Open a copy of the latest good backup, taken %1</source>
        <translation>Abrir una copia de la última copia de seguridad correcta, hecha el %1</translation>
    </message>
    <message>
        <source>Taken %1. A copy is opened; the file that failed is kept as it is.</source>
        <translation>Hecha el %1. Se abre una copia; el archivo que falló se conserva tal cual.</translation>
    </message>
    <message>
        <source>Choose a database file</source>
        <translation>Elegir un archivo de base de datos</translation>
    </message>
    <message>
        <source>Makerspace databases (*.db *.sqlite *.sqlite3)</source>
        <translation>Bases de datos de Makerspace (*.db *.sqlite *.sqlite3)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Sites, opening hours and settings</source>
        <translation>Sedes, horarios de apertura y configuración</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Cuentas del personal</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Participants and consent</source>
        <translation>Participantes y consentimiento</translation>
    </message>
    <message>
        <source>Workshops, enrolments and attendance</source>
        <translation>Talleres, inscripciones y asistencia</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <source>Demo data comes in two sizes, “small” and “large”; “{size}” is not one of them.</source>
        <translation>Los datos de demostración tienen dos tamaños, «small» y «large»; «{size}» no es uno de ellos.</translation>
    </message>
    <message>
        <source>This database already holds data, so no demo data was added. Use an empty database for the demo, for example a new file given with --db.</source>
        <translation>Esta base de datos ya contiene datos, así que no se añadieron datos de demostración. Use una base de datos vacía para la demostración, por ejemplo un archivo nuevo indicado con --db.</translation>
    </message>
    <message>
        <source>“{name}” is not a time zone this computer knows. Use a name such as Europe/Paris or America/Chicago.</source>
        <translation>«{name}» no es una zona horaria que este ordenador conozca. Use un nombre como Europe/Madrid o America/Mexico_City.</translation>
    </message>
    <message>
        <source>No database was given. Give a file path or a postgresql+psycopg:// address.</source>
        <translation>No se indicó ninguna base de datos. Indique la ruta de un archivo o una dirección postgresql+psycopg://.</translation>
    </message>
    <message>
        <source>“{value}” is not a database address. Give a file path, sqlite:///path, or postgresql+psycopg://user@host/database.</source>
        <translation>«{value}» no es una dirección de base de datos. Indique la ruta de un archivo, sqlite:///ruta o postgresql+psycopg://usuario@servidor/basededatos.</translation>
    </message>
    <message>
        <source>A SQLite database needs a file path, for example sqlite:///makerspace.db.</source>
        <translation>Una base de datos SQLite necesita la ruta de un archivo, por ejemplo sqlite:///makerspace.db.</translation>
    </message>
    <message>
        <source>Makerspace works with SQLite files and PostgreSQL servers, not “{backend}”.</source>
        <translation>Makerspace funciona con archivos SQLite y servidores PostgreSQL, no con «{backend}».</translation>
    </message>
    <message>
        <source>The {what} filter must be text.</source>
        <translation>El filtro {what} debe ser texto.</translation>
    </message>
    <message>
        <source>The {what} filter is too long (at most {n} characters). Shorten it.</source>
        <translation>El filtro {what} es demasiado largo (como máximo {n} caracteres). Acórtelo.</translation>
    </message>
    <message>
        <source>A day in the audit filter must be a date.</source>
        <translation>Un día del filtro de auditoría debe ser una fecha.</translation>
    </message>
    <message>
        <source>The first day ({first}) is after the last day ({last}). Swap them.</source>
        <translation>El primer día ({first}) es posterior al último ({last}). Inviértalos.</translation>
    </message>
    <message>
        <source>A record number is a whole number from 1 up, for example 42.</source>
        <translation>Un número de registro es un número entero a partir de 1, por ejemplo 42.</translation>
    </message>
    <message>
        <source>{path} is a folder. Give a file name, for example audit.csv.</source>
        <translation>{path} es una carpeta. Indique un nombre de archivo, por ejemplo audit.csv.</translation>
    </message>
    <message>
        <source>There is no equipment category number {id}. Choose one from the equipment categories.</source>
        <translation>No existe la categoría de equipo número {id}. Elija una de las categorías de equipo.</translation>
    </message>
    <message>
        <source>There is no workshop number {id}. Choose the training workshop from the list, or leave it empty.</source>
        <translation>No existe el taller número {id}. Elija el taller de formación de la lista o déjelo vacío.</translation>
    </message>
    <message>
        <source>The expiry {when} is not in the future. Give a later date, or leave it empty to use the category&apos;s validity.</source>
        <translation>El vencimiento {when} no está en el futuro. Indique una fecha posterior, o déjelo vacío para usar la validez de la categoría.</translation>
    </message>
    <message>
        <source>{name} has no valid certification for {category}, so there is nothing to revoke.</source>
        <translation>{name} no tiene una certificación válida para {category}, así que no hay nada que revocar.</translation>
    </message>
    <message>
        <source>Give a number of days of 0 or more (for example 30).</source>
        <translation>Indique un número de días igual o mayor que 0 (por ejemplo 30).</translation>
    </message>
    <message>
        <source>“{value}” is not a kind of consent. Choose one of: {choices}.</source>
        <translation>«{value}» no es un tipo de consentimiento. Elija uno de: {choices}.</translation>
    </message>
    <message>
        <source>Consent cannot be recorded for a time in the future ({when}). Give the time it was actually given or withdrawn, or leave it empty for now.</source>
        <translation>No se puede registrar un consentimiento en una hora futura ({when}). Indique la hora en que realmente se dio o se retiró, o déjelo vacío para ahora.</translation>
    </message>
    <message>
        <source>Say who gave the consent: the participant&apos;s own name, or their guardian&apos;s.</source>
        <translation>Indique quién dio el consentimiento: el nombre del propio participante o el de su tutor.</translation>
    </message>
    <message>
        <source>The name of who gave the consent is too long ({length} characters; at most {limit}). Shorten it.</source>
        <translation>El nombre de quien dio el consentimiento es demasiado largo ({length} caracteres; como máximo {limit}). Acórtelo.</translation>
    </message>
    <message>
        <source>{name} already gave {kind} consent on {date}; it is still current. Nothing needs recording, or withdraw it first to record it again.</source>
        <translation>{name} ya dio el consentimiento de {kind} el {date}; sigue vigente. No hace falta registrar nada, o retírelo primero para registrarlo de nuevo.</translation>
    </message>
    <message>
        <source>{name} has no current {kind} consent, so there is nothing to withdraw.</source>
        <translation>{name} no tiene un consentimiento de {kind} vigente, así que no hay nada que retirar.</translation>
    </message>
    <message>
        <source>Consent given on {given} cannot be withdrawn earlier, on {when}. Give a later time, or leave it empty for now.</source>
        <translation>Un consentimiento dado el {given} no puede retirarse antes, el {when}. Indique una hora posterior, o déjelo vacío para ahora.</translation>
    </message>
    <message>
        <source>The photo is not a PNG image. Take the photo again, or save it as PNG first.</source>
        <translation>La foto no es una imagen PNG. Vuelva a hacer la foto o guárdela primero como PNG.</translation>
    </message>
    <message>
        <source>The photo is too large ({size} MB; at most {limit} MB). Crop it or make it smaller.</source>
        <translation>La foto es demasiado grande ({size} MB; como máximo {limit} MB). Recórtela o redúzcala.</translation>
    </message>
    <message>
        <source>{name} has no current photo consent, so their photo cannot be stored. Record their photo consent first (given by them or their guardian), then add the photo.</source>
        <translation>{name} no tiene un consentimiento de fotos vigente, así que no se puede guardar su foto. Registre primero su consentimiento de fotos (dado por la persona o su tutor) y luego añada la foto.</translation>
    </message>
    <message>
        <source>The database {path} cannot be read (permissions).</source>
        <translation>No se puede leer la base de datos {path} (permisos).</translation>
    </message>
    <message>
        <source>There is no database at {path}. Check the path, or run “makerspace-app db upgrade” to create one there.</source>
        <translation>No hay ninguna base de datos en {path}. Compruebe la ruta o ejecute «makerspace-app db upgrade» para crear una allí.</translation>
    </message>
    <message>
        <source>Cannot create the database {path}: {detail}.</source>
        <translation>No se puede crear la base de datos {path}: {detail}.</translation>
    </message>
    <message>
        <source>Could not make a verified backup of {path} ({detail}), so nothing was changed.</source>
        <translation>No se pudo hacer una copia de seguridad verificada de {path} ({detail}), así que no se cambió nada.</translation>
    </message>
    <message>
        <source>The database {path} is on a network share ({filesystem}). A SQLite file there is not safe to use from several desks: its locking is unreliable and WAL mode does not work. Use it from this computer only, or keep shared data on a PostgreSQL server.</source>
        <translation>La base de datos {path} está en una carpeta de red ({filesystem}). Un archivo SQLite allí no es seguro desde varios puestos: su bloqueo no es fiable y el modo WAL no funciona. Úsela solo desde este ordenador, o guarde los datos compartidos en un servidor PostgreSQL.</translation>
    </message>
    <message>
        <source>Backups of a PostgreSQL database are the server&apos;s job: use pg_dump, for example “{command}”.</source>
        <translation>Las copias de seguridad de una base de datos PostgreSQL son tarea del servidor: use pg_dump, por ejemplo «{command}».</translation>
    </message>
    <message>
        <source>There is no database at {path} to back up.</source>
        <translation>No hay ninguna base de datos en {path} de la que hacer copia.</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the database itself. Choose another file.</source>
        <translation>Una copia de seguridad no puede sobrescribir la propia base de datos. Elija otro archivo.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>No hay ningún archivo de copia de seguridad en {path}.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be restored. Choose another backup.</source>
        <translation>{path} está dañado y no se puede restaurar. Elija otra copia de seguridad.</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a Makerspace backup.</source>
        <translation>{path} es un archivo SQLite, pero no una copia de seguridad de Makerspace.</translation>
    </message>
    <message>
        <source>That file is the database itself, not a backup.</source>
        <translation>Ese archivo es la propia base de datos, no una copia de seguridad.</translation>
    </message>
    <message>
        <source>Could not restore {path}: {detail}. The current file was kept.</source>
        <translation>No se pudo restaurar {path}: {detail}. Se conservó el archivo actual.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({reason}). Check its name and that you may open it.</source>
        <translation>No se puede leer el archivo {path} ({reason}). Compruebe su nombre y que tiene permiso para abrirlo.</translation>
    </message>
    <message>
        <source>The first line names columns the app does not know: {unknown}. The columns are: {columns}.</source>
        <translation>La primera línea nombra columnas que la aplicación no conoce: {unknown}. Las columnas son: {columns}.</translation>
    </message>
    <message>
        <source>The first line names a column twice: {columns}. Keep one of each.</source>
        <translation>La primera línea nombra una columna dos veces: {columns}. Deje una de cada.</translation>
    </message>
    <message>
        <source>The first line must name the columns and include given_name or family_name, for example: {columns}.</source>
        <translation>La primera línea debe nombrar las columnas e incluir given_name o family_name, por ejemplo: {columns}.</translation>
    </message>
    <message>
        <source>“{value}” is not a date of birth the app can read. Write it as year-month-day, for example 2012-04-30.</source>
        <translation>«{value}» no es una fecha de nacimiento que la aplicación pueda leer. Escríbala como año-mes-día, por ejemplo 2012-04-30.</translation>
    </message>
    <message>
        <source>The file is empty. Its first line must name the columns, for example: {columns}.</source>
        <translation>El archivo está vacío. Su primera línea debe nombrar las columnas, por ejemplo: {columns}.</translation>
    </message>
    <message>
        <source>This row has {found} cells but the first line names {expected} columns. Check for a stray comma, or put the cell in quotes.</source>
        <translation>Esta fila tiene {found} celdas, pero la primera línea nombra {expected} columnas. Busque una coma de más o ponga la celda entre comillas.</translation>
    </message>
    <message>
        <source>This line cannot be read as CSV ({detail}). Save the file from the spreadsheet again as “CSV UTF-8”.</source>
        <translation>Esta línea no se puede leer como CSV ({detail}). Guarde de nuevo el archivo desde la hoja de cálculo como «CSV UTF-8».</translation>
    </message>
    <message>
        <source>“{value}” is not a badge code (8 letters and digits, like 7KQ2M9XD). Correct it, or leave it empty to give the participant a new code.</source>
        <translation>«{value}» no es un código de carné (8 letras y cifras, como 7KQ2M9XD). Corríjalo, o déjelo vacío para dar al participante un código nuevo.</translation>
    </message>
    <message>
        <source>The badge code {code} is already used on line {other}. Each participant appears once: merge the two rows, or empty one badge code.</source>
        <translation>El código de carné {code} ya se usa en la línea {other}. Cada participante aparece una vez: junte las dos filas o vacíe un código de carné.</translation>
    </message>
    <message>
        <source>The badge code {code} belongs to an erased participant. Leave the badge code empty to register the person as a new participant.</source>
        <translation>El código de carné {code} pertenece a un participante borrado. Deje vacío el código de carné para registrar a la persona como participante nuevo.</translation>
    </message>
    <message>
        <source>A participant cannot be their own guardian (guardian_badge_code {code} is their own). Give the guardian&apos;s badge code, or their name and contact.</source>
        <translation>Un participante no puede ser su propio tutor (guardian_badge_code {code} es el suyo). Indique el código de carné del tutor, o su nombre y contacto.</translation>
    </message>
    <message>
        <source>The guardian (badge code {code}, line {other}) has a problem of their own. Correct that row first.</source>
        <translation>El tutor (código de carné {code}, línea {other}) tiene un problema propio. Corrija primero esa fila.</translation>
    </message>
    <message>
        <source>No participant has the badge code {code} given as guardian. Check the code, or give the guardian&apos;s name and contact instead.</source>
        <translation>Ningún participante tiene el código de carné {code} indicado como tutor. Compruebe el código o indique en su lugar el nombre y el contacto del tutor.</translation>
    </message>
    <message>
        <source>Line {line} is not UTF-8 text. Save the file from the spreadsheet as “CSV UTF-8” and import it again.</source>
        <translation>La línea {line} no es texto UTF-8. Guarde el archivo desde la hoja de cálculo como «CSV UTF-8» e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>The {label} is too long ({length} characters; at most {limit}). Shorten it.</source>
        <translation>El campo {label} es demasiado largo ({length} caracteres; como máximo {limit}). Acórtelo.</translation>
    </message>
    <message>
        <source>The {label} contains an invisible control character that cannot be stored. Retype it instead of pasting it.</source>
        <translation>El campo {label} contiene un carácter de control invisible que no se puede guardar. Escríbalo de nuevo en lugar de pegarlo.</translation>
    </message>
    <message>
        <source>“{value}” is not an age band. Choose one of: {choices}.</source>
        <translation>«{value}» no es una franja de edad. Elija una de: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a language code. Use a code such as en, es, ar or pt-BR.</source>
        <translation>«{value}» no es un código de idioma. Use un código como en, es, ar o pt-BR.</translation>
    </message>
    <message>
        <source>A participant needs a name: type a given name, a family name, or both.</source>
        <translation>Un participante necesita un nombre: escriba un nombre, un apellido o ambos.</translation>
    </message>
    <message>
        <source>The date of birth {dob} is in the future. Check the day, month and year.</source>
        <translation>La fecha de nacimiento {dob} está en el futuro. Compruebe el día, el mes y el año.</translation>
    </message>
    <message>
        <source>The date of birth {dob} would make them {age} years old. Check the year.</source>
        <translation>Con la fecha de nacimiento {dob} tendría {age} años. Compruebe el año.</translation>
    </message>
    <message>
        <source>The date of birth {dob} makes them {age}, which is not in the age band {band}. Correct one of them, or leave the age band empty.</source>
        <translation>Con la fecha de nacimiento {dob} tiene {age}, que no está en la franja de edad {band}. Corrija una de las dos o deje vacía la franja de edad.</translation>
    </message>
    <message>
        <source>Give a date of birth or choose an age band, so the makerspace knows whether a guardian is needed.</source>
        <translation>Indique una fecha de nacimiento o elija una franja de edad, para que el makerspace sepa si hace falta un tutor.</translation>
    </message>
    <message>
        <source>“{value}” does not look like an e-mail address. Write it as name@example.org, or leave it empty.</source>
        <translation>«{value}» no parece una dirección de correo electrónico. Escríbala como nombre@example.org o déjela vacía.</translation>
    </message>
    <message>
        <source>“{value}” does not look like a phone number. Use digits, spaces and + - ( ) only, or leave it empty.</source>
        <translation>«{value}» no parece un número de teléfono. Use solo cifras, espacios y + - ( ), o déjelo vacío.</translation>
    </message>
    <message>
        <source>“{value}” is not an accessibility need the app knows. Choose from: {choices}; describe anything else in the accessibility notes.</source>
        <translation>«{value}» no es una necesidad de accesibilidad que la aplicación conozca. Elija entre: {choices}; describa cualquier otra cosa en las notas de accesibilidad.</translation>
    </message>
    <message>
        <source>Enter both the guardian&apos;s name and how to reach them (phone or e-mail).</source>
        <translation>Escriba tanto el nombre del tutor como la forma de contactarlo (teléfono o correo electrónico).</translation>
    </message>
    <message>
        <source>Choose a guardian among the participants or enter the guardian&apos;s name and contact, not both.</source>
        <translation>Elija un tutor entre los participantes o escriba el nombre y el contacto del tutor, no ambas cosas.</translation>
    </message>
    <message>
        <source>{guardian} cannot be the guardian: they are under {adult_age} or their age is not recorded. Choose an adult participant, or enter the guardian&apos;s name and contact.</source>
        <translation>{guardian} no puede ser tutor: es menor de {adult_age} o su edad no consta. Elija un participante adulto o escriba el nombre y el contacto del tutor.</translation>
    </message>
    <message>
        <source>A participant under {adult_age} needs a guardian: choose an adult participant or enter the guardian&apos;s name and contact.</source>
        <translation>Un participante menor de {adult_age} necesita un tutor: elija un participante adulto o escriba el nombre y el contacto del tutor.</translation>
    </message>
    <message>
        <source>There is no participant number {id}. It may have been removed; search for the person again.</source>
        <translation>No existe el participante número {id}. Puede que se haya eliminado; busque de nuevo a la persona.</translation>
    </message>
    <message>
        <source>Participant number {id} was erased on {date}: nothing about them is kept. If the person comes back, register them again as a new participant.</source>
        <translation>El participante número {id} se borró el {date}: no se guarda nada sobre él. Si la persona vuelve, regístrela de nuevo como participante nuevo.</translation>
    </message>
    <message>
        <source>A participant cannot be their own guardian. Choose another adult participant, or enter the guardian&apos;s name and contact.</source>
        <translation>Un participante no puede ser su propio tutor. Elija otro participante adulto o escriba el nombre y el contacto del tutor.</translation>
    </message>
    <message>
        <source>There is no participant number {id} to be the guardian. Search for the guardian again, or enter their name and contact.</source>
        <translation>No existe el participante número {id} para ser tutor. Busque de nuevo al tutor o escriba su nombre y contacto.</translation>
    </message>
    <message>
        <source>There is no site number {id}. Choose one of the sites in Settings.</source>
        <translation>No existe la sede número {id}. Elija una de las sedes en Configuración.</translation>
    </message>
    <message>
        <source>No free badge code could be found. Try again; if it persists, report it as a bug.</source>
        <translation>No se encontró ningún código de carné libre. Inténtelo de nuevo; si persiste, infórmelo como un error.</translation>
    </message>
    <message>
        <source>This would make them under {adult_age}, but they are the guardian of {count} minor participant(s), for example {ward}. Check the date of birth, or give those participants another guardian first.</source>
        <translation>Esto lo haría menor de {adult_age}, pero es tutor de {count} participante(s) menor(es), por ejemplo {ward}. Compruebe la fecha de nacimiento o dé primero otro tutor a esos participantes.</translation>
    </message>
    <message>
        <source>{name} is under {adult_age} and has no guardian on record, so they cannot book or enrol yet. Add a guardian on their page (Participants, then Guardian): an adult participant, or the guardian&apos;s name and contact.</source>
        <translation>{name} es menor de {adult_age} y no tiene tutor registrado, así que todavía no puede reservar ni inscribirse. Añada un tutor en su ficha (Participantes, luego Tutor): un participante adulto, o el nombre y el contacto del tutor.</translation>
    </message>
    <message>
        <source>Only a {role} or above can {action}. Ask a colleague with that role, or an admin to change your role.</source>
        <translation>Solo un {role} o superior puede {action}. Pídaselo a un compañero con ese rol, o a un administrador que cambie su rol.</translation>
    </message>
    <message>
        <source>There is no setting called “{key}”.</source>
        <translation>No existe ningún ajuste llamado «{key}».</translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation>{label} debe ser texto.</translation>
    </message>
    <message>
        <source>{label} contains an invisible control character. Retype it instead of pasting it.</source>
        <translation>{label} contiene un carácter de control invisible. Escríbalo de nuevo en lugar de pegarlo.</translation>
    </message>
    <message>
        <source>{label} must be one of: {choices}.</source>
        <translation>{label} debe ser uno de: {choices}.</translation>
    </message>
    <message>
        <source>{label} must be a whole number from {low} to {high}.</source>
        <translation>{label} debe ser un número entero de {low} a {high}.</translation>
    </message>
    <message>
        <source>A user name is one word with no spaces (at most 100 characters), for example “amira”.</source>
        <translation>Un nombre de usuario es una sola palabra sin espacios (como máximo 100 caracteres), por ejemplo «amira».</translation>
    </message>
    <message>
        <source>The user name or name contains an invisible control character. Retype it instead of pasting it.</source>
        <translation>El nombre de usuario o el nombre contiene un carácter de control invisible. Escríbalo de nuevo en lugar de pegarlo.</translation>
    </message>
    <message>
        <source>A staff member&apos;s name is at most 200 characters. Shorten it.</source>
        <translation>El nombre de un miembro del personal tiene como máximo 200 caracteres. Acórtelo.</translation>
    </message>
    <message>
        <source>That password or PIN is too long (at most 1000 characters, a PIN at most 100 digits).</source>
        <translation>Esa contraseña o PIN es demasiado larga (como máximo 1000 caracteres; un PIN, como máximo 100 cifras).</translation>
    </message>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation>Una contraseña necesita al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>A PIN is at least {n} digits.</source>
        <translation>Un PIN tiene al menos {n} cifras.</translation>
    </message>
    <message>
        <source>Give a password (at least {n} characters) or a PIN, or both.</source>
        <translation>Indique una contraseña (de al menos {n} caracteres) o un PIN, o ambos.</translation>
    </message>
    <message>
        <source>There is already a staff member called “{username}”. Pick another user name.</source>
        <translation>Ya hay un miembro del personal llamado «{username}». Elija otro nombre de usuario.</translation>
    </message>
    <message>
        <source>This database already has staff accounts. Ask an admin to add you.</source>
        <translation>Esta base de datos ya tiene cuentas del personal. Pida a un administrador que le añada.</translation>
    </message>
    <message>
        <source>That user name and password or PIN do not match. Check them and try again.</source>
        <translation>Ese nombre de usuario y esa contraseña o PIN no coinciden. Compruébelos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>There is no staff member number {id}. Choose one from the list.</source>
        <translation>No existe el miembro del personal número {id}. Elija uno de la lista.</translation>
    </message>
    <message>
        <source>“{role}” is not a role. Choose one of: {roles}.</source>
        <translation>«{role}» no es un rol. Elija uno de: {roles}.</translation>
    </message>
    <message>
        <source>A staff member&apos;s name is 1 to 200 characters, for example “Amira Haddad”.</source>
        <translation>El nombre de un miembro del personal tiene de 1 a 200 caracteres, por ejemplo «Amira Haddad».</translation>
    </message>
    <message>
        <source>{name} is the only active admin, so they stay one. Make another staff member an admin first.</source>
        <translation>{name} es el único administrador activo, así que sigue siéndolo. Haga primero administrador a otro miembro del personal.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account while signed in with it. Ask another admin.</source>
        <translation>No puede desactivar su propia cuenta mientras ha entrado con ella. Pídaselo a otro administrador.</translation>
    </message>
    <message>
        <source>A report is written as a PDF or a CSV file: name the file with .pdf or .csv at the end (not “{suffix}”).</source>
        <translation>Un informe se escribe como archivo PDF o CSV: ponga .pdf o .csv al final del nombre del archivo (no «{suffix}»).</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>No se puede escribir {path}: {reason}.</translation>
    </message>
    <message>
        <source>A report needs a first and a last day.</source>
        <translation>Un informe necesita un primer y un último día.</translation>
    </message>
    <message>
        <source>The report&apos;s last day ({last}) is before its first day ({first}). Choose a last day on or after the first.</source>
        <translation>El último día del informe ({last}) es anterior al primero ({first}). Elija un último día igual o posterior al primero.</translation>
    </message>
    <message>
        <source>A report covers at most ten years; {first} to {last} is {days} days. Check the years of the two days.</source>
        <translation>Un informe abarca como máximo diez años; del {first} al {last} son {days} días. Compruebe los años de los dos días.</translation>
    </message>
    <message>
        <source>{first} to {last} is outside the days a report can cover.</source>
        <translation>Del {first} al {last} queda fuera de los días que puede abarcar un informe.</translation>
    </message>
    <message>
        <source>There is no report called “{kind}”. Choose one of: {kinds}.</source>
        <translation>No existe ningún informe llamado «{kind}». Elija uno de: {kinds}.</translation>
    </message>
    <message>
        <source>This session was cancelled, so nobody can be marked present at it. Choose another session of the workshop.</source>
        <translation>Esta sesión se canceló, así que nadie puede marcarse presente en ella. Elija otra sesión del taller.</translation>
    </message>
    <message>
        <source>{name} is not enrolled in “{workshop}”. Add them as a walk-in instead (Ctrl+N), or enrol them first.</source>
        <translation>{name} no está inscrito en «{workshop}». Añádalo sin inscripción (Ctrl+N) o inscríbalo primero.</translation>
    </message>
    <message>
        <source>{name} is already marked present at this session. Nothing to do.</source>
        <translation>{name} ya está marcado como presente en esta sesión. No hay nada que hacer.</translation>
    </message>
    <message>
        <source>The workshop has no sessions yet, so nobody can complete it. Add its sessions first.</source>
        <translation>El taller todavía no tiene sesiones, así que nadie puede completarlo. Añada primero sus sesiones.</translation>
    </message>
    <message>
        <source>Completing needs {required} sessions but the workshop has only {total}. Change the completion rule, or add sessions.</source>
        <translation>Para completarlo hacen falta {required} sesiones, pero el taller solo tiene {total}. Cambie la regla de finalización o añada sesiones.</translation>
    </message>
    <message>
        <source>Attended {attended} of {total} sessions; {required} are needed to complete ({missing} more).</source>
        <translation>Asistió a {attended} de {total} sesiones; hacen falta {required} para completarlo ({missing} más).</translation>
    </message>
    <message>
        <source>That item no longer exists. Refresh the list and choose another.</source>
        <translation>Ese equipo ya no existe. Actualice la lista y elija otro.</translation>
    </message>
    <message>
        <source>That participant no longer exists. Search for them again.</source>
        <translation>Ese participante ya no existe. Búsquelo de nuevo.</translation>
    </message>
    <message>
        <source>The end ({end}) must come after the start ({start}).</source>
        <translation>El final ({end}) debe ser posterior al inicio ({start}).</translation>
    </message>
    <message>
        <source>That time has already passed. Choose a time from now on.</source>
        <translation>Esa hora ya ha pasado. Elija una hora a partir de ahora.</translation>
    </message>
    <message>
        <source>A booking can last at most {days} days. Book it as a series instead.</source>
        <translation>Una reserva puede durar como máximo {days} días. Resérvela como serie.</translation>
    </message>
    <message>
        <source>This participant&apos;s record was erased; register them again.</source>
        <translation>El registro de este participante se borró; regístrelo de nuevo.</translation>
    </message>
    <message>
        <source>{item} is retired and can no longer be booked.</source>
        <translation>{item} está retirado y ya no se puede reservar.</translation>
    </message>
    <message>
        <source>{item} is out of service. Book another {category} instead.</source>
        <translation>{item} está fuera de servicio. Reserve otro {category}.</translation>
    </message>
    <message>
        <source>A {category} booking can last at most {limit} minutes; this one is {minutes}. Shorten it, or book two slots.</source>
        <translation>Una reserva de {category} puede durar como máximo {limit} minutos; esta dura {minutes}. Acórtela o reserve dos franjas.</translation>
    </message>
    <message>
        <source>The makerspace is closed on {day} ({reason}). Choose another day.</source>
        <translation>El makerspace está cerrado el {day} ({reason}). Elija otro día.</translation>
    </message>
    <message>
        <source>{start}–{end} is outside opening hours on {day} ({hours}). Choose a time within them.</source>
        <translation>{start}–{end} está fuera del horario de apertura del {day} ({hours}). Elija una hora dentro del horario.</translation>
    </message>
    <message>
        <source>{person} is under {adult} and has no guardian on record. Add a guardian (an adult participant, or a name and contact) to their record first.</source>
        <translation>{person} es menor de {adult} y no tiene tutor registrado. Añada primero un tutor (un participante adulto, o un nombre y contacto) a su ficha.</translation>
    </message>
    <message>
        <source>{category} is for ages {min_age} and over; {person} is {age}. A leader-run workshop may be an option.</source>
        <translation>{category} es para mayores de {min_age}; {person} tiene {age}. Un taller dirigido por un responsable puede ser una opción.</translation>
    </message>
    <message>
        <source>{person} has no valid certification for {category}. They can book it after completing the training (or renewing an expired certification).</source>
        <translation>{person} no tiene una certificación válida para {category}. Podrá reservarlo tras completar la formación (o renovar una certificación vencida).</translation>
    </message>
    <message>
        <source>{item} is booked {start}–{end} on {day}.</source>
        <translation>{item} está reservado de {start} a {end} el {day}.</translation>
    </message>
    <message>
        <source>{person} has {used} booked in the week of {week}; the weekly limit is {limit} h, so at most {left} more fits.</source>
        <translation>{person} tiene {used} reservadas en la semana del {week}; el límite semanal es de {limit} h, así que caben como máximo {left} más.</translation>
    </message>
    <message>
        <source>Notes can hold at most {limit} characters; these have {count}. Shorten them.</source>
        <translation>Las notas admiten como máximo {limit} caracteres; estas tienen {count}. Acórtelas.</translation>
    </message>
    <message>
        <source>{item} was just booked for that time from somewhere else. Choose another time.</source>
        <translation>{item} se acaba de reservar para esa hora desde otro lugar. Elija otra hora.</translation>
    </message>
    <message>
        <source>A booking time needs its time zone.</source>
        <translation>La hora de una reserva necesita su zona horaria.</translation>
    </message>
    <message>
        <source>Only a booking that is still to come can be moved; this one is {status}.</source>
        <translation>Solo se puede mover una reserva que todavía no ha llegado; esta está {status}.</translation>
    </message>
    <message>
        <source>Only a booking not yet started can be cancelled; this one is {status}.</source>
        <translation>Solo se puede cancelar una reserva que no ha empezado; esta está {status}.</translation>
    </message>
    <message>
        <source>This booking is {status}, so it cannot be checked in.</source>
        <translation>Esta reserva está {status}, así que no se puede registrar su entrada.</translation>
    </message>
    <message>
        <source>This booking starts at {start}; check-in opens 15 minutes before.</source>
        <translation>Esta reserva empieza a las {start}; la entrada se abre 15 minutos antes.</translation>
    </message>
    <message>
        <source>This booking ended at {end}. Make a new booking instead.</source>
        <translation>Esta reserva terminó a las {end}. Haga una reserva nueva.</translation>
    </message>
    <message>
        <source>Only a checked-in booking can be checked out; this one is {status}.</source>
        <translation>Solo se puede registrar la salida de una reserva con entrada registrada; esta está {status}.</translation>
    </message>
    <message>
        <source>That booking no longer exists. Refresh the view.</source>
        <translation>Esa reserva ya no existe. Actualiza la vista.</translation>
    </message>
    <message>
        <source>A series has from 1 to 104 occurrences; {count} was asked.</source>
        <translation>Una serie tiene de 1 a 104 fechas; se pidieron {count}.</translation>
    </message>
    <message>
        <source>Since the dates were checked, {count} more of the occurrences became impossible to book (the first, on {day}: {first}). Nothing was booked; check the dates again.</source>
        <translation>Desde que se comprobaron las fechas, otras {count} se han vuelto imposibles de reservar (la primera, el {day}: {first}). No se reservó nada; compruebe de nuevo las fechas.</translation>
    </message>
    <message>
        <source>{count} of the {total} occurrences cannot be booked (the first: {first}). Skip those occurrences, or drop the series.</source>
        <translation>{count} de las {total} fechas no se pueden reservar (la primera: {first}). Omita esas fechas o abandone la serie.</translation>
    </message>
    <message>
        <source>None of the occurrences can be booked: {first}</source>
        <translation>No se puede reservar ninguna de las fechas: {first}</translation>
    </message>
    <message>
        <source>The end of the period must come after its start. Check the dates.</source>
        <translation>El final del periodo debe ser posterior a su inicio. Compruebe las fechas.</translation>
    </message>
    <message>
        <source>The calendar could not be written to {path} ({detail}). Choose a folder you can write to.</source>
        <translation>No se pudo escribir el calendario en {path} ({detail}). Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} row(s) need fixing (first: line {line}: {reason}).</source>
        <translation>No se importó nada: {count} fila(s) necesitan corrección (primera: línea {line}: {reason}).</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>No se puede leer {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text. In Excel use “Save as: CSV UTF-8”.</source>
        <translation>{path} no es texto UTF-8. En Excel use «Guardar como: CSV UTF-8».</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line with the column names.</source>
        <translation>El archivo está vacío: necesita una línea de encabezado con los nombres de las columnas.</translation>
    </message>
    <message>
        <source>The header line lacks the column(s) {missing}. Expected: {expected}.</source>
        <translation>A la línea de encabezado le falta(n) la(s) columna(s) {missing}. Se esperaba: {expected}.</translation>
    </message>
    <message>
        <source>An equipment category needs a name, for example “3D printers”.</source>
        <translation>Una categoría de equipos necesita un nombre, por ejemplo «Impresoras 3D».</translation>
    </message>
    <message>
        <source>The {what} cannot be {value}. Leave it empty for no limit.</source>
        <translation>El valor de {what} no puede ser {value}. Déjalo vacío para no poner límite.</translation>
    </message>
    <message>
        <source>There is already a category called “{name}”.</source>
        <translation>Ya hay una categoría llamada «{name}».</translation>
    </message>
    <message>
        <source>That equipment category no longer exists. Refresh the list.</source>
        <translation>Esa categoría de equipos ya no existe. Actualiza la lista.</translation>
    </message>
    <message>
        <source>That item no longer exists. Refresh the list.</source>
        <translation>Ese equipo ya no existe. Actualiza la lista.</translation>
    </message>
    <message>
        <source>No item has the asset tag “{tag}”. Check the label.</source>
        <translation>Ningún equipo tiene la etiqueta de inventario «{tag}». Revisa la etiqueta.</translation>
    </message>
    <message>
        <source>An item needs an asset tag (the code on its label).</source>
        <translation>Un equipo necesita una etiqueta de inventario (el código de su etiqueta).</translation>
    </message>
    <message>
        <source>An item needs a name, for example “Prusa MK4 #2”.</source>
        <translation>Un equipo necesita un nombre, por ejemplo «Prusa MK4 #2».</translation>
    </message>
    <message>
        <source>Choose the item&apos;s equipment category.</source>
        <translation>Elige la categoría del equipo.</translation>
    </message>
    <message>
        <source>That space no longer exists. Choose another.</source>
        <translation>Ese espacio ya no existe. Elige otro.</translation>
    </message>
    <message>
        <source>The asset tag {tag} is already used by “{other}”. Each item needs its own tag.</source>
        <translation>La etiqueta de inventario {tag} ya la usa «{other}». Cada equipo necesita su propia etiqueta.</translation>
    </message>
    <message>
        <source>The asset tag {tag} was just taken on another desk.</source>
        <translation>La etiqueta de inventario {tag} se acaba de usar en otro puesto.</translation>
    </message>
    <message>
        <source>A photo must be a PNG or JPEG picture. Save it in one of those formats and choose it again.</source>
        <translation>La foto debe ser una imagen PNG o JPEG. Guárdala en uno de esos formatos y vuelve a elegirla.</translation>
    </message>
    <message>
        <source>The photo is {size} MB; at most {limit} MB fits. Choose a smaller picture.</source>
        <translation>La foto ocupa {size} MB; caben como máximo {limit} MB. Elige una imagen más pequeña.</translation>
    </message>
    <message>
        <source>{name} still has {count} future booking(s). Move or cancel them first, then retire it.</source>
        <translation>{name} aún tiene {count} reserva(s) futura(s). Muévelas o cancélalas primero y después retíralo.</translation>
    </message>
    <message>
        <source>{name} is not retired, so there is nothing to undo.</source>
        <translation>{name} no está retirado, así que no hay nada que deshacer.</translation>
    </message>
    <message>
        <source>Describe the maintenance, for example “Nozzle clogged”.</source>
        <translation>Describe el mantenimiento, por ejemplo «Boquilla atascada».</translation>
    </message>
    <message>
        <source>{name} is retired. Put it back in the inventory first.</source>
        <translation>{name} está retirado. Devuélvelo antes al inventario.</translation>
    </message>
    <message>
        <source>That maintenance record no longer exists.</source>
        <translation>Ese registro de mantenimiento ya no existe.</translation>
    </message>
    <message>
        <source>{name} is already in service.</source>
        <translation>{name} ya está en servicio.</translation>
    </message>
    <message>
        <source>There is no project number {id}. It may have been removed; refresh the gallery.</source>
        <translation>No existe el proyecto número {id}. Puede que se haya quitado; actualice la galería.</translation>
    </message>
    <message>
        <source>There is no participant number {id}. Search for the person again.</source>
        <translation>No existe el participante número {id}. Busque de nuevo a la persona.</translation>
    </message>
    <message>
        <source>Participant number {id} was erased and cannot be named on a project. Leave them out.</source>
        <translation>El participante número {id} se borró y no puede figurar en un proyecto. Déjelo fuera.</translation>
    </message>
    <message>
        <source>A project needs a title, for example “Solar-powered lamp”.</source>
        <translation>Un proyecto necesita un título, por ejemplo «Lámpara solar».</translation>
    </message>
    <message>
        <source>The title is too long ({length} characters; at most {limit}). Shorten it and tell the rest in the description.</source>
        <translation>El título es demasiado largo ({length} caracteres; como máximo {limit}). Acórtelo y cuente el resto en la descripción.</translation>
    </message>
    <message>
        <source>“{value}” is not a project status. Choose one of: {choices}.</source>
        <translation>«{value}» no es un estado de proyecto. Elija uno de: {choices}.</translation>
    </message>
    <message>
        <source>There is no workshop number {id}. Choose the workshop from the list, or leave it empty.</source>
        <translation>No existe el taller número {id}. Elija el taller de la lista o déjelo vacío.</translation>
    </message>
    <message>
        <source>There is no item number {id}. Choose the equipment from the list.</source>
        <translation>No existe el equipo número {id}. Elija el equipo de la lista.</translation>
    </message>
    <message>
        <source>There is no booking number {id}. Choose one of the team&apos;s bookings, or leave the booking empty.</source>
        <translation>No existe la reserva número {id}. Elija una de las reservas del equipo de personas o deje la reserva vacía.</translation>
    </message>
    <message>
        <source>Booking number {booking} was for {booked}, not {item}. Choose a booking of {item}, or record {booked} instead.</source>
        <translation>La reserva número {booking} era de {booked}, no de {item}. Elija una reserva de {item}, o registre {booked}.</translation>
    </message>
    <message>
        <source>Booking number {booking} was for {person}, who is not in the project&apos;s team. Add them to the team first, or choose a team member&apos;s booking.</source>
        <translation>La reserva número {booking} era de {person}, que no está en el equipo del proyecto. Añádalo primero al equipo, o elija una reserva de un miembro del equipo.</translation>
    </message>
    <message>
        <source>Booking number {booking} is {status}, so nothing was made in it. Choose another booking, or leave the booking empty.</source>
        <translation>La reserva número {booking} está {status}, así que no se hizo nada en ella. Elija otra reserva o deje la reserva vacía.</translation>
    </message>
    <message>
        <source>{item} is already listed for this project{booking}. Nothing to do.</source>
        <translation>{item} ya figura en este proyecto{booking}. No hay nada que hacer.</translation>
    </message>
    <message>
        <source>That equipment is no longer listed on the project. Refresh the page.</source>
        <translation>Ese equipo ya no figura en el proyecto. Actualice la página.</translation>
    </message>
    <message>
        <source>The {what} is not a PNG, JPEG, GIF or WebP image. Save it in one of those formats and try again.</source>
        <translation>El {what} no es una imagen PNG, JPEG, GIF o WebP. Guárdelo en uno de esos formatos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The {what} is too large ({size} MB; at most {limit} MB). Make it smaller and try again.</source>
        <translation>El {what} es demasiado grande ({size} MB; como máximo {limit} MB). Redúzcalo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Before attaching a photo, read the warning and confirm it: everyone recognisable in it must be listed and have photo consent. Then add the photo again.</source>
        <translation>Antes de adjuntar una foto, lea la advertencia y confírmela: todas las personas reconocibles deben figurar y tener consentimiento de fotos. Luego añada de nuevo la foto.</translation>
    </message>
    <message>
        <source>No current photo consent for: {names}. Record their photo consent first (given by them or their guardian), or choose a photo without them.</source>
        <translation>Sin consentimiento de fotos vigente para: {names}. Registre primero su consentimiento de fotos (dado por ellas o su tutor), o elija una foto sin ellas.</translation>
    </message>
    <message>
        <source>That photo is no longer on the project. Refresh the page.</source>
        <translation>Esa foto ya no está en el proyecto. Actualice la página.</translation>
    </message>
    <message>
        <source>The file needs a name, for example “lamp.svg”.</source>
        <translation>El archivo necesita un nombre, por ejemplo «lampara.svg».</translation>
    </message>
    <message>
        <source>The file name is too long ({length} characters; at most {limit}). Rename the file.</source>
        <translation>El nombre del archivo es demasiado largo ({length} caracteres; como máximo {limit}). Cambie el nombre del archivo.</translation>
    </message>
    <message>
        <source>“{filename}” is {size} MB; a project file can be at most {limit} MB. Compress it or split it, or link to it in the description instead.</source>
        <translation>«{filename}» ocupa {size} MB; un archivo de proyecto puede ocupar como máximo {limit} MB. Comprímalo o divídalo, o enlácelo en la descripción.</translation>
    </message>
    <message>
        <source>“{value}” is not a media type. Use a form such as image/svg+xml or application/pdf, or leave it empty to guess it from the file name.</source>
        <translation>«{value}» no es un tipo de medio. Use una forma como image/svg+xml o application/pdf, o déjelo vacío para deducirlo del nombre del archivo.</translation>
    </message>
    <message>
        <source>That file is no longer on the project. Refresh the page.</source>
        <translation>Ese archivo ya no está en el proyecto. Actualice la página.</translation>
    </message>
    <message>
        <source>That enrolment no longer exists. Refresh the view.</source>
        <translation>Esa inscripción ya no existe. Actualice la vista.</translation>
    </message>
    <message>
        <source>There is no waitlist promotion to tell about for this enrolment: it was already marked as told, or the place was given up. Refresh the view.</source>
        <translation>No hay ninguna subida desde la lista de espera que avisar para esta inscripción: ya se marcó como avisada o se renunció a la plaza. Actualice la vista.</translation>
    </message>
    <message>
        <source>unknown category “{name}” (known: {known})</source>
        <translation>categoría desconocida «{name}» (conocidas: {known})</translation>
    </message>
    <message>
        <source>unknown space “{name}”</source>
        <translation>espacio desconocido «{name}»</translation>
    </message>
    <message>
        <source>status “{value}” should be available, out_of_service or retired</source>
        <translation>el estado «{value}» debería ser available, out_of_service o retired</translation>
    </message>
    <message>
        <source>“{value}” is not a date and time like 2026-03-10T16:00</source>
        <translation>«{value}» no es una fecha y hora como 2026-03-10T16:00</translation>
    </message>
    <message>
        <source>no item has the asset tag “{tag}”</source>
        <translation>ningún equipo tiene la etiqueta de inventario «{tag}»</translation>
    </message>
    <message>
        <source>no participant has the badge code “{code}”</source>
        <translation>ningún participante tiene el código de carné «{code}»</translation>
    </message>
    <message>
        <source>The {what} needs its date, time and time zone.</source>
        <translation>El campo {what} necesita fecha, hora y zona horaria.</translation>
    </message>
    <message>
        <source>There is no workshop number {id}. It may have been removed; refresh the list of workshops.</source>
        <translation>No existe el taller número {id}. Puede que se haya quitado; actualice la lista de talleres.</translation>
    </message>
    <message>
        <source>There is no session number {id}. It may have been removed; open the workshop again to see its sessions.</source>
        <translation>No existe la sesión número {id}. Puede que se haya quitado; abra de nuevo el taller para ver sus sesiones.</translation>
    </message>
    <message>
        <source>Only the leaders of “{workshop}” ({leaders}) or a coordinator can {action}. Ask one of them, or ask a coordinator to add you as a leader.</source>
        <translation>Solo los responsables de «{workshop}» ({leaders}) o un coordinador pueden {action}. Pídaselo a uno de ellos, o pida a un coordinador que le añada como responsable.</translation>
    </message>
    <message>
        <source>The {label} must be a whole number from {low} to {high}{empty}.</source>
        <translation>El campo {label} debe ser un número entero de {low} a {high}{empty}.</translation>
    </message>
    <message>
        <source>A workshop needs a title, for example “Laser cutting for beginners”.</source>
        <translation>Un taller necesita un título, por ejemplo «Corte láser para principiantes».</translation>
    </message>
    <message>
        <source>The title is too long ({length} characters; at most {limit}). Shorten it and put the rest in the description.</source>
        <translation>El título es demasiado largo ({length} caracteres; como máximo {limit}). Acórtelo y ponga el resto en la descripción.</translation>
    </message>
    <message>
        <source>The minimum age ({min_age}) is above the maximum age ({max_age}). Swap them, or leave one empty.</source>
        <translation>La edad mínima ({min_age}) es mayor que la máxima ({max_age}). Inviértalas o deje una vacía.</translation>
    </message>
    <message>
        <source>Choose one completion rule: at least {n} sessions, or {pct}% of the sessions — not both.</source>
        <translation>Elija una sola regla de finalización: al menos {n} sesiones, o el {pct}% de las sesiones — no ambas.</translation>
    </message>
    <message>
        <source>There is no space number {id}. Choose one of the spaces in Settings, or leave it empty.</source>
        <translation>No existe el espacio número {id}. Elija uno de los espacios en Configuración o déjelo vacío.</translation>
    </message>
    <message>
        <source>There is no equipment category number {id}. Choose the category this training certifies for, or leave it empty.</source>
        <translation>No existe la categoría de equipo número {id}. Elija la categoría para la que certifica esta formación o déjela vacía.</translation>
    </message>
    <message>
        <source>There is no staff member number {id} to lead the workshop. Choose the leaders from the staff list.</source>
        <translation>No existe el miembro del personal número {id} para dirigir el taller. Elija a los responsables de la lista del personal.</translation>
    </message>
    <message>
        <source>{name} cannot lead a workshop: they are not an active workshop leader, coordinator or admin. Choose another leader, or ask an admin to change their role.</source>
        <translation>{name} no puede dirigir un taller: no es responsable de taller, coordinador ni administrador activo. Elija a otro responsable o pida a un administrador que cambie su rol.</translation>
    </message>
    <message>
        <source>There is no space number {id}. Choose one of the spaces in Settings, or leave it empty to use the workshop&apos;s space.</source>
        <translation>No existe el espacio número {id}. Elija uno de los espacios en Configuración, o déjelo vacío para usar el espacio del taller.</translation>
    </message>
    <message>
        <source>The session must end after it starts ({start} to {end}). Check the times.</source>
        <translation>La sesión debe terminar después de empezar ({start} a {end}). Compruebe las horas.</translation>
    </message>
    <message>
        <source>The makerspace is closed on {day} ({reason}). Choose another day for the session.</source>
        <translation>El makerspace está cerrado el {day} ({reason}). Elija otro día para la sesión.</translation>
    </message>
    <message>
        <source>“{workshop}” already has a session {start}–{end}. Choose a time that does not overlap it, or move that session instead.</source>
        <translation>«{workshop}» ya tiene una sesión de {start} a {end}. Elija una hora que no se solape o mueva esa sesión.</translation>
    </message>
    <message>
        <source>A series has from 1 to {limit} sessions; {count} was asked.</source>
        <translation>Una serie tiene de 1 a {limit} sesiones; se pidieron {count}.</translation>
    </message>
    <message>
        <source>Each session must end after it starts ({start} to {end}). Check the times.</source>
        <translation>Cada sesión debe terminar después de empezar ({start} a {end}). Compruebe las horas.</translation>
    </message>
    <message>
        <source>None of the {count} dates can have a session (the first: {day}, {reason}). Choose other dates.</source>
        <translation>Ninguna de las {count} fechas puede tener sesión (la primera: {day}, {reason}). Elija otras fechas.</translation>
    </message>
    <message>
        <source>This session was cancelled on {day}, so it cannot be moved. Add a new session instead.</source>
        <translation>Esta sesión se canceló el {day}, así que no se puede mover. Añada una sesión nueva.</translation>
    </message>
    <message>
        <source>This session was already cancelled on {day}; nothing to do.</source>
        <translation>Esta sesión ya se canceló el {day}; no hay nada que hacer.</translation>
    </message>
    <message>
        <source>That enrolment no longer exists. Open the workshop again.</source>
        <translation>Esa inscripción ya no existe. Abra de nuevo el taller.</translation>
    </message>
    <message>
        <source>“{workshop}” is for ages {range}; {name} is {age}. Look for a workshop for their age, or ask a leader to widen the age range.</source>
        <translation>«{workshop}» es para edades de {range}; {name} tiene {age}. Busque un taller para su edad o pida a un responsable que amplíe el rango de edad.</translation>
    </message>
    <message>
        <source>{name} is already enrolled in “{workshop}”. Nothing to do.</source>
        <translation>{name} ya está inscrito en «{workshop}». No hay nada que hacer.</translation>
    </message>
    <message>
        <source>{name} is already on the waitlist of “{workshop}” (number {position}). They move up automatically when a place frees.</source>
        <translation>{name} ya está en la lista de espera de «{workshop}» (número {position}). Subirá automáticamente cuando quede una plaza libre.</translation>
    </message>
    <message>
        <source>{name} is not enrolled in “{workshop}” nor on its waitlist, so there is nothing to withdraw.</source>
        <translation>{name} no está inscrito en «{workshop}» ni en su lista de espera, así que no hay nada que retirar.</translation>
    </message>
    <message>
        <source>{name} completed “{workshop}” on {day}; a completed enrolment stays on record and cannot be withdrawn.</source>
        <translation>{name} completó «{workshop}» el {day}; una inscripción completada queda registrada y no se puede retirar.</translation>
    </message>
    <message>
        <source>There is no certificate design called “{design}”. Choose one of: {choices}.</source>
        <extracomment>The command line&apos;s and the Print screen&apos;s names of the badge layouts.</extracomment>
        <translation>No existe ningún diseño de certificado llamado «{design}». Elija uno de: {choices}.</translation>
    </message>
    <message>
        <source>Nobody has completed “{workshop}” yet, so there is no certificate to issue ({count} enrolled). Take attendance, or change the completion rule.</source>
        <translation>Nadie ha completado todavía «{workshop}», así que no hay certificado que emitir ({count} inscritos). Pase lista o cambie la regla de finalización.</translation>
    </message>
    <message>
        <source>There is no badge layout called “{layout}”. Choose one of: {choices}.</source>
        <translation>No existe ningún diseño de carné llamado «{layout}». Elija uno de: {choices}.</translation>
    </message>
    <message>
        <source>Choose whose badges to print: some participants, everyone in one workshop, or everyone.</source>
        <translation>Elija de quién imprimir carnés: algunos participantes, todos los de un taller o todos.</translation>
    </message>
    <message>
        <source>No participant has the badge code {codes}. Check the code (it is printed under the QR code of their badge), or search by name.</source>
        <translation>Ningún participante tiene el código de carné {codes}. Compruebe el código (está impreso bajo el código QR de su carné) o busque por nombre.</translation>
    </message>
    <message>
        <source>There is nobody to print a badge for. Choose at least one participant.</source>
        <translation>No hay nadie para quien imprimir un carné. Elija al menos un participante.</translation>
    </message>
    <message>
        <source>Participant {id} does not exist (any more). Search for them again.</source>
        <translation>El participante {id} no existe (ya). Búsquelo de nuevo.</translation>
    </message>
    <message>
        <source>Badge or certificate {id} does not exist. Refresh the list and choose it again.</source>
        <translation>El carné o certificado {id} no existe. Actualice la lista y elíjalo de nuevo.</translation>
    </message>
    <message>
        <source>Reprint badges and certificates separately: choose only badges, or only certificates.</source>
        <translation>Reimprima carnés y certificados por separado: elija solo carnés o solo certificados.</translation>
    </message>
    <message>
        <source>{serial} was revoked, so it cannot be printed again. Issue a new one instead.</source>
        <translation>{serial} se revocó, así que no se puede imprimir de nuevo. Emita uno nuevo.</translation>
    </message>
    <message>
        <source>Say why it is revoked (for example “issued by mistake”): the reason is kept with the record.</source>
        <translation>Indique por qué se revoca (por ejemplo «emitido por error»): el motivo se guarda con el registro.</translation>
    </message>
    <message>
        <source>The reason is {length} characters long; shorten it to {limit} or fewer.</source>
        <translation>El motivo tiene {length} caracteres; acórtelo a {limit} o menos.</translation>
    </message>
    <message>
        <source>{serial} was already revoked. Nothing was changed.</source>
        <translation>{serial} ya estaba revocado. No se cambió nada.</translation>
    </message>
    <message>
        <source>“{code}” is not a verification code: {detail}. Check it against the printed code (groups of five letters and digits).</source>
        <translation>«{code}» no es un código de verificación: {detail}. Compárelo con el código impreso (grupos de cinco letras y cifras).</translation>
    </message>
    <message>
        <source>“{code}” was not issued by {org}: no badge or certificate has this code. Check it for typing mistakes; if it is typed right, the document is not genuine.</source>
        <translation>«{code}» no lo emitió {org}: ningún carné ni certificado tiene este código. Compruebe si hay errores de escritura; si está bien escrito, el documento no es auténtico.</translation>
    </message>
    <message>
        <source>{path} is not a Makerspace database (it is not an SQLite file). Choose another file, or restore one of your backups.</source>
        <translation>{path} no es una base de datos de Makerspace (no es un archivo SQLite). Elija otro archivo o restaure una de sus copias de seguridad.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}). It has not been changed. Restore the latest good backup, or choose another file.</source>
        <translation>La base de datos {path} está dañada ({detail}). No se ha cambiado. Restaure la última copia de seguridad correcta o elija otro archivo.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Makerspace (schema {found}). It has not been changed. Install the newer version to open it.</source>
        <translation>La base de datos {path} la escribió una versión más reciente de Makerspace (esquema {found}). No se ha cambiado. Instale la versión más reciente para abrirla.</translation>
    </message>
    <message>
        <source>The database {path} is locked by another program. Close the other program, or choose another file.</source>
        <translation>La base de datos {path} está bloqueada por otro programa. Cierre el otro programa o elija otro archivo.</translation>
    </message>
    <message>
        <source>The database {path} cannot be written (read-only file or folder). Copy it somewhere you can write, or choose another file.</source>
        <translation>No se puede escribir en la base de datos {path} (archivo o carpeta de solo lectura). Cópiela a un lugar donde pueda escribir o elija otro archivo.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full, so nothing was saved. Free some space and try again.</source>
        <translation>El disco que contiene {path} está lleno, así que no se guardó nada. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Cannot reach the database server at {where} ({detail}). Check that the server is running and the address is right.</source>
        <translation>No se puede conectar con el servidor de bases de datos en {where} ({detail}). Compruebe que el servidor funciona y que la dirección es correcta.</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>EnrolmentsModel</name>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Carné</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation>Completado el %1</translation>
    </message>
    <message>
        <source>Waitlist, number %1</source>
        <translation>Lista de espera, número %1</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrito</translation>
    </message>
</context>
<context>
    <name>EquipmentCategoriesDialog</name>
    <message>
        <source>Equipment categories</source>
        <translation>Categorías de equipos</translation>
    </message>
    <message>
        <source>&amp;New category</source>
        <translation>&amp;Nueva categoría</translation>
    </message>
    <message>
        <source>New category (Alt+N)</source>
        <translation>Nueva categoría (Alt+N)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>e.g. Laser cutters</source>
        <translation>p. ej. Cortadoras láser</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Needs a certification to book</source>
        <translation>Requiere una certificación para reservar</translation>
    </message>
    <message>
        <source>Certification valid for (days)</source>
        <translation>Certificación válida durante (días)</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>No caduca</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Edad mínima</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Sin mínimo</translation>
    </message>
    <message>
        <source>Longest booking (minutes)</source>
        <translation>Reserva más larga (minutos)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>Certification &amp;valid for</source>
        <translation>Certificación &amp;válida durante</translation>
    </message>
    <message>
        <source>&amp;Minimum age</source>
        <translation>Edad &amp;mínima</translation>
    </message>
    <message>
        <source>&amp;Longest booking</source>
        <translation>Reserva más &amp;larga</translation>
    </message>
    <message>
        <source>&amp;Save category</source>
        <translation>&amp;Guardar categoría</translation>
    </message>
    <message>
        <source>Save the category (Alt+S)</source>
        <translation>Guardar la categoría (Alt+G)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Cerrar (Escape)</translation>
    </message>
    <message>
        <source>needs a certification</source>
        <translation>requiere una certificación</translation>
    </message>
    <message>
        <source>no certification needed</source>
        <translation>no requiere certificación</translation>
    </message>
    <message>
        <source>ages %1 and over</source>
        <translation>a partir de %1 años</translation>
    </message>
    <message>
        <source>at most %1 a booking</source>
        <translation>como máximo %1 por reserva</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nueva categoría</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardada.</translation>
    </message>
</context>
<context>
    <name>EquipmentDialog</name>
    <message>
        <source>Equipment used for “%1”</source>
        <translation>Equipos usados para «%1»</translation>
    </message>
    <message>
        <source>Choose the booking it was made in. The list holds the team&apos;s bookings, newest first.</source>
        <translation>Elija la reserva en la que se hizo. La lista contiene las reservas del equipo de personas, las más recientes primero.</translation>
    </message>
    <message>
        <source>The team&apos;s bookings</source>
        <translation>Las reservas del equipo de personas</translation>
    </message>
    <message>
        <source>Add to the project</source>
        <translation>Añadir al proyecto</translation>
    </message>
    <message>
        <source>Add the highlighted booking&apos;s item to the project</source>
        <translation>Añadir al proyecto el equipo de la reserva resaltada</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel: add nothing</source>
        <translation>Cancelar: no añadir nada</translation>
    </message>
    <message>
        <source>%1 (%2) — %3 — %4</source>
        <translation>%1 (%2) — %3 — %4</translation>
    </message>
    <message>
        <source>already listed</source>
        <translation>ya en la lista</translation>
    </message>
    <message>
        <source>The project has no team yet. Add the people who made it (Edit…); their bookings are listed here.</source>
        <translation>El proyecto todavía no tiene equipo de personas. Añada a quienes lo hicieron (Editar…); sus reservas aparecen aquí.</translation>
    </message>
    <message>
        <source>Nobody in the team has a booking yet. Equipment is chosen from the bookings it was used in: book it for a team member first (Bookings).</source>
        <translation>Nadie del equipo de personas tiene todavía una reserva. Los equipos se eligen de las reservas en que se usaron: resérvelo primero para un miembro del equipo (Reservas).</translation>
    </message>
</context>
<context>
    <name>EquipmentItemDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nuevo equipo</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>Etiqueta de inventario</translation>
    </message>
    <message>
        <source>The code on the item&apos;s label, e.g. LIB-3DP-004</source>
        <translation>El código de la etiqueta del equipo, p. ej. LIB-3DP-004</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>e.g. Prusa MK4 #2</source>
        <translation>p. ej. Prusa MK4 #2</translation>
    </message>
    <message>
        <source>Equipment category</source>
        <translation>Categoría de equipo</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>No space</source>
        <translation>Sin espacio</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Asset tag</source>
        <translation>&amp;Etiqueta de inventario</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <source>&amp;Space</source>
        <translation>&amp;Espacio</translation>
    </message>
    <message>
        <source>Se&amp;rial number</source>
        <translation>Número de se&amp;rie</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Añadir equipo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel: save nothing (Escape)</source>
        <translation>Cancelar: no guardar nada (Escape)</translation>
    </message>
</context>
<context>
    <name>EquipmentModel</name>
    <message>
        <source>Asset tag</source>
        <translation>Etiqueta de inventario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The code on the item&apos;s label</source>
        <translation>El código de la etiqueta del equipo</translation>
    </message>
    <message>
        <source>The item&apos;s name</source>
        <translation>El nombre del equipo</translation>
    </message>
    <message>
        <source>Equipment category: its certification, minimum age and longest booking</source>
        <translation>Categoría de equipo: su certificación, edad mínima y reserva más larga</translation>
    </message>
    <message>
        <source>Where the item is kept</source>
        <translation>Dónde se guarda el equipo</translation>
    </message>
    <message>
        <source>Available, out of service or retired</source>
        <translation>Disponible, fuera de servicio o retirado</translation>
    </message>
    <message>
        <source>No space</source>
        <translation>Sin espacio</translation>
    </message>
    <message>
        <source>No space recorded</source>
        <translation>Ningún espacio registrado</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <source>Find an item by name, asset tag or category; log maintenance and take it out of service.</source>
        <translation>Busca un equipo por nombre, etiqueta de inventario o categoría; registra el mantenimiento y ponlo fuera de servicio.</translation>
    </message>
    <message>
        <source>Name, asset tag or category</source>
        <translation>Nombre, etiqueta de inventario o categoría</translation>
    </message>
    <message>
        <source>Find items</source>
        <translation>Buscar equipos</translation>
    </message>
    <message>
        <source>Type part of a name, an asset tag or a category; Down moves to the list</source>
        <translation>Escribe parte de un nombre, una etiqueta de inventario o una categoría; Abajo pasa a la lista</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nuevo equipo</translation>
    </message>
    <message>
        <source>Add a new item (Ctrl+N)</source>
        <translation>Añadir un equipo nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>Categorías…</translation>
    </message>
    <message>
        <source>Equipment categories: certification, minimum age, longest booking</source>
        <translation>Categorías de equipos: certificación, edad mínima, reserva más larga</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Import equipment from a CSV file</source>
        <translation>Importar equipos desde un archivo CSV</translation>
    </message>
    <message>
        <source>Columns: asset_tag, name, category, and optionally space, serial_number, status, notes. One bad row means nothing is imported.</source>
        <translation>Columnas: asset_tag, name, category y, opcionalmente, space, serial_number, status, notes. Una sola fila incorrecta y no se importa nada.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the equipment to a CSV file</source>
        <translation>Exportar los equipos a un archivo CSV</translation>
    </message>
    <message>
        <source>Every item, retired ones too, in the columns the import reads (opens in Excel)</source>
        <translation>Todos los equipos, también los retirados, en las columnas que lee la importación (se abre en Excel)</translation>
    </message>
    <message>
        <source>Equipment category</source>
        <translation>Categoría de equipo</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>In use (not retired)</source>
        <translation>En uso (no retirados)</translation>
    </message>
    <message>
        <source>All, retired too</source>
        <translation>Todos, también los retirados</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>C&amp;ategoría</translation>
    </message>
    <message>
        <source>S&amp;pace</source>
        <translation>Es&amp;pacio</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Enter goes to the item&apos;s maintenance log; Ctrl+N adds an item</source>
        <translation>Intro lleva al registro de mantenimiento del equipo; Ctrl+N añade un equipo</translation>
    </message>
    <message>
        <source>Items list rows</source>
        <translation>Filas de la lista de equipos</translation>
    </message>
    <message>
        <source>Items list columns</source>
        <translation>Columnas de la lista de equipos</translation>
    </message>
    <message>
        <source>No item matches</source>
        <translation>Ningún equipo coincide</translation>
    </message>
    <message>
        <source>Choose an item</source>
        <translation>Elige un equipo</translation>
    </message>
    <message>
        <source>Pick an item from the list to see its maintenance log, or add one (Ctrl+N).</source>
        <translation>Elige un equipo de la lista para ver su registro de mantenimiento, o añade uno (Ctrl+N).</translation>
    </message>
    <message>
        <source>No equipment yet</source>
        <translation>Todavía no hay equipos</translation>
    </message>
    <message>
        <source>Items you add appear here with their status, maintenance log and bookings. Set up equipment categories (Categories…), then add an item (Ctrl+N) or import a CSV file.</source>
        <translation>Los equipos que añadas aparecen aquí con su estado, su registro de mantenimiento y sus reservas. Configura las categorías de equipos (Categorías…) y luego añade un equipo (Ctrl+N) o importa un archivo CSV.</translation>
    </message>
    <message>
        <source>Only a coordinator or above can change the inventory.</source>
        <translation>Solo una persona coordinadora o superior puede cambiar el inventario.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>All spaces</source>
        <translation>Todos los espacios</translation>
    </message>
    <message>
        <source>No item matches “%1”</source>
        <translation>Ningún equipo coincide con «%1»</translation>
    </message>
    <message>
        <source>No item matches these filters</source>
        <translation>Ningún equipo coincide con estos filtros</translation>
    </message>
    <message>
        <source>Check the spelling, type less of the name, or choose “All” in the filters.</source>
        <translation>Revisa la ortografía, escribe menos del nombre o elige «Todos» en los filtros.</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 equipo</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 equipos</translation>
    </message>
    <message>
        <source>Every item belongs to an equipment category. Add one first; then add the item.</source>
        <translation>Cada equipo pertenece a una categoría de equipos. Añade una primero y luego el equipo.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 añadido.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Imported %1: %2 new item(s), %3 updated.</source>
        <translation>%1 importado: %2 equipo(s) nuevo(s), %3 actualizado(s).</translation>
    </message>
    <message>
        <source>Exported 1 item to %2.</source>
        <translation>1 equipo exportado a %2.</translation>
    </message>
    <message>
        <source>Exported %1 items to %2.</source>
        <translation>%1 equipos exportados a %2.</translation>
    </message>
</context>
<context>
    <name>EquipmentStatus</name>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Fuera de servicio</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
</context>
<context>
    <name>EquipmentTransfer</name>
    <message>
        <source>Import equipment from a CSV file</source>
        <translation>Importar equipos desde un archivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export equipment to a CSV file</source>
        <translation>Exportar equipos a un archivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong inside the app ({detail}). Nothing else was changed. Please tell whoever looks after this computer.</source>
        <translation>Algo falló dentro de la aplicación ({detail}). No se cambió nada más. Avise a quien se ocupa de este ordenador.</translation>
    </message>
    <message>
        <source>Makerspace</source>
        <translation>Makerspace</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>closed all day</source>
        <translation>cerrado todo el día</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Search participants, equipment and workshops (Ctrl+K)</source>
        <translation type="vanished">Buscar participantes, equipos y talleres (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search participants, equipment and workshops</source>
        <translation type="vanished">Buscar participantes, equipos y talleres</translation>
    </message>
    <message>
        <source>Type part of a name, a badge code, a phone number, an e-mail or an asset tag</source>
        <translation type="vanished">Escriba parte de un nombre, un código de carné, un teléfono, un correo electrónico o una etiqueta de inventario</translation>
    </message>
    <message>
        <source>Search participants, equipment, workshops and projects (Ctrl+K)</source>
        <translation>Buscar participantes, equipos, talleres y proyectos (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search participants, equipment, workshops and projects</source>
        <translation>Buscar participantes, equipos, talleres y proyectos</translation>
    </message>
    <message>
        <source>Type part of a name or title, a badge code, a phone number, an e-mail or an asset tag</source>
        <translation>Escriba parte de un nombre o título, un código de carné, un teléfono, un correo electrónico o una etiqueta de inventario</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Sign in to search.</source>
        <translation>Entre para buscar.</translation>
    </message>
    <message>
        <source>Search is not part of this version of the app yet.</source>
        <translation>La búsqueda todavía no forma parte de esta versión de la aplicación.</translation>
    </message>
    <message>
        <source>No participant, item, workshop or project matches “%1”.</source>
        <translation>Ningún participante, equipo, taller ni proyecto coincide con «%1».</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>No participant, item or workshop matches “%1”.</source>
        <translation type="vanished">Ningún participante, equipo ni taller coincide con «%1».</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
</context>
<context>
    <name>GuardianPicker</name>
    <message>
        <source>Type part of the guardian’s name or their badge code</source>
        <translation>Escriba parte del nombre del tutor o su código de carné</translation>
    </message>
    <message>
        <source>Find the guardian among the participants</source>
        <translation>Buscar al tutor entre los participantes</translation>
    </message>
    <message>
        <source>Participants who could be the guardian</source>
        <translation>Participantes que podrían ser el tutor</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Choose another guardian</source>
        <translation>Elegir otro tutor</translation>
    </message>
    <message>
        <source>Participant number %1</source>
        <translation>Participante número %1</translation>
    </message>
    <message>
        <source>Guardian: %1</source>
        <translation>Tutor: %1</translation>
    </message>
    <message>
        <source>No participant matches “%1”. Enter the guardian’s name and contact instead, or register the guardian first.</source>
        <translation>Ningún participante coincide con «%1». Escriba en su lugar el nombre y el contacto del tutor, o registre primero al tutor.</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>Choose image…</source>
        <translation>Elegir imagen…</translation>
    </message>
    <message>
        <source>Choose image for: %1</source>
        <translation>Elegir imagen para: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove image for: %1</source>
        <translation>Quitar la imagen de: %1</translation>
    </message>
    <message>
        <source>Choose an image for: %1</source>
        <translation>Elegir una imagen para: %1</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>That file is not a picture this computer can read.</source>
        <translation>Ese archivo no es una imagen que este ordenador pueda leer.</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <source>The stored image cannot be shown.</source>
        <translation>La imagen guardada no se puede mostrar.</translation>
    </message>
    <message>
        <source>Image, %1 × %2 pixels</source>
        <translation>Imagen de %1 × %2 píxeles</translation>
    </message>
</context>
<context>
    <name>ImportRefusedDialog</name>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>%1 has 1 row that needs fixing, so nothing was imported.</source>
        <translation>%1 tiene 1 fila que corregir, así que no se importó nada.</translation>
    </message>
    <message>
        <source>%1 has %2 rows that need fixing, so nothing was imported.</source>
        <translation>%1 tiene %2 filas que corregir, así que no se importó nada.</translation>
    </message>
    <message>
        <source>Correct these lines in the file (line 1 is the header) and import it again; the rows are checked together.</source>
        <translation>Corrige estas líneas en el archivo (la línea 1 es la cabecera) e impórtalo de nuevo; las filas se comprueban juntas.</translation>
    </message>
    <message>
        <source>Rows that need fixing</source>
        <translation>Filas que corregir</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué está mal</translation>
    </message>
    <message>
        <source>Rows that need fixing columns</source>
        <translation>Columnas de las filas que corregir</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Cerrar (Escape)</translation>
    </message>
</context>
<context>
    <name>InformDialog</name>
    <message>
        <source>People to tell, with their contact</source>
        <translation>Personas a las que avisar, con su contacto</translation>
    </message>
    <message>
        <source>no contact on record</source>
        <translation>sin contacto registrado</translation>
    </message>
    <message>
        <source>%1 (guardian: %2)</source>
        <translation>%1 (tutor: %2)</translation>
    </message>
    <message>
        <source>Copy list</source>
        <translation>Copiar lista</translation>
    </message>
    <message>
        <source>Copy the list of people to tell</source>
        <translation>Copiar la lista de personas a las que avisar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>Choose the item&apos;s photo</source>
        <translation>Elegir la foto del equipo</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the item (Ctrl+E)</source>
        <translation>Editar el equipo (Ctrl+E)</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>Foto…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Quitar foto</translation>
    </message>
    <message>
        <source>Remove the item&apos;s photo</source>
        <translation>Quitar la foto del equipo</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Retirar…</translation>
    </message>
    <message>
        <source>Bookings to move or cancel</source>
        <translation>Reservas que mover o cancelar</translation>
    </message>
    <message>
        <source>Maintenance log</source>
        <translation>Registro de mantenimiento</translation>
    </message>
    <message>
        <source>New maintenance entry</source>
        <translation>Nueva entrada de mantenimiento</translation>
    </message>
    <message>
        <source>What was found or done, e.g. “Nozzle clogged”</source>
        <translation>Qué se encontró o se hizo, p. ej. «Boquilla atascada»</translation>
    </message>
    <message>
        <source>Takes the item out of service</source>
        <translation>Pone el equipo fuera de servicio</translation>
    </message>
    <message>
        <source>Takes it out of service</source>
        <translation>Lo pone fuera de servicio</translation>
    </message>
    <message>
        <source>New bookings of the item are refused until it is back in service</source>
        <translation>Las reservas nuevas del equipo se rechazan hasta que vuelva a estar en servicio</translation>
    </message>
    <message>
        <source>Add to log</source>
        <translation>Añadir al registro</translation>
    </message>
    <message>
        <source>Add the entry to the maintenance log (Enter)</source>
        <translation>Añadir la entrada al registro de mantenimiento (Intro)</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Notificado</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Maintenance log columns</source>
        <translation>Columnas del registro de mantenimiento</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Mark the selected entry resolved</source>
        <translation>Marcar como resuelta la entrada seleccionada</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>De nuevo en servicio</translation>
    </message>
    <message>
        <source>Back in service: resolve what keeps the item out and make it bookable</source>
        <translation>De nuevo en servicio: resolver lo que lo mantiene fuera y hacerlo reservable</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Asset tag %1</source>
        <translation>Etiqueta de inventario %1</translation>
    </message>
    <message>
        <source>no space</source>
        <translation>sin espacio</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation>n.º de serie %1</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Foto de %1</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <source>Only a coordinator or above can change items.</source>
        <translation>Solo una persona coordinadora o superior puede cambiar los equipos.</translation>
    </message>
    <message>
        <source>Put back in inventory</source>
        <translation>Volver al inventario</translation>
    </message>
    <message>
        <source>Put the item back in the inventory</source>
        <translation>Devolver el equipo al inventario</translation>
    </message>
    <message>
        <source>Retire the item: it can no longer be booked</source>
        <translation>Retirar el equipo: ya no se podrá reservar</translation>
    </message>
    <message>
        <source>Needs a certification</source>
        <translation>Requiere una certificación</translation>
    </message>
    <message>
        <source>No certification needed</source>
        <translation>No requiere certificación</translation>
    </message>
    <message>
        <source>ages %1 and over</source>
        <translation>a partir de %1 años</translation>
    </message>
    <message>
        <source>at most %1 a booking</source>
        <translation>como máximo %1 por reserva</translation>
    </message>
    <message>
        <source>Bookings to move or cancel (%1)</source>
        <translation>Reservas que mover o cancelar (%1)</translation>
    </message>
    <message>
        <source>%1 is out of service, so new bookings of it are refused. These were made before: move each to another %2, or cancel it.</source>
        <translation>%1 está fuera de servicio, así que se rechazan sus reservas nuevas. Estas se hicieron antes: mueve cada una a otro %2 o cancélala.</translation>
    </message>
    <message>
        <source>%1 is retired. These bookings still hold it: move each to another %2, or cancel it.</source>
        <translation>%1 está retirado. Estas reservas aún lo ocupan: mueve cada una a otro %2 o cancélala.</translation>
    </message>
    <message>
        <source>%1 can be retired once no booking holds it. Move each of these to another %2, or cancel it; then retire it.</source>
        <translation>%1 se podrá retirar cuando ninguna reserva lo ocupe. Mueve cada una de estas a otro %2 o cancélala; después retíralo.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Out of service, open</source>
        <translation>Fuera de servicio, abierta</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Resuelta el %1</translation>
    </message>
    <message>
        <source>Out of service from %1 to %2</source>
        <translation>Fuera de servicio del %1 al %2</translation>
    </message>
    <message>
        <source>A retired item has no new entries; put it back in the inventory first.</source>
        <translation>Un equipo retirado no admite entradas nuevas; devuélvelo antes al inventario.</translation>
    </message>
    <message>
        <source>%1 is out of service: new bookings of it are refused.</source>
        <translation>%1 está fuera de servicio: se rechazan sus reservas nuevas.</translation>
    </message>
    <message>
        <source>1 booking already made needs moving or cancelling; it is listed below.</source>
        <translation>1 reserva ya hecha hay que moverla o cancelarla; aparece abajo.</translation>
    </message>
    <message>
        <source>%1 bookings already made need moving or cancelling; they are listed below.</source>
        <translation>%1 reservas ya hechas hay que moverlas o cancelarlas; aparecen abajo.</translation>
    </message>
    <message>
        <source>Added to the maintenance log.</source>
        <translation>Añadido al registro de mantenimiento.</translation>
    </message>
    <message>
        <source>Resolved. %1 is back in service.</source>
        <translation>Resuelta. %1 vuelve a estar en servicio.</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>Resuelta.</translation>
    </message>
    <message>
        <source>%1 is back in service and can be booked again.</source>
        <translation>%1 vuelve a estar en servicio y se puede reservar de nuevo.</translation>
    </message>
    <message>
        <source>Moved the booking of %1 to %2, %3.</source>
        <translation>Reserva de %1 movida a %2, %3.</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Cancelar reserva</translation>
    </message>
    <message>
        <source>Cancel the booking of %1?</source>
        <translation>¿Cancelar la reserva de %1?</translation>
    </message>
    <message>
        <source>%1 on %2. Let them know: the slot is freed and the booking cannot be restored.</source>
        <translation>%1 el %2. Avísale: el hueco queda libre y la reserva no se puede recuperar.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantenerla</translation>
    </message>
    <message>
        <source>Keep the booking</source>
        <translation>Mantener la reserva</translation>
    </message>
    <message>
        <source>Cancelled the booking of %1 on %2.</source>
        <translation>Reserva de %1 del %2 cancelada.</translation>
    </message>
    <message>
        <source>%1 is back in the inventory.</source>
        <translation>%1 vuelve a estar en el inventario.</translation>
    </message>
    <message>
        <source>%1 still has bookings to come. Move or cancel them (below), then retire it.</source>
        <translation>%1 aún tiene reservas pendientes. Muévelas o cancélalas (abajo) y después retíralo.</translation>
    </message>
    <message>
        <source>Retire item</source>
        <translation>Retirar equipo</translation>
    </message>
    <message>
        <source>Retire %1?</source>
        <translation>¿Retirar %1?</translation>
    </message>
    <message>
        <source>It leaves the list and the timeline and can no longer be booked. Its bookings and maintenance log are kept, and you can put it back in the inventory later.</source>
        <translation>Sale de la lista y de la línea de tiempo y ya no se puede reservar. Se conservan sus reservas y su registro de mantenimiento, y puedes devolverlo al inventario más adelante.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Keep the item</source>
        <translation>Mantener el equipo</translation>
    </message>
    <message>
        <source>%1 is retired.</source>
        <translation>%1 está retirado.</translation>
    </message>
    <message>
        <source>%1 is not a picture the app can read. Choose a PNG or JPEG file.</source>
        <translation>%1 no es una imagen que la aplicación pueda leer. Elige un archivo PNG o JPEG.</translation>
    </message>
    <message>
        <source>Photo saved.</source>
        <translation>Foto guardada.</translation>
    </message>
    <message>
        <source>Photo removed.</source>
        <translation>Foto quitada.</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Abriendo la base de datos</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Lock / Change Staff Member</source>
        <translation>&amp;Bloquear / cambiar de miembro del personal</translation>
    </message>
    <message>
        <source>Lock now: you, or another staff member, sign in to go on where you are</source>
        <translation>Bloquear ahora: usted, u otro miembro del personal, entra para seguir donde estaba</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out, so another staff member can sign in</source>
        <translation>Cerrar sesión para que entre otro miembro del personal</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find participants, equipment and workshops</source>
        <translation>Buscar participantes, equipos y talleres</translation>
    </message>
    <message>
        <source>&amp;About Makerspace</source>
        <translation>&amp;Acerca de Makerspace</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barra de menús</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Ninguna base de datos abierta</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>No hay nadie identificado</translation>
    </message>
    <message>
        <source>Locked (%1 was signed in)</source>
        <translation>Bloqueado (había entrado %1)</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Identificado: %1 (%2)</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>Nombre de usuario: %1</translation>
    </message>
    <message>
        <source>The changes were kept. %1 can sign in to save them.</source>
        <translation>Los cambios se han conservado. %1 puede entrar para guardarlos.</translation>
    </message>
    <message>
        <source>Locked after a minute without use. Sign in to go on where you were.</source>
        <translation>Bloqueado tras un minuto sin uso. Entre para seguir donde estaba.</translation>
    </message>
    <message>
        <source>Locked after %1 minutes without use. Sign in to go on where you were.</source>
        <translation>Bloqueado tras %1 minutos sin uso. Entre para seguir donde estaba.</translation>
    </message>
    <message>
        <source>Locked. Sign in to go on where you were.</source>
        <translation>Bloqueado. Entre para seguir donde estaba.</translation>
    </message>
    <message>
        <source>Signed out. The next staff member can sign in.</source>
        <translation>Sesión cerrada. El siguiente miembro del personal puede entrar.</translation>
    </message>
    <message>
        <source>Lock / change staff member</source>
        <translation>Bloquear / cambiar</translation>
    </message>
    <message>
        <source>Lock or change staff member (Ctrl+L)</source>
        <translation>Bloquear o cambiar de miembro del personal (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock now: you, or another staff member, sign in to go on where you are (Ctrl+L)</source>
        <translation>Bloquear ahora: usted, u otro miembro del personal, entra para seguir donde estaba (Ctrl+L)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>About Makerspace</source>
        <translation type="vanished">Acerca de Makerspace</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Makerspace %1&lt;/h3&gt;&lt;p&gt;Equipment, bookings, workshops, participants, badges and certificates for library and community makerspaces.&lt;/p&gt;&lt;p&gt;Licence: Apache License 2.0&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;Makerspace %1&lt;/h3&gt;&lt;p&gt;Equipos, reservas, talleres, participantes, carnés y certificados para makerspaces de bibliotecas y comunitarios.&lt;/p&gt;&lt;p&gt;Licencia: Apache License 2.0&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NavigationPane</name>
    <message>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+9 jump to an area</source>
        <translation>Ctrl+1 a Ctrl+9 saltan a un área</translation>
    </message>
</context>
<context>
    <name>NewBookingDialog</name>
    <message>
        <source>New booking</source>
        <translation>Nueva reserva</translation>
    </message>
    <message>
        <source>Type a name or scan the badge</source>
        <translation>Escriba un nombre o escanee el carné</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Type part of the name, or scan or type the badge code, then press Enter</source>
        <translation>Escriba parte del nombre, o escanee o escriba el código del carné, y pulse Intro</translation>
    </message>
    <message>
        <source>Matching participants</source>
        <translation>Participantes que coinciden</translation>
    </message>
    <message>
        <source>Booking for</source>
        <translation>Reserva para</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Optional, for example the material to bring</source>
        <translation>Opcional, por ejemplo el material que hay que traer</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Reservar</translation>
    </message>
    <message>
        <source>Book (Enter)</source>
        <translation>Reservar (Intro)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel, book nothing (Escape)</source>
        <translation>Cancelar, no reservar nada (Escape)</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Participante</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Equipo</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Nobody chosen yet.</source>
        <translation>Todavía no se ha elegido a nadie.</translation>
    </message>
    <message>
        <source>Booking for %1 · badge %2</source>
        <translation>Reserva para %1 · carné %2</translation>
    </message>
    <message>
        <source>badge %1</source>
        <translation>carné %1</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant matches “%1”. Check the spelling or the badge code, or register them in Participants.</source>
        <translation>Ningún participante coincide con «%1». Revise la ortografía o el código del carné, o regístrelo en Participantes.</translation>
    </message>
    <message>
        <source>Type the participant&apos;s name or scan their badge first.</source>
        <translation>Escriba primero el nombre del participante o escanee su carné.</translation>
    </message>
    <message>
        <source>%1 participants match. Choose one with the Up and Down keys, then press Enter.</source>
        <translation>Coinciden %1 participantes. Elija uno con las teclas Arriba y Abajo y pulse Intro.</translation>
    </message>
    <message>
        <source>Choose the participant first: type their name or scan their badge.</source>
        <translation>Elija primero al participante: escriba su nombre o escanee su carné.</translation>
    </message>
    <message>
        <source>“%1” is not one of the items. Choose an item from the list.</source>
        <translation>«%1» no es uno de los equipos. Elija un equipo de la lista.</translation>
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
        <translation>Reservar %1 en su lugar</translation>
    </message>
    <message>
        <source>Book %1, %2</source>
        <translation>Reservar %1, %2</translation>
    </message>
</context>
<context>
    <name>ParticipantDialogs</name>
    <message>
        <source>Record consent: %1</source>
        <translation>Registrar consentimiento: %1</translation>
    </message>
    <message>
        <source>Who gave the consent? The participant, or their guardian.</source>
        <translation>¿Quién dio el consentimiento? El participante o su tutor.</translation>
    </message>
    <message>
        <source>Who gave the consent</source>
        <translation>Quién dio el consentimiento</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Registrar consentimiento</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel: change nothing</source>
        <translation>Cancelar: no cambiar nada</translation>
    </message>
    <message>
        <source>Save the participant’s data</source>
        <translation>Guardar los datos del participante</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>What they like to be called</source>
        <translation>Cómo le gusta que le llamen</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <source>For example she/her</source>
        <translation>Por ejemplo ella</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Conocida</translation>
    </message>
    <message>
        <source>Date of birth known</source>
        <translation>Fecha de nacimiento conocida</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Franja de edad</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>No indicada</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Language codes, for example en, ar, pt-BR</source>
        <translation>Códigos de idioma, por ejemplo en, ar, pt-BR</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>For example ar</source>
        <translation>Por ejemplo ar</translation>
    </message>
    <message>
        <source>Accessibility need: %1</source>
        <translation>Necesidad de accesibilidad: %1</translation>
    </message>
    <message>
        <source>Accessibility notes</source>
        <translation>Notas de accesibilidad</translation>
    </message>
    <message>
        <source>Anything else that helps them take part</source>
        <translation>Cualquier otra cosa que le ayude a participar</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>No guardian</source>
        <translation>Sin tutor</translation>
    </message>
    <message>
        <source>A registered adult participant</source>
        <translation>Un participante adulto registrado</translation>
    </message>
    <message>
        <source>Name and contact</source>
        <translation>Nombre y contacto</translation>
    </message>
    <message>
        <source>Guardian’s name</source>
        <translation>Nombre del tutor</translation>
    </message>
    <message>
        <source>Guardian’s contact</source>
        <translation>Contacto del tutor</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>Teléfono o correo electrónico</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>%1 years old.</source>
        <translation>%1 años.</translation>
    </message>
    <message>
        <source>Give a date of birth or an age band: it decides whether a guardian is needed.</source>
        <translation>Indique una fecha de nacimiento o una franja de edad: decide si hace falta un tutor.</translation>
    </message>
    <message>
        <source>Age band only; the exact age is not recorded.</source>
        <translation>Solo la franja de edad; no se registra la edad exacta.</translation>
    </message>
    <message>
        <source>Under %1: a guardian is needed.</source>
        <translation>Menor de %1: hace falta un tutor.</translation>
    </message>
    <message>
        <source>Needed: they are under %1. Choose an adult participant, or enter the guardian’s name and contact.</source>
        <translation>Necesario: es menor de %1. Elija un participante adulto o escriba el nombre y el contacto del tutor.</translation>
    </message>
    <message>
        <source>The guardian must be a registered participant aged %1 or over.</source>
        <translation>El tutor debe ser un participante registrado de %1 años o más.</translation>
    </message>
    <message>
        <source>prefers %1</source>
        <translation>prefiere %1</translation>
    </message>
</context>
<context>
    <name>ParticipantImport</name>
    <message>
        <source>Import participants from a CSV file</source>
        <translation>Importar participantes desde un archivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export participants to a CSV file</source>
        <translation>Exportar participantes a un archivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importar participantes</translation>
    </message>
    <message>
        <source>Choose a CSV file with one participant per row, as Export writes it or as a spreadsheet saves it as “CSV UTF-8”. The whole file is checked first; nothing is imported until you press Import.</source>
        <translation>Elija un archivo CSV con un participante por fila, como lo escribe Exportar o como lo guarda una hoja de cálculo en «CSV UTF-8». Primero se comprueba todo el archivo; no se importa nada hasta que pulse Importar.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose the CSV file to import</source>
        <translation>Elegir el archivo CSV que importar</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Check the file again after correcting it</source>
        <translation>Comprobar de nuevo el archivo tras corregirlo</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Rows that need fixing</source>
        <translation>Filas que necesitan corrección</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué está mal</translation>
    </message>
    <message>
        <source>Rows that need fixing columns</source>
        <translation>Columnas de las filas que necesitan corrección</translation>
    </message>
    <message>
        <source>Rows that need fixing rows</source>
        <translation>Filas que necesitan corrección</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import the checked file</source>
        <translation>Importar el archivo comprobado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Cerrar (Escape)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>%1 has no participant rows, only the line naming the columns. Choose another file.</source>
        <translation>%1 no tiene filas de participantes, solo la línea que nombra las columnas. Elija otro archivo.</translation>
    </message>
    <message>
        <source>Every row of %1 can be imported: %2 new participant(s) and %3 update(s) of participants already registered (matched by badge code). Nothing has been imported yet: press Import.</source>
        <translation>Se pueden importar todas las filas de %1: %2 participante(s) nuevo(s) y %3 actualización(es) de participantes ya registrados (por código de carné). Todavía no se ha importado nada: pulse Importar.</translation>
    </message>
    <message>
        <source>Nothing can be imported: 1 row needs fixing.</source>
        <translation>No se puede importar nada: 1 fila necesita corrección.</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1 rows need fixing.</source>
        <translation>No se puede importar nada: %1 filas necesitan corrección.</translation>
    </message>
    <message>
        <source>Correct these lines in the file (line 1 names the columns), save it and press Check again.</source>
        <translation>Corrija estas líneas en el archivo (la línea 1 nombra las columnas), guárdelo y pulse Comprobar de nuevo.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Imported: %1 new participant(s), %2 updated.</source>
        <translation>Importado: %1 participante(s) nuevo(s), %2 actualizado(s).</translation>
    </message>
    <message>
        <source>&amp;Import 1 row</source>
        <translation>&amp;Importar 1 fila</translation>
    </message>
    <message>
        <source>&amp;Import %1 rows</source>
        <translation>&amp;Importar %1 filas</translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <source>Name, badge code, phone or e-mail</source>
        <translation>Nombre, código de carné, teléfono o correo electrónico</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Buscar participantes</translation>
    </message>
    <message>
        <source>Matching participants</source>
        <translation>Participantes que coinciden</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Elegir</translation>
    </message>
    <message>
        <source>Choose the highlighted participant</source>
        <translation>Elegir al participante resaltado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel: choose nobody</source>
        <translation>Cancelar: no elegir a nadie</translation>
    </message>
    <message>
        <source>Type at least one letter, or scan their badge.</source>
        <translation>Escriba al menos una letra o escanee su carné.</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <source>Type more of the name to narrow the list.</source>
        <translation>Escriba más del nombre para acortar la lista.</translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Register them in Participants first.</source>
        <translation>Nadie coincide con «%1». Regístrelo primero en Participantes.</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>given name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <source>preferred name</source>
        <translation>nombre preferido</translation>
    </message>
    <message>
        <source>pronouns</source>
        <translation>pronombres</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>franja de edad</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>idiomas</translation>
    </message>
    <message>
        <source>preferred language</source>
        <translation>idioma preferido</translation>
    </message>
    <message>
        <source>accessibility needs</source>
        <translation>necesidades de accesibilidad</translation>
    </message>
    <message>
        <source>accessibility notes</source>
        <translation>notas de accesibilidad</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>tutor</translation>
    </message>
    <message>
        <source>guardian&apos;s name</source>
        <translation>nombre del tutor</translation>
    </message>
    <message>
        <source>guardian&apos;s contact</source>
        <translation>contacto del tutor</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>site</source>
        <translation>sede</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>Código del carné</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Preferred name first, then the name as the person writes it</source>
        <translation>Primero el nombre preferido, luego el nombre como lo escribe la persona</translation>
    </message>
    <message>
        <source>The code printed on their badge</source>
        <translation>El código impreso en su carné</translation>
    </message>
    <message>
        <source>Age in years, or the age band when no date of birth is recorded</source>
        <translation>Edad en años, o la franja de edad si no consta la fecha de nacimiento</translation>
    </message>
    <message>
        <source>E-mail and phone</source>
        <translation>Correo electrónico y teléfono</translation>
    </message>
    <message>
        <source>%1 years old (%2)</source>
        <translation>%1 años (%2)</translation>
    </message>
    <message>
        <source>Age not recorded</source>
        <translation>Edad no registrada</translation>
    </message>
    <message>
        <source>No contact recorded</source>
        <translation>Sin contacto registrado</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Entrada registrada</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Salida registrada</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Participar</translation>
    </message>
    <message>
        <source>May take part in activities and use equipment.</source>
        <translation>Puede participar en actividades y usar los equipos.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>May be photographed; photos may be kept with their projects.</source>
        <translation>Se le puede fotografiar; las fotos pueden guardarse con sus proyectos.</translation>
    </message>
    <message>
        <source>Data processing</source>
        <translation>Tratamiento de datos</translation>
    </message>
    <message>
        <source>Their details may be stored and used to run the makerspace.</source>
        <translation>Sus datos pueden guardarse y usarse para gestionar el makerspace.</translation>
    </message>
    <message>
        <source>Find someone by any part of their name, badge code, phone or e-mail, or scan their badge.</source>
        <translation>Busque a alguien por cualquier parte de su nombre, código de carné, teléfono o correo electrónico, o escanee su carné.</translation>
    </message>
    <message>
        <source>Name, badge code, phone or e-mail</source>
        <translation>Nombre, código de carné, teléfono o correo electrónico</translation>
    </message>
    <message>
        <source>Find participants</source>
        <translation>Buscar participantes</translation>
    </message>
    <message>
        <source>Type any part of a name, a badge code, a phone number or an e-mail; Down moves to the list</source>
        <translation>Escriba cualquier parte de un nombre, un código de carné, un teléfono o un correo electrónico; Abajo pasa a la lista</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <source>Register a new participant (Ctrl+N)</source>
        <translation>Registrar un participante nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Enter opens the participant; Ctrl+N registers a new one</source>
        <translation>Intro abre el participante; Ctrl+N registra uno nuevo</translation>
    </message>
    <message>
        <source>Participants list columns</source>
        <translation>Columnas de la lista de participantes</translation>
    </message>
    <message>
        <source>Participants list rows</source>
        <translation>Filas de la lista de participantes</translation>
    </message>
    <message>
        <source>No participants yet — register one (Ctrl+N)</source>
        <translation>Todavía no hay participantes — registre uno (Ctrl+N)</translation>
    </message>
    <message>
        <source>People you register appear here with their bookings, consent and certifications.</source>
        <translation>Las personas que registre aparecen aquí con sus reservas, consentimientos y certificaciones.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Import participants from a CSV file</source>
        <translation>Importar participantes desde un archivo CSV</translation>
    </message>
    <message>
        <source>Check a CSV file row by row, then import it (nothing is imported while a row needs fixing)</source>
        <translation>Comprobar un archivo CSV fila por fila y luego importarlo (no se importa nada mientras una fila necesite corrección)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export participants to a CSV file</source>
        <translation>Exportar participantes a un archivo CSV</translation>
    </message>
    <message>
        <source>Every participant in a CSV file that opens in a spreadsheet and imports again</source>
        <translation>Todos los participantes en un archivo CSV que se abre en una hoja de cálculo y se vuelve a importar</translation>
    </message>
    <message>
        <source>Choose a participant</source>
        <translation>Elija un participante</translation>
    </message>
    <message>
        <source>Pick someone from the list or scan their badge, or register a new participant (Ctrl+N).</source>
        <translation>Elija a alguien de la lista o escanee su carné, o registre un participante nuevo (Ctrl+N).</translation>
    </message>
    <message>
        <source>New booking for this participant (Ctrl+B)</source>
        <translation>Nueva reserva para este participante (Ctrl+B)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Today’s bookings</source>
        <translation>Reservas de hoy</translation>
    </message>
    <message>
        <source>Enter checks in the selected booking</source>
        <translation>Intro registra la entrada de la reserva seleccionada</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Today’s bookings columns</source>
        <translation>Columnas de las reservas de hoy</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registrar entrada</translation>
    </message>
    <message>
        <source>Check in the selected booking (Enter)</source>
        <translation>Registrar la entrada de la reserva seleccionada (Intro)</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Registrar salida</translation>
    </message>
    <message>
        <source>Check out the selected booking</source>
        <translation>Registrar la salida de la reserva seleccionada</translation>
    </message>
    <message>
        <source>New booking (Ctrl+B)</source>
        <translation>Nueva reserva (Ctrl+B)</translation>
    </message>
    <message>
        <source>About the participant</source>
        <translation>Sobre el participante</translation>
    </message>
    <message>
        <source>Participant details form</source>
        <translation>Formulario de datos del participante</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certificaciones</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel: forget the changes (Escape)</source>
        <translation>Cancelar: olvidar los cambios (Escape)</translation>
    </message>
    <message>
        <source>Forget the changes (Escape)</source>
        <translation>Olvidar los cambios (Escape)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the participant (Ctrl+S)</source>
        <translation>Guardar el participante (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Give…</source>
        <translation>Dar…</translation>
    </message>
    <message>
        <source>Record consent: %1</source>
        <translation>Registrar consentimiento: %1</translation>
    </message>
    <message>
        <source>Equipment category</source>
        <translation>Categoría de equipo</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concedida</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Certifications columns</source>
        <translation>Columnas de certificaciones</translation>
    </message>
    <message>
        <source>No certifications yet. Completing a training workshop grants one; a workshop leader can also grant one.</source>
        <translation>Todavía no hay certificaciones. Completar un taller de formación concede una; un responsable de taller también puede concederla.</translation>
    </message>
    <message>
        <source>A copy of everything the makerspace holds about this person, as a JSON file, for a request to see their data.</source>
        <translation>Una copia de todo lo que el makerspace guarda sobre esta persona, como archivo JSON, para una solicitud de acceso a sus datos.</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Exportar datos…</translation>
    </message>
    <message>
        <source>Export the participant’s data to a file</source>
        <translation>Exportar los datos del participante a un archivo</translation>
    </message>
    <message>
        <source>Erasing deletes their name, contact details, consents and photos for good. Bookings, attendance and certifications stay, anonymous, for the statistics. Their badge stops working.</source>
        <translation>Borrar elimina para siempre su nombre, sus datos de contacto, sus consentimientos y sus fotos. Las reservas, la asistencia y las certificaciones se conservan, anónimas, para las estadísticas. Su carné deja de funcionar.</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Erase the participant</source>
        <translation>Borrar al participante</translation>
    </message>
    <message>
        <source>The list cannot be shown</source>
        <translation>No se puede mostrar la lista</translation>
    </message>
    <message>
        <source>No one matches “%1”</source>
        <translation>Nadie coincide con «%1»</translation>
    </message>
    <message>
        <source>Check the spelling or type less of the name; a phone number, e-mail or badge code works too. Not registered yet? Register them (Ctrl+N).</source>
        <translation>Revise la ortografía o escriba menos del nombre; también sirve un teléfono, un correo electrónico o un código de carné. ¿Todavía no está registrado? Regístrelo (Ctrl+N).</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>1 participant matches</source>
        <translation>Coincide 1 participante</translation>
    </message>
    <message numerus="yes">
        <source>%n participants match</source>
        <translation>
            <numerusform>Coincide %n participante</numerusform>
            <numerusform>Coinciden %n participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 participante</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Participant number %1 (erased)</source>
        <translation>Participante número %1 (borrado)</translation>
    </message>
    <message>
        <source>Erased on %1: nothing personal about them is kept. If the person comes back, register them again as a new participant (Ctrl+N).</source>
        <translation>Borrado el %1: no se guarda nada personal sobre esta persona. Si vuelve, regístrela de nuevo como participante nuevo (Ctrl+N).</translation>
    </message>
    <message>
        <source>Accessibility: %1</source>
        <translation>Accesibilidad: %1</translation>
    </message>
    <message>
        <source>Badge %1</source>
        <translation>Carné %1</translation>
    </message>
    <message>
        <source>%1 years old</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>%1 años</translation>
    </message>
    <message>
        <source>age not recorded</source>
        <translation>edad no registrada</translation>
    </message>
    <message>
        <source>speaks %1</source>
        <translation>habla %1</translation>
    </message>
    <message>
        <source>guardian: %1</source>
        <translation>tutor: %1</translation>
    </message>
    <message>
        <source>no guardian on record</source>
        <translation>sin tutor registrado</translation>
    </message>
    <message>
        <source>Imported from the CSV file: %1 new participant(s), %2 updated.</source>
        <translation>Importado del archivo CSV: %1 participante(s) nuevo(s), %2 actualizado(s).</translation>
    </message>
    <message>
        <source>Exporting participants to %1…</source>
        <translation>Exportando participantes a %1…</translation>
    </message>
    <message>
        <source>Exported 1 participant to %2.</source>
        <translation>1 participante exportado a %2.</translation>
    </message>
    <message>
        <source>Exported %1 participants to %2.</source>
        <translation>%1 participantes exportados a %2.</translation>
    </message>
    <message>
        <source>No bookings today. New booking: Ctrl+B.</source>
        <translation>No hay reservas hoy. Nueva reserva: Ctrl+B.</translation>
    </message>
    <message>
        <source>No bookings today.</source>
        <translation>No hay reservas hoy.</translation>
    </message>
    <message>
        <source>Checked in: %1, %2.</source>
        <translation>Entrada registrada: %1, %2.</translation>
    </message>
    <message>
        <source>Checked out: %1, %2.</source>
        <translation>Salida registrada: %1, %2.</translation>
    </message>
    <message>
        <source>Booked: %1, %2.</source>
        <translation>Reservada: %1, %2.</translation>
    </message>
    <message>
        <source>Given by %1 on %2</source>
        <translation>Dado por %1 el %2</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Retirar…</translation>
    </message>
    <message>
        <source>Withdraw consent: %1</source>
        <translation>Retirar consentimiento: %1</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>Retirado el %1</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>No indicada</translation>
    </message>
    <message>
        <source>Consent recorded: %1, given by %2.</source>
        <translation>Consentimiento registrado: %1, dado por %2.</translation>
    </message>
    <message>
        <source>Withdraw photo consent for %1?</source>
        <translation>¿Retirar el consentimiento de fotos de %1?</translation>
    </message>
    <message>
        <source>Their own photo and %1 project photo(s) showing them will be deleted for good.</source>
        <translation>Se borrarán para siempre su propia foto y %1 foto(s) de proyectos en las que aparece.</translation>
    </message>
    <message>
        <source>Withdraw photo consent</source>
        <translation>Retirar el consentimiento de fotos</translation>
    </message>
    <message>
        <source>Withdraw and delete photos</source>
        <translation>Retirar y borrar las fotos</translation>
    </message>
    <message>
        <source>Consent withdrawn: %1.</source>
        <translation>Consentimiento retirado: %1.</translation>
    </message>
    <message>
        <source>%1 project photo(s) deleted.</source>
        <translation>%1 foto(s) de proyectos borrada(s).</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Revocada el %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>Todavía no válida</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Certifications (%1)</source>
        <translation>Certificaciones (%1)</translation>
    </message>
    <message>
        <source>A badge code is given when you save. A date of birth or an age band is needed; under %1, a guardian too.</source>
        <translation>Al guardar se asigna un código de carné. Hace falta una fecha de nacimiento o una franja de edad; para menores de %1, también un tutor.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Registered %1. Badge code: %2.</source>
        <translation>%1 registrado. Código de carné: %2.</translation>
    </message>
    <message>
        <source>Possible duplicate: %1 has the same name and date of birth. Check it is not the same person.</source>
        <translation>Posible duplicado: %1 tiene el mismo nombre y la misma fecha de nacimiento. Compruebe que no sea la misma persona.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <source>Open the possible duplicate: %1</source>
        <translation>Abrir el posible duplicado: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>the new participant</source>
        <translation>el participante nuevo</translation>
    </message>
    <message>
        <source>the details of %1</source>
        <translation>los datos de %1</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Register the new participant (Ctrl+S)</source>
        <translation>Registrar al participante nuevo (Ctrl+S)</translation>
    </message>
    <message>
        <source>The file could not be written (%1). Choose another folder.</source>
        <translation>No se pudo escribir el archivo (%1). Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Everything held about %1 was saved to %2.</source>
        <translation>Todo lo que se guarda sobre %1 se ha guardado en %2.</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>¿Borrar a %1 para siempre?</translation>
    </message>
    <message>
        <source>their name, contact details, date of birth and notes</source>
        <translation>su nombre, sus datos de contacto, su fecha de nacimiento y sus notas</translation>
    </message>
    <message>
        <source>%1 consent record(s)</source>
        <translation>%1 registro(s) de consentimiento</translation>
    </message>
    <message>
        <source>%1 project photo(s) showing them</source>
        <translation>%1 foto(s) de proyectos en las que aparece</translation>
    </message>
    <message>
        <source>%1 project membership(s)</source>
        <translation>%1 participación(es) en proyectos</translation>
    </message>
    <message>
        <source>their photo</source>
        <translation>su foto</translation>
    </message>
    <message>
        <source>Kept without their name, for the statistics: %1 booking(s), %2 attendance mark(s), %3 enrolment(s), %4 certification(s).</source>
        <translation>Se conservan sin su nombre, para las estadísticas: %1 reserva(s), %2 marca(s) de asistencia, %3 inscripción(es), %4 certificación(es).</translation>
    </message>
    <message>
        <source>Deleted: %1.</source>
        <translation>Borrado: %1.</translation>
    </message>
    <message>
        <source>%1 minor participant(s) have them as guardian and will need another guardian.</source>
        <translation>%1 participante(s) menor(es) lo tienen como tutor y necesitarán otro tutor.</translation>
    </message>
    <message>
        <source>Their badge stops working. This cannot be undone.</source>
        <translation>Su carné deja de funcionar. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Erase participant</source>
        <translation>Borrar participante</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Borrar para siempre</translation>
    </message>
    <message>
        <source>%1 was erased.</source>
        <translation>%1 se ha borrado.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Preview of the pages to print</source>
        <translation>Vista previa de las páginas que se imprimirán</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Zoom: fit the page width</source>
        <translation>Zoom: ajustar al ancho de la página</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Página entera</translation>
    </message>
    <message>
        <source>Zoom: show whole pages</source>
        <translation>Zoom: mostrar páginas enteras</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to preview yet</source>
        <translation>Todavía no hay nada que previsualizar</translation>
    </message>
    <message>
        <source>Sending pages to the printer…</source>
        <translation>Enviando páginas a la impresora…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Imprimiendo</translation>
    </message>
    <message>
        <source>Printing progress</source>
        <translation>Progreso de la impresión</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <source>Add a photo to “%1”</source>
        <translation>Añadir una foto a «%1»</translation>
    </message>
    <message>
        <source>Before attaching a photo: tick everyone recognisable in it. Each of them must have current photo consent (given by them or their guardian); a photo showing someone without it is refused. If in doubt, choose a photo without faces.</source>
        <translation>Antes de adjuntar una foto: marque a todas las personas reconocibles en ella. Cada una debe tener un consentimiento de fotos vigente (dado por ella o por su tutor); se rechaza una foto que muestre a alguien sin él. En caso de duda, elija una foto sin caras.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Atención</translation>
    </message>
    <message>
        <source>The photo to attach: %1</source>
        <translation>La foto que se adjuntará: %1</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <source>For example “The finished lamp at the library&apos;s open day”</source>
        <translation>Por ejemplo «La lámpara terminada en la jornada de puertas abiertas de la biblioteca»</translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation>&amp;Pie de foto</translation>
    </message>
    <message>
        <source>&amp;Who is in the photo? (tick everyone recognisable)</source>
        <translation>¿&amp;Quién aparece en la foto? (marque a todas las personas reconocibles)</translation>
    </message>
    <message>
        <source>People in the photo</source>
        <translation>Personas en la foto</translation>
    </message>
    <message>
        <source>Space ticks or unticks the highlighted person</source>
        <translation>Espacio marca o desmarca a la persona resaltada</translation>
    </message>
    <message>
        <source>Someone else in the photo…</source>
        <translation>Otra persona en la foto…</translation>
    </message>
    <message>
        <source>Add someone who is not in the team but is in the photo</source>
        <translation>Añadir a alguien que no está en el equipo pero aparece en la foto</translation>
    </message>
    <message>
        <source>I have checked the photo: everyone recognisable in it is ticked above.</source>
        <translation>He revisado la foto: todas las personas reconocibles están marcadas arriba.</translation>
    </message>
    <message>
        <source>Attach photo</source>
        <translation>Adjuntar foto</translation>
    </message>
    <message>
        <source>Attach the photo to the project</source>
        <translation>Adjuntar la foto al proyecto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel: attach nothing</source>
        <translation>Cancelar: no adjuntar nada</translation>
    </message>
    <message>
        <source>Someone else in the photo</source>
        <translation>Otra persona en la foto</translation>
    </message>
    <message>
        <source>Who else is recognisable in the photo?</source>
        <translation>¿Quién más es reconocible en la foto?</translation>
    </message>
    <message>
        <source>%1 — no photo consent: must not be in the photo</source>
        <translation>%1 — sin consentimiento de fotos: no debe aparecer en la foto</translation>
    </message>
    <message>
        <source>%1 — photo consent given</source>
        <translation>%1 — consentimiento de fotos dado</translation>
    </message>
    <message>
        <source>Tick the box above first: confirm that everyone recognisable in the photo is ticked.</source>
        <translation>Marque primero la casilla de arriba: confirme que todas las personas reconocibles de la foto están marcadas.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>The screen to list and edit them comes in a later version of the app.</source>
        <translation type="vanished">La pantalla para verlos y editarlos llegará en una versión posterior de la aplicación.</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <source>CR80 card, one a page (card printers)</source>
        <translation>Tarjeta CR80, una por página (impresoras de tarjetas)</translation>
    </message>
    <message>
        <source>Avery 5395 sheet, 8 a page (US Letter)</source>
        <translation>Hoja Avery 5395, 8 por página (US Letter)</translation>
    </message>
    <message>
        <source>Avery L7418 sheet, 8 a page (A4)</source>
        <translation>Hoja Avery L7418, 8 por página (A4)</translation>
    </message>
    <message>
        <source>Badges and certificates: every one printed is recorded with its serial and verification code.</source>
        <translation>Carnés y certificados: cada uno que se imprime queda registrado con su número de serie y su código de verificación.</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Qué imprimir</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Carnés</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Issue and preview</source>
        <translation>Emitir y previsualizar</translation>
    </message>
    <message>
        <source>Issue and preview: record the batch and show its pages</source>
        <translation>Emitir y previsualizar: registrar el lote y mostrar sus páginas</translation>
    </message>
    <message>
        <source>Progress of the batch</source>
        <translation>Progreso del lote</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the batch: nothing is recorded</source>
        <translation>Cancelar el lote: no se registra nada</translation>
    </message>
    <message>
        <source>Whose badges</source>
        <translation>De quién son los carnés</translation>
    </message>
    <message>
        <source>One participant</source>
        <translation>Un participante</translation>
    </message>
    <message>
        <source>A selection of participants</source>
        <translation>Una selección de participantes</translation>
    </message>
    <message>
        <source>Everyone in a workshop</source>
        <translation>Todos los de un taller</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Participants chosen for badges</source>
        <translation>Participantes elegidos para carnés</translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation>Añadir participante…</translation>
    </message>
    <message>
        <source>Add a participant by name or badge code</source>
        <translation>Añadir un participante por nombre o código de carné</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the highlighted participant</source>
        <translation>Quitar al participante resaltado</translation>
    </message>
    <message>
        <source>Workshop whose participants get badges</source>
        <translation>Taller cuyos participantes reciben carnés</translation>
    </message>
    <message>
        <source>Badge layout</source>
        <translation>Diseño del carné</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Diseño</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Taller</translation>
    </message>
    <message>
        <source>Certificate design</source>
        <translation>Diseño del certificado</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Formal</translation>
    </message>
    <message>
        <source>Playful (for children)</source>
        <translation>Divertido (para niños)</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Diseño</translation>
    </message>
    <message>
        <source>Also in the organisation&apos;s language (bilingual)</source>
        <translation>También en el idioma de la organización (bilingüe)</translation>
    </message>
    <message>
        <source>Who gets a certificate and who does not</source>
        <translation>Quién recibe un certificado y quién no</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the previewed pages</source>
        <translation>Imprimir las páginas previsualizadas</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Save the previewed pages as a PDF file</source>
        <translation>Guardar las páginas previsualizadas como archivo PDF</translation>
    </message>
    <message>
        <source>Issued badges and certificates</source>
        <translation>Carnés y certificados emitidos</translation>
    </message>
    <message>
        <source>Issued badges and certificates, latest first</source>
        <translation>Carnés y certificados emitidos, los últimos primero</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>N.º de serie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Nothing issued yet. Badges and certificates you issue are listed here, to print again or revoke.</source>
        <translation>Todavía no se ha emitido nada. Los carnés y certificados que emita aparecen aquí, para imprimirlos de nuevo o revocarlos.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Imprimir de nuevo</translation>
    </message>
    <message>
        <source>Print the selected badges or certificates again, same serials</source>
        <translation>Imprimir de nuevo los carnés o certificados seleccionados, con los mismos números de serie</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <source>Revoke the selected badge or certificate</source>
        <translation>Revocar el carné o certificado seleccionado</translation>
    </message>
    <message>
        <source>Chec&amp;k a code</source>
        <translation>Comprobar un códi&amp;go</translation>
    </message>
    <message>
        <source>Type or scan a verification code</source>
        <translation>Escriba o escanee un código de verificación</translation>
    </message>
    <message>
        <source>Verification code to check</source>
        <translation>Código de verificación que comprobar</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Check the verification code</source>
        <translation>Comprobar el código de verificación</translation>
    </message>
    <message>
        <source>✗ Not genuine: %1</source>
        <translation>✗ No auténtico: %1</translation>
    </message>
    <message>
        <source>certificate %1 for “%2”</source>
        <translation>certificado %1 de «%2»</translation>
    </message>
    <message>
        <source>badge %1</source>
        <translation>carné %1</translation>
    </message>
    <message>
        <source>✓ Genuine: %1, issued to %2.</source>
        <translation>✓ Auténtico: %1, emitido a %2.</translation>
    </message>
    <message>
        <source>✗ Revoked: %1, issued to %2 (%3).</source>
        <translation>✗ Revocado: %1, emitido a %2 (%3).</translation>
    </message>
    <message>
        <source>Certificates are issued by the workshop&apos;s leaders or a coordinator.</source>
        <translation>Los certificados los emiten los responsables del taller o un coordinador.</translation>
    </message>
    <message>
        <source>Only a coordinator can revoke badges and certificates.</source>
        <translation>Solo un coordinador puede revocar carnés y certificados.</translation>
    </message>
    <message>
        <source>No workshops yet</source>
        <translation>Todavía no hay talleres</translation>
    </message>
    <message>
        <source>Choose a workshop to see who has completed it.</source>
        <translation>Elija un taller para ver quién lo ha completado.</translation>
    </message>
    <message>
        <source>%1 completed it and get a certificate; %2 do not yet.</source>
        <translation>%1 lo completaron y reciben certificado; %2 todavía no.</translation>
    </message>
    <message>
        <source>%1 — completed; already has a certificate: printed again with the same serial</source>
        <translation>%1 — completado; ya tiene certificado: se imprime de nuevo con el mismo número de serie</translation>
    </message>
    <message>
        <source>%1 — completed: gets a certificate</source>
        <translation>%1 — completado: recibe un certificado</translation>
    </message>
    <message>
        <source>%1 — no certificate: %2</source>
        <translation>%1 — sin certificado: %2</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Carné</translation>
    </message>
    <message>
        <source>Revoked: %1</source>
        <translation>Revocado: %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>línea de comandos</translation>
    </message>
    <message>
        <source>Badge for…</source>
        <translation>Carné para…</translation>
    </message>
    <message>
        <source>Type part of a name or scan a badge.</source>
        <translation>Escriba parte de un nombre o escanee un carné.</translation>
    </message>
    <message>
        <source>Add the participant whose badge to print (Add participant…).</source>
        <translation>Añada el participante cuyo carné quiere imprimir (Añadir participante…).</translation>
    </message>
    <message>
        <source>Choose a workshop first.</source>
        <translation>Elija primero un taller.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was recorded.</source>
        <translation>Cancelado: no se ha registrado nada.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>The pages were recorded but cannot be shown. Save them as a PDF instead.</source>
        <translation>Las páginas se registraron, pero no se pueden mostrar. Guárdelas como PDF.</translation>
    </message>
    <message>
        <source>%1 certificate(s): %2 new, %3 printed again.</source>
        <translation>%1 certificado(s): %2 nuevo(s), %3 impreso(s) de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) did not complete it (listed on the left).</source>
        <translation>
            <numerusform>%n participante no lo completó (aparece a la izquierda).</numerusform>
            <numerusform>%n participantes no lo completaron (aparecen a la izquierda).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) recorded.</source>
        <translation>
            <numerusform>%n carné registrado.</numerusform>
            <numerusform>%n carnés registrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded. Check the preview, then print or save the pages.</source>
        <translation>Registrado. Revise la vista previa y luego imprima o guarde las páginas.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Se canceló la impresión.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Choose another folder.</source>
        <translation>No se puede escribir %1 (%2). Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>Revocar %1</translation>
    </message>
    <message>
        <source>Why is it revoked? The reason is kept with the record.</source>
        <translation>¿Por qué se revoca? El motivo se guarda con el registro.</translation>
    </message>
    <message>
        <source>Revoke %1?</source>
        <translation>¿Revocar %1?</translation>
    </message>
    <message>
        <source>Revoke %1, issued to %2?</source>
        <translation>¿Revocar %1, emitido a %2?</translation>
    </message>
    <message>
        <source>It will be reported as revoked to anyone who checks its code. This cannot be undone.</source>
        <translation>Se indicará como revocado a quien compruebe su código. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantenerla</translation>
    </message>
    <message>
        <source>%1 was revoked.</source>
        <translation>%1 se ha revocado.</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Editar «%1»</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>For example “Solar-powered lamp”</source>
        <translation>Por ejemplo «Lámpara solar»</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Made in the workshop</source>
        <translation>Hecho en el taller</translation>
    </message>
    <message>
        <source>The story</source>
        <translation>La historia</translation>
    </message>
    <message>
        <source>What it is, how the team made it, what they learned</source>
        <translation>Qué es, cómo lo hizo el equipo, qué aprendieron</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <source>For example: 3 mm plywood, 2 LEDs, a small solar panel</source>
        <translation>Por ejemplo: contrachapado de 3 mm, 2 LED, un pequeño panel solar</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Delete removes the highlighted person</source>
        <translation>Supr quita a la persona resaltada</translation>
    </message>
    <message>
        <source>Add to the team…</source>
        <translation>Añadir al equipo…</translation>
    </message>
    <message>
        <source>Add a participant to the team: search by name or badge</source>
        <translation>Añadir un participante al equipo: buscar por nombre o carné</translation>
    </message>
    <message>
        <source>Remove from the team</source>
        <translation>Quitar del equipo</translation>
    </message>
    <message>
        <source>Remove the highlighted person from the team</source>
        <translation>Quitar del equipo a la persona resaltada</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Taller</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>E&amp;quipo</translation>
    </message>
    <message>
        <source>The &amp;story</source>
        <translation>La &amp;historia</translation>
    </message>
    <message>
        <source>&amp;Materials</source>
        <translation>&amp;Materiales</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the project (Ctrl+S)</source>
        <translation>Guardar el proyecto (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel: change nothing</source>
        <translation>Cancelar: no cambiar nada</translation>
    </message>
    <message>
        <source>Not made in a workshop</source>
        <translation>No se hizo en un taller</translation>
    </message>
    <message>
        <source>Add to the team</source>
        <translation>Añadir al equipo</translation>
    </message>
    <message>
        <source>Who made it? Type part of a name or scan their badge.</source>
        <translation>¿Quién lo hizo? Escriba parte de un nombre o escanee su carné.</translation>
    </message>
</context>
<context>
    <name>ProjectPageView</name>
    <message>
        <source>Project page</source>
        <translation>Página del proyecto</translation>
    </message>
    <message>
        <source>Photo of the project</source>
        <translation>Foto del proyecto</translation>
    </message>
    <message>
        <source>Photos: choose one to see it large</source>
        <translation>Fotos: elija una para verla en grande</translation>
    </message>
    <message>
        <source>No photos yet. Add one: everyone shown in it needs photo consent.</source>
        <translation>Todavía no hay fotos. Añada una: todas las personas que aparecen necesitan consentimiento de fotos.</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>Añadir foto…</translation>
    </message>
    <message>
        <source>Add a photo of the project</source>
        <translation>Añadir una foto del proyecto</translation>
    </message>
    <message>
        <source>Remove photo…</source>
        <translation>Quitar foto…</translation>
    </message>
    <message>
        <source>Remove the photo shown</source>
        <translation>Quitar la foto mostrada</translation>
    </message>
    <message>
        <source>Edit… (Ctrl+E)</source>
        <translation>Editar… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Edit the project: title, story, team, status, workshop (Ctrl+E)</source>
        <translation>Editar el proyecto: título, historia, equipo, estado, taller (Ctrl+E)</translation>
    </message>
    <message>
        <source>Remove project…</source>
        <translation>Quitar proyecto…</translation>
    </message>
    <message>
        <source>Remove the project with its photos and files</source>
        <translation>Quitar el proyecto con sus fotos y archivos</translation>
    </message>
    <message>
        <source>The story</source>
        <translation>La historia</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <source>Equipment used</source>
        <translation>Equipos usados</translation>
    </message>
    <message>
        <source>Equipment used, with the booking it was made in</source>
        <translation>Equipos usados, con la reserva en que se usaron</translation>
    </message>
    <message>
        <source>No equipment recorded yet. Choose it from the team&apos;s bookings.</source>
        <translation>Todavía no hay equipos registrados. Elíjalos de las reservas del equipo de personas.</translation>
    </message>
    <message>
        <source>Add equipment used…</source>
        <translation>Añadir equipo usado…</translation>
    </message>
    <message>
        <source>Add equipment used, chosen from the team&apos;s bookings</source>
        <translation>Añadir un equipo usado, elegido de las reservas del equipo de personas</translation>
    </message>
    <message>
        <source>Show the booking</source>
        <translation>Mostrar la reserva</translation>
    </message>
    <message>
        <source>Show the highlighted equipment&apos;s booking in Bookings</source>
        <translation>Mostrar en Reservas la reserva del equipo resaltado</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <source>Remove the highlighted equipment from the list</source>
        <translation>Quitar de la lista el equipo resaltado</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>No files yet: attach a design, a write-up or code.</source>
        <translation>Todavía no hay archivos: adjunte un diseño, una memoria o código.</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Adjuntar archivo…</translation>
    </message>
    <message>
        <source>Attach a file to the project</source>
        <translation>Adjuntar un archivo al proyecto</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the highlighted file</source>
        <translation>Abrir el archivo resaltado</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Save a copy of the highlighted file</source>
        <translation>Guardar una copia del archivo resaltado</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove the highlighted file</source>
        <translation>Quitar el archivo resaltado</translation>
    </message>
    <message>
        <source>Made by %1</source>
        <translation>Hecho por %1</translation>
    </message>
    <message>
        <source>From the workshop “%1” →</source>
        <translation>Del taller «%1» →</translation>
    </message>
    <message>
        <source>Open the workshop %1</source>
        <translation>Abrir el taller %1</translation>
    </message>
    <message>
        <source>Started %1 · last change %2</source>
        <translation>Empezado el %1 · último cambio %2</translation>
    </message>
    <message>
        <source>No story written yet.</source>
        <translation>Todavía no se ha escrito la historia.</translation>
    </message>
    <message>
        <source>None listed.</source>
        <translation>Nada en la lista.</translation>
    </message>
    <message>
        <source>Photo added %1</source>
        <translation>Foto añadida el %1</translation>
    </message>
    <message>
        <source>In the photo: %1</source>
        <translation>En la foto: %1</translation>
    </message>
    <message>
        <source>Nobody recognisable in the photo.</source>
        <translation>Nadie reconocible en la foto.</translation>
    </message>
    <message>
        <source>booking of %1 for %2</source>
        <translation>reserva de %1 para %2</translation>
    </message>
    <message>
        <source>no booking recorded</source>
        <translation>sin reserva registrada</translation>
    </message>
    <message>
        <source>%1 · %2 · added %3</source>
        <translation>%1 · %2 · añadido el %3</translation>
    </message>
</context>
<context>
    <name>ProjectPhoto</name>
    <message>
        <source>“%1” is %2; a photo can be at most %3. Make it smaller (most photo programs can export a smaller copy) and try again.</source>
        <translation>«%1» ocupa %2; una foto puede ocupar como máximo %3. Redúzcala (la mayoría de los programas de fotos pueden exportar una copia más pequeña) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>“%1” cannot be read (%2). Choose another file.</source>
        <translation>No se puede leer «%1» (%2). Elija otro archivo.</translation>
    </message>
    <message>
        <source>“%1” is not a photo the app can read. Choose a PNG, JPEG, GIF or WebP image.</source>
        <translation>«%1» no es una foto que la aplicación pueda leer. Elija una imagen PNG, JPEG, GIF o WebP.</translation>
    </message>
</context>
<context>
    <name>Projects</name>
    <message>
        <source>No team yet</source>
        <translation>Todavía sin equipo</translation>
    </message>
    <message>
        <source>from the workshop %1</source>
        <translation>del taller %1</translation>
    </message>
    <message>
        <source>photos: %1</source>
        <translation>fotos: %1</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>idea</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>exhibited</source>
        <translation>expuesto</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>No projects yet — create one (Ctrl+N)</source>
        <translation>Todavía no hay proyectos — cree uno (Ctrl+N)</translation>
    </message>
    <message>
        <source>A project is something participants made, with its story: the team, the photos, the materials, the equipment they used and their files. Create one, then add its photos.</source>
        <translation>Un proyecto es algo que hicieron los participantes, con su historia: el equipo, las fotos, los materiales, los equipos que usaron y sus archivos. Cree uno y luego añada sus fotos.</translation>
    </message>
    <message>
        <source>New project (Ctrl+N)</source>
        <translation>Nuevo proyecto (Ctrl+N)</translation>
    </message>
    <message>
        <source>Create a new project (Ctrl+N)</source>
        <translation>Crear un proyecto nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search projects by title or story</source>
        <translation>Buscar proyectos por título o historia</translation>
    </message>
    <message>
        <source>Show projects with status</source>
        <translation>Mostrar proyectos con el estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Show projects from the workshop</source>
        <translation>Mostrar proyectos del taller</translation>
    </message>
    <message>
        <source>Any workshop</source>
        <translation>Cualquier taller</translation>
    </message>
    <message>
        <source>Anyone…</source>
        <translation>Cualquiera…</translation>
    </message>
    <message>
        <source>Show the projects of one participant</source>
        <translation>Mostrar los proyectos de un participante</translation>
    </message>
    <message>
        <source>Show the projects of anyone again</source>
        <translation>Mostrar de nuevo los proyectos de cualquiera</translation>
    </message>
    <message>
        <source>&amp;Made by</source>
        <translation>&amp;Hecho por</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Enter opens the highlighted project</source>
        <translation>Intro abre el proyecto resaltado</translation>
    </message>
    <message>
        <source>← All projects (Esc)</source>
        <translation>← Todos los proyectos (Esc)</translation>
    </message>
    <message>
        <source>Back to all projects (Escape)</source>
        <translation>Volver a todos los proyectos (Escape)</translation>
    </message>
    <message>
        <source>Showing the %1 most recently changed projects. Search or filter to find the others.</source>
        <translation>Se muestran los %1 proyectos cambiados más recientemente. Busque o filtre para encontrar los demás.</translation>
    </message>
    <message>
        <source>Projects shown: %1</source>
        <translation>Proyectos mostrados: %1</translation>
    </message>
    <message>
        <source>No project matches. Clear the search or choose “Any” in the filters.</source>
        <translation>Ningún proyecto coincide. Borre la búsqueda o elija «Cualquier» en los filtros.</translation>
    </message>
    <message>
        <source>Projects made by</source>
        <translation>Proyectos hechos por</translation>
    </message>
    <message>
        <source>Whose projects? Type part of a name or scan their badge.</source>
        <translation>¿De quién son los proyectos? Escriba parte de un nombre o escanee su carné.</translation>
    </message>
    <message>
        <source>Showing the projects of %1; choose someone else</source>
        <translation>Se muestran los proyectos de %1; elija a otra persona</translation>
    </message>
    <message>
        <source>“%1” is saved. Add its photos and files next.</source>
        <translation>«%1» está guardado. Añada ahora sus fotos y archivos.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Remove the project?</source>
        <translation>¿Quitar el proyecto?</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>¿Quitar «%1»?</translation>
    </message>
    <message>
        <source>Its %1 photos, %2 files and the list of equipment used are removed too. The team&apos;s bookings stay.</source>
        <translation>También se quitan sus %1 fotos, %2 archivos y la lista de equipos usados. Las reservas del equipo de personas se conservan.</translation>
    </message>
    <message>
        <source>Remove the project</source>
        <translation>Quitar el proyecto</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantenerla</translation>
    </message>
    <message>
        <source>Keep the project</source>
        <translation>Mantener el proyecto</translation>
    </message>
    <message>
        <source>“%1” is removed.</source>
        <translation>«%1» se ha quitado.</translation>
    </message>
    <message>
        <source>Choose a photo of the project</source>
        <translation>Elegir una foto del proyecto</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Fotos (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>The photo is attached.</source>
        <translation>La foto está adjunta.</translation>
    </message>
    <message>
        <source>Remove the photo?</source>
        <translation>¿Quitar la foto?</translation>
    </message>
    <message>
        <source>Remove the photo shown?</source>
        <translation>¿Quitar la foto mostrada?</translation>
    </message>
    <message>
        <source>It is deleted from the makerspace&apos;s records.</source>
        <translation>Se borra de los registros del makerspace.</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>Quitar la foto</translation>
    </message>
    <message>
        <source>Keep the photo</source>
        <translation>Mantener la foto</translation>
    </message>
    <message>
        <source>The photo is removed.</source>
        <translation>La foto se ha quitado.</translation>
    </message>
    <message>
        <source>Choose a file to attach</source>
        <translation>Elegir un archivo para adjuntar</translation>
    </message>
    <message>
        <source>“%1” is %2; a project file can be at most %3. Compress it or split it, or link to it in the story instead.</source>
        <translation>«%1» ocupa %2; un archivo de proyecto puede ocupar como máximo %3. Comprímalo o divídalo, o enlácelo en la historia.</translation>
    </message>
    <message>
        <source>“%1” cannot be read (%2). Choose another file.</source>
        <translation>No se puede leer «%1» (%2). Elija otro archivo.</translation>
    </message>
    <message>
        <source>“%1” is attached (%2).</source>
        <translation>«%1» está adjunto (%2).</translation>
    </message>
    <message>
        <source>Save a copy of “%1”</source>
        <translation>Guardar una copia de «%1»</translation>
    </message>
    <message>
        <source>The copy could not be written to %1 (%2). Choose another folder.</source>
        <translation>No se pudo escribir la copia en %1 (%2). Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Copia guardada como %1.</translation>
    </message>
    <message>
        <source>The file could not be opened (%1). Use “Save as…” instead.</source>
        <translation>No se pudo abrir el archivo (%1). Use «Guardar como…».</translation>
    </message>
    <message>
        <source>No program on this computer opens “%1”. Use “Save as…” and open it from there.</source>
        <translation>Ningún programa de este ordenador abre «%1». Use «Guardar como…» y ábralo desde allí.</translation>
    </message>
    <message>
        <source>Remove the file?</source>
        <translation>¿Quitar el archivo?</translation>
    </message>
    <message>
        <source>It is deleted from the project; save a copy first if you need it.</source>
        <translation>Se borra del proyecto; guarde antes una copia si la necesita.</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Quitar el archivo</translation>
    </message>
    <message>
        <source>Keep the file</source>
        <translation>Mantener el archivo</translation>
    </message>
    <message>
        <source>The file is removed.</source>
        <translation>El archivo se ha quitado.</translation>
    </message>
    <message>
        <source>%1 is listed as used.</source>
        <translation>%1 figura como usado.</translation>
    </message>
    <message>
        <source>Removed from the list of equipment used.</source>
        <translation>Quitado de la lista de equipos usados.</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>ProjectPhoto</source>
        <comment>“%1” is %2; a photo can be at most %3. Make it smaller (most photo programs can export a smaller copy) and try again.</comment>
        <translation type="vanished">Foto del proyecto</translation>
    </message>
</context>
<context>
    <name>RecurringBookingDialog</name>
    <message>
        <source>Recurring booking</source>
        <translation>Reserva periódica</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <source> times</source>
        <translation> veces</translation>
    </message>
    <message>
        <source>How many times</source>
        <translation>Cuántas veces</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>Ti&amp;mes</source>
        <translation>&amp;Veces</translation>
    </message>
    <message>
        <source>The occurrences of the series</source>
        <translation>Las fechas de la serie</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Can it be booked?</source>
        <translation>¿Se puede reservar?</translation>
    </message>
    <message>
        <source>Occurrence columns</source>
        <translation>Columnas de las fechas</translation>
    </message>
    <message>
        <source>List the dates</source>
        <translation>Mostrar las fechas</translation>
    </message>
    <message>
        <source>List the dates and whether each can be booked (Enter); nothing is saved yet</source>
        <translation>Mostrar las fechas y si se puede reservar cada una (Intro); todavía no se guarda nada</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel, book nothing (Escape)</source>
        <translation>Cancelar, no reservar nada (Escape)</translation>
    </message>
    <message>
        <source>Choose the participant first: type their name or scan their badge.</source>
        <translation>Elija primero al participante: escriba su nombre o escanee su carné.</translation>
    </message>
    <message>
        <source>“%1” is not one of the items. Choose an item from the list.</source>
        <translation>«%1» no es uno de los equipos. Elija un equipo de la lista.</translation>
    </message>
    <message>
        <source>Conflict, skipped: %1</source>
        <translation>Conflicto, se omite: %1</translation>
    </message>
    <message>
        <source>Free, will be booked</source>
        <translation>Libre, se reservará</translation>
    </message>
    <message>
        <source>All %1 dates are free. Nothing is booked until you press Book.</source>
        <translation>Las %1 fechas están libres. No se reserva nada hasta que pulse Reservar.</translation>
    </message>
    <message>
        <source>Book all %1</source>
        <translation>Reservar las %1</translation>
    </message>
    <message>
        <source>Book all %1 dates (Enter)</source>
        <translation>Reservar las %1 fechas (Intro)</translation>
    </message>
    <message>
        <source>None of the %1 dates can be booked; the reasons are listed. Change the item, the day or the times, or drop the series.</source>
        <translation>No se puede reservar ninguna de las %1 fechas; se indican los motivos. Cambie el equipo, el día o las horas, o abandone la serie.</translation>
    </message>
    <message>
        <source>Nothing to book</source>
        <translation>Nada que reservar</translation>
    </message>
    <message>
        <source>Nothing to book: every date has a conflict</source>
        <translation>Nada que reservar: todas las fechas tienen conflicto</translation>
    </message>
    <message>
        <source>%1 of the %2 dates cannot be booked (reasons listed). Book the %3 free ones and skip the conflicts, or drop the series.</source>
        <translation>%1 de las %2 fechas no se pueden reservar (motivos indicados). Reserve las %3 libres y omita los conflictos, o abandone la serie.</translation>
    </message>
    <message>
        <source>Book %1, skip %2</source>
        <translation>Reservar %1, omitir %2</translation>
    </message>
    <message>
        <source>Book the %1 free dates and skip the %2 with conflicts (Enter)</source>
        <translation>Reservar las %1 fechas libres y omitir las %2 con conflicto (Intro)</translation>
    </message>
    <message>
        <source>Drop the series</source>
        <translation>Abandonar la serie</translation>
    </message>
    <message>
        <source>Drop the series, book nothing (Escape)</source>
        <translation>Abandonar la serie, no reservar nada (Escape)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>time zone</source>
        <translation>zona horaria</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>How these figures are counted</source>
        <translation>Cómo se cuentan estas cifras</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Booked hours:</source>
        <translation>Horas reservadas:</translation>
    </message>
    <message>
        <source>No equipment was registered by the end of the period.</source>
        <translation>No había equipos registrados al final del periodo.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Booked hours in each local hour of the day, over the whole period. Darker cells are busier; every cell shows its hours.</source>
        <translation>Horas reservadas en cada hora local del día, a lo largo de todo el periodo. Las celdas más oscuras están más ocupadas; cada celda muestra sus horas.</translation>
    </message>
    <message>
        <source>No item was booked in the period.</source>
        <translation>No se reservó ningún equipo en el periodo.</translation>
    </message>
    <message>
        <source>Every item was booked at least once in the period.</source>
        <translation>Todos los equipos se reservaron al menos una vez en el periodo.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>No workshop had a session in the period.</source>
        <translation>Ningún taller tuvo sesiones en el periodo.</translation>
    </message>
    <message>
        <source>To protect privacy, any figure from 1 to 4 is shown as “&lt;5”, so that no one can be singled out.</source>
        <translation>Para proteger la privacidad, cualquier cifra de 1 a 4 se muestra como «&lt;5», para que nadie pueda ser identificado.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>Equipment and opening hours</source>
        <extracomment>Bookings that held the item (its time was reserved and not given back). Bookings the participant came for. What a reach figure from 1 to 4 is shown as.</extracomment>
        <translation>Equipos y horarios de apertura</translation>
    </message>
    <message>
        <source>Booked hours per item</source>
        <translation>Horas reservadas por equipo</translation>
    </message>
    <message>
        <source>Booked hours by weekday and hour</source>
        <translation>Horas reservadas por día de la semana y hora</translation>
    </message>
    <message>
        <source>Sessions, enrolments and attendance</source>
        <translation>Sesiones, inscripciones y asistencia</translation>
    </message>
    <message>
        <source>Participants reached and their ages</source>
        <translation>Participantes alcanzados y sus edades</translation>
    </message>
    <message>
        <source>Languages and accessibility needs</source>
        <translation>Idiomas y necesidades de accesibilidad</translation>
    </message>
    <message>
        <source>Totals and rankings</source>
        <translation>Totales y clasificaciones</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Under 12</source>
        <translation>Menores de 12</translation>
    </message>
    <message>
        <source>12 to 17</source>
        <translation>De 12 a 17</translation>
    </message>
    <message>
        <source>18 to 25</source>
        <translation>De 18 a 25</translation>
    </message>
    <message>
        <source>26 to 64</source>
        <translation>De 26 a 64</translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation>65 o más</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Nada registrado</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Fuera de servicio</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation>Acceso en silla de ruedas</translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation>Bucle magnético</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Letra grande</translation>
    </message>
    <message>
        <source>Quiet space</source>
        <translation>Espacio tranquilo</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>Equipment usage</source>
        <translation>Uso de los equipos</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>Etiqueta de inventario</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Booked hours</source>
        <translation>Horas reservadas</translation>
    </message>
    <message>
        <source>Open hours</source>
        <translation>Horas abiertas</translation>
    </message>
    <message>
        <source>Utilisation (%)</source>
        <translation>Ocupación (%)</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Ausencias</translation>
    </message>
    <message>
        <source>Booked hours by category</source>
        <translation>Horas reservadas por categoría</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>No-show rate (%)</source>
        <translation>Tasa de ausencias (%)</translation>
    </message>
    <message>
        <source>Busiest items</source>
        <translation>Equipos más usados</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Idle items (no booked hour)</source>
        <translation>Equipos sin uso (ninguna hora reservada)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Tasa de ausencias</translation>
    </message>
    <message>
        <source>Idle items</source>
        <translation>Equipos sin uso</translation>
    </message>
    <message>
        <source>Booked hours by weekday and hour of day</source>
        <translation>Horas reservadas por día de la semana y hora del día</translation>
    </message>
    <message>
        <source>Booked hours count bookings that held the item (booked, checked in or completed), clipped to the period; cancelled bookings and no-shows are not counted.</source>
        <translation>Las horas reservadas cuentan las reservas que ocuparon el equipo (reservadas, con entrada registrada o completadas), recortadas al periodo; no se cuentan las reservas canceladas ni las ausencias.</translation>
    </message>
    <message>
        <source>Open hours are the opening hours of each item&apos;s site on the days of the period, less closure days, from the day the item was registered. Utilisation is booked hours divided by open hours.</source>
        <translation>Las horas abiertas son el horario de apertura de la sede de cada equipo en los días del periodo, menos los días de cierre, desde el día en que se registró el equipo. La ocupación es horas reservadas divididas por horas abiertas.</translation>
    </message>
    <message>
        <source>Bookings and no-shows are counted by the day they start. The no-show rate is no-shows divided by no-shows plus bookings checked in or completed.</source>
        <translation>Las reservas y las ausencias se cuentan por el día en que empiezan. La tasa de ausencias es ausencias divididas por ausencias más reservas con entrada registrada o completadas.</translation>
    </message>
    <message>
        <source>The heat map splits each booking across the hours it covers, in local time.</source>
        <translation>El mapa de calor reparte cada reserva entre las horas que abarca, en hora local.</translation>
    </message>
    <message>
        <source>Items are listed if they were registered before the period ended. Idle items have no booked hour in the period; their status is today&apos;s (a retired item may have been retired before the period).</source>
        <translation>Se listan los equipos registrados antes del final del periodo. Los equipos sin uso no tienen ninguna hora reservada en el periodo; su estado es el de hoy (un equipo retirado puede haberse retirado antes del periodo).</translation>
    </message>
    <message>
        <source>Workshops with sessions in the period</source>
        <translation>Talleres con sesiones en el periodo</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>Primera sesión</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Sesiones celebradas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrito</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>En lista de espera</translation>
    </message>
    <message>
        <source>Attendance marks</source>
        <translation>Marcas de asistencia</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Sin inscripción</translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation>Tasa de asistencia (%)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Completion rate (%)</source>
        <translation>Tasa de finalización (%)</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Tasa de asistencia</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Tasa de finalización</translation>
    </message>
    <message>
        <source>Workshops with at least one session starting in the period. Sessions held are the sessions in the period that were not cancelled and had started when the report was made.</source>
        <translation>Talleres con al menos una sesión que empieza en el periodo. Las sesiones celebradas son las del periodo que no se cancelaron y habían empezado cuando se hizo el informe.</translation>
    </message>
    <message>
        <source>Enrolled, waitlisted and completed count the workshop&apos;s current enrolments; withdrawn participants are not counted. The completion rate is completed divided by enrolled, for workshops whose last session is over (“–” while one is still running); the total rate covers those workshops only.</source>
        <translation>Inscritos, en lista de espera y completados cuentan las inscripciones actuales del taller; no se cuentan los participantes retirados. La tasa de finalización es completados divididos por inscritos, para los talleres cuya última sesión ha terminado («–» mientras alguno sigue en curso); la tasa total abarca solo esos talleres.</translation>
    </message>
    <message>
        <source>Attendance marks include walk-ins. The attendance rate is the marks of enrolled participants divided by enrolled times sessions held.</source>
        <translation>Las marcas de asistencia incluyen a quienes vinieron sin inscripción. La tasa de asistencia es las marcas de los participantes inscritos divididas por inscritos por sesiones celebradas.</translation>
    </message>
    <message>
        <source>Participants reached</source>
        <translation>Participantes alcanzados</translation>
    </message>
    <message>
        <source>Used equipment</source>
        <translation>Usaron equipos</translation>
    </message>
    <message>
        <source>Attended workshops</source>
        <translation>Asistieron a talleres</translation>
    </message>
    <message>
        <source>New participants</source>
        <translation>Participantes nuevos</translation>
    </message>
    <message>
        <source>Participants reached by age band</source>
        <translation>Participantes alcanzados por franja de edad</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Franja de edad</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Participants reached by language spoken</source>
        <translation>Participantes alcanzados por idioma hablado</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Participants reached by accessibility need</source>
        <translation>Participantes alcanzados por necesidad de accesibilidad</translation>
    </message>
    <message>
        <source>Accessibility need</source>
        <translation>Necesidad de accesibilidad</translation>
    </message>
    <message>
        <source>Participants reached used a booking (checked in or completed) or were marked present at a workshop session, starting in the period. Each person counts once.</source>
        <translation>Los participantes alcanzados usaron una reserva (con entrada registrada o completada) o se marcaron presentes en una sesión de taller, que empezó en el periodo. Cada persona cuenta una vez.</translation>
    </message>
    <message>
        <source>New participants registered in the period, whether or not they came.</source>
        <translation>Participantes nuevos registrados en el periodo, hayan venido o no.</translation>
    </message>
    <message>
        <source>Age bands are on the last day of the period. Languages and accessibility needs are as recorded; a person counts once under each they have.</source>
        <translation>Las franjas de edad son las del último día del periodo. Los idiomas y las necesidades de accesibilidad son los registrados; una persona cuenta una vez en cada uno que tenga.</translation>
    </message>
    <message>
        <source>To protect privacy, any figure from 1 to 4 is shown as “&lt;5”.</source>
        <translation>Para proteger la privacidad, cualquier cifra de 1 a 4 se muestra como «&lt;5».</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Equipment use</source>
        <extracomment>The reports, in the order offered, with the words naming them.</extracomment>
        <translation>Uso de los equipos</translation>
    </message>
    <message>
        <source>Workshop attendance and completion</source>
        <translation>Asistencia y finalización de talleres</translation>
    </message>
    <message>
        <source>Reach: who the makerspace served</source>
        <translation>Alcance: a quién atendió el makerspace</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>El año pasado</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Guardar el informe como CSV</translation>
    </message>
    <message>
        <source>CSV files for spreadsheets (*.csv)</source>
        <translation>Archivos CSV para hojas de cálculo (*.csv)</translation>
    </message>
    <message>
        <source>Equipment use, workshop attendance and completion, and the people reached, for any period: for your team, your funders and your annual report.</source>
        <translation>Uso de los equipos, asistencia y finalización de talleres, y personas alcanzadas, para cualquier periodo: para su equipo, sus financiadores y su memoria anual.</translation>
    </message>
    <message>
        <source>Reports are for coordinators</source>
        <translation>Los informes son para coordinadores</translation>
    </message>
    <message>
        <source>No report made yet</source>
        <translation>Todavía no se ha hecho ningún informe</translation>
    </message>
    <message>
        <source>Choose a report and a period, then Make report (Enter). Or pick one of the quick choices: this month, last month, this year, last year.</source>
        <translation>Elija un informe y un periodo y luego Hacer informe (Intro). O elija una de las opciones rápidas: este mes, el mes pasado, este año, el año pasado.</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Informe</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primer día del periodo</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Último día del periodo</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>Hacer informe</translation>
    </message>
    <message>
        <source>Make the report for the chosen period</source>
        <translation>Hacer el informe del periodo elegido</translation>
    </message>
    <message>
        <source>Quick choice:</source>
        <translation>Opción rápida:</translation>
    </message>
    <message>
        <source>Make the report for {period}</source>
        <translation>Hacer el informe de {period}</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the shown report as a PDF file</source>
        <translation>Guardar el informe mostrado como archivo PDF</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Guardar como CSV…</translation>
    </message>
    <message>
        <source>Save the shown report as a CSV file for spreadsheets</source>
        <translation>Guardar el informe mostrado como archivo CSV para hojas de cálculo</translation>
    </message>
    <message>
        <source>Progress of the report</source>
        <translation>Progreso del informe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop making the report</source>
        <translation>Dejar de hacer el informe</translation>
    </message>
    <message>
        <source>Reports show figures about every participant, so only coordinators and admins make them.</source>
        <translation>Los informes muestran cifras sobre todos los participantes, así que solo los hacen coordinadores y administradores.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Haciendo el informe…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>{first} to {last} ({days} days, time zone {zone}). Made at {time}.</source>
        <translation>Del {first} al {last} ({days} días, zona horaria {zone}). Hecho a las {time}.</translation>
    </message>
    <message>
        <source>To protect privacy, any figure from 1 to 4 is shown as “&lt;5”, so that no one can be singled out.</source>
        <translation>Para proteger la privacidad, cualquier cifra de 1 a 4 se muestra como «&lt;5», para que nadie pueda ser identificado.</translation>
    </message>
    <message>
        <source>How these figures are counted</source>
        <translation>Cómo se cuentan estas cifras</translation>
    </message>
    <message>
        <source>{value} h</source>
        <translation>{value} h</translation>
    </message>
    <message>
        <source>No equipment was registered by the end of the period.</source>
        <translation>No había equipos registrados al final del periodo.</translation>
    </message>
    <message>
        <source>Booked hours</source>
        <translation>Horas reservadas</translation>
    </message>
    <message>
        <source>No item was booked in the period.</source>
        <translation>No se reservó ningún equipo en el periodo.</translation>
    </message>
    <message>
        <source>Booked hours in each local hour of the day over the whole period. The stronger the colour, the busier the hour; every cell shows its hours. Focus the map and use the arrow keys to hear each hour.</source>
        <translation>Horas reservadas en cada hora local del día a lo largo de todo el periodo. Cuanto más intenso el color, más ocupada la hora; cada celda muestra sus horas. Ponga el foco en el mapa y use las flechas para oír cada hora.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Every item was booked at least once in the period.</source>
        <translation>Todos los equipos se reservaron al menos una vez en el periodo.</translation>
    </message>
    <message>
        <source>Booked hours:</source>
        <translation>Horas reservadas:</translation>
    </message>
    <message>
        <source>{day}, {hour}:00: {value} booked hours</source>
        <translation>{day}, {hour}:00: {value} horas reservadas</translation>
    </message>
    <message>
        <source>No booked hours in the period.</source>
        <translation>No hay horas reservadas en el periodo.</translation>
    </message>
    <message>
        <source>{day} {hour}:00 ({value} h)</source>
        <translation>{day} {hour}:00 ({value} h)</translation>
    </message>
    <message>
        <source>Busiest hours: {hours}. Busiest day: {day} ({value} h).</source>
        <translation>Horas de más actividad: {hours}. Día de más actividad: {day} ({value} h).</translation>
    </message>
    <message>
        <source>No workshop had a session in the period.</source>
        <translation>Ningún taller tuvo sesiones en el periodo.</translation>
    </message>
    <message>
        <source>Attendance and completion rates (%)</source>
        <translation>Tasas de asistencia y de finalización (%)</translation>
    </message>
    <message>
        <source>Attendance and completion rates (%), the {n} workshops with the most enrolled</source>
        <translation>Tasas de asistencia y de finalización (%), los {n} talleres con más inscritos</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>– (not over)</source>
        <translation>– (sin terminar)</translation>
    </message>
    <message>
        <source>– (none held)</source>
        <translation>– (ninguna celebrada)</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Tasa de asistencia</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Tasa de finalización</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>{title}: the first {n}</source>
        <translation>{title}: los primeros {n}</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Guardando {name}…</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Automatic (daily)</source>
        <translation>Automática (diaria)</translation>
    </message>
    <message>
        <source>Made on request</source>
        <translation>Hecha a petición</translation>
    </message>
    <message>
        <source>Made with the command line</source>
        <translation>Hecha con la línea de comandos</translation>
    </message>
    <message>
        <source>Before a schema upgrade</source>
        <translation>Antes de una actualización del esquema</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the backup to put in place of the database %1. The current database is backed up first, so nothing is lost; then the app opens the restored file and everyone signs in again.</source>
        <translation>Elija la copia de seguridad que sustituirá a la base de datos %1. Antes se hace una copia de la base de datos actual, así que no se pierde nada; luego la aplicación abre el archivo restaurado y todos vuelven a entrar.</translation>
    </message>
    <message>
        <source>Backups in %1</source>
        <translation>Copias de seguridad en %1</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, las más recientes primero</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>Encabezados de columna</translation>
    </message>
    <message>
        <source>There are no backups of this database in that folder yet. Choose a backup file from elsewhere, or make one with “Back up now”.</source>
        <translation>Todavía no hay copias de seguridad de esta base de datos en esa carpeta. Elija un archivo de copia de otro lugar, o haga una con «Hacer copia ahora».</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Elegir otro archivo…</translation>
    </message>
    <message>
        <source>Choose a backup file from another folder</source>
        <translation>Elegir un archivo de copia de seguridad de otra carpeta</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Restaurar la copia de seguridad elegida</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close without restoring</source>
        <translation>Cerrar sin restaurar</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Elegir un archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Makerspace backups (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Copias de seguridad de Makerspace (*.db *.sqlite *.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1?</source>
        <translation>¿Sustituir la base de datos por la copia de seguridad %1?</translation>
    </message>
    <message>
        <source>Everything changed since that backup will no longer be in the database. The current database is saved first as a “before restore” backup, so it can be brought back. Everyone using this database signs in again afterwards.

Backup file: %1</source>
        <translation>Todo lo cambiado desde esa copia ya no estará en la base de datos. La base de datos actual se guarda antes como copia «antes de restaurar», así que se puede recuperar. Todos los que usan esta base de datos vuelven a entrar después.

Archivo de copia: %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Keep the current database</source>
        <translation>Mantener la base de datos actual</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurar la copia de seguridad</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>front desk</source>
        <translation>recepción</translation>
    </message>
    <message>
        <source>workshop leader</source>
        <translation>responsable de taller</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinador</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Carné</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sin inscripción</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>No inscrito</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Add a session</source>
        <translation>Añadir una sesión</translation>
    </message>
    <message>
        <source>Add a series of sessions</source>
        <translation>Añadir una serie de sesiones</translation>
    </message>
    <message>
        <source>Move the session</source>
        <translation>Mover la sesión</translation>
    </message>
    <message>
        <source>Date of the first session</source>
        <translation>Fecha de la primera sesión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Empieza a las</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Termina a las</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>The workshop&apos;s own space</source>
        <translation>El espacio propio del taller</translation>
    </message>
    <message>
        <source>&amp;First date</source>
        <translation>&amp;Primera fecha</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Starts at</source>
        <translation>&amp;Empieza a las</translation>
    </message>
    <message>
        <source>&amp;Ends at</source>
        <translation>&amp;Termina a las</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> sesiones</translation>
    </message>
    <message>
        <source> session</source>
        <translation> sesión</translation>
    </message>
    <message>
        <source>How many sessions</source>
        <translation>Cuántas sesiones</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Se repite</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <source>&amp;Repeats</source>
        <translation>Se &amp;repite</translation>
    </message>
    <message>
        <source>&amp;How many</source>
        <translation>&amp;Cuántas</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Dónde</translation>
    </message>
    <message>
        <source>Each session keeps the same local time, also across clock changes. Days the makerspace is closed are skipped and listed.</source>
        <translation>Cada sesión mantiene la misma hora local, también con los cambios de hora. Los días en que el makerspace está cerrado se saltan y se indican.</translation>
    </message>
    <message>
        <source>The enrolled participants are listed afterwards, so you can tell them.</source>
        <translation>Después se muestran los participantes inscritos, para que pueda avisarles.</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Añadir sesión</translation>
    </message>
    <message>
        <source>Add series</source>
        <translation>Añadir serie</translation>
    </message>
    <message>
        <source>Move session</source>
        <translation>Mover sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel: change nothing</source>
        <translation>Cancelar: no cambiar nada</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Held today</source>
        <translation>Celebrada hoy</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Celebrada</translation>
    </message>
    <message>
        <source>On now</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>No space set</source>
        <translation>Sin espacio asignado</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Badges and certificates</source>
        <translation>Carnés y certificados</translation>
    </message>
    <message>
        <source>Security and backups</source>
        <translation>Seguridad y copias de seguridad</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <source>Logo (PNG image)</source>
        <translation>Logotipo (imagen PNG)</translation>
    </message>
    <message>
        <source>Organisation&apos;s language</source>
        <translation>Idioma de la organización</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>A booking not checked in this many minutes after its start is a no-show</source>
        <translation>Una reserva sin entrada registrada tantos minutos después de empezar es una ausencia</translation>
    </message>
    <message>
        <source>Most hours one participant may book in a week</source>
        <translation>Máximo de horas que un participante puede reservar en una semana</translation>
    </message>
    <message>
        <source>Age from which a participant needs no guardian</source>
        <translation>Edad a partir de la cual un participante no necesita tutor</translation>
    </message>
    <message>
        <source>Warn about certifications expiring within (days)</source>
        <translation>Avisar de las certificaciones que vencen en (días)</translation>
    </message>
    <message>
        <source>Certificate paper</source>
        <translation>Papel de los certificados</translation>
    </message>
    <message>
        <source>Signature image on certificates (PNG)</source>
        <translation>Imagen de la firma en los certificados (PNG)</translation>
    </message>
    <message>
        <source>Name under the signature</source>
        <translation>Nombre bajo la firma</translation>
    </message>
    <message>
        <source>Lock the app after this many idle minutes</source>
        <translation>Bloquear la aplicación tras estos minutos sin uso</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Shared settings are the same on every desk that uses this database. “This computer” applies only here.</source>
        <translation>La configuración compartida es la misma en todos los puestos que usan esta base de datos. «Este ordenador» se aplica solo aquí.</translation>
    </message>
    <message>
        <source>Settings form</source>
        <translation>Formulario de configuración</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel: show the stored settings again</source>
        <translation>Cancelar: mostrar de nuevo la configuración guardada</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <source>A whole number from %1 to %2</source>
        <translation>Un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>For example Europe/Paris</source>
        <translation>Por ejemplo Europe/Madrid</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este ordenador</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Text size (zoom)</source>
        <translation>Tamaño del texto (zoom)</translation>
    </message>
    <message>
        <source>Colours and text size change as soon as you save. A new language is used the next time the app starts.</source>
        <translation>Los colores y el tamaño del texto cambian en cuanto guarda. Un idioma nuevo se usa la próxima vez que se inicie la aplicación.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Where the data is</source>
        <translation>Dónde están los datos</translation>
    </message>
    <message>
        <source>A database file on this computer (SQLite).</source>
        <translation>Un archivo de base de datos en este ordenador (SQLite).</translation>
    </message>
    <message>
        <source>A database server (PostgreSQL), shared by several desks.</source>
        <translation>Un servidor de bases de datos (PostgreSQL), compartido por varios puestos.</translation>
    </message>
    <message>
        <source>To use another database, start the app with --db.</source>
        <translation>Para usar otra base de datos, inicie la aplicación con --db.</translation>
    </message>
    <message>
        <source>Backup folder on this computer</source>
        <translation>Carpeta de copias de seguridad en este ordenador</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Elegir la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Backup folder (this computer)</source>
        <translation>Carpeta de copias de seguridad (este ordenador)</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Última copia de seguridad</translation>
    </message>
    <message>
        <source>A verified copy is made when the app starts and once a day while it runs; the newest copy of each of the last 7 days, 4 weeks and 12 months is kept.</source>
        <translation>Se hace una copia verificada al iniciar la aplicación y una vez al día mientras funciona; se conserva la copia más reciente de cada uno de los últimos 7 días, 4 semanas y 12 meses.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Make a verified backup now</source>
        <translation>Hacer ahora una copia de seguridad verificada</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore a backup (admins)</source>
        <translation>Restaurar una copia de seguridad (administradores)</translation>
    </message>
    <message>
        <source>Backups of a PostgreSQL database are the server&apos;s job, not this app&apos;s. On the server, or on any computer with the PostgreSQL tools, back it up with:</source>
        <translation>Las copias de seguridad de una base de datos PostgreSQL son tarea del servidor, no de esta aplicación. En el servidor, o en cualquier ordenador con las herramientas de PostgreSQL, haga la copia con:</translation>
    </message>
    <message>
        <source>Back-up command</source>
        <translation>Comando de copia</translation>
    </message>
    <message>
        <source>and bring a backup back with:</source>
        <translation>y recupere una copia con:</translation>
    </message>
    <message>
        <source>Restore command</source>
        <translation>Comando de restauración</translation>
    </message>
    <message>
        <source>Give the password through PGPASSWORD or ~/.pgpass. Schedule the back-up command daily (cron, or Task Scheduler on Windows) and keep copies on another machine.</source>
        <translation>Indique la contraseña con PGPASSWORD o ~/.pgpass. Programe el comando de copia a diario (cron, o el Programador de tareas en Windows) y guarde copias en otra máquina.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>Copiar: %1</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Every change is recorded: who made it, when, and to which record. Coordinators and admins can read it, filter it and export it.</source>
        <translation>Cada cambio queda registrado: quién lo hizo, cuándo y en qué registro. Los coordinadores y administradores pueden leerlo, filtrarlo y exportarlo.</translation>
    </message>
    <message>
        <source>Open the audit log…</source>
        <translation>Abrir el registro de auditoría…</translation>
    </message>
    <message>
        <source>Open the audit log</source>
        <translation>Abrir el registro de auditoría</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Cuentas del personal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Puede entrar</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>Encabezados de columna</translation>
    </message>
    <message>
        <source>Role of the chosen staff member</source>
        <translation>Rol del miembro del personal elegido</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <source>Change the chosen staff member&apos;s role</source>
        <translation>Cambiar el rol del miembro del personal elegido</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Deactivate or reactivate the chosen staff member</source>
        <translation>Desactivar o reactivar al miembro del personal elegido</translation>
    </message>
    <message>
        <source>Chosen staff member</source>
        <translation>Miembro del personal elegido</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Establecer</translation>
    </message>
    <message>
        <source>Set the new password or PIN</source>
        <translation>Establecer la contraseña o el PIN nuevos</translation>
    </message>
    <message>
        <source>New password or PIN</source>
        <translation>Contraseña o PIN nuevos</translation>
    </message>
    <message>
        <source>New staff member&apos;s user name</source>
        <translation>Nombre de usuario del nuevo miembro del personal</translation>
    </message>
    <message>
        <source>User name, e.g. amira</source>
        <translation>Nombre de usuario, p. ej. amira</translation>
    </message>
    <message>
        <source>New staff member&apos;s name</source>
        <translation>Nombre del nuevo miembro del personal</translation>
    </message>
    <message>
        <source>Name, e.g. Amira</source>
        <translation>Nombre, p. ej. Amira</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Their password (8 characters or more) or PIN (4 digits or more)</source>
        <translation>Su contraseña (8 caracteres o más) o PIN (4 cifras o más)</translation>
    </message>
    <message>
        <source>New staff member&apos;s role</source>
        <translation>Rol del nuevo miembro del personal</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Añadir un miembro del personal</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Añadir miembro del personal</translation>
    </message>
    <message>
        <source>Add the new staff member</source>
        <translation>Añadir el nuevo miembro del personal</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No, deactivated</source>
        <translation>No, desactivado</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>Role changed. It applies from their next sign-in.</source>
        <translation>Rol cambiado. Se aplica desde su próxima entrada.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 ya no puede entrar.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 puede entrar de nuevo.</translation>
    </message>
    <message>
        <source>The new password or PIN is set.</source>
        <translation>Se ha establecido la contraseña o el PIN nuevos.</translation>
    </message>
    <message>
        <source>%1 can now sign in.</source>
        <translation>%1 ya puede entrar.</translation>
    </message>
    <message>
        <source>Only an admin can restore a backup.</source>
        <translation>Solo un administrador puede restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <source>Only a coordinator or an admin can make a backup.</source>
        <translation>Solo un coordinador o un administrador puede hacer una copia de seguridad.</translation>
    </message>
    <message>
        <source>Who can sign in, and with which role. Front desk: participants, bookings, check-in. Workshop leader: also their own workshops and projects. Coordinator: also certificates, reports, exports, erasure. Admin: also staff accounts, settings and restoring backups.</source>
        <translation>Quién puede entrar y con qué rol. Recepción: participantes, reservas, entradas. Responsable de taller: además sus propios talleres y proyectos. Coordinador: además certificados, informes, exportaciones, borrado. Administrador: además cuentas del personal, configuración y restauración de copias de seguridad.</translation>
    </message>
    <message>
        <source>Only an admin can change them.</source>
        <translation>Solo un administrador puede cambiarlas.</translation>
    </message>
    <message>
        <source>Only a coordinator or an admin can read it.</source>
        <translation>Solo un coordinador o un administrador puede leerlo.</translation>
    </message>
    <message>
        <source>No backup in this folder yet.</source>
        <translation>Todavía no hay copias de seguridad en esta carpeta.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Copia de seguridad escrita y verificada: %1</translation>
    </message>
    <message>
        <source>The backup %1 was restored. Sign in again to go on.</source>
        <translation>Se restauró la copia de seguridad %1. Entre de nuevo para continuar.</translation>
    </message>
    <message>
        <source>The database as it was is saved as %1.</source>
        <translation>La base de datos tal como estaba se guardó como %1.</translation>
    </message>
    <message>
        <source>The shared settings were saved, but this computer’s preferences could not be written (%1).</source>
        <translation>La configuración compartida se guardó, pero no se pudieron escribir las preferencias de este ordenador (%1).</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Contraseña o PIN</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>&amp;Password or PIN</source>
        <translation>&amp;Contraseña o PIN</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Welcome to %1. Sign in with your staff account.</source>
        <translation>Bienvenido a %1. Entre con su cuenta del personal.</translation>
    </message>
    <message>
        <source>Sign in with your staff account.</source>
        <translation>Entre con su cuenta del personal.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <source>Type your password or PIN.</source>
        <translation>Escriba su contraseña o PIN.</translation>
    </message>
</context>
<context>
    <name>StatusLegend</name>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Column headings: %1</source>
        <translation>Encabezados de columna: %1</translation>
    </message>
    <message>
        <source>Row headings: %1</source>
        <translation>Encabezados de fila: %1</translation>
    </message>
    <message>
        <source>Select the whole table</source>
        <translation>Seleccionar toda la tabla</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Entrada registrada</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Bookings timeline</source>
        <translation>Cronograma de reservas</translation>
    </message>
    <message>
        <source>Scroll through the times</source>
        <translation>Desplazarse por las horas</translation>
    </message>
    <message>
        <source>Scroll through the items</source>
        <translation>Desplazarse por los equipos</translation>
    </message>
    <message>
        <source>%1: %2, %3–%4, %5</source>
        <translation>%1: %2, %3–%4, %5</translation>
    </message>
    <message>
        <source>No items to show</source>
        <translation>No hay equipos que mostrar</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>%1 by %2, %3–%4</source>
        <translation>%1 por %2, %3–%4</translation>
    </message>
    <message>
        <source>partly booked</source>
        <translation>reservado en parte</translation>
    </message>
    <message>
        <source>past</source>
        <translation>pasado</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Fuera de servicio</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (hoy)</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Now and next</source>
        <translation>Ahora y a continuación</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registrar entrada</translation>
    </message>
    <message>
        <source>Check in the chosen booking</source>
        <translation>Registrar la entrada de la reserva elegida</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Registrar salida</translation>
    </message>
    <message>
        <source>Check out the chosen booking</source>
        <translation>Registrar la salida de la reserva elegida</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Participants checked in now</source>
        <translation>Participantes con entrada registrada ahora</translation>
    </message>
    <message>
        <source>Today&apos;s workshop sessions</source>
        <translation>Sesiones de talleres de hoy</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Take attendance</source>
        <translation>Pasar lista</translation>
    </message>
    <message>
        <source>Take attendance for the chosen session</source>
        <translation>Pasar lista en la sesión elegida</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Things that need attention</source>
        <translation>Cosas que requieren atención</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Check out the chosen overdue booking</source>
        <translation>Registrar la salida de la reserva pendiente elegida</translation>
    </message>
    <message>
        <source>Release no-shows</source>
        <translation>Liberar ausencias</translation>
    </message>
    <message>
        <source>Mark bookings not checked in as no-shows and free their slots</source>
        <translation>Marcar como no presentadas las reservas sin entrada registrada y liberar sus horarios</translation>
    </message>
    <message>
        <source>Mark as told</source>
        <translation>Marcar como avisado</translation>
    </message>
    <message>
        <source>Record that the chosen participant was told about their place</source>
        <translation>Registrar que se avisó al participante elegido de su plaza</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Checked in ({n})</source>
        <translation>Con entrada registrada ({n})</translation>
    </message>
    <message>
        <source>Nobody is checked in.</source>
        <translation>No hay nadie con entrada registrada.</translation>
    </message>
    <message>
        <source>{item} ({tag}) is out of service</source>
        <translation>{item} ({tag}) está fuera de servicio</translation>
    </message>
    <message>
        <source>{warning} {item} ({tag}) is out of service: {n} booking(s) to move or cancel</source>
        <translation>{warning} {item} ({tag}) está fuera de servicio: {n} reserva(s) que mover o cancelar</translation>
    </message>
    <message>
        <source>{warning} {item} ({tag}) is out of service; no booking is affected</source>
        <translation>{warning} {item} ({tag}) está fuera de servicio; no afecta a ninguna reserva</translation>
    </message>
    <message>
        <source>Overdue check-outs ({n}): check them out when the item is back</source>
        <translation>Salidas pendientes ({n}): registre la salida cuando se devuelva el equipo</translation>
    </message>
    <message>
        <source>ended {end}</source>
        <translation>terminó {end}</translation>
    </message>
    <message>
        <source>{n} booking(s) not checked in in time: release them as no-shows to free the slots</source>
        <translation>{n} reserva(s) sin entrada registrada a tiempo: libérelas como ausencias para liberar los horarios</translation>
    </message>
    <message>
        <source>started {start}</source>
        <translation>empezó {start}</translation>
    </message>
    <message>
        <source>Waitlist promotions to tell ({n}): these participants have a place now</source>
        <translation>Subidas desde la lista de espera que avisar ({n}): estos participantes ya tienen plaza</translation>
    </message>
    <message>
        <source>no contact details</source>
        <translation>sin datos de contacto</translation>
    </message>
    <message>
        <source>{contact} (guardian {name})</source>
        <translation>{contact} (tutor {name})</translation>
    </message>
    <message>
        <source>tell them: {contact}</source>
        <translation>avíseles: {contact}</translation>
    </message>
    <message>
        <source>next session {when}</source>
        <translation>próxima sesión {when}</translation>
    </message>
    <message>
        <source>Certifications expiring this month ({n})</source>
        <translation>Certificaciones que vencen este mes ({n})</translation>
    </message>
    <message>
        <source>expires on {day}</source>
        <translation>vence el {day}</translation>
    </message>
    <message>
        <source>No backup yet. One is made automatically once a day while the app runs.</source>
        <translation>Todavía no hay copia de seguridad. Se hace una automáticamente una vez al día mientras la aplicación funciona.</translation>
    </message>
    <message>
        <source>The last good backup is from {when}, more than a day ago. One is made while the app runs; `makerspace-app db backup` makes one now.</source>
        <translation>La última copia de seguridad correcta es del {when}, hace más de un día. Se hace una mientras la aplicación funciona; `makerspace-app db backup` hace una ahora.</translation>
    </message>
    <message>
        <source>Mark {n} booking(s) as no-shows?</source>
        <translation>¿Marcar {n} reserva(s) como ausencias?</translation>
    </message>
    <message>
        <source>They were not checked in in time. Their slots become free for others; the bookings stay on record as no-shows.</source>
        <translation>No registraron la entrada a tiempo. Sus horarios quedan libres para otros; las reservas siguen registradas como ausencias.</translation>
    </message>
    <message>
        <source>Release {n}</source>
        <translation>Liberar {n}</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Mantenerlas</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Entrada registrada</translation>
    </message>
    <message>
        <source>Bookings in progress and starting in the next two hours, by item</source>
        <translation>Reservas en curso y las que empiezan en las próximas dos horas, por equipo</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No se presentó</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>{status}, starts in {n} min</source>
        <translation>{status}, empieza en {n} min</translation>
    </message>
    <message>
        <source>{status}, not checked in yet</source>
        <translation>{status}, todavía sin entrada registrada</translation>
    </message>
    <message>
        <source>No bookings in progress or in the next two hours.</source>
        <translation>No hay reservas en curso ni en las próximas dos horas.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>{p} of {n}</source>
        <translation>{p} de {n}</translation>
    </message>
    <message>
        <source>no leader yet</source>
        <translation>todavía sin responsable</translation>
    </message>
    <message>
        <source>No sessions today.</source>
        <translation>No hay sesiones hoy.</translation>
    </message>
    <message>
        <source>Updated at {time}; refreshes every minute (F5 now).</source>
        <translation>Actualizado a las {time}; se actualiza cada minuto (F5 ahora).</translation>
    </message>
    <message>
        <source>Backups of this PostgreSQL database are the server&apos;s job (pg_dump).</source>
        <translation>Las copias de seguridad de esta base de datos PostgreSQL son tarea del servidor (pg_dump).</translation>
    </message>
    <message>
        <source>Last good backup: {when}.</source>
        <translation>Última copia de seguridad correcta: {when}.</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>You changed %1 but did not save.</source>
        <translation>Ha cambiado %1, pero no lo ha guardado.</translation>
    </message>
    <message>
        <source>Save the changes, or discard them?</source>
        <translation>¿Guardar los cambios o descartarlos?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Guardar los cambios</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Descartar los cambios</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Welcome to Makerspace</source>
        <translation>Bienvenido a Makerspace</translation>
    </message>
    <message>
        <source>This database is new. Give your makerspace’s name and create the first admin account. You can add the other staff members later, in Settings.</source>
        <translation>Esta base de datos es nueva. Indique el nombre de su makerspace y cree la primera cuenta de administrador. Puede añadir a los demás miembros del personal más tarde, en Configuración.</translation>
    </message>
    <message>
        <source>Your makerspace</source>
        <translation>Su makerspace</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <source>For example Riverside Library Makerspace</source>
        <translation>Por ejemplo Makerspace de la Biblioteca Riverside</translation>
    </message>
    <message>
        <source>&amp;Organisation name</source>
        <translation>Nombre de la &amp;organización</translation>
    </message>
    <message>
        <source>First admin account</source>
        <translation>Primera cuenta de administrador</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>One word, for example amira</source>
        <translation>Una palabra, por ejemplo amira</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>As colleagues know you</source>
        <translation>Como le conocen sus compañeros</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Al menos 8 caracteres</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repetir contraseña</translation>
    </message>
    <message>
        <source>The same password once more</source>
        <translation>La misma contraseña otra vez</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>Nombre &amp;visible</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>Re&amp;petir contraseña</translation>
    </message>
    <message>
        <source>Start with</source>
        <translation>Empezar con</translation>
    </message>
    <message>
        <source>&amp;Start empty</source>
        <translation>&amp;Empezar vacío</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Empezar vacío</translation>
    </message>
    <message>
        <source>Add your own equipment, participants and workshops.</source>
        <translation>Añada sus propios equipos, participantes y talleres.</translation>
    </message>
    <message>
        <source>&amp;Load demo data</source>
        <translation>&amp;Cargar datos de demostración</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Cargar datos de demostración</translation>
    </message>
    <message>
        <source>Invented participants, equipment, bookings and workshops to try the app. Its staff accounts (admin, desk, leader, coord) use the password makerspace-demo.</source>
        <translation>Participantes, equipos, reservas y talleres inventados para probar la aplicación. Sus cuentas del personal (admin, desk, leader, coord) usan la contraseña makerspace-demo.</translation>
    </message>
    <message>
        <source>Demo data is not part of this version of the app.</source>
        <translation>Los datos de demostración no forman parte de esta versión de la aplicación.</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <translation>Cargando datos de demostración</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start: create the admin account</source>
        <translation>Empezar: crear la cuenta de administrador</translation>
    </message>
    <message>
        <source>Give your makerspace’s name: it appears on badges, certificates and reports.</source>
        <translation>Indique el nombre de su makerspace: aparece en los carnés, los certificados y los informes.</translation>
    </message>
    <message>
        <source>Choose a user name for the admin account, for example amira.</source>
        <translation>Elija un nombre de usuario para la cuenta de administrador, por ejemplo amira.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again.</source>
        <translation>Las dos contraseñas no son iguales. Escriba de nuevo la contraseña.</translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation>Cargando datos de demostración…</translation>
    </message>
    <message>
        <source>Loading demo data: %1</source>
        <translation>Cargando datos de demostración: %1</translation>
    </message>
</context>
<context>
    <name>WhenFields</name>
    <message>
        <source>Item</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Type part of the item&apos;s name, asset tag or category to filter the list</source>
        <translation>Escriba parte del nombre del equipo, su etiqueta de inventario o su categoría para filtrar la lista</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>fuera de servicio</translation>
    </message>
    <message>
        <source>Type to filter the items</source>
        <translation>Escriba para filtrar los equipos</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>until</source>
        <translation>hasta</translation>
    </message>
</context>
<context>
    <name>WorkshopListModel</name>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Próxima: %1</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Todavía no hay sesiones</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Terminó el %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 en espera</translation>
    </message>
    <message>
        <source>Places: %1</source>
        <translation>Plazas: %1</translation>
    </message>
    <message>
        <source>Training for: %1</source>
        <translation>Formación para: %1</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>No workshops yet — create one (Ctrl+N)</source>
        <translation>Todavía no hay talleres — cree uno (Ctrl+N)</translation>
    </message>
    <message>
        <source>A workshop is a course or an event with one or more sessions. Create one, add its sessions, enrol participants and take attendance; a training can grant the certification for a kind of equipment.</source>
        <translation>Un taller es un curso o un evento con una o varias sesiones. Cree uno, añada sus sesiones, inscriba participantes y pase lista; una formación puede conceder la certificación para un tipo de equipo.</translation>
    </message>
    <message>
        <source>New workshop (Ctrl+N)</source>
        <translation>Nuevo taller (Ctrl+N)</translation>
    </message>
    <message>
        <source>Create a new workshop (Ctrl+N)</source>
        <translation>Crear un taller nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search workshops by title</source>
        <translation>Buscar talleres por título</translation>
    </message>
    <message>
        <source>Show which workshops</source>
        <translation>Qué talleres mostrar</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximos</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Pasados</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation>Nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Talleres</translation>
    </message>
    <message>
        <source>Choose a workshop in the list, or create one (Ctrl+N).</source>
        <translation>Elija un taller de la lista o cree uno (Ctrl+N).</translation>
    </message>
    <message>
        <source>Complete workshop…</source>
        <translation>Completar el taller…</translation>
    </message>
    <message>
        <source>Complete the workshop: who qualifies, who does not and why</source>
        <translation>Completar el taller: quién cumple, quién no y por qué</translation>
    </message>
    <message>
        <source>Workshop sections</source>
        <translation>Secciones del taller</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Asistencia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>For example “Laser cutting for beginners”</source>
        <translation>Por ejemplo «Corte láser para principiantes»</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Space ticks or unticks the highlighted staff member</source>
        <translation>Espacio marca o desmarca al miembro del personal resaltado</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <source> places</source>
        <translation> plazas</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Sin mínimo</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Edad mínima</translation>
    </message>
    <message>
        <source>No maximum</source>
        <translation>Sin máximo</translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation>Edad máxima</translation>
    </message>
    <message>
        <source>A&amp;ges</source>
        <translation>E&amp;dades</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Language codes, for example en, es, ar</source>
        <translation>Códigos de idioma, por ejemplo en, es, ar</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <source>Training: grants certification for</source>
        <translation>Formación: concede la certificación para</translation>
    </message>
    <message>
        <source>Completion rule</source>
        <translation>Regla de finalización</translation>
    </message>
    <message>
        <source>Attend every session</source>
        <translation>Asistir a todas las sesiones</translation>
    </message>
    <message>
        <source>Attend at least a number of sessions</source>
        <translation>Asistir al menos a un número de sesiones</translation>
    </message>
    <message>
        <source>Attend at least a share of the sessions</source>
        <translation>Asistir al menos a una parte de las sesiones</translation>
    </message>
    <message>
        <source>Sessions or percentage needed</source>
        <translation>Sesiones o porcentaje necesarios</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;escripción</translation>
    </message>
    <message>
        <source>&amp;Leaders</source>
        <translation>&amp;Responsables</translation>
    </message>
    <message>
        <source>Spa&amp;ce</source>
        <translation>Espa&amp;cio</translation>
    </message>
    <message>
        <source>Pla&amp;ces</source>
        <translation>Pla&amp;zas</translation>
    </message>
    <message>
        <source>La&amp;nguages</source>
        <translation>Id&amp;iomas</translation>
    </message>
    <message>
        <source>&amp;Materials</source>
        <translation>&amp;Materiales</translation>
    </message>
    <message>
        <source>T&amp;raining for</source>
        <translation>Fo&amp;rmación para</translation>
    </message>
    <message>
        <source>C&amp;ompletion</source>
        <translation>Finalizaci&amp;ón</translation>
    </message>
    <message>
        <source>Workshop details form</source>
        <translation>Formulario de datos del taller</translation>
    </message>
    <message>
        <source>Only the workshop&apos;s leaders, coordinators and admins can change it.</source>
        <translation>Solo los responsables del taller, los coordinadores y los administradores pueden cambiarlo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel: show the stored workshop again</source>
        <translation>Cancelar: mostrar de nuevo el taller guardado</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the workshop (Ctrl+S)</source>
        <translation>Guardar el taller (Ctrl+S)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Enter takes attendance at the highlighted session</source>
        <translation>Intro pasa lista en la sesión resaltada</translation>
    </message>
    <message>
        <source>No sessions yet. Add one, or a weekly series.</source>
        <translation>Todavía no hay sesiones. Añada una, o una serie semanal.</translation>
    </message>
    <message>
        <source>Take attendance… (Enter)</source>
        <translation>Pasar lista… (Intro)</translation>
    </message>
    <message>
        <source>Take attendance at the highlighted session</source>
        <translation>Pasar lista en la sesión resaltada</translation>
    </message>
    <message>
        <source>Add session…</source>
        <translation>Añadir sesión…</translation>
    </message>
    <message>
        <source>Add one session</source>
        <translation>Añadir una sesión</translation>
    </message>
    <message>
        <source>Add series…</source>
        <translation>Añadir serie…</translation>
    </message>
    <message>
        <source>Add a weekly or fortnightly series of sessions</source>
        <translation>Añadir una serie semanal o quincenal de sesiones</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Mover…</translation>
    </message>
    <message>
        <source>Move the highlighted session</source>
        <translation>Mover la sesión resaltada</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>Cancelar sesión…</translation>
    </message>
    <message>
        <source>Cancel the highlighted session</source>
        <translation>Cancelar la sesión resaltada</translation>
    </message>
    <message>
        <source>Enrolled participants and waitlist</source>
        <translation>Participantes inscritos y lista de espera</translation>
    </message>
    <message>
        <source>Enrol a participant…</source>
        <translation>Inscribir a un participante…</translation>
    </message>
    <message>
        <source>Enrol a participant: search by name or badge</source>
        <translation>Inscribir a un participante: buscar por nombre o carné</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Retirar…</translation>
    </message>
    <message>
        <source>Withdraw the highlighted participant</source>
        <translation>Retirar al participante resaltado</translation>
    </message>
    <message>
        <source>%1 present   %2 held, not marked   (empty: still to come). Click a box or press Space to change it; each change is saved at once.</source>
        <translation>%1 presente   %2 celebrada, sin marcar   (vacía: por venir). Haga clic en una casilla o pulse Espacio para cambiarla; cada cambio se guarda al instante.</translation>
    </message>
    <message>
        <source>No space set</source>
        <translation>Sin espacio asignado</translation>
    </message>
    <message>
        <source>Not a training (grants no certification)</source>
        <translation>No es una formación (no concede certificación)</translation>
    </message>
    <message>
        <source>%1 (needs no certification)</source>
        <translation>%1 (no necesita certificación)</translation>
    </message>
    <message>
        <source>Showing the first %1. Type part of a title to find the others.</source>
        <translation>Se muestran los primeros %1. Escriba parte de un título para encontrar los demás.</translation>
    </message>
    <message>
        <source>No workshop matches “%1”.</source>
        <translation>Ningún taller coincide con «%1».</translation>
    </message>
    <message>
        <source>No upcoming workshops. Choose “Past” or “All” to see earlier ones, or create one (Ctrl+N).</source>
        <translation>No hay talleres próximos. Elija «Pasados» o «Todos» para ver los anteriores, o cree uno (Ctrl+N).</translation>
    </message>
    <message>
        <source>No past workshops yet.</source>
        <translation>Todavía no hay talleres pasados.</translation>
    </message>
    <message>
        <source>the workshop</source>
        <translation>el taller</translation>
    </message>
    <message>
        <source>Next session %1</source>
        <translation>Próxima sesión %1</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Terminó el %1</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Todavía no hay sesiones</translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation>%1 de %2 plazas ocupadas</translation>
    </message>
    <message>
        <source>%1 on the waitlist</source>
        <translation>%1 en la lista de espera</translation>
    </message>
    <message>
        <source>Training for %1</source>
        <translation>Formación para %1</translation>
    </message>
    <message>
        <source>Led by %1</source>
        <translation>Dirigido por %1</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> sesiones</translation>
    </message>
    <message>
        <source> session</source>
        <translation> sesión</translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation>Miembro del personal %1</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nuevo taller</translation>
    </message>
    <message>
        <source>Fill in the details and save; then add its sessions.</source>
        <translation>Rellene los datos y guarde; después añada sus sesiones.</translation>
    </message>
    <message>
        <source>“%1” is saved. Add its sessions next (Sessions tab).</source>
        <translation>«%1» está guardado. Añada ahora sus sesiones (pestaña Sesiones).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Moved up from the waitlist</source>
        <translation>Han subido desde la lista de espera</translation>
    </message>
    <message>
        <source>With the new number of places, these people moved up from the waitlist and now have a place. Tell them:</source>
        <translation>Con el nuevo número de plazas, estas personas han subido desde la lista de espera y ya tienen plaza. Avíseles:</translation>
    </message>
    <message>
        <source>Session added: %1.</source>
        <translation>Sesión añadida: %1.</translation>
    </message>
    <message>
        <source>%1 sessions added.</source>
        <translation>%1 sesiones añadidas.</translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation>Omitido %1: %2.</translation>
    </message>
    <message>
        <source>Session moved to %1.</source>
        <translation>Sesión movida al %1.</translation>
    </message>
    <message>
        <source>Session moved</source>
        <translation>Sesión movida</translation>
    </message>
    <message>
        <source>The session now meets %1. Tell the enrolled participants:</source>
        <translation>La sesión ahora es el %1. Avise a los participantes inscritos:</translation>
    </message>
    <message>
        <source>Cancel the session?</source>
        <translation>¿Cancelar la sesión?</translation>
    </message>
    <message>
        <source>Cancel the session of %1?</source>
        <translation>¿Cancelar la sesión del %1?</translation>
    </message>
    <message>
        <source>It stays listed as cancelled and nobody can be marked present at it. %1 enrolled participants need to be told; they are listed next.</source>
        <translation>Seguirá en la lista como cancelada y nadie podrá marcarse presente en ella. Hay que avisar a %1 participantes inscritos; se muestran a continuación.</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Cancelar la sesión</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantenerla</translation>
    </message>
    <message>
        <source>Keep the session</source>
        <translation>Mantener la sesión</translation>
    </message>
    <message>
        <source>The session of %1 is cancelled.</source>
        <translation>La sesión del %1 está cancelada.</translation>
    </message>
    <message>
        <source>Session cancelled</source>
        <translation>Sesión cancelada</translation>
    </message>
    <message>
        <source>The session of %1 is cancelled. Tell the enrolled participants:</source>
        <translation>La sesión del %1 está cancelada. Avise a los participantes inscritos:</translation>
    </message>
    <message>
        <source>full: the next person goes on the waitlist</source>
        <translation>completo: la siguiente persona pasa a la lista de espera</translation>
    </message>
    <message>
        <source>Enrol a participant</source>
        <translation>Inscribir a un participante</translation>
    </message>
    <message>
        <source>Who should be enrolled in “%1”? When it is full they go on the waitlist.</source>
        <translation>¿A quién hay que inscribir en «%1»? Si está completo, pasa a la lista de espera.</translation>
    </message>
    <message>
        <source>The workshop is full: %1 is on the waitlist, number %2. They move up when a place frees.</source>
        <translation>El taller está completo: %1 está en la lista de espera, con el número %2. Subirá cuando quede una plaza libre.</translation>
    </message>
    <message>
        <source>%1 is enrolled.</source>
        <translation>%1 está inscrito.</translation>
    </message>
    <message>
        <source>Withdraw?</source>
        <translation>¿Retirar?</translation>
    </message>
    <message>
        <source>Withdraw %1 from “%2”?</source>
        <translation>¿Retirar a %1 de «%2»?</translation>
    </message>
    <message>
        <source>A freed place goes at once to the first person on the waitlist; you will see who.</source>
        <translation>Una plaza libre pasa al instante a la primera persona de la lista de espera; verá a quién.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Keep enrolled</source>
        <translation>Mantener inscrito</translation>
    </message>
    <message>
        <source>Withdraw the participant</source>
        <translation>Retirar al participante</translation>
    </message>
    <message>
        <source>Keep the participant enrolled</source>
        <translation>Mantener inscrito al participante</translation>
    </message>
    <message>
        <source>%1 is withdrawn.</source>
        <translation>%1 se ha retirado.</translation>
    </message>
    <message>
        <source>%1 moved up from the waitlist and now has a place; tell them (%2).</source>
        <translation>%1 ha subido desde la lista de espera y ya tiene plaza; avísele (%2).</translation>
    </message>
    <message>
        <source>no contact on record</source>
        <translation>sin contacto registrado</translation>
    </message>
    <message>
        <source>Only the workshop&apos;s leaders, coordinators and admins take attendance.</source>
        <translation>Solo los responsables del taller, los coordinadores y los administradores pasan lista.</translation>
    </message>
</context>
<context>
    <name>bar</name>
    <message>
        <source>Book %1 instead</source>
        <translation type="vanished">Reservar %1 en su lugar</translation>
    </message>
    <message>
        <source>Book %1, %2</source>
        <translation type="vanished">Reservar %1, %2</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>Attended</source>
        <translation type="vanished">Asistió</translation>
    </message>
</context>
</TS>
