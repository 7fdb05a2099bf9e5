<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Durations</source>
        <comment>%1 h %2 min</comment>
        <translation type="vanished">Durées</translation>
    </message>
    <message>
        <source>Durations</source>
        <comment>%1 h</comment>
        <translation type="vanished">Durées</translation>
    </message>
    <message>
        <source>Durations</source>
        <comment>%1 min</comment>
        <translation type="vanished">Durées</translation>
    </message>
    <message>
        <source>Tables</source>
        <comment>Column headings: %1</comment>
        <translation type="vanished">Tableaux</translation>
    </message>
    <message>
        <source>Tables</source>
        <comment>Row headings: %1</comment>
        <translation type="vanished">Tableaux</translation>
    </message>
    <message>
        <source>Tables</source>
        <comment>Select the whole table</comment>
        <translation type="vanished">Tableaux</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 left unsaved changes in %2.</source>
        <translation>%1 a laissé des modifications non enregistrées dans %2.</translation>
    </message>
    <message>
        <source>If you go on, those changes are discarded. Cancel, and %1 can sign in again to save them.</source>
        <translation>Si vous continuez, ces modifications sont abandonnées. Annulez, et %1 pourra se reconnecter pour les enregistrer.</translation>
    </message>
    <message>
        <source>Discard them and go on</source>
        <translation>Les abandonner et continuer</translation>
    </message>
    <message>
        <source>Discard the unsaved changes and go on</source>
        <translation>Abandonner les modifications non enregistrées et continuer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel, keep the changes</source>
        <translation>Annuler, garder les modifications</translation>
    </message>
    <message>
        <source>Projects</source>
        <comment>from the workshop %1</comment>
        <translation type="vanished">Projets</translation>
    </message>
    <message>
        <source>Projects</source>
        <comment>photos: %1</comment>
        <translation type="vanished">Projets</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>Equipment, bookings, workshops, participants, badges and certificates for library and community makerspaces. Free software under the Apache License 2.0.</source>
        <translation>Équipements, réservations, ateliers, participants, badges et certificats pour les makerspaces de bibliothèques et associatifs. Logiciel libre sous Apache License 2.0.</translation>
    </message>
    <message>
        <source>About sections</source>
        <translation>Sections de « À propos »</translation>
    </message>
    <message>
        <source>The app&apos;s licence</source>
        <translation>La licence de l’application</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>The bundled fonts</source>
        <translation>Les polices fournies</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Polices</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>Bibliothèques logicielles</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>This text is missing from the installation.</source>
        <translation>Ce texte manque dans l’installation.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque logicielle</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Libraries the app is built on</source>
        <translation>Les bibliothèques logicielles sur lesquelles l’application est construite</translation>
    </message>
</context>
<context>
    <name>AccessibilityTags</name>
    <message>
        <source>Wheelchair access</source>
        <translation>Accès en fauteuil roulant</translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation>Boucle magnétique</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Gros caractères</translation>
    </message>
    <message>
        <source>Quiet space</source>
        <translation>Espace calme</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>read the audit log</source>
        <translation>lire le journal d’audit</translation>
    </message>
    <message>
        <source>export the audit log</source>
        <translation>exporter le journal d’audit</translation>
    </message>
    <message>
        <source>grant certifications</source>
        <translation>accorder des certifications</translation>
    </message>
    <message>
        <source>revoke certifications</source>
        <translation>révoquer des certifications</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation>enregistrer des consentements</translation>
    </message>
    <message>
        <source>store participant photos</source>
        <translation>conserver des photos de participants</translation>
    </message>
    <message>
        <source>export participants</source>
        <translation>exporter les participants</translation>
    </message>
    <message>
        <source>import participants</source>
        <translation>importer des participants</translation>
    </message>
    <message>
        <source>register participants</source>
        <translation>inscrire des participants</translation>
    </message>
    <message>
        <source>edit participants</source>
        <translation>modifier des participants</translation>
    </message>
    <message>
        <source>look up participants</source>
        <translation>rechercher des participants</translation>
    </message>
    <message>
        <source>export a participant&apos;s data</source>
        <translation>exporter les données d’un participant</translation>
    </message>
    <message>
        <source>erase participants</source>
        <translation>effacer des participants</translation>
    </message>
    <message>
        <source>change shared settings</source>
        <translation>modifier les paramètres partagés</translation>
    </message>
    <message>
        <source>look up spaces</source>
        <translation>consulter les espaces</translation>
    </message>
    <message>
        <source>add staff accounts</source>
        <translation>ajouter des comptes du personnel</translation>
    </message>
    <message>
        <source>change staff accounts</source>
        <translation>modifier les comptes du personnel</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>faire une sauvegarde</translation>
    </message>
    <message>
        <source>make reports</source>
        <translation>faire des rapports</translation>
    </message>
    <message>
        <source>take attendance</source>
        <translation>faire l’appel</translation>
    </message>
    <message>
        <source>complete workshops</source>
        <translation>terminer des ateliers</translation>
    </message>
    <message>
        <source>book equipment</source>
        <translation>réserver des équipements</translation>
    </message>
    <message>
        <source>check participants in</source>
        <translation>enregistrer l’arrivée des participants</translation>
    </message>
    <message>
        <source>export the workshop calendar</source>
        <translation>exporter le calendrier des ateliers</translation>
    </message>
    <message>
        <source>manage equipment</source>
        <translation>gérer les équipements</translation>
    </message>
    <message>
        <source>log maintenance</source>
        <translation>noter la maintenance</translation>
    </message>
    <message>
        <source>create or edit projects</source>
        <extracomment>``fold`` for sorting names and titles the gallery shows again on every refresh (each keystroke of a search): folding 2,000 workshop titles anew took about 100 ms of UI time.</extracomment>
        <translation>créer ou modifier des projets</translation>
    </message>
    <message>
        <source>add project photos</source>
        <translation>ajouter des photos de projets</translation>
    </message>
    <message>
        <source>look at projects</source>
        <translation>consulter les projets</translation>
    </message>
    <message>
        <source>remove projects</source>
        <translation>retirer des projets</translation>
    </message>
    <message>
        <source>see today&apos;s overview</source>
        <extracomment>Promotions older than this are no longer news (and the audit log is read by time).</extracomment>
        <translation>voir l’aperçu du jour</translation>
    </message>
    <message>
        <source>record that a participant was told</source>
        <translation>noter qu’un participant a été prévenu</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>importer des données</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>exporter des données</translation>
    </message>
    <message>
        <source>create or edit workshops</source>
        <translation>créer ou modifier des ateliers</translation>
    </message>
    <message>
        <source>plan workshop sessions</source>
        <translation>planifier des séances d’atelier</translation>
    </message>
    <message>
        <source>enrol participants in workshops</source>
        <translation>inscrire des participants aux ateliers</translation>
    </message>
    <message>
        <source>look up workshops</source>
        <translation>consulter les ateliers</translation>
    </message>
    <message>
        <source>issue certificates</source>
        <translation>émettre des certificats</translation>
    </message>
    <message>
        <source>print badges</source>
        <translation>imprimer des badges</translation>
    </message>
    <message>
        <source>revoke badges and certificates</source>
        <translation>révoquer des badges et des certificats</translation>
    </message>
    <message>
        <source>check verification codes</source>
        <translation>vérifier des codes de vérification</translation>
    </message>
</context>
<context>
    <name>AffectedRow</name>
    <message>
        <source>No other %1 is free for them; cancel it, or rebook it in Bookings.</source>
        <translation>Aucun autre %1 n&apos;est libre pour cette personne ; annulez-la, ou réservez à nouveau dans Réservations.</translation>
    </message>
    <message>
        <source>Free at the same time: %1</source>
        <translation>Libre au même moment : %1</translation>
    </message>
    <message>
        <source>Next free: %1, %2</source>
        <translation>Prochain créneau libre : %1, %2</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Move the booking of %1 on %2 to %3</source>
        <translation>Déplacer la réservation de %1 du %2 vers %3</translation>
    </message>
    <message>
        <source>Move the booking of %1 on %2 (no free item)</source>
        <translation>Déplacer la réservation de %1 du %2 (aucun équipement libre)</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <source>Cancel the booking of %1 on %2</source>
        <translation>Annuler la réservation de %1 du %2</translation>
    </message>
</context>
<context>
    <name>AgeBands</name>
    <message>
        <source>under 12</source>
        <translation>moins de 12 ans</translation>
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
        <translation>65 et plus</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Type a name or scan a badge — Space marks the highlighted person</source>
        <translation>Tapez un nom ou scannez un badge — Espace marque la personne en surbrillance</translation>
    </message>
    <message>
        <source>Find a participant or scan a badge</source>
        <translation>Chercher un participant ou scanner un badge</translation>
    </message>
    <message>
        <source>Typing narrows the list. Up and Down move the highlight. Space marks the highlighted person present, or takes the mark back. A scanned badge is marked present at once. Ctrl+N adds a walk-in.</source>
        <translation>La saisie réduit la liste. Haut et Bas déplacent la surbrillance. Espace marque présente la personne en surbrillance, ou retire la marque. Un badge scanné est marqué présent aussitôt. Ctrl+N ajoute une personne sans inscription.</translation>
    </message>
    <message>
        <source>Enrolled participants</source>
        <translation>Participants inscrits</translation>
    </message>
    <message>
        <source>Space marks the highlighted person present, or takes the mark back.</source>
        <translation>Espace marque présente la personne en surbrillance, ou retire la marque.</translation>
    </message>
    <message>
        <source>Add walk-in… (Ctrl+N)</source>
        <translation>Ajouter sans inscription… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add a walk-in: someone who came without being enrolled (Ctrl+N)</source>
        <translation>Ajouter une personne venue sans être inscrite (Ctrl+N)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close: every mark is already saved</source>
        <translation>Fermer : toutes les marques sont déjà enregistrées</translation>
    </message>
    <message>
        <source>Every mark is saved as you make it.</source>
        <translation>Chaque marque est enregistrée dès que vous la faites.</translation>
    </message>
    <message>
        <source>Attendance: %1</source>
        <translation>Présences : %1</translation>
    </message>
    <message>
        <source>This session was cancelled, so nobody can be marked present at it.</source>
        <translation>Cette séance a été annulée : personne ne peut y être marqué présent.</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet. Add people who came as walk-ins (Ctrl+N).</source>
        <translation>Personne n’est encore inscrit. Ajoutez les personnes venues sans inscription (Ctrl+N).</translation>
    </message>
    <message>
        <source>Nobody on the list matches “%1”. A badge code is marked with Enter; someone not enrolled can be added as a walk-in (Ctrl+N).</source>
        <translation>Personne dans la liste ne correspond à « %1 ». Un code de badge se valide avec Entrée ; une personne non inscrite peut être ajoutée sans inscription (Ctrl+N).</translation>
    </message>
    <message>
        <source>Nobody on the list matches</source>
        <translation>Personne dans la liste ne correspond</translation>
    </message>
    <message>
        <source>%1 of %2 present</source>
        <translation>%1 présents sur %2</translation>
    </message>
    <message>
        <source>and 1 walk-in</source>
        <translation>et 1 sans inscription</translation>
    </message>
    <message>
        <source>and %1 walk-ins</source>
        <translation>et %1 sans inscription</translation>
    </message>
    <message>
        <source>%1 %2 is marked present.</source>
        <translation>%1 %2 est marqué présent.</translation>
    </message>
    <message>
        <source>%1 is no longer marked present.</source>
        <translation>%1 n’est plus marqué présent.</translation>
    </message>
    <message>
        <source>%1 was already marked present.</source>
        <translation>%1 était déjà marqué présent.</translation>
    </message>
    <message>
        <source>Nobody on the list matches “%1”. Someone who is not enrolled can be added as a walk-in (Ctrl+N).</source>
        <translation>Personne dans la liste ne correspond à « %1 ». Une personne non inscrite peut être ajoutée sans inscription (Ctrl+N).</translation>
    </message>
    <message>
        <source>%1 people match. Use Up and Down to highlight one, then Space.</source>
        <translation>%1 personnes correspondent. Utilisez Haut et Bas pour en mettre une en surbrillance, puis Espace.</translation>
    </message>
    <message>
        <source>Add a walk-in</source>
        <translation>Ajouter une personne sans inscription</translation>
    </message>
    <message>
        <source>Who came without being enrolled? They are marked present at this session.</source>
        <translation>Qui est venu sans être inscrit ? La personne est marquée présente à cette séance.</translation>
    </message>
    <message>
        <source>as a walk-in</source>
        <translation>sans inscription</translation>
    </message>
    <message>
        <source>(they are enrolled)</source>
        <translation>(déjà inscrit)</translation>
    </message>
    <message>
        <source>%1 %2 is marked present %3.</source>
        <translation>%1 %2 est marqué présent %3.</translation>
    </message>
</context>
<context>
    <name>AttendanceGrid</name>
    <message>
        <source>Attendance grid</source>
        <translation>Grille des présences</translation>
    </message>
    <message>
        <source>Participants down, sessions across. A tick means present. Arrow keys move; Space or a click changes the current box.</source>
        <translation>Participants en lignes, séances en colonnes. Une coche signifie présent. Les flèches déplacent ; Espace ou un clic change la case courante.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <source>%1 (walk-in)</source>
        <translation>%1 (sans inscription)</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>not marked present</source>
        <translation>pas marqué présent</translation>
    </message>
    <message>
        <source>session still to come</source>
        <translation>séance à venir</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 attended %2 of %3 sessions</source>
        <translation>%1 a assisté à %2 séances sur %3</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Sessions attended, of those held or planned</source>
        <translation>Séances suivies, parmi celles tenues ou prévues</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Every change made in the app: who made it, when, and to which record. Passwords and erased participants&apos; details are never recorded.</source>
        <translation>Chaque modification faite dans l’application : qui l’a faite, quand, et sur quel enregistrement. Les mots de passe et les données des participants effacés ne sont jamais enregistrés.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>Only from a day on</source>
        <translation>Seulement à partir d’un jour</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>Only up to a day</source>
        <translation>Seulement jusqu’à un jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacé</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Released as no-show</source>
        <translation>Libéré comme absence</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Désinscrit</translation>
    </message>
    <message>
        <source>Moved up from the waitlist</source>
        <translation>Passés de la liste d’attente à une place</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Marked present</source>
        <translation>Marqué présent</translation>
    </message>
    <message>
        <source>Unmarked present</source>
        <translation>Présence retirée</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordée</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Effacé</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>Données personnelles exportées</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Maintenance logged</source>
        <translation>Maintenance notée</translation>
    </message>
    <message>
        <source>Maintenance resolved</source>
        <translation>Maintenance résolue</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Sauvegardé</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>Reprinted</source>
        <translation>Réimprimé</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Booking series</source>
        <translation>Série de réservations</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Equipment category</source>
        <translation>Catégorie d’équipement</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <source>Badge or certificate</source>
        <translation>Badge ou certificat</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>N’importe qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Toute action</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Type d’enregistrement</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>Tout enregistrement</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>Numéro d’enregistrement</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>&amp;Staff member</source>
        <translation>&amp;Membre du personnel</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrement</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>N&amp;uméro</translation>
    </message>
    <message>
        <source>Audit events, newest first</source>
        <translation>Événements d’audit, les plus récents d’abord</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Informations</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>En-têtes de colonnes</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the shown events to a CSV file</source>
        <translation>Exporter les événements affichés dans un fichier CSV</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the audit log</source>
        <translation>Fermer le journal d’audit</translation>
    </message>
    <message>
        <source>No change matches these filters.</source>
        <translation>Aucune modification ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 changes. Narrow the days to see older ones, or export them all.</source>
        <translation>Affichage des %1 modifications les plus récentes sur %2. Réduisez la période pour voir les plus anciennes, ou exportez-les toutes.</translation>
    </message>
    <message>
        <source>%1 change(s).</source>
        <translation>%1 modification(s).</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 change(s) written to %2.</source>
        <translation>%1 modification(s) écrite(s) dans %2.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>{title}: nothing to show.</source>
        <translation>{title} : rien à afficher.</translation>
    </message>
</context>
<context>
    <name>BookingDetailsDialog</name>
    <message>
        <source>Booking</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Type the notes and press Enter or Save notes to keep them</source>
        <translation>Tapez les notes et appuyez sur Entrée ou sur Enregistrer les notes pour les garder</translation>
    </message>
    <message>
        <source>No notes (for example the material to bring)</source>
        <translation>Pas de notes (par exemple le matériel à apporter)</translation>
    </message>
    <message>
        <source>Sa&amp;ve notes</source>
        <translation>Enregistrer les &amp;notes</translation>
    </message>
    <message>
        <source>Save the notes (Enter, Alt+V)</source>
        <translation>Enregistrer les notes (Entrée, Alt+V)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>Enregistrer l’&amp;arrivée</translation>
    </message>
    <message>
        <source>Check in (Alt+I)</source>
        <translation>Enregistrer l’arrivée (Alt+I)</translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation>Enregistrer le &amp;départ</translation>
    </message>
    <message>
        <source>Check out (Alt+O)</source>
        <translation>Enregistrer le départ (Alt+O)</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Déplacer…</translation>
    </message>
    <message>
        <source>Move to another time or item (Alt+M)</source>
        <translation>Déplacer vers une autre heure ou un autre équipement (Alt+M)</translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation>A&amp;nnuler la réservation…</translation>
    </message>
    <message>
        <source>Cancel this booking (Alt+C)</source>
        <translation>Annuler cette réservation (Alt+C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Move the booking</source>
        <translation>Déplacer la réservation</translation>
    </message>
    <message>
        <source>Move the booking to this item and time</source>
        <translation>Déplacer la réservation vers cet équipement et cette heure</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Déplacer vers</translation>
    </message>
    <message>
        <source>%1 (badge %2)</source>
        <translation>%1 (badge %2)</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>The notes are saved.</source>
        <translation>Les notes sont enregistrées.</translation>
    </message>
    <message>
        <source>the booking’s notes</source>
        <translation>les notes de la réservation</translation>
    </message>
    <message>
        <source>%1 is checked in.</source>
        <translation>L’arrivée de %1 est enregistrée.</translation>
    </message>
    <message>
        <source>%1 is checked out; the booking is completed.</source>
        <translation>Le départ de %1 est enregistré ; la réservation est terminée.</translation>
    </message>
    <message>
        <source>%1’s booking of %2 on %3, %4–%5</source>
        <translation>Réservation de %2 par %1 le %3, %4–%5</translation>
    </message>
    <message>
        <source>Cancel the booking?</source>
        <translation>Annuler la réservation ?</translation>
    </message>
    <message>
        <source>Cancel %1?</source>
        <translation>Annuler %1 ?</translation>
    </message>
    <message>
        <source>The time becomes free for others. The cancelled booking stays on record.</source>
        <translation>Le créneau devient libre pour d’autres. La réservation annulée reste enregistrée.</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>Keep the booking</source>
        <translation>Garder la réservation</translation>
    </message>
    <message>
        <source>The booking is cancelled; the time is free again.</source>
        <translation>La réservation est annulée ; le créneau est de nouveau libre.</translation>
    </message>
    <message>
        <source>Choose an item from the list.</source>
        <translation>Choisissez un équipement dans la liste.</translation>
    </message>
    <message>
        <source>The booking is moved.</source>
        <translation>La réservation est déplacée.</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd’hui</translation>
    </message>
    <message>
        <source>Today (T)</source>
        <translation>Aujourd’hui (T)</translation>
    </message>
    <message>
        <source>Go to today (T)</source>
        <translation>Aller à aujourd’hui (T)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Période affichée</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Aller à la date</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Day view (D)</source>
        <translation>Vue jour (D)</translation>
    </message>
    <message>
        <source>One day (D)</source>
        <translation>Un jour (D)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Week view (W)</source>
        <translation>Vue semaine (W)</translation>
    </message>
    <message>
        <source>Monday to Sunday (W)</source>
        <translation>Du lundi au dimanche (W)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Equipment category</source>
        <translation>Catégorie d’équipement</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>Afficher les annulées</translation>
    </message>
    <message>
        <source>Show cancelled bookings</source>
        <translation>Afficher les réservations annulées</translation>
    </message>
    <message>
        <source>New booking (N)</source>
        <translation>Nouvelle réservation (N)</translation>
    </message>
    <message>
        <source>Recurring… (R)</source>
        <translation>Récurrente… (R)</translation>
    </message>
    <message>
        <source>New recurring booking (R)</source>
        <translation>Nouvelle réservation récurrente (R)</translation>
    </message>
    <message>
        <source>The same time every week or every other week; the dates that cannot be booked are listed before anything is saved (R)</source>
        <translation>La même heure chaque semaine ou toutes les deux semaines ; les dates impossibles à réserver sont listées avant tout enregistrement (R)</translation>
    </message>
    <message>
        <source>&amp;Space</source>
        <translation>&amp;Espace</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>C&amp;atégorie</translation>
    </message>
    <message>
        <source>No equipment to book yet</source>
        <translation>Pas encore d’équipement à réserver</translation>
    </message>
    <message>
        <source>Items added in Equipment (Ctrl+3) appear here, one row each, with their bookings over the day or the week.</source>
        <translation>Les équipements ajoutés dans Équipements (Ctrl+3) apparaissent ici, un par ligne, avec leurs réservations du jour ou de la semaine.</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Curseur</translation>
    </message>
    <message>
        <source>Arrows move · Shift+arrows select · Enter books or opens · Alt+Left/Right or Page Up/Down: previous/next · T today · D day · W week · R recurring</source>
        <translation>Flèches : déplacer · Maj+flèches : sélectionner · Entrée : réserver ou ouvrir · Alt+Gauche/Droite ou Page préc./suiv. : période précédente/suivante · T aujourd’hui · D jour · W semaine · R récurrente</translation>
    </message>
    <message>
        <source>All spaces</source>
        <translation>Tous les espaces</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>Previous %1 (Alt+Left, Page Up)</source>
        <translation>Précédent : %1 (Alt+Gauche, Page préc.)</translation>
    </message>
    <message>
        <source>Previous %1</source>
        <translation>Précédent : %1</translation>
    </message>
    <message>
        <source>Next %1 (Alt+Right, Page Down)</source>
        <translation>Suivant : %1 (Alt+Droite, Page suiv.)</translation>
    </message>
    <message>
        <source>Next %1</source>
        <translation>Suivant : %1</translation>
    </message>
    <message>
        <source>Week of %1 – %2</source>
        <translation>Semaine du %1 au %2</translation>
    </message>
    <message>
        <source>Bookings timeline, %1</source>
        <translation>Planning des réservations, %1</translation>
    </message>
    <message>
        <source>%1 items · %2 bookings shown</source>
        <translation>%1 équipements · %2 réservations affichées</translation>
    </message>
    <message>
        <source>No items in this space and category.</source>
        <translation>Aucun équipement dans cet espace et cette catégorie.</translation>
    </message>
</context>
<context>
    <name>CompletionDialog</name>
    <message>
        <source>Complete “%1”</source>
        <translation>Terminer « %1 »</translation>
    </message>
    <message>
        <source>Who completes and who does not</source>
        <translation>Qui termine et qui ne termine pas</translation>
    </message>
    <message>
        <source>Record completion</source>
        <translation>Enregistrer la réussite</translation>
    </message>
    <message>
        <source>Record completion for everyone who qualifies</source>
        <translation>Enregistrer la réussite de toutes les personnes qui remplissent les conditions</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 qualify now, %2 already completed, %3 have not completed (the list says why).</source>
        <translation>%1 remplissent les conditions maintenant, %2 ont déjà terminé, %3 n’ont pas terminé (la liste dit pourquoi).</translation>
    </message>
    <message>
        <source>This is a training: recording completion grants the certification for %1, so they can book it.</source>
        <translation>C’est une formation : enregistrer la réussite accorde la certification pour %1, qui pourront alors le réserver.</translation>
    </message>
    <message>
        <source>Nobody is enrolled in this workshop, so nobody can complete it.</source>
        <translation>Personne n’est inscrit à cet atelier : personne ne peut le terminer.</translation>
    </message>
    <message>
        <source>%1 Completed now (%2): %3.</source>
        <translation>%1 Terminé maintenant (%2) : %3.</translation>
    </message>
    <message>
        <source>Nobody new completed the workshop.</source>
        <translation>Personne de plus n’a terminé l’atelier.</translation>
    </message>
    <message>
        <source>Certification for %1 granted to %2.</source>
        <translation>Certification pour %1 accordée à %2.</translation>
    </message>
    <message>
        <source>%1 have not completed; the list says why.</source>
        <translation>%1 n’ont pas terminé ; la liste dit pourquoi.</translation>
    </message>
</context>
<context>
    <name>CompletionModel</name>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Completed now</source>
        <translation>Terminé maintenant</translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation>Terminé le %1</translation>
    </message>
    <message>
        <source>Qualifies</source>
        <translation>Remplit les conditions</translation>
    </message>
    <message>
        <source>Not complete: %1</source>
        <translation>Non terminé : %1</translation>
    </message>
    <message>
        <source>%1 of %2 (needs %3)</source>
        <translation>%1 sur %2 (il en faut %3)</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>participation</source>
        <translation>participation</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>photos</translation>
    </message>
    <message>
        <source>data processing</source>
        <translation>traitement des données</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>The database cannot be opened</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>Impossible d’ouvrir la base de données.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Choisir un autre fichier…</translation>
    </message>
    <message>
        <source>Choose another database file</source>
        <translation>Choisir un autre fichier de base de données</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Quit the app</source>
        <translation>Quitter l’application</translation>
    </message>
    <message>
        <source>Open the latest backup</source>
        <translation>Ouvrir la dernière sauvegarde</translation>
    </message>
    <message>
        <source>Open a copy of the latest good backup, taken %1</source>
        <translation>Ouvrir une copie de la dernière bonne sauvegarde, faite le %1</translation>
    </message>
    <message>
        <source>Taken %1. A copy is opened; the file that failed is kept as it is.</source>
        <translation>Faite le %1. Une copie est ouverte ; le fichier défaillant est gardé tel quel.</translation>
    </message>
    <message>
        <source>Choose a database file</source>
        <translation>Choisir un fichier de base de données</translation>
    </message>
    <message>
        <source>Makerspace databases (*.db *.sqlite *.sqlite3)</source>
        <translation>Bases de données Makerspace (*.db *.sqlite *.sqlite3)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Sites, opening hours and settings</source>
        <translation>Sites, horaires d’ouverture et paramètres</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <source>Participants and consent</source>
        <translation>Participants et consentement</translation>
    </message>
    <message>
        <source>Workshops, enrolments and attendance</source>
        <translation>Ateliers, inscriptions et présences</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
</context>
<context>
    <name>DomainError</name>
    <message>
        <source>Demo data comes in two sizes, “small” and “large”; “{size}” is not one of them.</source>
        <translation>Les données de démonstration existent en deux tailles, « small » et « large » ; « {size} » n’en fait pas partie.</translation>
    </message>
    <message>
        <source>This database already holds data, so no demo data was added. Use an empty database for the demo, for example a new file given with --db.</source>
        <translation>Cette base de données contient déjà des données : aucune donnée de démonstration n’a été ajoutée. Utilisez une base vide pour la démonstration, par exemple un nouveau fichier indiqué avec --db.</translation>
    </message>
    <message>
        <source>“{name}” is not a time zone this computer knows. Use a name such as Europe/Paris or America/Chicago.</source>
        <translation>« {name} » n’est pas un fuseau horaire connu de cet ordinateur. Utilisez un nom comme Europe/Paris ou America/Montreal.</translation>
    </message>
    <message>
        <source>No database was given. Give a file path or a postgresql+psycopg:// address.</source>
        <translation>Aucune base de données indiquée. Indiquez un chemin de fichier ou une adresse postgresql+psycopg://.</translation>
    </message>
    <message>
        <source>“{value}” is not a database address. Give a file path, sqlite:///path, or postgresql+psycopg://user@host/database.</source>
        <translation>« {value} » n’est pas une adresse de base de données. Indiquez un chemin de fichier, sqlite:///chemin ou postgresql+psycopg://utilisateur@serveur/base.</translation>
    </message>
    <message>
        <source>A SQLite database needs a file path, for example sqlite:///makerspace.db.</source>
        <translation>Une base SQLite a besoin d’un chemin de fichier, par exemple sqlite:///makerspace.db.</translation>
    </message>
    <message>
        <source>Makerspace works with SQLite files and PostgreSQL servers, not “{backend}”.</source>
        <translation>Makerspace fonctionne avec des fichiers SQLite et des serveurs PostgreSQL, pas avec « {backend} ».</translation>
    </message>
    <message>
        <source>The {what} filter must be text.</source>
        <translation>Le filtre {what} doit être du texte.</translation>
    </message>
    <message>
        <source>The {what} filter is too long (at most {n} characters). Shorten it.</source>
        <translation>Le filtre {what} est trop long (au plus {n} caractères). Raccourcissez-le.</translation>
    </message>
    <message>
        <source>A day in the audit filter must be a date.</source>
        <translation>Un jour du filtre d’audit doit être une date.</translation>
    </message>
    <message>
        <source>The first day ({first}) is after the last day ({last}). Swap them.</source>
        <translation>Le premier jour ({first}) est après le dernier ({last}). Inversez-les.</translation>
    </message>
    <message>
        <source>A record number is a whole number from 1 up, for example 42.</source>
        <translation>Un numéro d’enregistrement est un nombre entier à partir de 1, par exemple 42.</translation>
    </message>
    <message>
        <source>{path} is a folder. Give a file name, for example audit.csv.</source>
        <translation>{path} est un dossier. Indiquez un nom de fichier, par exemple audit.csv.</translation>
    </message>
    <message>
        <source>There is no equipment category number {id}. Choose one from the equipment categories.</source>
        <translation>Il n’y a pas de catégorie d’équipement numéro {id}. Choisissez-en une parmi les catégories d’équipement.</translation>
    </message>
    <message>
        <source>There is no workshop number {id}. Choose the training workshop from the list, or leave it empty.</source>
        <translation>Il n’y a pas d’atelier numéro {id}. Choisissez l’atelier de formation dans la liste, ou laissez vide.</translation>
    </message>
    <message>
        <source>The expiry {when} is not in the future. Give a later date, or leave it empty to use the category&apos;s validity.</source>
        <translation>L’échéance {when} n’est pas dans le futur. Indiquez une date plus tardive, ou laissez vide pour utiliser la validité de la catégorie.</translation>
    </message>
    <message>
        <source>{name} has no valid certification for {category}, so there is nothing to revoke.</source>
        <translation>{name} n’a pas de certification valide pour {category} : il n’y a rien à révoquer.</translation>
    </message>
    <message>
        <source>Give a number of days of 0 or more (for example 30).</source>
        <translation>Indiquez un nombre de jours de 0 ou plus (par exemple 30).</translation>
    </message>
    <message>
        <source>“{value}” is not a kind of consent. Choose one of: {choices}.</source>
        <translation>« {value} » n’est pas un type de consentement. Choisissez parmi : {choices}.</translation>
    </message>
    <message>
        <source>Consent cannot be recorded for a time in the future ({when}). Give the time it was actually given or withdrawn, or leave it empty for now.</source>
        <translation>Un consentement ne peut pas être enregistré à une heure future ({when}). Indiquez l’heure où il a réellement été donné ou retiré, ou laissez vide pour maintenant.</translation>
    </message>
    <message>
        <source>Say who gave the consent: the participant&apos;s own name, or their guardian&apos;s.</source>
        <translation>Indiquez qui a donné le consentement : le nom du participant lui-même, ou celui de son responsable légal.</translation>
    </message>
    <message>
        <source>The name of who gave the consent is too long ({length} characters; at most {limit}). Shorten it.</source>
        <translation>Le nom de la personne qui a donné le consentement est trop long ({length} caractères ; au plus {limit}). Raccourcissez-le.</translation>
    </message>
    <message>
        <source>{name} already gave {kind} consent on {date}; it is still current. Nothing needs recording, or withdraw it first to record it again.</source>
        <translation>{name} a déjà donné son consentement ({kind}) le {date} ; il est toujours valable. Rien à enregistrer, ou retirez-le d’abord pour l’enregistrer à nouveau.</translation>
    </message>
    <message>
        <source>{name} has no current {kind} consent, so there is nothing to withdraw.</source>
        <translation>{name} n’a pas de consentement ({kind}) en cours : il n’y a rien à retirer.</translation>
    </message>
    <message>
        <source>Consent given on {given} cannot be withdrawn earlier, on {when}. Give a later time, or leave it empty for now.</source>
        <translation>Un consentement donné le {given} ne peut pas être retiré plus tôt, le {when}. Indiquez une heure plus tardive, ou laissez vide pour maintenant.</translation>
    </message>
    <message>
        <source>The photo is not a PNG image. Take the photo again, or save it as PNG first.</source>
        <translation>La photo n’est pas une image PNG. Reprenez la photo, ou enregistrez-la d’abord en PNG.</translation>
    </message>
    <message>
        <source>The photo is too large ({size} MB; at most {limit} MB). Crop it or make it smaller.</source>
        <translation>La photo est trop lourde ({size} Mo ; au plus {limit} Mo). Recadrez-la ou réduisez-la.</translation>
    </message>
    <message>
        <source>{name} has no current photo consent, so their photo cannot be stored. Record their photo consent first (given by them or their guardian), then add the photo.</source>
        <translation>{name} n’a pas de consentement photo en cours : sa photo ne peut pas être conservée. Enregistrez d’abord son consentement photo (donné par la personne ou son responsable légal), puis ajoutez la photo.</translation>
    </message>
    <message>
        <source>The database {path} cannot be read (permissions).</source>
        <translation>La base de données {path} ne peut pas être lue (droits d’accès).</translation>
    </message>
    <message>
        <source>There is no database at {path}. Check the path, or run “makerspace-app db upgrade” to create one there.</source>
        <translation>Il n’y a pas de base de données à {path}. Vérifiez le chemin, ou lancez « makerspace-app db upgrade » pour en créer une à cet endroit.</translation>
    </message>
    <message>
        <source>Cannot create the database {path}: {detail}.</source>
        <translation>Impossible de créer la base de données {path} : {detail}.</translation>
    </message>
    <message>
        <source>Could not make a verified backup of {path} ({detail}), so nothing was changed.</source>
        <translation>Impossible de faire une sauvegarde vérifiée de {path} ({detail}) : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database {path} is on a network share ({filesystem}). A SQLite file there is not safe to use from several desks: its locking is unreliable and WAL mode does not work. Use it from this computer only, or keep shared data on a PostgreSQL server.</source>
        <translation>La base de données {path} se trouve sur un partage réseau ({filesystem}). Un fichier SQLite à cet endroit n’est pas sûr depuis plusieurs postes : son verrouillage n’est pas fiable et le mode WAL ne fonctionne pas. Utilisez-le depuis cet ordinateur seulement, ou gardez les données partagées sur un serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>Backups of a PostgreSQL database are the server&apos;s job: use pg_dump, for example “{command}”.</source>
        <translation>Les sauvegardes d’une base PostgreSQL sont le travail du serveur : utilisez pg_dump, par exemple « {command} ».</translation>
    </message>
    <message>
        <source>There is no database at {path} to back up.</source>
        <translation>Il n’y a pas de base de données à {path} à sauvegarder.</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the database itself. Choose another file.</source>
        <translation>Une sauvegarde ne peut pas écraser la base de données elle-même. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>There is no backup file at {path}.</source>
        <translation>Il n’y a pas de fichier de sauvegarde à {path}.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be restored. Choose another backup.</source>
        <translation>{path} est endommagé et ne peut pas être restauré. Choisissez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>{path} is an SQLite file but not a Makerspace backup.</source>
        <translation>{path} est un fichier SQLite, mais pas une sauvegarde Makerspace.</translation>
    </message>
    <message>
        <source>That file is the database itself, not a backup.</source>
        <translation>Ce fichier est la base de données elle-même, pas une sauvegarde.</translation>
    </message>
    <message>
        <source>Could not restore {path}: {detail}. The current file was kept.</source>
        <translation>Impossible de restaurer {path} : {detail}. Le fichier actuel a été conservé.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({reason}). Check its name and that you may open it.</source>
        <translation>Le fichier {path} ne peut pas être lu ({reason}). Vérifiez son nom et que vous avez le droit de l’ouvrir.</translation>
    </message>
    <message>
        <source>The first line names columns the app does not know: {unknown}. The columns are: {columns}.</source>
        <translation>La première ligne nomme des colonnes inconnues de l’application : {unknown}. Les colonnes sont : {columns}.</translation>
    </message>
    <message>
        <source>The first line names a column twice: {columns}. Keep one of each.</source>
        <translation>La première ligne nomme une colonne deux fois : {columns}. Gardez-en une de chaque.</translation>
    </message>
    <message>
        <source>The first line must name the columns and include given_name or family_name, for example: {columns}.</source>
        <translation>La première ligne doit nommer les colonnes et contenir given_name ou family_name, par exemple : {columns}.</translation>
    </message>
    <message>
        <source>“{value}” is not a date of birth the app can read. Write it as year-month-day, for example 2012-04-30.</source>
        <translation>« {value} » n’est pas une date de naissance lisible par l’application. Écrivez-la sous la forme année-mois-jour, par exemple 2012-04-30.</translation>
    </message>
    <message>
        <source>The file is empty. Its first line must name the columns, for example: {columns}.</source>
        <translation>Le fichier est vide. Sa première ligne doit nommer les colonnes, par exemple : {columns}.</translation>
    </message>
    <message>
        <source>This row has {found} cells but the first line names {expected} columns. Check for a stray comma, or put the cell in quotes.</source>
        <translation>Cette ligne a {found} cellules mais la première ligne nomme {expected} colonnes. Cherchez une virgule en trop, ou mettez la cellule entre guillemets.</translation>
    </message>
    <message>
        <source>This line cannot be read as CSV ({detail}). Save the file from the spreadsheet again as “CSV UTF-8”.</source>
        <translation>Cette ligne ne peut pas être lue comme du CSV ({detail}). Enregistrez de nouveau le fichier depuis le tableur au format « CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>“{value}” is not a badge code (8 letters and digits, like 7KQ2M9XD). Correct it, or leave it empty to give the participant a new code.</source>
        <translation>« {value} » n’est pas un code de badge (8 lettres et chiffres, comme 7KQ2M9XD). Corrigez-le, ou laissez vide pour donner un nouveau code au participant.</translation>
    </message>
    <message>
        <source>The badge code {code} is already used on line {other}. Each participant appears once: merge the two rows, or empty one badge code.</source>
        <translation>Le code de badge {code} est déjà utilisé à la ligne {other}. Chaque participant apparaît une seule fois : fusionnez les deux lignes, ou videz un des codes.</translation>
    </message>
    <message>
        <source>The badge code {code} belongs to an erased participant. Leave the badge code empty to register the person as a new participant.</source>
        <translation>Le code de badge {code} appartient à un participant effacé. Laissez le code vide pour inscrire la personne comme nouveau participant.</translation>
    </message>
    <message>
        <source>A participant cannot be their own guardian (guardian_badge_code {code} is their own). Give the guardian&apos;s badge code, or their name and contact.</source>
        <translation>Un participant ne peut pas être son propre responsable légal (guardian_badge_code {code} est le sien). Indiquez le code de badge du responsable, ou son nom et son contact.</translation>
    </message>
    <message>
        <source>The guardian (badge code {code}, line {other}) has a problem of their own. Correct that row first.</source>
        <translation>Le responsable légal (code de badge {code}, ligne {other}) a lui-même un problème. Corrigez d’abord cette ligne.</translation>
    </message>
    <message>
        <source>No participant has the badge code {code} given as guardian. Check the code, or give the guardian&apos;s name and contact instead.</source>
        <translation>Aucun participant n’a le code de badge {code} indiqué comme responsable légal. Vérifiez le code, ou indiquez plutôt le nom et le contact du responsable.</translation>
    </message>
    <message>
        <source>Line {line} is not UTF-8 text. Save the file from the spreadsheet as “CSV UTF-8” and import it again.</source>
        <translation>La ligne {line} n’est pas du texte UTF-8. Enregistrez le fichier depuis le tableur au format « CSV UTF-8 » et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>The {label} is too long ({length} characters; at most {limit}). Shorten it.</source>
        <translation>Le champ {label} est trop long ({length} caractères ; au plus {limit}). Raccourcissez-le.</translation>
    </message>
    <message>
        <source>The {label} contains an invisible control character that cannot be stored. Retype it instead of pasting it.</source>
        <translation>Le champ {label} contient un caractère de contrôle invisible qui ne peut pas être enregistré. Retapez-le au lieu de le coller.</translation>
    </message>
    <message>
        <source>“{value}” is not an age band. Choose one of: {choices}.</source>
        <translation>« {value} » n’est pas une tranche d’âge. Choisissez parmi : {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a language code. Use a code such as en, es, ar or pt-BR.</source>
        <translation>« {value} » n’est pas un code de langue. Utilisez un code comme en, es, ar ou pt-BR.</translation>
    </message>
    <message>
        <source>A participant needs a name: type a given name, a family name, or both.</source>
        <translation>Un participant a besoin d’un nom : tapez un prénom, un nom de famille, ou les deux.</translation>
    </message>
    <message>
        <source>The date of birth {dob} is in the future. Check the day, month and year.</source>
        <translation>La date de naissance {dob} est dans le futur. Vérifiez le jour, le mois et l’année.</translation>
    </message>
    <message>
        <source>The date of birth {dob} would make them {age} years old. Check the year.</source>
        <translation>Avec la date de naissance {dob}, la personne aurait {age} ans. Vérifiez l’année.</translation>
    </message>
    <message>
        <source>The date of birth {dob} makes them {age}, which is not in the age band {band}. Correct one of them, or leave the age band empty.</source>
        <translation>Avec la date de naissance {dob}, la personne a {age} ans, ce qui n’est pas dans la tranche d’âge {band}. Corrigez l’une des deux, ou laissez la tranche d’âge vide.</translation>
    </message>
    <message>
        <source>Give a date of birth or choose an age band, so the makerspace knows whether a guardian is needed.</source>
        <translation>Indiquez une date de naissance ou choisissez une tranche d’âge, pour que le makerspace sache si un responsable légal est nécessaire.</translation>
    </message>
    <message>
        <source>“{value}” does not look like an e-mail address. Write it as name@example.org, or leave it empty.</source>
        <translation>« {value} » ne ressemble pas à une adresse e-mail. Écrivez-la sous la forme nom@example.org, ou laissez vide.</translation>
    </message>
    <message>
        <source>“{value}” does not look like a phone number. Use digits, spaces and + - ( ) only, or leave it empty.</source>
        <translation>« {value} » ne ressemble pas à un numéro de téléphone. Utilisez seulement des chiffres, des espaces et + - ( ), ou laissez vide.</translation>
    </message>
    <message>
        <source>“{value}” is not an accessibility need the app knows. Choose from: {choices}; describe anything else in the accessibility notes.</source>
        <translation>« {value} » n’est pas un besoin d’accessibilité connu de l’application. Choisissez parmi : {choices} ; décrivez tout le reste dans les notes d’accessibilité.</translation>
    </message>
    <message>
        <source>Enter both the guardian&apos;s name and how to reach them (phone or e-mail).</source>
        <translation>Saisissez à la fois le nom du responsable légal et le moyen de le joindre (téléphone ou e-mail).</translation>
    </message>
    <message>
        <source>Choose a guardian among the participants or enter the guardian&apos;s name and contact, not both.</source>
        <translation>Choisissez un responsable légal parmi les participants ou saisissez son nom et son contact, pas les deux.</translation>
    </message>
    <message>
        <source>{guardian} cannot be the guardian: they are under {adult_age} or their age is not recorded. Choose an adult participant, or enter the guardian&apos;s name and contact.</source>
        <translation>{guardian} ne peut pas être responsable légal : la personne a moins de {adult_age} ans ou son âge n’est pas enregistré. Choisissez un participant adulte, ou saisissez le nom et le contact du responsable.</translation>
    </message>
    <message>
        <source>A participant under {adult_age} needs a guardian: choose an adult participant or enter the guardian&apos;s name and contact.</source>
        <translation>Un participant de moins de {adult_age} ans a besoin d’un responsable légal : choisissez un participant adulte ou saisissez le nom et le contact du responsable.</translation>
    </message>
    <message>
        <source>There is no participant number {id}. It may have been removed; search for the person again.</source>
        <translation>Il n’y a pas de participant numéro {id}. Il a peut-être été supprimé ; cherchez de nouveau la personne.</translation>
    </message>
    <message>
        <source>Participant number {id} was erased on {date}: nothing about them is kept. If the person comes back, register them again as a new participant.</source>
        <translation>Le participant numéro {id} a été effacé le {date} : plus rien n’est conservé sur lui. Si la personne revient, inscrivez-la de nouveau comme nouveau participant.</translation>
    </message>
    <message>
        <source>A participant cannot be their own guardian. Choose another adult participant, or enter the guardian&apos;s name and contact.</source>
        <translation>Un participant ne peut pas être son propre responsable légal. Choisissez un autre participant adulte, ou saisissez le nom et le contact du responsable.</translation>
    </message>
    <message>
        <source>There is no participant number {id} to be the guardian. Search for the guardian again, or enter their name and contact.</source>
        <translation>Il n’y a pas de participant numéro {id} pour être responsable légal. Cherchez de nouveau le responsable, ou saisissez son nom et son contact.</translation>
    </message>
    <message>
        <source>There is no site number {id}. Choose one of the sites in Settings.</source>
        <translation>Il n’y a pas de site numéro {id}. Choisissez un des sites dans Paramètres.</translation>
    </message>
    <message>
        <source>No free badge code could be found. Try again; if it persists, report it as a bug.</source>
        <translation>Aucun code de badge libre n’a été trouvé. Réessayez ; si le problème persiste, signalez-le comme un bogue.</translation>
    </message>
    <message>
        <source>This would make them under {adult_age}, but they are the guardian of {count} minor participant(s), for example {ward}. Check the date of birth, or give those participants another guardian first.</source>
        <translation>La personne aurait alors moins de {adult_age} ans, mais elle est responsable légale de {count} participant(s) mineur(s), par exemple {ward}. Vérifiez la date de naissance, ou donnez d’abord un autre responsable à ces participants.</translation>
    </message>
    <message>
        <source>{name} is under {adult_age} and has no guardian on record, so they cannot book or enrol yet. Add a guardian on their page (Participants, then Guardian): an adult participant, or the guardian&apos;s name and contact.</source>
        <translation>{name} a moins de {adult_age} ans et n’a pas de responsable légal enregistré : la personne ne peut pas encore réserver ni s’inscrire. Ajoutez un responsable sur sa fiche (Participants, puis Responsable légal) : un participant adulte, ou le nom et le contact du responsable.</translation>
    </message>
    <message>
        <source>Only a {role} or above can {action}. Ask a colleague with that role, or an admin to change your role.</source>
        <translation>Seul un {role} ou plus peut {action}. Demandez à un collègue ayant ce rôle, ou à un administrateur de changer votre rôle.</translation>
    </message>
    <message>
        <source>There is no setting called “{key}”.</source>
        <translation>Il n’y a pas de paramètre appelé « {key} ».</translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation>{label} doit être du texte.</translation>
    </message>
    <message>
        <source>{label} contains an invisible control character. Retype it instead of pasting it.</source>
        <translation>{label} contient un caractère de contrôle invisible. Retapez-le au lieu de le coller.</translation>
    </message>
    <message>
        <source>{label} must be one of: {choices}.</source>
        <translation>{label} doit être l’un de : {choices}.</translation>
    </message>
    <message>
        <source>{label} must be a whole number from {low} to {high}.</source>
        <translation>{label} doit être un nombre entier de {low} à {high}.</translation>
    </message>
    <message>
        <source>A user name is one word with no spaces (at most 100 characters), for example “amira”.</source>
        <translation>Un nom d’utilisateur est un seul mot sans espaces (au plus 100 caractères), par exemple « amira ».</translation>
    </message>
    <message>
        <source>The user name or name contains an invisible control character. Retype it instead of pasting it.</source>
        <translation>Le nom d’utilisateur ou le nom contient un caractère de contrôle invisible. Retapez-le au lieu de le coller.</translation>
    </message>
    <message>
        <source>A staff member&apos;s name is at most 200 characters. Shorten it.</source>
        <translation>Le nom d’un membre du personnel fait au plus 200 caractères. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>That password or PIN is too long (at most 1000 characters, a PIN at most 100 digits).</source>
        <translation>Ce mot de passe ou code PIN est trop long (au plus 1000 caractères ; un code PIN, au plus 100 chiffres).</translation>
    </message>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation>Un mot de passe doit contenir au moins {n} caractères.</translation>
    </message>
    <message>
        <source>A PIN is at least {n} digits.</source>
        <translation>Un code PIN contient au moins {n} chiffres.</translation>
    </message>
    <message>
        <source>Give a password (at least {n} characters) or a PIN, or both.</source>
        <translation>Indiquez un mot de passe (d’au moins {n} caractères) ou un code PIN, ou les deux.</translation>
    </message>
    <message>
        <source>There is already a staff member called “{username}”. Pick another user name.</source>
        <translation>Il existe déjà un membre du personnel appelé « {username} ». Choisissez un autre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>This database already has staff accounts. Ask an admin to add you.</source>
        <translation>Cette base de données a déjà des comptes du personnel. Demandez à un administrateur de vous ajouter.</translation>
    </message>
    <message>
        <source>That user name and password or PIN do not match. Check them and try again.</source>
        <translation>Ce nom d’utilisateur et ce mot de passe ou code PIN ne correspondent pas. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>There is no staff member number {id}. Choose one from the list.</source>
        <translation>Il n’y a pas de membre du personnel numéro {id}. Choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>“{role}” is not a role. Choose one of: {roles}.</source>
        <translation>« {role} » n’est pas un rôle. Choisissez parmi : {roles}.</translation>
    </message>
    <message>
        <source>A staff member&apos;s name is 1 to 200 characters, for example “Amira Haddad”.</source>
        <translation>Le nom d’un membre du personnel fait de 1 à 200 caractères, par exemple « Amira Haddad ».</translation>
    </message>
    <message>
        <source>{name} is the only active admin, so they stay one. Make another staff member an admin first.</source>
        <translation>{name} est le seul administrateur actif et le reste donc. Nommez d’abord un autre membre du personnel administrateur.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account while signed in with it. Ask another admin.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte pendant que vous êtes connecté avec. Demandez à un autre administrateur.</translation>
    </message>
    <message>
        <source>A report is written as a PDF or a CSV file: name the file with .pdf or .csv at the end (not “{suffix}”).</source>
        <translation>Un rapport s’écrit dans un fichier PDF ou CSV : terminez le nom du fichier par .pdf ou .csv (pas « {suffix} »).</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Impossible d’écrire {path} : {reason}.</translation>
    </message>
    <message>
        <source>A report needs a first and a last day.</source>
        <translation>Un rapport a besoin d’un premier et d’un dernier jour.</translation>
    </message>
    <message>
        <source>The report&apos;s last day ({last}) is before its first day ({first}). Choose a last day on or after the first.</source>
        <translation>Le dernier jour du rapport ({last}) est avant son premier jour ({first}). Choisissez un dernier jour égal ou postérieur au premier.</translation>
    </message>
    <message>
        <source>A report covers at most ten years; {first} to {last} is {days} days. Check the years of the two days.</source>
        <translation>Un rapport couvre au plus dix ans ; du {first} au {last}, cela fait {days} jours. Vérifiez les années des deux jours.</translation>
    </message>
    <message>
        <source>{first} to {last} is outside the days a report can cover.</source>
        <translation>Du {first} au {last} sort des jours qu’un rapport peut couvrir.</translation>
    </message>
    <message>
        <source>There is no report called “{kind}”. Choose one of: {kinds}.</source>
        <translation>Il n’y a pas de rapport appelé « {kind} ». Choisissez parmi : {kinds}.</translation>
    </message>
    <message>
        <source>This session was cancelled, so nobody can be marked present at it. Choose another session of the workshop.</source>
        <translation>Cette séance a été annulée : personne ne peut y être marqué présent. Choisissez une autre séance de l’atelier.</translation>
    </message>
    <message>
        <source>{name} is not enrolled in “{workshop}”. Add them as a walk-in instead (Ctrl+N), or enrol them first.</source>
        <translation>{name} n’est pas inscrit à « {workshop} ». Ajoutez la personne sans inscription (Ctrl+N), ou inscrivez-la d’abord.</translation>
    </message>
    <message>
        <source>{name} is already marked present at this session. Nothing to do.</source>
        <translation>{name} est déjà marqué présent à cette séance. Rien à faire.</translation>
    </message>
    <message>
        <source>The workshop has no sessions yet, so nobody can complete it. Add its sessions first.</source>
        <translation>L’atelier n’a pas encore de séances : personne ne peut le terminer. Ajoutez d’abord ses séances.</translation>
    </message>
    <message>
        <source>Completing needs {required} sessions but the workshop has only {total}. Change the completion rule, or add sessions.</source>
        <translation>Terminer demande {required} séances mais l’atelier n’en a que {total}. Changez la règle de réussite, ou ajoutez des séances.</translation>
    </message>
    <message>
        <source>Attended {attended} of {total} sessions; {required} are needed to complete ({missing} more).</source>
        <translation>Présent à {attended} séances sur {total} ; il en faut {required} pour terminer ({missing} de plus).</translation>
    </message>
    <message>
        <source>That item no longer exists. Refresh the list and choose another.</source>
        <translation>Cet équipement n’existe plus. Actualisez la liste et choisissez-en un autre.</translation>
    </message>
    <message>
        <source>That participant no longer exists. Search for them again.</source>
        <translation>Ce participant n’existe plus. Cherchez-le de nouveau.</translation>
    </message>
    <message>
        <source>The end ({end}) must come after the start ({start}).</source>
        <translation>La fin ({end}) doit venir après le début ({start}).</translation>
    </message>
    <message>
        <source>That time has already passed. Choose a time from now on.</source>
        <translation>Cette heure est déjà passée. Choisissez une heure à partir de maintenant.</translation>
    </message>
    <message>
        <source>A booking can last at most {days} days. Book it as a series instead.</source>
        <translation>Une réservation dure au plus {days} jours. Réservez plutôt une série.</translation>
    </message>
    <message>
        <source>This participant&apos;s record was erased; register them again.</source>
        <translation>La fiche de ce participant a été effacée ; inscrivez-le de nouveau.</translation>
    </message>
    <message>
        <source>{item} is retired and can no longer be booked.</source>
        <translation>{item} est retiré du parc et ne peut plus être réservé.</translation>
    </message>
    <message>
        <source>{item} is out of service. Book another {category} instead.</source>
        <translation>{item} est hors service. Réservez plutôt un autre {category}.</translation>
    </message>
    <message>
        <source>A {category} booking can last at most {limit} minutes; this one is {minutes}. Shorten it, or book two slots.</source>
        <translation>Une réservation de {category} dure au plus {limit} minutes ; celle-ci en dure {minutes}. Raccourcissez-la, ou réservez deux créneaux.</translation>
    </message>
    <message>
        <source>The makerspace is closed on {day} ({reason}). Choose another day.</source>
        <translation>Le makerspace est fermé le {day} ({reason}). Choisissez un autre jour.</translation>
    </message>
    <message>
        <source>{start}–{end} is outside opening hours on {day} ({hours}). Choose a time within them.</source>
        <translation>{start}–{end} est en dehors des heures d’ouverture le {day} ({hours}). Choisissez une heure dans ces horaires.</translation>
    </message>
    <message>
        <source>{person} is under {adult} and has no guardian on record. Add a guardian (an adult participant, or a name and contact) to their record first.</source>
        <translation>{person} a moins de {adult} ans et n’a pas de responsable légal enregistré. Ajoutez d’abord un responsable légal (un participant adulte, ou un nom et un contact) à sa fiche.</translation>
    </message>
    <message>
        <source>{category} is for ages {min_age} and over; {person} is {age}. A leader-run workshop may be an option.</source>
        <translation>{category} est réservé aux {min_age} ans et plus ; {person} a {age} ans. Un atelier encadré peut être une solution.</translation>
    </message>
    <message>
        <source>{person} has no valid certification for {category}. They can book it after completing the training (or renewing an expired certification).</source>
        <translation>{person} n’a pas de certification valide pour {category}. La personne pourra réserver après avoir suivi la formation (ou renouvelé une certification expirée).</translation>
    </message>
    <message>
        <source>{item} is booked {start}–{end} on {day}.</source>
        <translation>{item} est réservé de {start} à {end} le {day}.</translation>
    </message>
    <message>
        <source>{person} has {used} booked in the week of {week}; the weekly limit is {limit} h, so at most {left} more fits.</source>
        <translation>{person} a {used} réservées la semaine du {week} ; la limite hebdomadaire est de {limit} h, il reste donc au plus {left}.</translation>
    </message>
    <message>
        <source>Notes can hold at most {limit} characters; these have {count}. Shorten them.</source>
        <translation>Les notes contiennent au plus {limit} caractères ; celles-ci en ont {count}. Raccourcissez-les.</translation>
    </message>
    <message>
        <source>{item} was just booked for that time from somewhere else. Choose another time.</source>
        <translation>{item} vient d’être réservé pour cette heure depuis un autre poste. Choisissez une autre heure.</translation>
    </message>
    <message>
        <source>A booking time needs its time zone.</source>
        <translation>L’heure d’une réservation a besoin de son fuseau horaire.</translation>
    </message>
    <message>
        <source>Only a booking that is still to come can be moved; this one is {status}.</source>
        <translation>Seule une réservation à venir peut être déplacée ; celle-ci est {status}.</translation>
    </message>
    <message>
        <source>Only a booking not yet started can be cancelled; this one is {status}.</source>
        <translation>Seule une réservation pas encore commencée peut être annulée ; celle-ci est {status}.</translation>
    </message>
    <message>
        <source>This booking is {status}, so it cannot be checked in.</source>
        <translation>Cette réservation est {status} : son arrivée ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <source>This booking starts at {start}; check-in opens 15 minutes before.</source>
        <translation>Cette réservation commence à {start} ; l’arrivée s’enregistre à partir de 15 minutes avant.</translation>
    </message>
    <message>
        <source>This booking ended at {end}. Make a new booking instead.</source>
        <translation>Cette réservation s’est terminée à {end}. Faites plutôt une nouvelle réservation.</translation>
    </message>
    <message>
        <source>Only a checked-in booking can be checked out; this one is {status}.</source>
        <translation>Seule une réservation avec arrivée enregistrée peut recevoir un départ ; celle-ci est {status}.</translation>
    </message>
    <message>
        <source>That booking no longer exists. Refresh the view.</source>
        <translation>Cette réservation n&apos;existe plus. Actualisez la vue.</translation>
    </message>
    <message>
        <source>A series has from 1 to 104 occurrences; {count} was asked.</source>
        <translation>Une série a de 1 à 104 dates ; {count} ont été demandées.</translation>
    </message>
    <message>
        <source>Since the dates were checked, {count} more of the occurrences became impossible to book (the first, on {day}: {first}). Nothing was booked; check the dates again.</source>
        <translation>Depuis la vérification des dates, {count} autres dates sont devenues impossibles à réserver (la première, le {day} : {first}). Rien n’a été réservé ; vérifiez de nouveau les dates.</translation>
    </message>
    <message>
        <source>{count} of the {total} occurrences cannot be booked (the first: {first}). Skip those occurrences, or drop the series.</source>
        <translation>{count} des {total} dates ne peuvent pas être réservées (la première : {first}). Sautez ces dates, ou abandonnez la série.</translation>
    </message>
    <message>
        <source>None of the occurrences can be booked: {first}</source>
        <translation>Aucune des dates ne peut être réservée : {first}</translation>
    </message>
    <message>
        <source>The end of the period must come after its start. Check the dates.</source>
        <translation>La fin de la période doit venir après son début. Vérifiez les dates.</translation>
    </message>
    <message>
        <source>The calendar could not be written to {path} ({detail}). Choose a folder you can write to.</source>
        <translation>Le calendrier n’a pas pu être écrit dans {path} ({detail}). Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} row(s) need fixing (first: line {line}: {reason}).</source>
        <translation>Rien n’a été importé : {count} ligne(s) à corriger (première : ligne {line} : {reason}).</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Impossible de lire {path} : {reason}.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text. In Excel use “Save as: CSV UTF-8”.</source>
        <translation>{path} n’est pas du texte UTF-8. Dans Excel, utilisez « Enregistrer sous : CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line with the column names.</source>
        <translation>Le fichier est vide : il lui faut une ligne d’en-tête avec les noms des colonnes.</translation>
    </message>
    <message>
        <source>The header line lacks the column(s) {missing}. Expected: {expected}.</source>
        <translation>Il manque à la ligne d’en-tête la ou les colonnes {missing}. Attendu : {expected}.</translation>
    </message>
    <message>
        <source>An equipment category needs a name, for example “3D printers”.</source>
        <translation>Une catégorie d&apos;équipement a besoin d&apos;un nom, par exemple « Imprimantes 3D ».</translation>
    </message>
    <message>
        <source>The {what} cannot be {value}. Leave it empty for no limit.</source>
        <translation>La valeur de {what} ne peut pas être {value}. Laissez vide pour ne fixer aucune limite.</translation>
    </message>
    <message>
        <source>There is already a category called “{name}”.</source>
        <translation>Il existe déjà une catégorie appelée « {name} ».</translation>
    </message>
    <message>
        <source>That equipment category no longer exists. Refresh the list.</source>
        <translation>Cette catégorie d&apos;équipement n&apos;existe plus. Actualisez la liste.</translation>
    </message>
    <message>
        <source>That item no longer exists. Refresh the list.</source>
        <translation>Cet équipement n&apos;existe plus. Actualisez la liste.</translation>
    </message>
    <message>
        <source>No item has the asset tag “{tag}”. Check the label.</source>
        <translation>Aucun équipement n&apos;a l&apos;étiquette d&apos;inventaire « {tag} ». Vérifiez l&apos;étiquette.</translation>
    </message>
    <message>
        <source>An item needs an asset tag (the code on its label).</source>
        <translation>Un équipement a besoin d&apos;une étiquette d&apos;inventaire (le code sur son étiquette).</translation>
    </message>
    <message>
        <source>An item needs a name, for example “Prusa MK4 #2”.</source>
        <translation>Un équipement a besoin d&apos;un nom, par exemple « Prusa MK4 #2 ».</translation>
    </message>
    <message>
        <source>Choose the item&apos;s equipment category.</source>
        <translation>Choisissez la catégorie de l&apos;équipement.</translation>
    </message>
    <message>
        <source>That space no longer exists. Choose another.</source>
        <translation>Cet espace n&apos;existe plus. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The asset tag {tag} is already used by “{other}”. Each item needs its own tag.</source>
        <translation>L&apos;étiquette d&apos;inventaire {tag} est déjà utilisée par « {other} ». Chaque équipement a besoin de sa propre étiquette.</translation>
    </message>
    <message>
        <source>The asset tag {tag} was just taken on another desk.</source>
        <translation>L&apos;étiquette d&apos;inventaire {tag} vient d&apos;être prise sur un autre poste.</translation>
    </message>
    <message>
        <source>A photo must be a PNG or JPEG picture. Save it in one of those formats and choose it again.</source>
        <translation>Une photo doit être une image PNG ou JPEG. Enregistrez-la dans l&apos;un de ces formats et choisissez-la à nouveau.</translation>
    </message>
    <message>
        <source>The photo is {size} MB; at most {limit} MB fits. Choose a smaller picture.</source>
        <translation>La photo fait {size} Mo ; {limit} Mo au plus sont acceptés. Choisissez une image plus petite.</translation>
    </message>
    <message>
        <source>{name} still has {count} future booking(s). Move or cancel them first, then retire it.</source>
        <translation>{name} a encore {count} réservation(s) à venir. Déplacez-les ou annulez-les d&apos;abord, puis retirez-le du parc.</translation>
    </message>
    <message>
        <source>{name} is not retired, so there is nothing to undo.</source>
        <translation>{name} n&apos;est pas retiré du parc, il n&apos;y a donc rien à annuler.</translation>
    </message>
    <message>
        <source>Describe the maintenance, for example “Nozzle clogged”.</source>
        <translation>Décrivez la maintenance, par exemple « Buse bouchée ».</translation>
    </message>
    <message>
        <source>{name} is retired. Put it back in the inventory first.</source>
        <translation>{name} est retiré du parc. Remettez-le d&apos;abord dans l&apos;inventaire.</translation>
    </message>
    <message>
        <source>That maintenance record no longer exists.</source>
        <translation>Cette entrée de maintenance n&apos;existe plus.</translation>
    </message>
    <message>
        <source>{name} is already in service.</source>
        <translation>{name} est déjà en service.</translation>
    </message>
    <message>
        <source>There is no project number {id}. It may have been removed; refresh the gallery.</source>
        <translation>Il n’y a pas de projet numéro {id}. Il a peut-être été retiré ; actualisez la galerie.</translation>
    </message>
    <message>
        <source>There is no participant number {id}. Search for the person again.</source>
        <translation>Il n’y a pas de participant numéro {id}. Cherchez de nouveau la personne.</translation>
    </message>
    <message>
        <source>Participant number {id} was erased and cannot be named on a project. Leave them out.</source>
        <translation>Le participant numéro {id} a été effacé et ne peut pas figurer sur un projet. Laissez-le de côté.</translation>
    </message>
    <message>
        <source>A project needs a title, for example “Solar-powered lamp”.</source>
        <translation>Un projet a besoin d’un titre, par exemple « Lampe solaire ».</translation>
    </message>
    <message>
        <source>The title is too long ({length} characters; at most {limit}). Shorten it and tell the rest in the description.</source>
        <translation>Le titre est trop long ({length} caractères ; au plus {limit}). Raccourcissez-le et racontez le reste dans la description.</translation>
    </message>
    <message>
        <source>“{value}” is not a project status. Choose one of: {choices}.</source>
        <translation>« {value} » n’est pas un état de projet. Choisissez parmi : {choices}.</translation>
    </message>
    <message>
        <source>There is no workshop number {id}. Choose the workshop from the list, or leave it empty.</source>
        <translation>Il n’y a pas d’atelier numéro {id}. Choisissez l’atelier dans la liste, ou laissez vide.</translation>
    </message>
    <message>
        <source>There is no item number {id}. Choose the equipment from the list.</source>
        <translation>Il n’y a pas d’équipement numéro {id}. Choisissez l’équipement dans la liste.</translation>
    </message>
    <message>
        <source>There is no booking number {id}. Choose one of the team&apos;s bookings, or leave the booking empty.</source>
        <translation>Il n’y a pas de réservation numéro {id}. Choisissez une des réservations de l’équipe, ou laissez la réservation vide.</translation>
    </message>
    <message>
        <source>Booking number {booking} was for {booked}, not {item}. Choose a booking of {item}, or record {booked} instead.</source>
        <translation>La réservation numéro {booking} concernait {booked}, pas {item}. Choisissez une réservation de {item}, ou enregistrez plutôt {booked}.</translation>
    </message>
    <message>
        <source>Booking number {booking} was for {person}, who is not in the project&apos;s team. Add them to the team first, or choose a team member&apos;s booking.</source>
        <translation>La réservation numéro {booking} était celle de {person}, qui ne fait pas partie de l’équipe du projet. Ajoutez d’abord la personne à l’équipe, ou choisissez la réservation d’un membre de l’équipe.</translation>
    </message>
    <message>
        <source>Booking number {booking} is {status}, so nothing was made in it. Choose another booking, or leave the booking empty.</source>
        <translation>La réservation numéro {booking} est {status} : rien n’y a été fait. Choisissez une autre réservation, ou laissez la réservation vide.</translation>
    </message>
    <message>
        <source>{item} is already listed for this project{booking}. Nothing to do.</source>
        <translation>{item} est déjà listé pour ce projet{booking}. Rien à faire.</translation>
    </message>
    <message>
        <source>That equipment is no longer listed on the project. Refresh the page.</source>
        <translation>Cet équipement n’est plus listé sur le projet. Actualisez la page.</translation>
    </message>
    <message>
        <source>The {what} is not a PNG, JPEG, GIF or WebP image. Save it in one of those formats and try again.</source>
        <translation>Le {what} n’est pas une image PNG, JPEG, GIF ou WebP. Enregistrez-le dans l’un de ces formats et réessayez.</translation>
    </message>
    <message>
        <source>The {what} is too large ({size} MB; at most {limit} MB). Make it smaller and try again.</source>
        <translation>Le {what} est trop lourd ({size} Mo ; au plus {limit} Mo). Réduisez-le et réessayez.</translation>
    </message>
    <message>
        <source>Before attaching a photo, read the warning and confirm it: everyone recognisable in it must be listed and have photo consent. Then add the photo again.</source>
        <translation>Avant de joindre une photo, lisez l’avertissement et confirmez-le : toute personne reconnaissable doit être listée et avoir donné son consentement photo. Ajoutez ensuite la photo de nouveau.</translation>
    </message>
    <message>
        <source>No current photo consent for: {names}. Record their photo consent first (given by them or their guardian), or choose a photo without them.</source>
        <translation>Pas de consentement photo en cours pour : {names}. Enregistrez d’abord leur consentement photo (donné par eux ou leur responsable légal), ou choisissez une photo sans eux.</translation>
    </message>
    <message>
        <source>That photo is no longer on the project. Refresh the page.</source>
        <translation>Cette photo n’est plus sur le projet. Actualisez la page.</translation>
    </message>
    <message>
        <source>The file needs a name, for example “lamp.svg”.</source>
        <translation>Le fichier a besoin d’un nom, par exemple « lampe.svg ».</translation>
    </message>
    <message>
        <source>The file name is too long ({length} characters; at most {limit}). Rename the file.</source>
        <translation>Le nom du fichier est trop long ({length} caractères ; au plus {limit}). Renommez le fichier.</translation>
    </message>
    <message>
        <source>“{filename}” is {size} MB; a project file can be at most {limit} MB. Compress it or split it, or link to it in the description instead.</source>
        <translation>« {filename} » fait {size} Mo ; un fichier de projet fait au plus {limit} Mo. Compressez-le ou découpez-le, ou mettez plutôt un lien dans la description.</translation>
    </message>
    <message>
        <source>“{value}” is not a media type. Use a form such as image/svg+xml or application/pdf, or leave it empty to guess it from the file name.</source>
        <translation>« {value} » n’est pas un type de média. Utilisez une forme comme image/svg+xml ou application/pdf, ou laissez vide pour le déduire du nom du fichier.</translation>
    </message>
    <message>
        <source>That file is no longer on the project. Refresh the page.</source>
        <translation>Ce fichier n’est plus sur le projet. Actualisez la page.</translation>
    </message>
    <message>
        <source>That enrolment no longer exists. Refresh the view.</source>
        <translation>Cette inscription n’existe plus. Actualisez l’affichage.</translation>
    </message>
    <message>
        <source>There is no waitlist promotion to tell about for this enrolment: it was already marked as told, or the place was given up. Refresh the view.</source>
        <translation>Il n’y a pas de place obtenue depuis la liste d’attente à annoncer pour cette inscription : elle a déjà été marquée comme annoncée, ou la place a été abandonnée. Actualisez l’affichage.</translation>
    </message>
    <message>
        <source>unknown category “{name}” (known: {known})</source>
        <translation>catégorie inconnue « {name} » (connues : {known})</translation>
    </message>
    <message>
        <source>unknown space “{name}”</source>
        <translation>espace inconnu « {name} »</translation>
    </message>
    <message>
        <source>status “{value}” should be available, out_of_service or retired</source>
        <translation>l’état « {value} » doit être available, out_of_service ou retired</translation>
    </message>
    <message>
        <source>“{value}” is not a date and time like 2026-03-10T16:00</source>
        <translation>« {value} » n’est pas une date et une heure comme 2026-03-10T16:00</translation>
    </message>
    <message>
        <source>no item has the asset tag “{tag}”</source>
        <translation>aucun équipement n’a le numéro d’inventaire « {tag} »</translation>
    </message>
    <message>
        <source>no participant has the badge code “{code}”</source>
        <translation>aucun participant n’a le code de badge « {code} »</translation>
    </message>
    <message>
        <source>The {what} needs its date, time and time zone.</source>
        <translation>Le champ {what} a besoin de sa date, de son heure et de son fuseau horaire.</translation>
    </message>
    <message>
        <source>There is no workshop number {id}. It may have been removed; refresh the list of workshops.</source>
        <translation>Il n’y a pas d’atelier numéro {id}. Il a peut-être été retiré ; actualisez la liste des ateliers.</translation>
    </message>
    <message>
        <source>There is no session number {id}. It may have been removed; open the workshop again to see its sessions.</source>
        <translation>Il n’y a pas de séance numéro {id}. Elle a peut-être été retirée ; rouvrez l’atelier pour voir ses séances.</translation>
    </message>
    <message>
        <source>Only the leaders of “{workshop}” ({leaders}) or a coordinator can {action}. Ask one of them, or ask a coordinator to add you as a leader.</source>
        <translation>Seuls les animateurs de « {workshop} » ({leaders}) ou un coordinateur peuvent {action}. Demandez à l’un d’eux, ou demandez à un coordinateur de vous ajouter comme animateur.</translation>
    </message>
    <message>
        <source>The {label} must be a whole number from {low} to {high}{empty}.</source>
        <translation>Le champ {label} doit être un nombre entier de {low} à {high}{empty}.</translation>
    </message>
    <message>
        <source>A workshop needs a title, for example “Laser cutting for beginners”.</source>
        <translation>Un atelier a besoin d’un titre, par exemple « Découpe laser pour débutants ».</translation>
    </message>
    <message>
        <source>The title is too long ({length} characters; at most {limit}). Shorten it and put the rest in the description.</source>
        <translation>Le titre est trop long ({length} caractères ; au plus {limit}). Raccourcissez-le et mettez le reste dans la description.</translation>
    </message>
    <message>
        <source>The minimum age ({min_age}) is above the maximum age ({max_age}). Swap them, or leave one empty.</source>
        <translation>L’âge minimum ({min_age}) est supérieur à l’âge maximum ({max_age}). Inversez-les, ou laissez-en un vide.</translation>
    </message>
    <message>
        <source>Choose one completion rule: at least {n} sessions, or {pct}% of the sessions — not both.</source>
        <translation>Choisissez une seule règle de réussite : au moins {n} séances, ou {pct}% des séances — pas les deux.</translation>
    </message>
    <message>
        <source>There is no space number {id}. Choose one of the spaces in Settings, or leave it empty.</source>
        <translation>Il n’y a pas d’espace numéro {id}. Choisissez un des espaces dans Paramètres, ou laissez vide.</translation>
    </message>
    <message>
        <source>There is no equipment category number {id}. Choose the category this training certifies for, or leave it empty.</source>
        <translation>Il n’y a pas de catégorie d’équipement numéro {id}. Choisissez la catégorie pour laquelle cette formation certifie, ou laissez vide.</translation>
    </message>
    <message>
        <source>There is no staff member number {id} to lead the workshop. Choose the leaders from the staff list.</source>
        <translation>Il n’y a pas de membre du personnel numéro {id} pour animer l’atelier. Choisissez les animateurs dans la liste du personnel.</translation>
    </message>
    <message>
        <source>{name} cannot lead a workshop: they are not an active workshop leader, coordinator or admin. Choose another leader, or ask an admin to change their role.</source>
        <translation>{name} ne peut pas animer un atelier : la personne n’est pas animateur d’atelier, coordinateur ou administrateur actif. Choisissez un autre animateur, ou demandez à un administrateur de changer son rôle.</translation>
    </message>
    <message>
        <source>There is no space number {id}. Choose one of the spaces in Settings, or leave it empty to use the workshop&apos;s space.</source>
        <translation>Il n’y a pas d’espace numéro {id}. Choisissez un des espaces dans Paramètres, ou laissez vide pour utiliser l’espace de l’atelier.</translation>
    </message>
    <message>
        <source>The session must end after it starts ({start} to {end}). Check the times.</source>
        <translation>La séance doit finir après avoir commencé ({start} à {end}). Vérifiez les heures.</translation>
    </message>
    <message>
        <source>The makerspace is closed on {day} ({reason}). Choose another day for the session.</source>
        <translation>Le makerspace est fermé le {day} ({reason}). Choisissez un autre jour pour la séance.</translation>
    </message>
    <message>
        <source>“{workshop}” already has a session {start}–{end}. Choose a time that does not overlap it, or move that session instead.</source>
        <translation>« {workshop} » a déjà une séance de {start} à {end}. Choisissez une heure qui ne la chevauche pas, ou déplacez plutôt cette séance.</translation>
    </message>
    <message>
        <source>A series has from 1 to {limit} sessions; {count} was asked.</source>
        <translation>Une série a de 1 à {limit} séances ; {count} ont été demandées.</translation>
    </message>
    <message>
        <source>Each session must end after it starts ({start} to {end}). Check the times.</source>
        <translation>Chaque séance doit finir après avoir commencé ({start} à {end}). Vérifiez les heures.</translation>
    </message>
    <message>
        <source>None of the {count} dates can have a session (the first: {day}, {reason}). Choose other dates.</source>
        <translation>Aucune des {count} dates ne peut accueillir une séance (la première : {day}, {reason}). Choisissez d’autres dates.</translation>
    </message>
    <message>
        <source>This session was cancelled on {day}, so it cannot be moved. Add a new session instead.</source>
        <translation>Cette séance a été annulée le {day} : elle ne peut pas être déplacée. Ajoutez plutôt une nouvelle séance.</translation>
    </message>
    <message>
        <source>This session was already cancelled on {day}; nothing to do.</source>
        <translation>Cette séance a déjà été annulée le {day} ; rien à faire.</translation>
    </message>
    <message>
        <source>That enrolment no longer exists. Open the workshop again.</source>
        <translation>Cette inscription n’existe plus. Rouvrez l’atelier.</translation>
    </message>
    <message>
        <source>“{workshop}” is for ages {range}; {name} is {age}. Look for a workshop for their age, or ask a leader to widen the age range.</source>
        <translation>« {workshop} » est pour les {range} ans ; {name} a {age} ans. Cherchez un atelier adapté à son âge, ou demandez à un animateur d’élargir la tranche d’âge.</translation>
    </message>
    <message>
        <source>{name} is already enrolled in “{workshop}”. Nothing to do.</source>
        <translation>{name} est déjà inscrit à « {workshop} ». Rien à faire.</translation>
    </message>
    <message>
        <source>{name} is already on the waitlist of “{workshop}” (number {position}). They move up automatically when a place frees.</source>
        <translation>{name} est déjà sur la liste d’attente de « {workshop} » (numéro {position}). La personne obtiendra une place automatiquement dès qu’une place se libère.</translation>
    </message>
    <message>
        <source>{name} is not enrolled in “{workshop}” nor on its waitlist, so there is nothing to withdraw.</source>
        <translation>{name} n’est ni inscrit à « {workshop} » ni sur sa liste d’attente : il n’y a rien à désinscrire.</translation>
    </message>
    <message>
        <source>{name} completed “{workshop}” on {day}; a completed enrolment stays on record and cannot be withdrawn.</source>
        <translation>{name} a terminé « {workshop} » le {day} ; une inscription terminée reste enregistrée et ne peut pas être désinscrite.</translation>
    </message>
    <message>
        <source>There is no certificate design called “{design}”. Choose one of: {choices}.</source>
        <extracomment>The command line&apos;s and the Print screen&apos;s names of the badge layouts.</extracomment>
        <translation>Il n’y a pas de modèle de certificat appelé « {design} ». Choisissez parmi : {choices}.</translation>
    </message>
    <message>
        <source>Nobody has completed “{workshop}” yet, so there is no certificate to issue ({count} enrolled). Take attendance, or change the completion rule.</source>
        <translation>Personne n’a encore terminé « {workshop} » : il n’y a pas de certificat à émettre ({count} inscrits). Faites l’appel, ou changez la règle de réussite.</translation>
    </message>
    <message>
        <source>There is no badge layout called “{layout}”. Choose one of: {choices}.</source>
        <translation>Il n’y a pas de mise en page de badge appelée « {layout} ». Choisissez parmi : {choices}.</translation>
    </message>
    <message>
        <source>Choose whose badges to print: some participants, everyone in one workshop, or everyone.</source>
        <translation>Choisissez les badges à imprimer : certains participants, tous les participants d’un atelier, ou tout le monde.</translation>
    </message>
    <message>
        <source>No participant has the badge code {codes}. Check the code (it is printed under the QR code of their badge), or search by name.</source>
        <translation>Aucun participant n’a le code de badge {codes}. Vérifiez le code (il est imprimé sous le code QR du badge), ou cherchez par nom.</translation>
    </message>
    <message>
        <source>There is nobody to print a badge for. Choose at least one participant.</source>
        <translation>Il n’y a personne pour qui imprimer un badge. Choisissez au moins un participant.</translation>
    </message>
    <message>
        <source>Participant {id} does not exist (any more). Search for them again.</source>
        <translation>Le participant {id} n’existe pas (plus). Cherchez-le de nouveau.</translation>
    </message>
    <message>
        <source>Badge or certificate {id} does not exist. Refresh the list and choose it again.</source>
        <translation>Le badge ou certificat {id} n’existe pas. Actualisez la liste et choisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>Reprint badges and certificates separately: choose only badges, or only certificates.</source>
        <translation>Réimprimez les badges et les certificats séparément : choisissez seulement des badges, ou seulement des certificats.</translation>
    </message>
    <message>
        <source>{serial} was revoked, so it cannot be printed again. Issue a new one instead.</source>
        <translation>{serial} a été révoqué : il ne peut pas être réimprimé. Émettez-en plutôt un nouveau.</translation>
    </message>
    <message>
        <source>Say why it is revoked (for example “issued by mistake”): the reason is kept with the record.</source>
        <translation>Dites pourquoi il est révoqué (par exemple « émis par erreur ») : le motif est gardé avec l’enregistrement.</translation>
    </message>
    <message>
        <source>The reason is {length} characters long; shorten it to {limit} or fewer.</source>
        <translation>Le motif fait {length} caractères ; raccourcissez-le à {limit} ou moins.</translation>
    </message>
    <message>
        <source>{serial} was already revoked. Nothing was changed.</source>
        <translation>{serial} était déjà révoqué. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>“{code}” is not a verification code: {detail}. Check it against the printed code (groups of five letters and digits).</source>
        <translation>« {code} » n’est pas un code de vérification : {detail}. Comparez-le au code imprimé (groupes de cinq lettres et chiffres).</translation>
    </message>
    <message>
        <source>“{code}” was not issued by {org}: no badge or certificate has this code. Check it for typing mistakes; if it is typed right, the document is not genuine.</source>
        <translation>« {code} » n’a pas été émis par {org} : aucun badge ni certificat n’a ce code. Vérifiez les fautes de frappe ; s’il est bien tapé, le document n’est pas authentique.</translation>
    </message>
    <message>
        <source>{path} is not a Makerspace database (it is not an SQLite file). Choose another file, or restore one of your backups.</source>
        <translation>{path} n’est pas une base de données Makerspace (ce n’est pas un fichier SQLite). Choisissez un autre fichier, ou restaurez une de vos sauvegardes.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}). It has not been changed. Restore the latest good backup, or choose another file.</source>
        <translation>La base de données {path} est endommagée ({detail}). Elle n’a pas été modifiée. Restaurez la dernière bonne sauvegarde, ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer version of Makerspace (schema {found}). It has not been changed. Install the newer version to open it.</source>
        <translation>La base de données {path} a été écrite par une version plus récente de Makerspace (schéma {found}). Elle n’a pas été modifiée. Installez la version plus récente pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The database {path} is locked by another program. Close the other program, or choose another file.</source>
        <translation>La base de données {path} est verrouillée par un autre programme. Fermez l’autre programme, ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The database {path} cannot be written (read-only file or folder). Copy it somewhere you can write, or choose another file.</source>
        <translation>La base de données {path} ne peut pas être écrite (fichier ou dossier en lecture seule). Copiez-la là où vous pouvez écrire, ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full, so nothing was saved. Free some space and try again.</source>
        <translation>Le disque qui contient {path} est plein : rien n’a été enregistré. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>Cannot reach the database server at {where} ({detail}). Check that the server is running and the address is right.</source>
        <translation>Impossible de joindre le serveur de base de données à {where} ({detail}). Vérifiez que le serveur fonctionne et que l’adresse est juste.</translation>
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
        <translation>Participant</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation>Terminé le %1</translation>
    </message>
    <message>
        <source>Waitlist, number %1</source>
        <translation>Liste d’attente, numéro %1</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Désinscrit</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
</context>
<context>
    <name>EquipmentCategoriesDialog</name>
    <message>
        <source>Equipment categories</source>
        <translation>Catégories d&apos;équipement</translation>
    </message>
    <message>
        <source>&amp;New category</source>
        <translation>&amp;Nouvelle catégorie</translation>
    </message>
    <message>
        <source>New category (Alt+N)</source>
        <translation>Nouvelle catégorie (Alt+N)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>e.g. Laser cutters</source>
        <translation>p. ex. Découpeuses laser</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Needs a certification to book</source>
        <translation>Une certification est requise pour réserver</translation>
    </message>
    <message>
        <source>Certification valid for (days)</source>
        <translation>Certification valable (jours)</translation>
    </message>
    <message>
        <source>Does not expire</source>
        <translation>N&apos;expire pas</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Âge minimum</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Pas de minimum</translation>
    </message>
    <message>
        <source>Longest booking (minutes)</source>
        <translation>Réservation la plus longue (minutes)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;om</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Certification &amp;valid for</source>
        <translation>Certification &amp;valable</translation>
    </message>
    <message>
        <source>&amp;Minimum age</source>
        <translation>Âge &amp;minimum</translation>
    </message>
    <message>
        <source>&amp;Longest booking</source>
        <translation>Réservation la plus &amp;longue</translation>
    </message>
    <message>
        <source>&amp;Save category</source>
        <translation>&amp;Enregistrer la catégorie</translation>
    </message>
    <message>
        <source>Save the category (Alt+S)</source>
        <translation>Enregistrer la catégorie (Alt+E)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>needs a certification</source>
        <translation>certification requise</translation>
    </message>
    <message>
        <source>no certification needed</source>
        <translation>aucune certification requise</translation>
    </message>
    <message>
        <source>ages %1 and over</source>
        <translation>à partir de %1 ans</translation>
    </message>
    <message>
        <source>at most %1 a booking</source>
        <translation>au plus %1 par réservation</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistrée.</translation>
    </message>
</context>
<context>
    <name>EquipmentDialog</name>
    <message>
        <source>Equipment used for “%1”</source>
        <translation>Équipements utilisés pour « %1 »</translation>
    </message>
    <message>
        <source>Choose the booking it was made in. The list holds the team&apos;s bookings, newest first.</source>
        <translation>Choisissez la réservation pendant laquelle il a été fait. La liste contient les réservations de l’équipe, les plus récentes d’abord.</translation>
    </message>
    <message>
        <source>The team&apos;s bookings</source>
        <translation>Les réservations de l’équipe</translation>
    </message>
    <message>
        <source>Add to the project</source>
        <translation>Ajouter au projet</translation>
    </message>
    <message>
        <source>Add the highlighted booking&apos;s item to the project</source>
        <translation>Ajouter au projet l’équipement de la réservation en surbrillance</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel: add nothing</source>
        <translation>Annuler : ne rien ajouter</translation>
    </message>
    <message>
        <source>%1 (%2) — %3 — %4</source>
        <translation>%1 (%2) — %3 — %4</translation>
    </message>
    <message>
        <source>already listed</source>
        <translation>déjà listé</translation>
    </message>
    <message>
        <source>The project has no team yet. Add the people who made it (Edit…); their bookings are listed here.</source>
        <translation>Le projet n’a pas encore d’équipe. Ajoutez les personnes qui l’ont fait (Modifier…) ; leurs réservations sont listées ici.</translation>
    </message>
    <message>
        <source>Nobody in the team has a booking yet. Equipment is chosen from the bookings it was used in: book it for a team member first (Bookings).</source>
        <translation>Personne dans l’équipe n’a encore de réservation. Les équipements se choisissent parmi les réservations pendant lesquelles ils ont servi : réservez-le d’abord pour un membre de l’équipe (Réservations).</translation>
    </message>
</context>
<context>
    <name>EquipmentItemDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nouvel équipement</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>Étiquette d&apos;inventaire</translation>
    </message>
    <message>
        <source>The code on the item&apos;s label, e.g. LIB-3DP-004</source>
        <translation>Le code de l&apos;étiquette de l&apos;équipement, p. ex. LIB-3DP-004</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>e.g. Prusa MK4 #2</source>
        <translation>p. ex. Prusa MK4 #2</translation>
    </message>
    <message>
        <source>Equipment category</source>
        <translation>Catégorie d’équipement</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>No space</source>
        <translation>Aucun espace</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Asset tag</source>
        <translation>É&amp;tiquette d&apos;inventaire</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>&amp;Space</source>
        <translation>&amp;Espace</translation>
    </message>
    <message>
        <source>Se&amp;rial number</source>
        <translation>Numéro de sé&amp;rie</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Ajouter l&apos;équipement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel: save nothing (Escape)</source>
        <translation>Annuler : ne rien enregistrer (Échap)</translation>
    </message>
</context>
<context>
    <name>EquipmentModel</name>
    <message>
        <source>Asset tag</source>
        <translation>Étiquette d&apos;inventaire</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>The code on the item&apos;s label</source>
        <translation>Le code de l&apos;étiquette de l&apos;équipement</translation>
    </message>
    <message>
        <source>The item&apos;s name</source>
        <translation>Le nom de l&apos;équipement</translation>
    </message>
    <message>
        <source>Equipment category: its certification, minimum age and longest booking</source>
        <translation>Catégorie d&apos;équipement : sa certification, son âge minimum et sa réservation la plus longue</translation>
    </message>
    <message>
        <source>Where the item is kept</source>
        <translation>Où l&apos;équipement est rangé</translation>
    </message>
    <message>
        <source>Available, out of service or retired</source>
        <translation>Disponible, hors service ou retiré</translation>
    </message>
    <message>
        <source>No space</source>
        <translation>Aucun espace</translation>
    </message>
    <message>
        <source>No space recorded</source>
        <translation>Aucun espace enregistré</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <source>Find an item by name, asset tag or category; log maintenance and take it out of service.</source>
        <translation>Trouvez un équipement par nom, étiquette d&apos;inventaire ou catégorie ; notez la maintenance et mettez-le hors service.</translation>
    </message>
    <message>
        <source>Name, asset tag or category</source>
        <translation>Nom, étiquette d&apos;inventaire ou catégorie</translation>
    </message>
    <message>
        <source>Find items</source>
        <translation>Trouver des équipements</translation>
    </message>
    <message>
        <source>Type part of a name, an asset tag or a category; Down moves to the list</source>
        <translation>Tapez une partie d&apos;un nom, une étiquette d&apos;inventaire ou une catégorie ; Bas passe à la liste</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nouvel équipement</translation>
    </message>
    <message>
        <source>Add a new item (Ctrl+N)</source>
        <translation>Ajouter un nouvel équipement (Ctrl+N)</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>Catégories…</translation>
    </message>
    <message>
        <source>Equipment categories: certification, minimum age, longest booking</source>
        <translation>Catégories d&apos;équipement : certification, âge minimum, réservation la plus longue</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Import equipment from a CSV file</source>
        <translation>Importer des équipements depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Columns: asset_tag, name, category, and optionally space, serial_number, status, notes. One bad row means nothing is imported.</source>
        <translation>Colonnes : asset_tag, name, category et, en option, space, serial_number, status, notes. Une seule ligne erronée et rien n&apos;est importé.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the equipment to a CSV file</source>
        <translation>Exporter les équipements dans un fichier CSV</translation>
    </message>
    <message>
        <source>Every item, retired ones too, in the columns the import reads (opens in Excel)</source>
        <translation>Tous les équipements, retirés compris, dans les colonnes que lit l&apos;import (s&apos;ouvre dans Excel)</translation>
    </message>
    <message>
        <source>Equipment category</source>
        <translation>Catégorie d’équipement</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>In use (not retired)</source>
        <translation>En usage (non retirés)</translation>
    </message>
    <message>
        <source>All, retired too</source>
        <translation>Tous, retirés compris</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>C&amp;atégorie</translation>
    </message>
    <message>
        <source>S&amp;pace</source>
        <translation>Es&amp;pace</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <source>Enter goes to the item&apos;s maintenance log; Ctrl+N adds an item</source>
        <translation>Entrée mène au journal de maintenance de l&apos;équipement ; Ctrl+N ajoute un équipement</translation>
    </message>
    <message>
        <source>Items list rows</source>
        <translation>Lignes de la liste des équipements</translation>
    </message>
    <message>
        <source>Items list columns</source>
        <translation>Colonnes de la liste des équipements</translation>
    </message>
    <message>
        <source>No item matches</source>
        <translation>Aucun équipement ne correspond</translation>
    </message>
    <message>
        <source>Choose an item</source>
        <translation>Choisissez un équipement</translation>
    </message>
    <message>
        <source>Pick an item from the list to see its maintenance log, or add one (Ctrl+N).</source>
        <translation>Choisissez un équipement dans la liste pour voir son journal de maintenance, ou ajoutez-en un (Ctrl+N).</translation>
    </message>
    <message>
        <source>No equipment yet</source>
        <translation>Pas encore d’équipement</translation>
    </message>
    <message>
        <source>Items you add appear here with their status, maintenance log and bookings. Set up equipment categories (Categories…), then add an item (Ctrl+N) or import a CSV file.</source>
        <translation>Les équipements que vous ajoutez apparaissent ici avec leur statut, leur journal de maintenance et leurs réservations. Définissez les catégories d&apos;équipement (Catégories…), puis ajoutez un équipement (Ctrl+N) ou importez un fichier CSV.</translation>
    </message>
    <message>
        <source>Only a coordinator or above can change the inventory.</source>
        <translation>Seul un coordinateur ou plus peut modifier l&apos;inventaire.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>All spaces</source>
        <translation>Tous les espaces</translation>
    </message>
    <message>
        <source>No item matches “%1”</source>
        <translation>Aucun équipement ne correspond à « %1 »</translation>
    </message>
    <message>
        <source>No item matches these filters</source>
        <translation>Aucun équipement ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>Check the spelling, type less of the name, or choose “All” in the filters.</source>
        <translation>Vérifiez l&apos;orthographe, tapez moins du nom, ou choisissez « Tous » dans les filtres.</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 équipement</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 équipements</translation>
    </message>
    <message>
        <source>Every item belongs to an equipment category. Add one first; then add the item.</source>
        <translation>Chaque équipement appartient à une catégorie d&apos;équipement. Ajoutez-en une d&apos;abord, puis l&apos;équipement.</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 ajouté.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Imported %1: %2 new item(s), %3 updated.</source>
        <translation>%1 importé : %2 nouvel(s) équipement(s), %3 mis à jour.</translation>
    </message>
    <message>
        <source>Exported 1 item to %2.</source>
        <translation>1 équipement exporté vers %2.</translation>
    </message>
    <message>
        <source>Exported %1 items to %2.</source>
        <translation>%1 équipements exportés vers %2.</translation>
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
        <translation>Hors service</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
</context>
<context>
    <name>EquipmentTransfer</name>
    <message>
        <source>Import equipment from a CSV file</source>
        <translation>Importer des équipements depuis un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export equipment to a CSV file</source>
        <translation>Exporter les équipements dans un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong inside the app ({detail}). Nothing else was changed. Please tell whoever looks after this computer.</source>
        <translation>Un problème est survenu dans l’application ({detail}). Rien d’autre n’a été modifié. Prévenez la personne qui s’occupe de cet ordinateur.</translation>
    </message>
    <message>
        <source>Makerspace</source>
        <translation>Makerspace</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>closed all day</source>
        <translation>fermé toute la journée</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Search participants, equipment and workshops (Ctrl+K)</source>
        <translation type="vanished">Chercher des participants, des équipements et des ateliers (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search participants, equipment and workshops</source>
        <translation type="vanished">Chercher des participants, des équipements et des ateliers</translation>
    </message>
    <message>
        <source>Type part of a name, a badge code, a phone number, an e-mail or an asset tag</source>
        <translation type="vanished">Tapez une partie d’un nom, un code de badge, un numéro de téléphone, un e-mail ou un numéro d’inventaire</translation>
    </message>
    <message>
        <source>Search participants, equipment, workshops and projects (Ctrl+K)</source>
        <translation>Chercher des participants, des équipements, des ateliers et des projets (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search participants, equipment, workshops and projects</source>
        <translation>Chercher des participants, des équipements, des ateliers et des projets</translation>
    </message>
    <message>
        <source>Type part of a name or title, a badge code, a phone number, an e-mail or an asset tag</source>
        <translation>Tapez une partie d’un nom ou d’un titre, un code de badge, un numéro de téléphone, un e-mail ou un numéro d’inventaire</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Sign in to search.</source>
        <translation>Connectez-vous pour chercher.</translation>
    </message>
    <message>
        <source>Search is not part of this version of the app yet.</source>
        <translation>La recherche ne fait pas encore partie de cette version de l’application.</translation>
    </message>
    <message>
        <source>No participant, item, workshop or project matches “%1”.</source>
        <translation>Aucun participant, équipement, atelier ou projet ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>No participant, item or workshop matches “%1”.</source>
        <translation type="vanished">Aucun participant, équipement ou atelier ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
</context>
<context>
    <name>GuardianPicker</name>
    <message>
        <source>Type part of the guardian’s name or their badge code</source>
        <translation>Tapez une partie du nom du responsable légal ou son code de badge</translation>
    </message>
    <message>
        <source>Find the guardian among the participants</source>
        <translation>Chercher le responsable légal parmi les participants</translation>
    </message>
    <message>
        <source>Participants who could be the guardian</source>
        <translation>Participants qui pourraient être le responsable légal</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Changer…</translation>
    </message>
    <message>
        <source>Choose another guardian</source>
        <translation>Choisir un autre responsable légal</translation>
    </message>
    <message>
        <source>Participant number %1</source>
        <translation>Participant numéro %1</translation>
    </message>
    <message>
        <source>Guardian: %1</source>
        <translation>Responsable légal : %1</translation>
    </message>
    <message>
        <source>No participant matches “%1”. Enter the guardian’s name and contact instead, or register the guardian first.</source>
        <translation>Aucun participant ne correspond à « %1 ». Saisissez plutôt le nom et le contact du responsable légal, ou inscrivez-le d’abord.</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>Choose image…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <source>Choose image for: %1</source>
        <translation>Choisir une image pour : %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove image for: %1</source>
        <translation>Retirer l’image de : %1</translation>
    </message>
    <message>
        <source>Choose an image for: %1</source>
        <translation>Choisir une image pour : %1</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>That file is not a picture this computer can read.</source>
        <translation>Ce fichier n’est pas une image que cet ordinateur peut lire.</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Pas d’image</translation>
    </message>
    <message>
        <source>The stored image cannot be shown.</source>
        <translation>L’image enregistrée ne peut pas être affichée.</translation>
    </message>
    <message>
        <source>Image, %1 × %2 pixels</source>
        <translation>Image de %1 × %2 pixels</translation>
    </message>
</context>
<context>
    <name>ImportRefusedDialog</name>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>%1 has 1 row that needs fixing, so nothing was imported.</source>
        <translation>%1 contient 1 ligne à corriger, donc rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 has %2 rows that need fixing, so nothing was imported.</source>
        <translation>%1 contient %2 lignes à corriger, donc rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Correct these lines in the file (line 1 is the header) and import it again; the rows are checked together.</source>
        <translation>Corrigez ces lignes dans le fichier (la ligne 1 est l&apos;en-tête) puis importez-le à nouveau ; les lignes sont vérifiées ensemble.</translation>
    </message>
    <message>
        <source>Rows that need fixing</source>
        <translation>Lignes à corriger</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Ce qui ne va pas</translation>
    </message>
    <message>
        <source>Rows that need fixing columns</source>
        <translation>Colonnes des lignes à corriger</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
</context>
<context>
    <name>InformDialog</name>
    <message>
        <source>People to tell, with their contact</source>
        <translation>Personnes à prévenir, avec leur contact</translation>
    </message>
    <message>
        <source>no contact on record</source>
        <translation>pas de contact enregistré</translation>
    </message>
    <message>
        <source>%1 (guardian: %2)</source>
        <translation>%1 (responsable légal : %2)</translation>
    </message>
    <message>
        <source>Copy list</source>
        <translation>Copier la liste</translation>
    </message>
    <message>
        <source>Copy the list of people to tell</source>
        <translation>Copier la liste des personnes à prévenir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>Choose the item&apos;s photo</source>
        <translation>Choisir la photo de l&apos;équipement</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the item (Ctrl+E)</source>
        <translation>Modifier l&apos;équipement (Ctrl+E)</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>Photo…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <source>Remove the item&apos;s photo</source>
        <translation>Retirer la photo de l&apos;équipement</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Retirer du parc…</translation>
    </message>
    <message>
        <source>Bookings to move or cancel</source>
        <translation>Réservations à déplacer ou annuler</translation>
    </message>
    <message>
        <source>Maintenance log</source>
        <translation>Journal de maintenance</translation>
    </message>
    <message>
        <source>New maintenance entry</source>
        <translation>Nouvelle entrée de maintenance</translation>
    </message>
    <message>
        <source>What was found or done, e.g. “Nozzle clogged”</source>
        <translation>Ce qui a été constaté ou fait, p. ex. « Buse bouchée »</translation>
    </message>
    <message>
        <source>Takes the item out of service</source>
        <translation>Met l&apos;équipement hors service</translation>
    </message>
    <message>
        <source>Takes it out of service</source>
        <translation>Le met hors service</translation>
    </message>
    <message>
        <source>New bookings of the item are refused until it is back in service</source>
        <translation>Les nouvelles réservations de l&apos;équipement sont refusées jusqu&apos;à sa remise en service</translation>
    </message>
    <message>
        <source>Add to log</source>
        <translation>Ajouter au journal</translation>
    </message>
    <message>
        <source>Add the entry to the maintenance log (Enter)</source>
        <translation>Ajouter l&apos;entrée au journal de maintenance (Entrée)</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Maintenance log columns</source>
        <translation>Colonnes du journal de maintenance</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Rien n&apos;a encore été noté.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Mark the selected entry resolved</source>
        <translation>Marquer l&apos;entrée sélectionnée comme résolue</translation>
    </message>
    <message>
        <source>Back in service</source>
        <translation>Remettre en service</translation>
    </message>
    <message>
        <source>Back in service: resolve what keeps the item out and make it bookable</source>
        <translation>Remettre en service : résoudre ce qui le tient hors service et le rendre réservable</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Asset tag %1</source>
        <translation>Étiquette d&apos;inventaire %1</translation>
    </message>
    <message>
        <source>no space</source>
        <translation>aucun espace</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation>n° de série %1</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Photo de %1</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <source>Only a coordinator or above can change items.</source>
        <translation>Seul un coordinateur ou plus peut modifier les équipements.</translation>
    </message>
    <message>
        <source>Put back in inventory</source>
        <translation>Remettre dans l&apos;inventaire</translation>
    </message>
    <message>
        <source>Put the item back in the inventory</source>
        <translation>Remettre l&apos;équipement dans l&apos;inventaire</translation>
    </message>
    <message>
        <source>Retire the item: it can no longer be booked</source>
        <translation>Retirer l&apos;équipement du parc : il ne pourra plus être réservé</translation>
    </message>
    <message>
        <source>Needs a certification</source>
        <translation>Certification requise</translation>
    </message>
    <message>
        <source>No certification needed</source>
        <translation>Aucune certification requise</translation>
    </message>
    <message>
        <source>ages %1 and over</source>
        <translation>à partir de %1 ans</translation>
    </message>
    <message>
        <source>at most %1 a booking</source>
        <translation>au plus %1 par réservation</translation>
    </message>
    <message>
        <source>Bookings to move or cancel (%1)</source>
        <translation>Réservations à déplacer ou annuler (%1)</translation>
    </message>
    <message>
        <source>%1 is out of service, so new bookings of it are refused. These were made before: move each to another %2, or cancel it.</source>
        <translation>%1 est hors service, donc ses nouvelles réservations sont refusées. Celles-ci ont été faites avant : déplacez chacune vers un autre %2, ou annulez-la.</translation>
    </message>
    <message>
        <source>%1 is retired. These bookings still hold it: move each to another %2, or cancel it.</source>
        <translation>%1 est retiré du parc. Ces réservations l&apos;occupent encore : déplacez chacune vers un autre %2, ou annulez-la.</translation>
    </message>
    <message>
        <source>%1 can be retired once no booking holds it. Move each of these to another %2, or cancel it; then retire it.</source>
        <translation>%1 pourra être retiré du parc quand aucune réservation ne l&apos;occupera. Déplacez chacune de celles-ci vers un autre %2, ou annulez-la ; puis retirez-le.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Out of service, open</source>
        <translation>Hors service, en cours</translation>
    </message>
    <message>
        <source>Resolved %1</source>
        <translation>Résolu le %1</translation>
    </message>
    <message>
        <source>Out of service from %1 to %2</source>
        <translation>Hors service du %1 au %2</translation>
    </message>
    <message>
        <source>A retired item has no new entries; put it back in the inventory first.</source>
        <translation>Un équipement retiré ne reçoit pas de nouvelles entrées ; remettez-le d&apos;abord dans l&apos;inventaire.</translation>
    </message>
    <message>
        <source>%1 is out of service: new bookings of it are refused.</source>
        <translation>%1 est hors service : ses nouvelles réservations sont refusées.</translation>
    </message>
    <message>
        <source>1 booking already made needs moving or cancelling; it is listed below.</source>
        <translation>1 réservation déjà faite doit être déplacée ou annulée ; elle figure ci-dessous.</translation>
    </message>
    <message>
        <source>%1 bookings already made need moving or cancelling; they are listed below.</source>
        <translation>%1 réservations déjà faites doivent être déplacées ou annulées ; elles figurent ci-dessous.</translation>
    </message>
    <message>
        <source>Added to the maintenance log.</source>
        <translation>Ajouté au journal de maintenance.</translation>
    </message>
    <message>
        <source>Resolved. %1 is back in service.</source>
        <translation>Résolu. %1 est de nouveau en service.</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>Résolu.</translation>
    </message>
    <message>
        <source>%1 is back in service and can be booked again.</source>
        <translation>%1 est de nouveau en service et peut être réservé.</translation>
    </message>
    <message>
        <source>Moved the booking of %1 to %2, %3.</source>
        <translation>Réservation de %1 déplacée vers %2, %3.</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <source>Cancel the booking of %1?</source>
        <translation>Annuler la réservation de %1 ?</translation>
    </message>
    <message>
        <source>%1 on %2. Let them know: the slot is freed and the booking cannot be restored.</source>
        <translation>%1 le %2. Prévenez la personne : le créneau est libéré et la réservation ne pourra pas être rétablie.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>Keep the booking</source>
        <translation>Garder la réservation</translation>
    </message>
    <message>
        <source>Cancelled the booking of %1 on %2.</source>
        <translation>Réservation de %1 du %2 annulée.</translation>
    </message>
    <message>
        <source>%1 is back in the inventory.</source>
        <translation>%1 est de nouveau dans l&apos;inventaire.</translation>
    </message>
    <message>
        <source>%1 still has bookings to come. Move or cancel them (below), then retire it.</source>
        <translation>%1 a encore des réservations à venir. Déplacez-les ou annulez-les (ci-dessous), puis retirez-le.</translation>
    </message>
    <message>
        <source>Retire item</source>
        <translation>Retirer l&apos;équipement du parc</translation>
    </message>
    <message>
        <source>Retire %1?</source>
        <translation>Retirer %1 du parc ?</translation>
    </message>
    <message>
        <source>It leaves the list and the timeline and can no longer be booked. Its bookings and maintenance log are kept, and you can put it back in the inventory later.</source>
        <translation>Il quitte la liste et la frise et ne peut plus être réservé. Ses réservations et son journal de maintenance sont conservés, et vous pourrez le remettre dans l&apos;inventaire plus tard.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirer du parc</translation>
    </message>
    <message>
        <source>Keep the item</source>
        <translation>Garder l&apos;équipement</translation>
    </message>
    <message>
        <source>%1 is retired.</source>
        <translation>%1 est retiré du parc.</translation>
    </message>
    <message>
        <source>%1 is not a picture the app can read. Choose a PNG or JPEG file.</source>
        <translation>%1 n&apos;est pas une image que l&apos;application peut lire. Choisissez un fichier PNG ou JPEG.</translation>
    </message>
    <message>
        <source>Photo saved.</source>
        <translation>Photo enregistrée.</translation>
    </message>
    <message>
        <source>Photo removed.</source>
        <translation>Photo retirée.</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Ouverture de la base de données</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Lock / Change Staff Member</source>
        <translation>&amp;Verrouiller / changer de membre du personnel</translation>
    </message>
    <message>
        <source>Lock now: you, or another staff member, sign in to go on where you are</source>
        <translation>Verrouiller maintenant : vous, ou un autre membre du personnel, vous reconnectez pour reprendre là où vous en êtes</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Sign out, so another staff member can sign in</source>
        <translation>Se déconnecter pour qu’un autre membre du personnel puisse se connecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find participants, equipment and workshops</source>
        <translation>Chercher des participants, des équipements et des ateliers</translation>
    </message>
    <message>
        <source>&amp;About Makerspace</source>
        <translation>À &amp;propos de Makerspace</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barre de menus</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Nobody signed in</source>
        <translation>Personne n’est connecté</translation>
    </message>
    <message>
        <source>Locked (%1 was signed in)</source>
        <translation>Verrouillé (%1 était connecté)</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Connecté : %1 (%2)</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>Nom d’utilisateur : %1</translation>
    </message>
    <message>
        <source>The changes were kept. %1 can sign in to save them.</source>
        <translation>Les modifications ont été gardées. %1 peut se connecter pour les enregistrer.</translation>
    </message>
    <message>
        <source>Locked after a minute without use. Sign in to go on where you were.</source>
        <translation>Verrouillé après une minute sans utilisation. Connectez-vous pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
        <source>Locked after %1 minutes without use. Sign in to go on where you were.</source>
        <translation>Verrouillé après %1 minutes sans utilisation. Connectez-vous pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
        <source>Locked. Sign in to go on where you were.</source>
        <translation>Verrouillé. Connectez-vous pour reprendre là où vous en étiez.</translation>
    </message>
    <message>
        <source>Signed out. The next staff member can sign in.</source>
        <translation>Déconnecté. Le membre du personnel suivant peut se connecter.</translation>
    </message>
    <message>
        <source>Lock / change staff member</source>
        <translation>Verrouiller / changer</translation>
    </message>
    <message>
        <source>Lock or change staff member (Ctrl+L)</source>
        <translation>Verrouiller ou changer de membre du personnel (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock now: you, or another staff member, sign in to go on where you are (Ctrl+L)</source>
        <translation>Verrouiller maintenant : vous, ou un autre membre du personnel, vous reconnectez pour reprendre là où vous en êtes (Ctrl+L)</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>About Makerspace</source>
        <translation type="vanished">À propos de Makerspace</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Makerspace %1&lt;/h3&gt;&lt;p&gt;Equipment, bookings, workshops, participants, badges and certificates for library and community makerspaces.&lt;/p&gt;&lt;p&gt;Licence: Apache License 2.0&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;Makerspace %1&lt;/h3&gt;&lt;p&gt;Équipements, réservations, ateliers, participants, badges et certificats pour les makerspaces de bibliothèques et associatifs.&lt;/p&gt;&lt;p&gt;Licence : Apache License 2.0&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NavigationPane</name>
    <message>
        <source>Areas</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+9 jump to an area</source>
        <translation>Ctrl+1 à Ctrl+9 ouvrent une rubrique</translation>
    </message>
</context>
<context>
    <name>NewBookingDialog</name>
    <message>
        <source>New booking</source>
        <translation>Nouvelle réservation</translation>
    </message>
    <message>
        <source>Type a name or scan the badge</source>
        <translation>Tapez un nom ou scannez le badge</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Type part of the name, or scan or type the badge code, then press Enter</source>
        <translation>Tapez une partie du nom, ou scannez ou tapez le code du badge, puis appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Matching participants</source>
        <translation>Participants correspondants</translation>
    </message>
    <message>
        <source>Booking for</source>
        <translation>Réservation pour</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Optional, for example the material to bring</source>
        <translation>Facultatif, par exemple le matériel à apporter</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Réserver</translation>
    </message>
    <message>
        <source>Book (Enter)</source>
        <translation>Réserver (Entrée)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel, book nothing (Escape)</source>
        <translation>Annuler, ne rien réserver (Échap)</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Participant</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>É&amp;quipement</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Nobody chosen yet.</source>
        <translation>Personne n’est encore choisi.</translation>
    </message>
    <message>
        <source>Booking for %1 · badge %2</source>
        <translation>Réservation pour %1 · badge %2</translation>
    </message>
    <message>
        <source>badge %1</source>
        <translation>badge %1</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant matches “%1”. Check the spelling or the badge code, or register them in Participants.</source>
        <translation>Aucun participant ne correspond à « %1 ». Vérifiez l’orthographe ou le code du badge, ou inscrivez la personne dans Participants.</translation>
    </message>
    <message>
        <source>Type the participant&apos;s name or scan their badge first.</source>
        <translation>Tapez d’abord le nom du participant ou scannez son badge.</translation>
    </message>
    <message>
        <source>%1 participants match. Choose one with the Up and Down keys, then press Enter.</source>
        <translation>%1 participants correspondent. Choisissez-en un avec les touches Haut et Bas, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Choose the participant first: type their name or scan their badge.</source>
        <translation>Choisissez d’abord le participant : tapez son nom ou scannez son badge.</translation>
    </message>
    <message>
        <source>“%1” is not one of the items. Choose an item from the list.</source>
        <translation>« %1 » ne fait pas partie des équipements. Choisissez un équipement dans la liste.</translation>
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
        <translation>Réserver %1 à la place</translation>
    </message>
    <message>
        <source>Book %1, %2</source>
        <translation>Réserver %1, %2</translation>
    </message>
</context>
<context>
    <name>ParticipantDialogs</name>
    <message>
        <source>Record consent: %1</source>
        <translation>Enregistrer le consentement : %1</translation>
    </message>
    <message>
        <source>Who gave the consent? The participant, or their guardian.</source>
        <translation>Qui a donné le consentement ? Le participant, ou son responsable légal.</translation>
    </message>
    <message>
        <source>Who gave the consent</source>
        <translation>Qui a donné le consentement</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Enregistrer le consentement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel: change nothing</source>
        <translation>Annuler : ne rien changer</translation>
    </message>
    <message>
        <source>Save the participant’s data</source>
        <translation>Enregistrer les données du participant</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nom d’usage</translation>
    </message>
    <message>
        <source>What they like to be called</source>
        <translation>Comment la personne aime être appelée</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <source>For example she/her</source>
        <translation>Par exemple elle</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <source>Date of birth known</source>
        <translation>Date de naissance connue</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non indiquée</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Language codes, for example en, ar, pt-BR</source>
        <translation>Codes de langue, par exemple fr, ar, pt-BR</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>For example ar</source>
        <translation>Par exemple ar</translation>
    </message>
    <message>
        <source>Accessibility need: %1</source>
        <translation>Besoin d’accessibilité : %1</translation>
    </message>
    <message>
        <source>Accessibility notes</source>
        <translation>Notes d’accessibilité</translation>
    </message>
    <message>
        <source>Anything else that helps them take part</source>
        <translation>Tout ce qui l’aide à participer</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Responsable légal</translation>
    </message>
    <message>
        <source>No guardian</source>
        <translation>Pas de responsable légal</translation>
    </message>
    <message>
        <source>A registered adult participant</source>
        <translation>Un participant adulte inscrit</translation>
    </message>
    <message>
        <source>Name and contact</source>
        <translation>Nom et contact</translation>
    </message>
    <message>
        <source>Guardian’s name</source>
        <translation>Nom du responsable légal</translation>
    </message>
    <message>
        <source>Guardian’s contact</source>
        <translation>Contact du responsable légal</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>Téléphone ou e-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
    <message>
        <source>%1 years old.</source>
        <translation>%1 ans.</translation>
    </message>
    <message>
        <source>Give a date of birth or an age band: it decides whether a guardian is needed.</source>
        <translation>Indiquez une date de naissance ou une tranche d’âge : elle détermine si un responsable légal est nécessaire.</translation>
    </message>
    <message>
        <source>Age band only; the exact age is not recorded.</source>
        <translation>Tranche d’âge seulement ; l’âge exact n’est pas enregistré.</translation>
    </message>
    <message>
        <source>Under %1: a guardian is needed.</source>
        <translation>Moins de %1 ans : un responsable légal est nécessaire.</translation>
    </message>
    <message>
        <source>Needed: they are under %1. Choose an adult participant, or enter the guardian’s name and contact.</source>
        <translation>Nécessaire : la personne a moins de %1 ans. Choisissez un participant adulte, ou saisissez le nom et le contact du responsable légal.</translation>
    </message>
    <message>
        <source>The guardian must be a registered participant aged %1 or over.</source>
        <translation>Le responsable légal doit être un participant inscrit de %1 ans ou plus.</translation>
    </message>
    <message>
        <source>prefers %1</source>
        <translation>préfère %1</translation>
    </message>
</context>
<context>
    <name>ParticipantImport</name>
    <message>
        <source>Import participants from a CSV file</source>
        <translation>Importer des participants depuis un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export participants to a CSV file</source>
        <translation>Exporter les participants dans un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <source>Choose a CSV file with one participant per row, as Export writes it or as a spreadsheet saves it as “CSV UTF-8”. The whole file is checked first; nothing is imported until you press Import.</source>
        <translation>Choisissez un fichier CSV avec un participant par ligne, tel qu’Exporter l’écrit ou qu’un tableur l’enregistre en « CSV UTF-8 ». Tout le fichier est d’abord vérifié ; rien n’est importé avant que vous appuyiez sur Importer.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose the CSV file to import</source>
        <translation>Choisir le fichier CSV à importer</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier de nouveau</translation>
    </message>
    <message>
        <source>Check the file again after correcting it</source>
        <translation>Vérifier de nouveau le fichier après l’avoir corrigé</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Rows that need fixing</source>
        <translation>Lignes à corriger</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Ce qui ne va pas</translation>
    </message>
    <message>
        <source>Rows that need fixing columns</source>
        <translation>Colonnes des lignes à corriger</translation>
    </message>
    <message>
        <source>Rows that need fixing rows</source>
        <translation>Lignes à corriger</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the checked file</source>
        <translation>Importer le fichier vérifié</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>%1 has no participant rows, only the line naming the columns. Choose another file.</source>
        <translation>%1 n’a aucune ligne de participant, seulement la ligne qui nomme les colonnes. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Every row of %1 can be imported: %2 new participant(s) and %3 update(s) of participants already registered (matched by badge code). Nothing has been imported yet: press Import.</source>
        <translation>Toutes les lignes de %1 peuvent être importées : %2 nouveau(x) participant(s) et %3 mise(s) à jour de participants déjà inscrits (reconnus par leur code de badge). Rien n’a encore été importé : appuyez sur Importer.</translation>
    </message>
    <message>
        <source>Nothing can be imported: 1 row needs fixing.</source>
        <translation>Rien ne peut être importé : 1 ligne est à corriger.</translation>
    </message>
    <message>
        <source>Nothing can be imported: %1 rows need fixing.</source>
        <translation>Rien ne peut être importé : %1 lignes sont à corriger.</translation>
    </message>
    <message>
        <source>Correct these lines in the file (line 1 names the columns), save it and press Check again.</source>
        <translation>Corrigez ces lignes dans le fichier (la ligne 1 nomme les colonnes), enregistrez-le et appuyez sur Vérifier de nouveau.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Imported: %1 new participant(s), %2 updated.</source>
        <translation>Importé : %1 nouveau(x) participant(s), %2 mis à jour.</translation>
    </message>
    <message>
        <source>&amp;Import 1 row</source>
        <translation>&amp;Importer 1 ligne</translation>
    </message>
    <message>
        <source>&amp;Import %1 rows</source>
        <translation>&amp;Importer %1 lignes</translation>
    </message>
</context>
<context>
    <name>ParticipantPicker</name>
    <message>
        <source>Name, badge code, phone or e-mail</source>
        <translation>Nom, code de badge, téléphone ou e-mail</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Chercher des participants</translation>
    </message>
    <message>
        <source>Matching participants</source>
        <translation>Participants correspondants</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Choisir</translation>
    </message>
    <message>
        <source>Choose the highlighted participant</source>
        <translation>Choisir le participant en surbrillance</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel: choose nobody</source>
        <translation>Annuler : ne choisir personne</translation>
    </message>
    <message>
        <source>Type at least one letter, or scan their badge.</source>
        <translation>Tapez au moins une lettre, ou scannez son badge.</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>Type more of the name to narrow the list.</source>
        <translation>Tapez davantage du nom pour réduire la liste.</translation>
    </message>
    <message>
        <source>Nobody matches “%1”. Register them in Participants first.</source>
        <translation>Personne ne correspond à « %1 ». Inscrivez d’abord la personne dans Participants.</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>given name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>preferred name</source>
        <translation>nom d’usage</translation>
    </message>
    <message>
        <source>pronouns</source>
        <translation>pronoms</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>tranche d’âge</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <source>preferred language</source>
        <translation>langue préférée</translation>
    </message>
    <message>
        <source>accessibility needs</source>
        <translation>besoins d’accessibilité</translation>
    </message>
    <message>
        <source>accessibility notes</source>
        <translation>notes d’accessibilité</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>responsable légal</translation>
    </message>
    <message>
        <source>guardian&apos;s name</source>
        <translation>nom du responsable légal</translation>
    </message>
    <message>
        <source>guardian&apos;s contact</source>
        <translation>contact du responsable légal</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Badge code</source>
        <translation>Code du badge</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Preferred name first, then the name as the person writes it</source>
        <translation>Nom d’usage d’abord, puis le nom tel que la personne l’écrit</translation>
    </message>
    <message>
        <source>The code printed on their badge</source>
        <translation>Le code imprimé sur son badge</translation>
    </message>
    <message>
        <source>Age in years, or the age band when no date of birth is recorded</source>
        <translation>Âge en années, ou la tranche d’âge quand la date de naissance n’est pas enregistrée</translation>
    </message>
    <message>
        <source>E-mail and phone</source>
        <translation>E-mail et téléphone</translation>
    </message>
    <message>
        <source>%1 years old (%2)</source>
        <translation>%1 ans (%2)</translation>
    </message>
    <message>
        <source>Age not recorded</source>
        <translation>Âge non enregistré</translation>
    </message>
    <message>
        <source>No contact recorded</source>
        <translation>Pas de contact enregistré</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Did not come</source>
        <translation>Pas venu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>May take part in activities and use equipment.</source>
        <translation>Peut participer aux activités et utiliser les équipements.</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>May be photographed; photos may be kept with their projects.</source>
        <translation>Peut être photographié ; les photos peuvent être conservées avec ses projets.</translation>
    </message>
    <message>
        <source>Data processing</source>
        <translation>Traitement des données</translation>
    </message>
    <message>
        <source>Their details may be stored and used to run the makerspace.</source>
        <translation>Ses données peuvent être conservées et utilisées pour faire fonctionner le makerspace.</translation>
    </message>
    <message>
        <source>Find someone by any part of their name, badge code, phone or e-mail, or scan their badge.</source>
        <translation>Trouvez quelqu’un par n’importe quelle partie de son nom, son code de badge, son téléphone ou son e-mail, ou scannez son badge.</translation>
    </message>
    <message>
        <source>Name, badge code, phone or e-mail</source>
        <translation>Nom, code de badge, téléphone ou e-mail</translation>
    </message>
    <message>
        <source>Find participants</source>
        <translation>Chercher des participants</translation>
    </message>
    <message>
        <source>Type any part of a name, a badge code, a phone number or an e-mail; Down moves to the list</source>
        <translation>Tapez n’importe quelle partie d’un nom, un code de badge, un numéro de téléphone ou un e-mail ; Bas passe à la liste</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nouveau participant</translation>
    </message>
    <message>
        <source>Register a new participant (Ctrl+N)</source>
        <translation>Inscrire un nouveau participant (Ctrl+N)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Enter opens the participant; Ctrl+N registers a new one</source>
        <translation>Entrée ouvre le participant ; Ctrl+N en inscrit un nouveau</translation>
    </message>
    <message>
        <source>Participants list columns</source>
        <translation>Colonnes de la liste des participants</translation>
    </message>
    <message>
        <source>Participants list rows</source>
        <translation>Lignes de la liste des participants</translation>
    </message>
    <message>
        <source>No participants yet — register one (Ctrl+N)</source>
        <translation>Pas encore de participants — inscrivez-en un (Ctrl+N)</translation>
    </message>
    <message>
        <source>People you register appear here with their bookings, consent and certifications.</source>
        <translation>Les personnes que vous inscrivez apparaissent ici avec leurs réservations, leurs consentements et leurs certifications.</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Import participants from a CSV file</source>
        <translation>Importer des participants depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Check a CSV file row by row, then import it (nothing is imported while a row needs fixing)</source>
        <translation>Vérifier un fichier CSV ligne par ligne, puis l’importer (rien n’est importé tant qu’une ligne doit être corrigée)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export participants to a CSV file</source>
        <translation>Exporter les participants dans un fichier CSV</translation>
    </message>
    <message>
        <source>Every participant in a CSV file that opens in a spreadsheet and imports again</source>
        <translation>Tous les participants dans un fichier CSV qui s’ouvre dans un tableur et se réimporte</translation>
    </message>
    <message>
        <source>Choose a participant</source>
        <translation>Choisissez un participant</translation>
    </message>
    <message>
        <source>Pick someone from the list or scan their badge, or register a new participant (Ctrl+N).</source>
        <translation>Choisissez quelqu’un dans la liste ou scannez son badge, ou inscrivez un nouveau participant (Ctrl+N).</translation>
    </message>
    <message>
        <source>New booking for this participant (Ctrl+B)</source>
        <translation>Nouvelle réservation pour ce participant (Ctrl+B)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Today’s bookings</source>
        <translation>Réservations du jour</translation>
    </message>
    <message>
        <source>Enter checks in the selected booking</source>
        <translation>Entrée enregistre l’arrivée pour la réservation choisie</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Today’s bookings columns</source>
        <translation>Colonnes des réservations du jour</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Check in the selected booking (Enter)</source>
        <translation>Enregistrer l’arrivée pour la réservation choisie (Entrée)</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Check out the selected booking</source>
        <translation>Enregistrer le départ pour la réservation choisie</translation>
    </message>
    <message>
        <source>New booking (Ctrl+B)</source>
        <translation>Nouvelle réservation (Ctrl+B)</translation>
    </message>
    <message>
        <source>About the participant</source>
        <translation>À propos du participant</translation>
    </message>
    <message>
        <source>Participant details form</source>
        <translation>Formulaire des informations du participant</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Informations</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel: forget the changes (Escape)</source>
        <translation>Annuler : oublier les modifications (Échap)</translation>
    </message>
    <message>
        <source>Forget the changes (Escape)</source>
        <translation>Oublier les modifications (Échap)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the participant (Ctrl+S)</source>
        <translation>Enregistrer le participant (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Give…</source>
        <translation>Donner…</translation>
    </message>
    <message>
        <source>Record consent: %1</source>
        <translation>Enregistrer le consentement : %1</translation>
    </message>
    <message>
        <source>Equipment category</source>
        <translation>Catégorie d’équipement</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordée</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Certifications columns</source>
        <translation>Colonnes des certifications</translation>
    </message>
    <message>
        <source>No certifications yet. Completing a training workshop grants one; a workshop leader can also grant one.</source>
        <translation>Pas encore de certifications. Terminer un atelier de formation en accorde une ; un animateur d’atelier peut aussi en accorder.</translation>
    </message>
    <message>
        <source>A copy of everything the makerspace holds about this person, as a JSON file, for a request to see their data.</source>
        <translation>Une copie de tout ce que le makerspace détient sur cette personne, en fichier JSON, pour une demande d’accès à ses données.</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Exporter les données…</translation>
    </message>
    <message>
        <source>Export the participant’s data to a file</source>
        <translation>Exporter les données du participant dans un fichier</translation>
    </message>
    <message>
        <source>Erasing deletes their name, contact details, consents and photos for good. Bookings, attendance and certifications stay, anonymous, for the statistics. Their badge stops working.</source>
        <translation>L’effacement supprime définitivement son nom, ses coordonnées, ses consentements et ses photos. Les réservations, les présences et les certifications restent, anonymes, pour les statistiques. Son badge ne fonctionne plus.</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <source>Erase the participant</source>
        <translation>Effacer le participant</translation>
    </message>
    <message>
        <source>The list cannot be shown</source>
        <translation>La liste ne peut pas être affichée</translation>
    </message>
    <message>
        <source>No one matches “%1”</source>
        <translation>Personne ne correspond à « %1 »</translation>
    </message>
    <message>
        <source>Check the spelling or type less of the name; a phone number, e-mail or badge code works too. Not registered yet? Register them (Ctrl+N).</source>
        <translation>Vérifiez l’orthographe ou tapez moins du nom ; un téléphone, un e-mail ou un code de badge fonctionnent aussi. Pas encore inscrit ? Inscrivez la personne (Ctrl+N).</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>1 participant matches</source>
        <translation>1 participant correspond</translation>
    </message>
    <message numerus="yes">
        <source>%n participants match</source>
        <translation>
            <numerusform>%n participant correspond</numerusform>
            <numerusform>%n participants correspondent</numerusform>
        </translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 participant</translation>
    </message>
    <message numerus="yes">
        <source>%n participants</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Participant number %1 (erased)</source>
        <translation>Participant numéro %1 (effacé)</translation>
    </message>
    <message>
        <source>Erased on %1: nothing personal about them is kept. If the person comes back, register them again as a new participant (Ctrl+N).</source>
        <translation>Effacé le %1 : rien de personnel n’est conservé. Si la personne revient, inscrivez-la de nouveau comme nouveau participant (Ctrl+N).</translation>
    </message>
    <message>
        <source>Accessibility: %1</source>
        <translation>Accessibilité : %1</translation>
    </message>
    <message>
        <source>Badge %1</source>
        <translation>Badge %1</translation>
    </message>
    <message>
        <source>%1 years old</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>age %1</source>
        <translation>%1 ans</translation>
    </message>
    <message>
        <source>age not recorded</source>
        <translation>âge non enregistré</translation>
    </message>
    <message>
        <source>speaks %1</source>
        <translation>parle %1</translation>
    </message>
    <message>
        <source>guardian: %1</source>
        <translation>responsable légal : %1</translation>
    </message>
    <message>
        <source>no guardian on record</source>
        <translation>pas de responsable légal enregistré</translation>
    </message>
    <message>
        <source>Imported from the CSV file: %1 new participant(s), %2 updated.</source>
        <translation>Importé depuis le fichier CSV : %1 nouveau(x) participant(s), %2 mis à jour.</translation>
    </message>
    <message>
        <source>Exporting participants to %1…</source>
        <translation>Export des participants vers %1…</translation>
    </message>
    <message>
        <source>Exported 1 participant to %2.</source>
        <translation>1 participant exporté dans %2.</translation>
    </message>
    <message>
        <source>Exported %1 participants to %2.</source>
        <translation>%1 participants exportés dans %2.</translation>
    </message>
    <message>
        <source>No bookings today. New booking: Ctrl+B.</source>
        <translation>Pas de réservation aujourd’hui. Nouvelle réservation : Ctrl+B.</translation>
    </message>
    <message>
        <source>No bookings today.</source>
        <translation>Pas de réservation aujourd’hui.</translation>
    </message>
    <message>
        <source>Checked in: %1, %2.</source>
        <translation>Arrivée : %1, %2.</translation>
    </message>
    <message>
        <source>Checked out: %1, %2.</source>
        <translation>Départ : %1, %2.</translation>
    </message>
    <message>
        <source>Booked: %1, %2.</source>
        <translation>Réservé : %1, %2.</translation>
    </message>
    <message>
        <source>Given by %1 on %2</source>
        <translation>Donné par %1 le %2</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Withdraw consent: %1</source>
        <translation>Retirer le consentement : %1</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>Retiré le %1</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non indiquée</translation>
    </message>
    <message>
        <source>Consent recorded: %1, given by %2.</source>
        <translation>Consentement enregistré : %1, donné par %2.</translation>
    </message>
    <message>
        <source>Withdraw photo consent for %1?</source>
        <translation>Retirer le consentement photo de %1 ?</translation>
    </message>
    <message>
        <source>Their own photo and %1 project photo(s) showing them will be deleted for good.</source>
        <translation>Sa propre photo et %1 photo(s) de projets où la personne apparaît seront supprimées définitivement.</translation>
    </message>
    <message>
        <source>Withdraw photo consent</source>
        <translation>Retirer le consentement photo</translation>
    </message>
    <message>
        <source>Withdraw and delete photos</source>
        <translation>Retirer et supprimer les photos</translation>
    </message>
    <message>
        <source>Consent withdrawn: %1.</source>
        <translation>Consentement retiré : %1.</translation>
    </message>
    <message>
        <source>%1 project photo(s) deleted.</source>
        <translation>%1 photo(s) de projets supprimée(s).</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Révoquée le %1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Not valid yet</source>
        <translation>Pas encore valide</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Certifications (%1)</source>
        <translation>Certifications (%1)</translation>
    </message>
    <message>
        <source>A badge code is given when you save. A date of birth or an age band is needed; under %1, a guardian too.</source>
        <translation>Un code de badge est attribué à l’enregistrement. Une date de naissance ou une tranche d’âge est nécessaire ; avant %1 ans, un responsable légal aussi.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Registered %1. Badge code: %2.</source>
        <translation>%1 inscrit. Code de badge : %2.</translation>
    </message>
    <message>
        <source>Possible duplicate: %1 has the same name and date of birth. Check it is not the same person.</source>
        <translation>Doublon possible : %1 a le même nom et la même date de naissance. Vérifiez qu’il ne s’agit pas de la même personne.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Open the possible duplicate: %1</source>
        <translation>Ouvrir le doublon possible : %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>the new participant</source>
        <translation>le nouveau participant</translation>
    </message>
    <message>
        <source>the details of %1</source>
        <translation>les informations de %1</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>Register the new participant (Ctrl+S)</source>
        <translation>Inscrire le nouveau participant (Ctrl+S)</translation>
    </message>
    <message>
        <source>The file could not be written (%1). Choose another folder.</source>
        <translation>Le fichier n’a pas pu être écrit (%1). Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Everything held about %1 was saved to %2.</source>
        <translation>Tout ce qui est détenu sur %1 a été enregistré dans %2.</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>Effacer %1 définitivement ?</translation>
    </message>
    <message>
        <source>their name, contact details, date of birth and notes</source>
        <translation>son nom, ses coordonnées, sa date de naissance et ses notes</translation>
    </message>
    <message>
        <source>%1 consent record(s)</source>
        <translation>%1 enregistrement(s) de consentement</translation>
    </message>
    <message>
        <source>%1 project photo(s) showing them</source>
        <translation>%1 photo(s) de projets où la personne apparaît</translation>
    </message>
    <message>
        <source>%1 project membership(s)</source>
        <translation>%1 participation(s) à des projets</translation>
    </message>
    <message>
        <source>their photo</source>
        <translation>sa photo</translation>
    </message>
    <message>
        <source>Kept without their name, for the statistics: %1 booking(s), %2 attendance mark(s), %3 enrolment(s), %4 certification(s).</source>
        <translation>Conservés sans son nom, pour les statistiques : %1 réservation(s), %2 présence(s), %3 inscription(s), %4 certification(s).</translation>
    </message>
    <message>
        <source>Deleted: %1.</source>
        <translation>Supprimé : %1.</translation>
    </message>
    <message>
        <source>%1 minor participant(s) have them as guardian and will need another guardian.</source>
        <translation>%1 participant(s) mineur(s) ont cette personne comme responsable légal et auront besoin d’un autre responsable.</translation>
    </message>
    <message>
        <source>Their badge stops working. This cannot be undone.</source>
        <translation>Son badge ne fonctionne plus. C’est irréversible.</translation>
    </message>
    <message>
        <source>Erase participant</source>
        <translation>Effacer le participant</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message>
        <source>%1 was erased.</source>
        <translation>%1 a été effacé.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Preview of the pages to print</source>
        <translation>Aperçu des pages à imprimer</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Zoom: fit the page width</source>
        <translation>Zoom : ajuster à la largeur de la page</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <source>Zoom: show whole pages</source>
        <translation>Zoom : afficher des pages entières</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to preview yet</source>
        <translation>Rien à prévisualiser pour l’instant</translation>
    </message>
    <message>
        <source>Sending pages to the printer…</source>
        <translation>Envoi des pages à l’imprimante…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Printing progress</source>
        <translation>Progression de l’impression</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <source>Add a photo to “%1”</source>
        <translation>Ajouter une photo à « %1 »</translation>
    </message>
    <message>
        <source>Before attaching a photo: tick everyone recognisable in it. Each of them must have current photo consent (given by them or their guardian); a photo showing someone without it is refused. If in doubt, choose a photo without faces.</source>
        <translation>Avant de joindre une photo : cochez toutes les personnes reconnaissables. Chacune doit avoir un consentement photo en cours (donné par elle ou son responsable légal) ; une photo montrant quelqu’un sans ce consentement est refusée. Dans le doute, choisissez une photo sans visages.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>The photo to attach: %1</source>
        <translation>La photo à joindre : %1</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>For example “The finished lamp at the library&apos;s open day”</source>
        <translation>Par exemple « La lampe terminée à la journée portes ouvertes de la bibliothèque »</translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation>&amp;Légende</translation>
    </message>
    <message>
        <source>&amp;Who is in the photo? (tick everyone recognisable)</source>
        <translation>&amp;Qui est sur la photo ? (cochez toutes les personnes reconnaissables)</translation>
    </message>
    <message>
        <source>People in the photo</source>
        <translation>Personnes sur la photo</translation>
    </message>
    <message>
        <source>Space ticks or unticks the highlighted person</source>
        <translation>Espace coche ou décoche la personne en surbrillance</translation>
    </message>
    <message>
        <source>Someone else in the photo…</source>
        <translation>Quelqu’un d’autre sur la photo…</translation>
    </message>
    <message>
        <source>Add someone who is not in the team but is in the photo</source>
        <translation>Ajouter quelqu’un qui n’est pas dans l’équipe mais figure sur la photo</translation>
    </message>
    <message>
        <source>I have checked the photo: everyone recognisable in it is ticked above.</source>
        <translation>J’ai vérifié la photo : toutes les personnes reconnaissables sont cochées ci-dessus.</translation>
    </message>
    <message>
        <source>Attach photo</source>
        <translation>Joindre la photo</translation>
    </message>
    <message>
        <source>Attach the photo to the project</source>
        <translation>Joindre la photo au projet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel: attach nothing</source>
        <translation>Annuler : ne rien joindre</translation>
    </message>
    <message>
        <source>Someone else in the photo</source>
        <translation>Quelqu’un d’autre sur la photo</translation>
    </message>
    <message>
        <source>Who else is recognisable in the photo?</source>
        <translation>Qui d’autre est reconnaissable sur la photo ?</translation>
    </message>
    <message>
        <source>%1 — no photo consent: must not be in the photo</source>
        <translation>%1 — pas de consentement photo : ne doit pas figurer sur la photo</translation>
    </message>
    <message>
        <source>%1 — photo consent given</source>
        <translation>%1 — consentement photo donné</translation>
    </message>
    <message>
        <source>Tick the box above first: confirm that everyone recognisable in the photo is ticked.</source>
        <translation>Cochez d’abord la case ci-dessus : confirmez que toutes les personnes reconnaissables sur la photo sont cochées.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>The screen to list and edit them comes in a later version of the app.</source>
        <translation type="vanished">L’écran pour les lister et les modifier arrive dans une prochaine version de l’application.</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <source>CR80 card, one a page (card printers)</source>
        <translation>Carte CR80, une par page (imprimantes de cartes)</translation>
    </message>
    <message>
        <source>Avery 5395 sheet, 8 a page (US Letter)</source>
        <translation>Planche Avery 5395, 8 par page (US Letter)</translation>
    </message>
    <message>
        <source>Avery L7418 sheet, 8 a page (A4)</source>
        <translation>Planche Avery L7418, 8 par page (A4)</translation>
    </message>
    <message>
        <source>Badges and certificates: every one printed is recorded with its serial and verification code.</source>
        <translation>Badges et certificats : chacun est enregistré à l’impression avec son numéro de série et son code de vérification.</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Quoi imprimer</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Issue and preview</source>
        <translation>Émettre et prévisualiser</translation>
    </message>
    <message>
        <source>Issue and preview: record the batch and show its pages</source>
        <translation>Émettre et prévisualiser : enregistrer le lot et afficher ses pages</translation>
    </message>
    <message>
        <source>Progress of the batch</source>
        <translation>Progression du lot</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the batch: nothing is recorded</source>
        <translation>Annuler le lot : rien n’est enregistré</translation>
    </message>
    <message>
        <source>Whose badges</source>
        <translation>Badges de qui</translation>
    </message>
    <message>
        <source>One participant</source>
        <translation>Un participant</translation>
    </message>
    <message>
        <source>A selection of participants</source>
        <translation>Une sélection de participants</translation>
    </message>
    <message>
        <source>Everyone in a workshop</source>
        <translation>Tous les participants d’un atelier</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Participants chosen for badges</source>
        <translation>Participants choisis pour les badges</translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation>Ajouter un participant…</translation>
    </message>
    <message>
        <source>Add a participant by name or badge code</source>
        <translation>Ajouter un participant par nom ou code de badge</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the highlighted participant</source>
        <translation>Retirer le participant en surbrillance</translation>
    </message>
    <message>
        <source>Workshop whose participants get badges</source>
        <translation>Atelier dont les participants reçoivent un badge</translation>
    </message>
    <message>
        <source>Badge layout</source>
        <translation>Mise en page du badge</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Mise en page</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Atelier</translation>
    </message>
    <message>
        <source>Certificate design</source>
        <translation>Modèle de certificat</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Classique</translation>
    </message>
    <message>
        <source>Playful (for children)</source>
        <translation>Ludique (pour les enfants)</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>Also in the organisation&apos;s language (bilingual)</source>
        <translation>Aussi dans la langue de l’organisation (bilingue)</translation>
    </message>
    <message>
        <source>Who gets a certificate and who does not</source>
        <translation>Qui reçoit un certificat et qui n’en reçoit pas</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the previewed pages</source>
        <translation>Imprimer les pages prévisualisées</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the previewed pages as a PDF file</source>
        <translation>Enregistrer les pages prévisualisées dans un fichier PDF</translation>
    </message>
    <message>
        <source>Issued badges and certificates</source>
        <translation>Badges et certificats émis</translation>
    </message>
    <message>
        <source>Issued badges and certificates, latest first</source>
        <translation>Badges et certificats émis, les derniers d’abord</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>N° de série</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Nothing issued yet. Badges and certificates you issue are listed here, to print again or revoke.</source>
        <translation>Rien d’émis pour l’instant. Les badges et certificats que vous émettez sont listés ici, pour les réimprimer ou les révoquer.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <source>Print the selected badges or certificates again, same serials</source>
        <translation>Réimprimer les badges ou certificats choisis, avec les mêmes numéros de série</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <source>Revoke the selected badge or certificate</source>
        <translation>Révoquer le badge ou le certificat choisi</translation>
    </message>
    <message>
        <source>Chec&amp;k a code</source>
        <translation>&amp;Vérifier un code</translation>
    </message>
    <message>
        <source>Type or scan a verification code</source>
        <translation>Tapez ou scannez un code de vérification</translation>
    </message>
    <message>
        <source>Verification code to check</source>
        <translation>Code de vérification à vérifier</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Check the verification code</source>
        <translation>Vérifier le code de vérification</translation>
    </message>
    <message>
        <source>✗ Not genuine: %1</source>
        <translation>✗ Pas authentique : %1</translation>
    </message>
    <message>
        <source>certificate %1 for “%2”</source>
        <translation>certificat %1 pour « %2 »</translation>
    </message>
    <message>
        <source>badge %1</source>
        <translation>badge %1</translation>
    </message>
    <message>
        <source>✓ Genuine: %1, issued to %2.</source>
        <translation>✓ Authentique : %1, émis pour %2.</translation>
    </message>
    <message>
        <source>✗ Revoked: %1, issued to %2 (%3).</source>
        <translation>✗ Révoqué : %1, émis pour %2 (%3).</translation>
    </message>
    <message>
        <source>Certificates are issued by the workshop&apos;s leaders or a coordinator.</source>
        <translation>Les certificats sont émis par les animateurs de l’atelier ou par un coordinateur.</translation>
    </message>
    <message>
        <source>Only a coordinator can revoke badges and certificates.</source>
        <translation>Seul un coordinateur peut révoquer des badges et des certificats.</translation>
    </message>
    <message>
        <source>No workshops yet</source>
        <translation>Pas encore d’ateliers</translation>
    </message>
    <message>
        <source>Choose a workshop to see who has completed it.</source>
        <translation>Choisissez un atelier pour voir qui l’a terminé.</translation>
    </message>
    <message>
        <source>%1 completed it and get a certificate; %2 do not yet.</source>
        <translation>%1 l’ont terminé et reçoivent un certificat ; %2 pas encore.</translation>
    </message>
    <message>
        <source>%1 — completed; already has a certificate: printed again with the same serial</source>
        <translation>%1 — terminé ; a déjà un certificat : réimprimé avec le même numéro de série</translation>
    </message>
    <message>
        <source>%1 — completed: gets a certificate</source>
        <translation>%1 — terminé : reçoit un certificat</translation>
    </message>
    <message>
        <source>%1 — no certificate: %2</source>
        <translation>%1 — pas de certificat : %2</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Revoked: %1</source>
        <translation>Révoqué : %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>ligne de commande</translation>
    </message>
    <message>
        <source>Badge for…</source>
        <translation>Badge pour…</translation>
    </message>
    <message>
        <source>Type part of a name or scan a badge.</source>
        <translation>Tapez une partie d’un nom ou scannez un badge.</translation>
    </message>
    <message>
        <source>Add the participant whose badge to print (Add participant…).</source>
        <translation>Ajoutez le participant dont le badge est à imprimer (Ajouter un participant…).</translation>
    </message>
    <message>
        <source>Choose a workshop first.</source>
        <translation>Choisissez d’abord un atelier.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was recorded.</source>
        <translation>Annulé : rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>The pages were recorded but cannot be shown. Save them as a PDF instead.</source>
        <translation>Les pages ont été enregistrées mais ne peuvent pas être affichées. Enregistrez-les plutôt en PDF.</translation>
    </message>
    <message>
        <source>%1 certificate(s): %2 new, %3 printed again.</source>
        <translation>%1 certificat(s) : %2 nouveau(x), %3 réimprimé(s).</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) did not complete it (listed on the left).</source>
        <translation>
            <numerusform>%n participant ne l’a pas terminé (listé à gauche).</numerusform>
            <numerusform>%n participants ne l’ont pas terminé (listés à gauche).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) recorded.</source>
        <translation>
            <numerusform>%n badge enregistré.</numerusform>
            <numerusform>%n badges enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded. Check the preview, then print or save the pages.</source>
        <translation>Enregistré. Vérifiez l’aperçu, puis imprimez ou enregistrez les pages.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>L’impression a été annulée.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Choose another folder.</source>
        <translation>Impossible d’écrire %1 (%2). Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>Révoquer %1</translation>
    </message>
    <message>
        <source>Why is it revoked? The reason is kept with the record.</source>
        <translation>Pourquoi est-il révoqué ? Le motif est conservé avec l’enregistrement.</translation>
    </message>
    <message>
        <source>Revoke %1?</source>
        <translation>Révoquer %1 ?</translation>
    </message>
    <message>
        <source>Revoke %1, issued to %2?</source>
        <translation>Révoquer %1, émis pour %2 ?</translation>
    </message>
    <message>
        <source>It will be reported as revoked to anyone who checks its code. This cannot be undone.</source>
        <translation>Il sera signalé comme révoqué à quiconque vérifie son code. C’est irréversible.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>%1 was revoked.</source>
        <translation>%1 a été révoqué.</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>For example “Solar-powered lamp”</source>
        <translation>Par exemple « Lampe solaire »</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Made in the workshop</source>
        <translation>Fait dans l’atelier</translation>
    </message>
    <message>
        <source>The story</source>
        <translation>L’histoire</translation>
    </message>
    <message>
        <source>What it is, how the team made it, what they learned</source>
        <translation>Ce que c’est, comment l’équipe l’a fait, ce qu’elle a appris</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>For example: 3 mm plywood, 2 LEDs, a small solar panel</source>
        <translation>Par exemple : contreplaqué 3 mm, 2 LED, un petit panneau solaire</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Delete removes the highlighted person</source>
        <translation>Suppr retire la personne en surbrillance</translation>
    </message>
    <message>
        <source>Add to the team…</source>
        <translation>Ajouter à l’équipe…</translation>
    </message>
    <message>
        <source>Add a participant to the team: search by name or badge</source>
        <translation>Ajouter un participant à l’équipe : chercher par nom ou badge</translation>
    </message>
    <message>
        <source>Remove from the team</source>
        <translation>Retirer de l’équipe</translation>
    </message>
    <message>
        <source>Remove the highlighted person from the team</source>
        <translation>Retirer de l’équipe la personne en surbrillance</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>Ét&amp;at</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Atelier</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <source>The &amp;story</source>
        <translation>L’&amp;histoire</translation>
    </message>
    <message>
        <source>&amp;Materials</source>
        <translation>&amp;Matériel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the project (Ctrl+S)</source>
        <translation>Enregistrer le projet (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel: change nothing</source>
        <translation>Annuler : ne rien changer</translation>
    </message>
    <message>
        <source>Not made in a workshop</source>
        <translation>Pas fait dans un atelier</translation>
    </message>
    <message>
        <source>Add to the team</source>
        <translation>Ajouter à l’équipe</translation>
    </message>
    <message>
        <source>Who made it? Type part of a name or scan their badge.</source>
        <translation>Qui l’a fait ? Tapez une partie d’un nom ou scannez son badge.</translation>
    </message>
</context>
<context>
    <name>ProjectPageView</name>
    <message>
        <source>Project page</source>
        <translation>Page du projet</translation>
    </message>
    <message>
        <source>Photo of the project</source>
        <translation>Photo du projet</translation>
    </message>
    <message>
        <source>Photos: choose one to see it large</source>
        <translation>Photos : choisissez-en une pour la voir en grand</translation>
    </message>
    <message>
        <source>No photos yet. Add one: everyone shown in it needs photo consent.</source>
        <translation>Pas encore de photos. Ajoutez-en une : toute personne qui y figure doit avoir donné son consentement photo.</translation>
    </message>
    <message>
        <source>Add photo…</source>
        <translation>Ajouter une photo…</translation>
    </message>
    <message>
        <source>Add a photo of the project</source>
        <translation>Ajouter une photo du projet</translation>
    </message>
    <message>
        <source>Remove photo…</source>
        <translation>Retirer la photo…</translation>
    </message>
    <message>
        <source>Remove the photo shown</source>
        <translation>Retirer la photo affichée</translation>
    </message>
    <message>
        <source>Edit… (Ctrl+E)</source>
        <translation>Modifier… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Edit the project: title, story, team, status, workshop (Ctrl+E)</source>
        <translation>Modifier le projet : titre, histoire, équipe, état, atelier (Ctrl+E)</translation>
    </message>
    <message>
        <source>Remove project…</source>
        <translation>Retirer le projet…</translation>
    </message>
    <message>
        <source>Remove the project with its photos and files</source>
        <translation>Retirer le projet avec ses photos et ses fichiers</translation>
    </message>
    <message>
        <source>The story</source>
        <translation>L’histoire</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Equipment used</source>
        <translation>Équipements utilisés</translation>
    </message>
    <message>
        <source>Equipment used, with the booking it was made in</source>
        <translation>Équipements utilisés, avec la réservation pendant laquelle ils ont servi</translation>
    </message>
    <message>
        <source>No equipment recorded yet. Choose it from the team&apos;s bookings.</source>
        <translation>Aucun équipement enregistré pour l’instant. Choisissez-le parmi les réservations de l’équipe.</translation>
    </message>
    <message>
        <source>Add equipment used…</source>
        <translation>Ajouter un équipement utilisé…</translation>
    </message>
    <message>
        <source>Add equipment used, chosen from the team&apos;s bookings</source>
        <translation>Ajouter un équipement utilisé, choisi parmi les réservations de l’équipe</translation>
    </message>
    <message>
        <source>Show the booking</source>
        <translation>Afficher la réservation</translation>
    </message>
    <message>
        <source>Show the highlighted equipment&apos;s booking in Bookings</source>
        <translation>Afficher dans Réservations la réservation de l’équipement en surbrillance</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>Remove the highlighted equipment from the list</source>
        <translation>Retirer de la liste l’équipement en surbrillance</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>No files yet: attach a design, a write-up or code.</source>
        <translation>Pas encore de fichiers : joignez un plan, un compte rendu ou du code.</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <source>Attach a file to the project</source>
        <translation>Joindre un fichier au projet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the highlighted file</source>
        <translation>Ouvrir le fichier en surbrillance</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save a copy of the highlighted file</source>
        <translation>Enregistrer une copie du fichier en surbrillance</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Remove the highlighted file</source>
        <translation>Retirer le fichier en surbrillance</translation>
    </message>
    <message>
        <source>Made by %1</source>
        <translation>Fait par %1</translation>
    </message>
    <message>
        <source>From the workshop “%1” →</source>
        <translation>De l’atelier « %1 » →</translation>
    </message>
    <message>
        <source>Open the workshop %1</source>
        <translation>Ouvrir l’atelier %1</translation>
    </message>
    <message>
        <source>Started %1 · last change %2</source>
        <translation>Commencé le %1 · dernière modification %2</translation>
    </message>
    <message>
        <source>No story written yet.</source>
        <translation>Pas encore d’histoire écrite.</translation>
    </message>
    <message>
        <source>None listed.</source>
        <translation>Rien de listé.</translation>
    </message>
    <message>
        <source>Photo added %1</source>
        <translation>Photo ajoutée le %1</translation>
    </message>
    <message>
        <source>In the photo: %1</source>
        <translation>Sur la photo : %1</translation>
    </message>
    <message>
        <source>Nobody recognisable in the photo.</source>
        <translation>Personne de reconnaissable sur la photo.</translation>
    </message>
    <message>
        <source>booking of %1 for %2</source>
        <translation>réservation de %1 pour %2</translation>
    </message>
    <message>
        <source>no booking recorded</source>
        <translation>pas de réservation enregistrée</translation>
    </message>
    <message>
        <source>%1 · %2 · added %3</source>
        <translation>%1 · %2 · ajouté le %3</translation>
    </message>
</context>
<context>
    <name>ProjectPhoto</name>
    <message>
        <source>“%1” is %2; a photo can be at most %3. Make it smaller (most photo programs can export a smaller copy) and try again.</source>
        <translation>« %1 » fait %2 ; une photo fait au plus %3. Réduisez-la (la plupart des logiciels photo savent exporter une copie plus petite) et réessayez.</translation>
    </message>
    <message>
        <source>“%1” cannot be read (%2). Choose another file.</source>
        <translation>« %1 » ne peut pas être lu (%2). Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>“%1” is not a photo the app can read. Choose a PNG, JPEG, GIF or WebP image.</source>
        <translation>« %1 » n’est pas une photo que l’application peut lire. Choisissez une image PNG, JPEG, GIF ou WebP.</translation>
    </message>
</context>
<context>
    <name>Projects</name>
    <message>
        <source>No team yet</source>
        <translation>Pas encore d’équipe</translation>
    </message>
    <message>
        <source>from the workshop %1</source>
        <translation>de l’atelier %1</translation>
    </message>
    <message>
        <source>photos: %1</source>
        <translation>photos : %1</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>idée</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>exhibited</source>
        <translation>exposé</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>No projects yet — create one (Ctrl+N)</source>
        <translation>Pas encore de projets — créez-en un (Ctrl+N)</translation>
    </message>
    <message>
        <source>A project is something participants made, with its story: the team, the photos, the materials, the equipment they used and their files. Create one, then add its photos.</source>
        <translation>Un projet est quelque chose que des participants ont fabriqué, avec son histoire : l’équipe, les photos, les matériaux, les équipements utilisés et leurs fichiers. Créez-en un, puis ajoutez ses photos.</translation>
    </message>
    <message>
        <source>New project (Ctrl+N)</source>
        <translation>Nouveau projet (Ctrl+N)</translation>
    </message>
    <message>
        <source>Create a new project (Ctrl+N)</source>
        <translation>Créer un nouveau projet (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search projects by title or story</source>
        <translation>Chercher des projets par titre ou histoire</translation>
    </message>
    <message>
        <source>Show projects with status</source>
        <translation>Afficher les projets dans l’état</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Show projects from the workshop</source>
        <translation>Afficher les projets de l’atelier</translation>
    </message>
    <message>
        <source>Any workshop</source>
        <translation>Tout atelier</translation>
    </message>
    <message>
        <source>Anyone…</source>
        <translation>N’importe qui…</translation>
    </message>
    <message>
        <source>Show the projects of one participant</source>
        <translation>Afficher les projets d’un participant</translation>
    </message>
    <message>
        <source>Show the projects of anyone again</source>
        <translation>Afficher de nouveau les projets de tout le monde</translation>
    </message>
    <message>
        <source>&amp;Made by</source>
        <translation>&amp;Fait par</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Enter opens the highlighted project</source>
        <translation>Entrée ouvre le projet en surbrillance</translation>
    </message>
    <message>
        <source>← All projects (Esc)</source>
        <translation>← Tous les projets (Échap)</translation>
    </message>
    <message>
        <source>Back to all projects (Escape)</source>
        <translation>Retour à tous les projets (Échap)</translation>
    </message>
    <message>
        <source>Showing the %1 most recently changed projects. Search or filter to find the others.</source>
        <translation>Affichage des %1 projets modifiés le plus récemment. Cherchez ou filtrez pour trouver les autres.</translation>
    </message>
    <message>
        <source>Projects shown: %1</source>
        <translation>Projets affichés : %1</translation>
    </message>
    <message>
        <source>No project matches. Clear the search or choose “Any” in the filters.</source>
        <translation>Aucun projet ne correspond. Effacez la recherche ou choisissez « Tout » dans les filtres.</translation>
    </message>
    <message>
        <source>Projects made by</source>
        <translation>Projets faits par</translation>
    </message>
    <message>
        <source>Whose projects? Type part of a name or scan their badge.</source>
        <translation>Les projets de qui ? Tapez une partie d’un nom ou scannez son badge.</translation>
    </message>
    <message>
        <source>Showing the projects of %1; choose someone else</source>
        <translation>Affichage des projets de %1 ; choisissez quelqu’un d’autre</translation>
    </message>
    <message>
        <source>“%1” is saved. Add its photos and files next.</source>
        <translation>« %1 » est enregistré. Ajoutez maintenant ses photos et ses fichiers.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Remove the project?</source>
        <translation>Retirer le projet ?</translation>
    </message>
    <message>
        <source>Remove “%1”?</source>
        <translation>Retirer « %1 » ?</translation>
    </message>
    <message>
        <source>Its %1 photos, %2 files and the list of equipment used are removed too. The team&apos;s bookings stay.</source>
        <translation>Ses %1 photos, ses %2 fichiers et la liste des équipements utilisés sont aussi retirés. Les réservations de l’équipe restent.</translation>
    </message>
    <message>
        <source>Remove the project</source>
        <translation>Retirer le projet</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>Keep the project</source>
        <translation>Garder le projet</translation>
    </message>
    <message>
        <source>“%1” is removed.</source>
        <translation>« %1 » est retiré.</translation>
    </message>
    <message>
        <source>Choose a photo of the project</source>
        <translation>Choisir une photo du projet</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Photos (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <source>The photo is attached.</source>
        <translation>La photo est jointe.</translation>
    </message>
    <message>
        <source>Remove the photo?</source>
        <translation>Retirer la photo ?</translation>
    </message>
    <message>
        <source>Remove the photo shown?</source>
        <translation>Retirer la photo affichée ?</translation>
    </message>
    <message>
        <source>It is deleted from the makerspace&apos;s records.</source>
        <translation>Elle est supprimée des fichiers du makerspace.</translation>
    </message>
    <message>
        <source>Remove the photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <source>Keep the photo</source>
        <translation>Garder la photo</translation>
    </message>
    <message>
        <source>The photo is removed.</source>
        <translation>La photo est retirée.</translation>
    </message>
    <message>
        <source>Choose a file to attach</source>
        <translation>Choisir un fichier à joindre</translation>
    </message>
    <message>
        <source>“%1” is %2; a project file can be at most %3. Compress it or split it, or link to it in the story instead.</source>
        <translation>« %1 » fait %2 ; un fichier de projet fait au plus %3. Compressez-le ou découpez-le, ou mettez plutôt un lien dans l’histoire.</translation>
    </message>
    <message>
        <source>“%1” cannot be read (%2). Choose another file.</source>
        <translation>« %1 » ne peut pas être lu (%2). Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>“%1” is attached (%2).</source>
        <translation>« %1 » est joint (%2).</translation>
    </message>
    <message>
        <source>Save a copy of “%1”</source>
        <translation>Enregistrer une copie de « %1 »</translation>
    </message>
    <message>
        <source>The copy could not be written to %1 (%2). Choose another folder.</source>
        <translation>La copie n’a pas pu être écrite dans %1 (%2). Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Copie enregistrée sous %1.</translation>
    </message>
    <message>
        <source>The file could not be opened (%1). Use “Save as…” instead.</source>
        <translation>Le fichier n’a pas pu être ouvert (%1). Utilisez plutôt « Enregistrer sous… ».</translation>
    </message>
    <message>
        <source>No program on this computer opens “%1”. Use “Save as…” and open it from there.</source>
        <translation>Aucun programme de cet ordinateur n’ouvre « %1 ». Utilisez « Enregistrer sous… » et ouvrez-le depuis là.</translation>
    </message>
    <message>
        <source>Remove the file?</source>
        <translation>Retirer le fichier ?</translation>
    </message>
    <message>
        <source>It is deleted from the project; save a copy first if you need it.</source>
        <translation>Il est supprimé du projet ; enregistrez d’abord une copie si vous en avez besoin.</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Retirer le fichier</translation>
    </message>
    <message>
        <source>Keep the file</source>
        <translation>Garder le fichier</translation>
    </message>
    <message>
        <source>The file is removed.</source>
        <translation>Le fichier est retiré.</translation>
    </message>
    <message>
        <source>%1 is listed as used.</source>
        <translation>%1 est listé comme utilisé.</translation>
    </message>
    <message>
        <source>Removed from the list of equipment used.</source>
        <translation>Retiré de la liste des équipements utilisés.</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>ProjectPhoto</source>
        <comment>“%1” is %2; a photo can be at most %3. Make it smaller (most photo programs can export a smaller copy) and try again.</comment>
        <translation type="vanished">Photo du projet</translation>
    </message>
</context>
<context>
    <name>RecurringBookingDialog</name>
    <message>
        <source>Recurring booking</source>
        <translation>Réservation récurrente</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation>Toutes les deux semaines</translation>
    </message>
    <message>
        <source> times</source>
        <translation> fois</translation>
    </message>
    <message>
        <source>How many times</source>
        <translation>Combien de fois</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Répéter</translation>
    </message>
    <message>
        <source>Ti&amp;mes</source>
        <translation>&amp;Fois</translation>
    </message>
    <message>
        <source>The occurrences of the series</source>
        <translation>Les dates de la série</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Can it be booked?</source>
        <translation>Réservable ?</translation>
    </message>
    <message>
        <source>Occurrence columns</source>
        <translation>Colonnes des dates</translation>
    </message>
    <message>
        <source>List the dates</source>
        <translation>Lister les dates</translation>
    </message>
    <message>
        <source>List the dates and whether each can be booked (Enter); nothing is saved yet</source>
        <translation>Lister les dates et dire si chacune est réservable (Entrée) ; rien n’est encore enregistré</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel, book nothing (Escape)</source>
        <translation>Annuler, ne rien réserver (Échap)</translation>
    </message>
    <message>
        <source>Choose the participant first: type their name or scan their badge.</source>
        <translation>Choisissez d’abord le participant : tapez son nom ou scannez son badge.</translation>
    </message>
    <message>
        <source>“%1” is not one of the items. Choose an item from the list.</source>
        <translation>« %1 » ne fait pas partie des équipements. Choisissez un équipement dans la liste.</translation>
    </message>
    <message>
        <source>Conflict, skipped: %1</source>
        <translation>Conflit, sautée : %1</translation>
    </message>
    <message>
        <source>Free, will be booked</source>
        <translation>Libre, sera réservée</translation>
    </message>
    <message>
        <source>All %1 dates are free. Nothing is booked until you press Book.</source>
        <translation>Les %1 dates sont libres. Rien n’est réservé avant que vous appuyiez sur Réserver.</translation>
    </message>
    <message>
        <source>Book all %1</source>
        <translation>Réserver les %1</translation>
    </message>
    <message>
        <source>Book all %1 dates (Enter)</source>
        <translation>Réserver les %1 dates (Entrée)</translation>
    </message>
    <message>
        <source>None of the %1 dates can be booked; the reasons are listed. Change the item, the day or the times, or drop the series.</source>
        <translation>Aucune des %1 dates ne peut être réservée ; les raisons sont listées. Changez l’équipement, le jour ou les heures, ou abandonnez la série.</translation>
    </message>
    <message>
        <source>Nothing to book</source>
        <translation>Rien à réserver</translation>
    </message>
    <message>
        <source>Nothing to book: every date has a conflict</source>
        <translation>Rien à réserver : chaque date a un conflit</translation>
    </message>
    <message>
        <source>%1 of the %2 dates cannot be booked (reasons listed). Book the %3 free ones and skip the conflicts, or drop the series.</source>
        <translation>%1 des %2 dates ne peuvent pas être réservées (raisons listées). Réservez les %3 libres et sautez les conflits, ou abandonnez la série.</translation>
    </message>
    <message>
        <source>Book %1, skip %2</source>
        <translation>Réserver %1, sauter %2</translation>
    </message>
    <message>
        <source>Book the %1 free dates and skip the %2 with conflicts (Enter)</source>
        <translation>Réserver les %1 dates libres et sauter les %2 en conflit (Entrée)</translation>
    </message>
    <message>
        <source>Drop the series</source>
        <translation>Abandonner la série</translation>
    </message>
    <message>
        <source>Drop the series, book nothing (Escape)</source>
        <translation>Abandonner la série, ne rien réserver (Échap)</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>time zone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>How these figures are counted</source>
        <translation>Comment ces chiffres sont comptés</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Booked hours:</source>
        <translation>Heures réservées :</translation>
    </message>
    <message>
        <source>No equipment was registered by the end of the period.</source>
        <translation>Aucun équipement n’était enregistré à la fin de la période.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Booked hours in each local hour of the day, over the whole period. Darker cells are busier; every cell shows its hours.</source>
        <translation>Heures réservées pour chaque heure locale de la journée, sur toute la période. Les cases plus foncées sont plus chargées ; chaque case affiche ses heures.</translation>
    </message>
    <message>
        <source>No item was booked in the period.</source>
        <translation>Aucun équipement n’a été réservé pendant la période.</translation>
    </message>
    <message>
        <source>Every item was booked at least once in the period.</source>
        <translation>Chaque équipement a été réservé au moins une fois pendant la période.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>No workshop had a session in the period.</source>
        <translation>Aucun atelier n’a eu de séance pendant la période.</translation>
    </message>
    <message>
        <source>To protect privacy, any figure from 1 to 4 is shown as “&lt;5”, so that no one can be singled out.</source>
        <translation>Pour protéger la vie privée, tout chiffre de 1 à 4 est affiché « &lt;5 », pour que personne ne puisse être identifié.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Equipment and opening hours</source>
        <extracomment>Bookings that held the item (its time was reserved and not given back). Bookings the participant came for. What a reach figure from 1 to 4 is shown as.</extracomment>
        <translation>Équipements et horaires d’ouverture</translation>
    </message>
    <message>
        <source>Booked hours per item</source>
        <translation>Heures réservées par équipement</translation>
    </message>
    <message>
        <source>Booked hours by weekday and hour</source>
        <translation>Heures réservées par jour de la semaine et par heure</translation>
    </message>
    <message>
        <source>Sessions, enrolments and attendance</source>
        <translation>Séances, inscriptions et présences</translation>
    </message>
    <message>
        <source>Participants reached and their ages</source>
        <translation>Participants touchés et leurs âges</translation>
    </message>
    <message>
        <source>Languages and accessibility needs</source>
        <translation>Langues et besoins d’accessibilité</translation>
    </message>
    <message>
        <source>Totals and rankings</source>
        <translation>Totaux et classements</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <source>Under 12</source>
        <translation>Moins de 12 ans</translation>
    </message>
    <message>
        <source>12 to 17</source>
        <translation>12 à 17 ans</translation>
    </message>
    <message>
        <source>18 to 25</source>
        <translation>18 à 25 ans</translation>
    </message>
    <message>
        <source>26 to 64</source>
        <translation>26 à 64 ans</translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation>65 et plus</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Rien d’enregistré</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation>Accès en fauteuil roulant</translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <translation>Boucle magnétique</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Gros caractères</translation>
    </message>
    <message>
        <source>Quiet space</source>
        <translation>Espace calme</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>Equipment usage</source>
        <translation>Utilisation des équipements</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>Numéro d’inventaire</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Booked hours</source>
        <translation>Heures réservées</translation>
    </message>
    <message>
        <source>Open hours</source>
        <translation>Heures d’ouverture</translation>
    </message>
    <message>
        <source>Utilisation (%)</source>
        <translation>Taux d’occupation (%)</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>Booked hours by category</source>
        <translation>Heures réservées par catégorie</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Équipements</translation>
    </message>
    <message>
        <source>No-show rate (%)</source>
        <translation>Taux d’absence (%)</translation>
    </message>
    <message>
        <source>Busiest items</source>
        <translation>Équipements les plus réservés</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Idle items (no booked hour)</source>
        <translation>Équipements inutilisés (aucune heure réservée)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Tous les équipements</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Taux d’occupation</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Taux d’absence</translation>
    </message>
    <message>
        <source>Idle items</source>
        <translation>Équipements inutilisés</translation>
    </message>
    <message>
        <source>Booked hours by weekday and hour of day</source>
        <translation>Heures réservées par jour de la semaine et heure de la journée</translation>
    </message>
    <message>
        <source>Booked hours count bookings that held the item (booked, checked in or completed), clipped to the period; cancelled bookings and no-shows are not counted.</source>
        <translation>Les heures réservées comptent les réservations qui ont occupé l’équipement (réservées, arrivées ou terminées), limitées à la période ; les réservations annulées et les absences ne sont pas comptées.</translation>
    </message>
    <message>
        <source>Open hours are the opening hours of each item&apos;s site on the days of the period, less closure days, from the day the item was registered. Utilisation is booked hours divided by open hours.</source>
        <translation>Les heures d’ouverture sont celles du site de chaque équipement les jours de la période, moins les jours de fermeture, à partir du jour où l’équipement a été enregistré. Le taux d’occupation est les heures réservées divisées par les heures d’ouverture.</translation>
    </message>
    <message>
        <source>Bookings and no-shows are counted by the day they start. The no-show rate is no-shows divided by no-shows plus bookings checked in or completed.</source>
        <translation>Les réservations et les absences sont comptées le jour où elles commencent. Le taux d’absence est les absences divisées par les absences plus les réservations arrivées ou terminées.</translation>
    </message>
    <message>
        <source>The heat map splits each booking across the hours it covers, in local time.</source>
        <translation>La carte de chaleur répartit chaque réservation sur les heures qu’elle couvre, en heure locale.</translation>
    </message>
    <message>
        <source>Items are listed if they were registered before the period ended. Idle items have no booked hour in the period; their status is today&apos;s (a retired item may have been retired before the period).</source>
        <translation>Les équipements sont listés s’ils ont été enregistrés avant la fin de la période. Les équipements inutilisés n’ont aucune heure réservée pendant la période ; leur état est celui d’aujourd’hui (un équipement retiré du parc peut l’avoir été avant la période).</translation>
    </message>
    <message>
        <source>Workshops with sessions in the period</source>
        <translation>Ateliers ayant des séances pendant la période</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>First session</source>
        <translation>Première séance</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Séances tenues</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>En liste d’attente</translation>
    </message>
    <message>
        <source>Attendance marks</source>
        <translation>Présences notées</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Sans inscription</translation>
    </message>
    <message>
        <source>Attendance rate (%)</source>
        <translation>Taux de présence (%)</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Completion rate (%)</source>
        <translation>Taux de réussite (%)</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Taux de présence</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Workshops with at least one session starting in the period. Sessions held are the sessions in the period that were not cancelled and had started when the report was made.</source>
        <translation>Ateliers avec au moins une séance commençant pendant la période. Les séances tenues sont celles de la période qui n’ont pas été annulées et avaient commencé quand le rapport a été fait.</translation>
    </message>
    <message>
        <source>Enrolled, waitlisted and completed count the workshop&apos;s current enrolments; withdrawn participants are not counted. The completion rate is completed divided by enrolled, for workshops whose last session is over (“–” while one is still running); the total rate covers those workshops only.</source>
        <translation>Inscrits, en liste d’attente et ayant terminé comptent les inscriptions actuelles de l’atelier ; les participants désinscrits ne sont pas comptés. Le taux de réussite est le nombre ayant terminé divisé par les inscrits, pour les ateliers dont la dernière séance est passée (« – » tant qu’un atelier est en cours) ; le taux total ne couvre que ces ateliers.</translation>
    </message>
    <message>
        <source>Attendance marks include walk-ins. The attendance rate is the marks of enrolled participants divided by enrolled times sessions held.</source>
        <translation>Les présences notées incluent les personnes sans inscription. Le taux de présence est les présences des participants inscrits divisées par les inscrits multipliés par les séances tenues.</translation>
    </message>
    <message>
        <source>Participants reached</source>
        <translation>Participants touchés</translation>
    </message>
    <message>
        <source>Used equipment</source>
        <translation>Ont utilisé des équipements</translation>
    </message>
    <message>
        <source>Attended workshops</source>
        <translation>Ont suivi des ateliers</translation>
    </message>
    <message>
        <source>New participants</source>
        <translation>Nouveaux participants</translation>
    </message>
    <message>
        <source>Participants reached by age band</source>
        <translation>Participants touchés par tranche d’âge</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Participants reached by language spoken</source>
        <translation>Participants touchés par langue parlée</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Participants reached by accessibility need</source>
        <translation>Participants touchés par besoin d’accessibilité</translation>
    </message>
    <message>
        <source>Accessibility need</source>
        <translation>Besoin d’accessibilité</translation>
    </message>
    <message>
        <source>Participants reached used a booking (checked in or completed) or were marked present at a workshop session, starting in the period. Each person counts once.</source>
        <translation>Les participants touchés ont utilisé une réservation (arrivée ou terminée) ou ont été marqués présents à une séance d’atelier, commençant pendant la période. Chaque personne compte une fois.</translation>
    </message>
    <message>
        <source>New participants registered in the period, whether or not they came.</source>
        <translation>Nouveaux participants inscrits pendant la période, qu’ils soient venus ou non.</translation>
    </message>
    <message>
        <source>Age bands are on the last day of the period. Languages and accessibility needs are as recorded; a person counts once under each they have.</source>
        <translation>Les tranches d’âge sont celles du dernier jour de la période. Les langues et les besoins d’accessibilité sont ceux enregistrés ; une personne compte une fois pour chacun.</translation>
    </message>
    <message>
        <source>To protect privacy, any figure from 1 to 4 is shown as “&lt;5”.</source>
        <translation>Pour protéger la vie privée, tout chiffre de 1 à 4 est affiché « &lt;5 ».</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Equipment use</source>
        <extracomment>The reports, in the order offered, with the words naming them.</extracomment>
        <translation>Utilisation des équipements</translation>
    </message>
    <message>
        <source>Workshop attendance and completion</source>
        <translation>Présence et réussite aux ateliers</translation>
    </message>
    <message>
        <source>Reach: who the makerspace served</source>
        <translation>Portée : qui le makerspace a servi</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L’année dernière</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Enregistrer le rapport en CSV</translation>
    </message>
    <message>
        <source>CSV files for spreadsheets (*.csv)</source>
        <translation>Fichiers CSV pour tableur (*.csv)</translation>
    </message>
    <message>
        <source>Equipment use, workshop attendance and completion, and the people reached, for any period: for your team, your funders and your annual report.</source>
        <translation>Utilisation des équipements, présence et réussite aux ateliers, et personnes touchées, pour toute période : pour votre équipe, vos financeurs et votre rapport annuel.</translation>
    </message>
    <message>
        <source>Reports are for coordinators</source>
        <translation>Les rapports sont pour les coordinateurs</translation>
    </message>
    <message>
        <source>No report made yet</source>
        <translation>Aucun rapport pour l’instant</translation>
    </message>
    <message>
        <source>Choose a report and a period, then Make report (Enter). Or pick one of the quick choices: this month, last month, this year, last year.</source>
        <translation>Choisissez un rapport et une période, puis Faire le rapport (Entrée). Ou prenez un des choix rapides : ce mois-ci, le mois dernier, cette année, l’année dernière.</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <source>Make report</source>
        <translation>Faire le rapport</translation>
    </message>
    <message>
        <source>Make the report for the chosen period</source>
        <translation>Faire le rapport pour la période choisie</translation>
    </message>
    <message>
        <source>Quick choice:</source>
        <translation>Choix rapide :</translation>
    </message>
    <message>
        <source>Make the report for {period}</source>
        <translation>Faire le rapport pour {period}</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save the shown report as a PDF file</source>
        <translation>Enregistrer le rapport affiché dans un fichier PDF</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <source>Save the shown report as a CSV file for spreadsheets</source>
        <translation>Enregistrer le rapport affiché dans un fichier CSV pour tableur</translation>
    </message>
    <message>
        <source>Progress of the report</source>
        <translation>Progression du rapport</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop making the report</source>
        <translation>Arrêter de faire le rapport</translation>
    </message>
    <message>
        <source>Reports show figures about every participant, so only coordinators and admins make them.</source>
        <translation>Les rapports montrent des chiffres sur tous les participants : seuls les coordinateurs et les administrateurs les font.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Rapport en cours…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>{first} to {last} ({days} days, time zone {zone}). Made at {time}.</source>
        <translation>Du {first} au {last} ({days} jours, fuseau horaire {zone}). Fait à {time}.</translation>
    </message>
    <message>
        <source>To protect privacy, any figure from 1 to 4 is shown as “&lt;5”, so that no one can be singled out.</source>
        <translation>Pour protéger la vie privée, tout chiffre de 1 à 4 est affiché « &lt;5 », pour que personne ne puisse être identifié.</translation>
    </message>
    <message>
        <source>How these figures are counted</source>
        <translation>Comment ces chiffres sont comptés</translation>
    </message>
    <message>
        <source>{value} h</source>
        <translation>{value} h</translation>
    </message>
    <message>
        <source>No equipment was registered by the end of the period.</source>
        <translation>Aucun équipement n’était enregistré à la fin de la période.</translation>
    </message>
    <message>
        <source>Booked hours</source>
        <translation>Heures réservées</translation>
    </message>
    <message>
        <source>No item was booked in the period.</source>
        <translation>Aucun équipement n’a été réservé pendant la période.</translation>
    </message>
    <message>
        <source>Booked hours in each local hour of the day over the whole period. The stronger the colour, the busier the hour; every cell shows its hours. Focus the map and use the arrow keys to hear each hour.</source>
        <translation>Heures réservées pour chaque heure locale de la journée sur toute la période. Plus la couleur est forte, plus l’heure est chargée ; chaque case affiche ses heures. Mettez le focus sur la carte et utilisez les flèches pour entendre chaque heure.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Every item was booked at least once in the period.</source>
        <translation>Chaque équipement a été réservé au moins une fois pendant la période.</translation>
    </message>
    <message>
        <source>Booked hours:</source>
        <translation>Heures réservées :</translation>
    </message>
    <message>
        <source>{day}, {hour}:00: {value} booked hours</source>
        <translation>{day}, {hour} h : {value} heures réservées</translation>
    </message>
    <message>
        <source>No booked hours in the period.</source>
        <translation>Aucune heure réservée pendant la période.</translation>
    </message>
    <message>
        <source>{day} {hour}:00 ({value} h)</source>
        <translation>{day} {hour} h ({value} h)</translation>
    </message>
    <message>
        <source>Busiest hours: {hours}. Busiest day: {day} ({value} h).</source>
        <translation>Heures les plus chargées : {hours}. Jour le plus chargé : {day} ({value} h).</translation>
    </message>
    <message>
        <source>No workshop had a session in the period.</source>
        <translation>Aucun atelier n’a eu de séance pendant la période.</translation>
    </message>
    <message>
        <source>Attendance and completion rates (%)</source>
        <translation>Taux de présence et de réussite (%)</translation>
    </message>
    <message>
        <source>Attendance and completion rates (%), the {n} workshops with the most enrolled</source>
        <translation>Taux de présence et de réussite (%), les {n} ateliers avec le plus d’inscrits</translation>
    </message>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>– (not over)</source>
        <translation>– (pas terminé)</translation>
    </message>
    <message>
        <source>– (none held)</source>
        <translation>– (aucune tenue)</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Taux de présence</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>{title}: the first {n}</source>
        <translation>{title} : les {n} premiers</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Enregistrement de {name}…</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Enregistré : {path}</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Automatic (daily)</source>
        <translation>Automatique (quotidienne)</translation>
    </message>
    <message>
        <source>Made on request</source>
        <translation>Faite sur demande</translation>
    </message>
    <message>
        <source>Made with the command line</source>
        <translation>Faite en ligne de commande</translation>
    </message>
    <message>
        <source>Before a schema upgrade</source>
        <translation>Avant une mise à jour du schéma</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup to put in place of the database %1. The current database is backed up first, so nothing is lost; then the app opens the restored file and everyone signs in again.</source>
        <translation>Choisissez la sauvegarde qui remplacera la base de données %1. La base actuelle est d’abord sauvegardée, rien n’est donc perdu ; puis l’application ouvre le fichier restauré et tout le monde se reconnecte.</translation>
    </message>
    <message>
        <source>Backups in %1</source>
        <translation>Sauvegardes dans %1</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sauvegardes, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>En-têtes de colonnes</translation>
    </message>
    <message>
        <source>There are no backups of this database in that folder yet. Choose a backup file from elsewhere, or make one with “Back up now”.</source>
        <translation>Il n’y a pas encore de sauvegarde de cette base dans ce dossier. Choisissez un fichier de sauvegarde ailleurs, ou faites-en une avec « Sauvegarder maintenant ».</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Choisir un autre fichier…</translation>
    </message>
    <message>
        <source>Choose a backup file from another folder</source>
        <translation>Choisir un fichier de sauvegarde dans un autre dossier</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Restaurer la sauvegarde choisie</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close without restoring</source>
        <translation>Fermer sans restaurer</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Choisir un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Makerspace backups (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Sauvegardes Makerspace (*.db *.sqlite *.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde ?</translation>
    </message>
    <message>
        <source>Replace the database with the backup %1?</source>
        <translation>Remplacer la base de données par la sauvegarde %1 ?</translation>
    </message>
    <message>
        <source>Everything changed since that backup will no longer be in the database. The current database is saved first as a “before restore” backup, so it can be brought back. Everyone using this database signs in again afterwards.

Backup file: %1</source>
        <translation>Tout ce qui a changé depuis cette sauvegarde ne sera plus dans la base. La base actuelle est d’abord enregistrée comme sauvegarde « avant restauration », elle peut donc être rétablie. Toutes les personnes qui utilisent cette base se reconnectent ensuite.

Fichier de sauvegarde : %1</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Keep the current database</source>
        <translation>Garder la base actuelle</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>front desk</source>
        <translation>accueil</translation>
    </message>
    <message>
        <source>workshop leader</source>
        <translation>animateur d’atelier</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinateur</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sans inscription</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Non inscrit</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Add a session</source>
        <translation>Ajouter une séance</translation>
    </message>
    <message>
        <source>Add a series of sessions</source>
        <translation>Ajouter une série de séances</translation>
    </message>
    <message>
        <source>Move the session</source>
        <translation>Déplacer la séance</translation>
    </message>
    <message>
        <source>Date of the first session</source>
        <translation>Date de la première séance</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>The workshop&apos;s own space</source>
        <translation>L’espace de l’atelier</translation>
    </message>
    <message>
        <source>&amp;First date</source>
        <translation>&amp;Première date</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Starts at</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;Ends at</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> séances</translation>
    </message>
    <message>
        <source> session</source>
        <translation> séance</translation>
    </message>
    <message>
        <source>How many sessions</source>
        <translation>Nombre de séances</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Toutes les deux semaines</translation>
    </message>
    <message>
        <source>&amp;Repeats</source>
        <translation>&amp;Répétition</translation>
    </message>
    <message>
        <source>&amp;How many</source>
        <translation>&amp;Combien</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>Each session keeps the same local time, also across clock changes. Days the makerspace is closed are skipped and listed.</source>
        <translation>Chaque séance garde la même heure locale, y compris aux changements d’heure. Les jours de fermeture du makerspace sont sautés et listés.</translation>
    </message>
    <message>
        <source>The enrolled participants are listed afterwards, so you can tell them.</source>
        <translation>Les participants inscrits sont listés ensuite, pour que vous puissiez les prévenir.</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Ajouter la séance</translation>
    </message>
    <message>
        <source>Add series</source>
        <translation>Ajouter la série</translation>
    </message>
    <message>
        <source>Move session</source>
        <translation>Déplacer la séance</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel: change nothing</source>
        <translation>Annuler : ne rien changer</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Held today</source>
        <translation>Tenue aujourd’hui</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>On now</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>No space set</source>
        <translation>Pas d’espace défini</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Badges and certificates</source>
        <translation>Badges et certificats</translation>
    </message>
    <message>
        <source>Security and backups</source>
        <translation>Sécurité et sauvegardes</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nom de l’organisation</translation>
    </message>
    <message>
        <source>Logo (PNG image)</source>
        <translation>Logo (image PNG)</translation>
    </message>
    <message>
        <source>Organisation&apos;s language</source>
        <translation>Langue de l’organisation</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>A booking not checked in this many minutes after its start is a no-show</source>
        <translation>Une réservation sans arrivée enregistrée ce nombre de minutes après son début est une absence</translation>
    </message>
    <message>
        <source>Most hours one participant may book in a week</source>
        <translation>Nombre maximum d’heures qu’un participant peut réserver par semaine</translation>
    </message>
    <message>
        <source>Age from which a participant needs no guardian</source>
        <translation>Âge à partir duquel un participant n’a pas besoin de responsable légal</translation>
    </message>
    <message>
        <source>Warn about certifications expiring within (days)</source>
        <translation>Avertir des certifications qui expirent dans (jours)</translation>
    </message>
    <message>
        <source>Certificate paper</source>
        <translation>Papier des certificats</translation>
    </message>
    <message>
        <source>Signature image on certificates (PNG)</source>
        <translation>Image de la signature sur les certificats (PNG)</translation>
    </message>
    <message>
        <source>Name under the signature</source>
        <translation>Nom sous la signature</translation>
    </message>
    <message>
        <source>Lock the app after this many idle minutes</source>
        <translation>Verrouiller l’application après ce nombre de minutes d’inactivité</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Shared settings are the same on every desk that uses this database. “This computer” applies only here.</source>
        <translation>Les paramètres partagés sont les mêmes sur tous les postes qui utilisent cette base de données. « Cet ordinateur » ne s’applique qu’ici.</translation>
    </message>
    <message>
        <source>Settings form</source>
        <translation>Formulaire des paramètres</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel: show the stored settings again</source>
        <translation>Annuler : afficher de nouveau les paramètres enregistrés</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>A whole number from %1 to %2</source>
        <translation>Un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>For example Europe/Paris</source>
        <translation>Par exemple Europe/Paris</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Text size (zoom)</source>
        <translation>Taille du texte (zoom)</translation>
    </message>
    <message>
        <source>Colours and text size change as soon as you save. A new language is used the next time the app starts.</source>
        <translation>Les couleurs et la taille du texte changent dès l’enregistrement. Une nouvelle langue est utilisée au prochain démarrage de l’application.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Where the data is</source>
        <translation>Emplacement des données</translation>
    </message>
    <message>
        <source>A database file on this computer (SQLite).</source>
        <translation>Un fichier de base de données sur cet ordinateur (SQLite).</translation>
    </message>
    <message>
        <source>A database server (PostgreSQL), shared by several desks.</source>
        <translation>Un serveur de base de données (PostgreSQL), partagé par plusieurs postes.</translation>
    </message>
    <message>
        <source>To use another database, start the app with --db.</source>
        <translation>Pour utiliser une autre base de données, lancez l’application avec --db.</translation>
    </message>
    <message>
        <source>Backup folder on this computer</source>
        <translation>Dossier des sauvegardes sur cet ordinateur</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Backup folder (this computer)</source>
        <translation>Dossier des sauvegardes (cet ordinateur)</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <source>A verified copy is made when the app starts and once a day while it runs; the newest copy of each of the last 7 days, 4 weeks and 12 months is kept.</source>
        <translation>Une copie vérifiée est faite au démarrage de l’application et une fois par jour pendant qu’elle tourne ; la copie la plus récente de chacun des 7 derniers jours, 4 dernières semaines et 12 derniers mois est gardée.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Make a verified backup now</source>
        <translation>Faire une sauvegarde vérifiée maintenant</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Restore a backup (admins)</source>
        <translation>Restaurer une sauvegarde (administrateurs)</translation>
    </message>
    <message>
        <source>Backups of a PostgreSQL database are the server&apos;s job, not this app&apos;s. On the server, or on any computer with the PostgreSQL tools, back it up with:</source>
        <translation>Les sauvegardes d’une base PostgreSQL sont le travail du serveur, pas de cette application. Sur le serveur, ou sur tout ordinateur doté des outils PostgreSQL, sauvegardez-la avec :</translation>
    </message>
    <message>
        <source>Back-up command</source>
        <translation>Commande de sauvegarde</translation>
    </message>
    <message>
        <source>and bring a backup back with:</source>
        <translation>et rétablissez une sauvegarde avec :</translation>
    </message>
    <message>
        <source>Restore command</source>
        <translation>Commande de restauration</translation>
    </message>
    <message>
        <source>Give the password through PGPASSWORD or ~/.pgpass. Schedule the back-up command daily (cron, or Task Scheduler on Windows) and keep copies on another machine.</source>
        <translation>Donnez le mot de passe par PGPASSWORD ou ~/.pgpass. Planifiez la commande de sauvegarde chaque jour (cron, ou le Planificateur de tâches sous Windows) et gardez des copies sur une autre machine.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>Copier : %1</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Every change is recorded: who made it, when, and to which record. Coordinators and admins can read it, filter it and export it.</source>
        <translation>Chaque modification est enregistrée : qui l’a faite, quand et sur quel enregistrement. Les coordinateurs et les administrateurs peuvent le lire, le filtrer et l’exporter.</translation>
    </message>
    <message>
        <source>Open the audit log…</source>
        <translation>Ouvrir le journal d’audit…</translation>
    </message>
    <message>
        <source>Open the audit log</source>
        <translation>Ouvrir le journal d’audit</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Peut se connecter</translation>
    </message>
    <message>
        <source>Column headings</source>
        <translation>En-têtes de colonnes</translation>
    </message>
    <message>
        <source>Role of the chosen staff member</source>
        <translation>Rôle du membre du personnel choisi</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <source>Change the chosen staff member&apos;s role</source>
        <translation>Changer le rôle du membre du personnel choisi</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Deactivate or reactivate the chosen staff member</source>
        <translation>Désactiver ou réactiver le membre du personnel choisi</translation>
    </message>
    <message>
        <source>Chosen staff member</source>
        <translation>Membre du personnel choisi</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
    <message>
        <source>Set the new password or PIN</source>
        <translation>Définir le nouveau mot de passe ou code PIN</translation>
    </message>
    <message>
        <source>New password or PIN</source>
        <translation>Nouveau mot de passe ou code PIN</translation>
    </message>
    <message>
        <source>New staff member&apos;s user name</source>
        <translation>Nom d’utilisateur du nouveau membre du personnel</translation>
    </message>
    <message>
        <source>User name, e.g. amira</source>
        <translation>Nom d’utilisateur, p. ex. amira</translation>
    </message>
    <message>
        <source>New staff member&apos;s name</source>
        <translation>Nom du nouveau membre du personnel</translation>
    </message>
    <message>
        <source>Name, e.g. Amira</source>
        <translation>Nom, p. ex. Amira</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Their password (8 characters or more) or PIN (4 digits or more)</source>
        <translation>Son mot de passe (8 caractères ou plus) ou code PIN (4 chiffres ou plus)</translation>
    </message>
    <message>
        <source>New staff member&apos;s role</source>
        <translation>Rôle du nouveau membre du personnel</translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation>Ajouter un membre du personnel</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Ajouter le membre du personnel</translation>
    </message>
    <message>
        <source>Add the new staff member</source>
        <translation>Ajouter le nouveau membre du personnel</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No, deactivated</source>
        <translation>Non, désactivé</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Role changed. It applies from their next sign-in.</source>
        <translation>Rôle changé. Il s’applique à partir de sa prochaine connexion.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>The new password or PIN is set.</source>
        <translation>Le nouveau mot de passe ou code PIN est défini.</translation>
    </message>
    <message>
        <source>%1 can now sign in.</source>
        <translation>%1 peut maintenant se connecter.</translation>
    </message>
    <message>
        <source>Only an admin can restore a backup.</source>
        <translation>Seul un administrateur peut restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>Only a coordinator or an admin can make a backup.</source>
        <translation>Seul un coordinateur ou un administrateur peut faire une sauvegarde.</translation>
    </message>
    <message>
        <source>Who can sign in, and with which role. Front desk: participants, bookings, check-in. Workshop leader: also their own workshops and projects. Coordinator: also certificates, reports, exports, erasure. Admin: also staff accounts, settings and restoring backups.</source>
        <translation>Qui peut se connecter, et avec quel rôle. Accueil : participants, réservations, arrivées. Animateur d’atelier : aussi ses propres ateliers et projets. Coordinateur : aussi certificats, rapports, exports, effacement. Administrateur : aussi comptes du personnel, paramètres et restauration des sauvegardes.</translation>
    </message>
    <message>
        <source>Only an admin can change them.</source>
        <translation>Seul un administrateur peut les modifier.</translation>
    </message>
    <message>
        <source>Only a coordinator or an admin can read it.</source>
        <translation>Seul un coordinateur ou un administrateur peut le lire.</translation>
    </message>
    <message>
        <source>No backup in this folder yet.</source>
        <translation>Pas encore de sauvegarde dans ce dossier.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Sauvegarde écrite et vérifiée : %1</translation>
    </message>
    <message>
        <source>The backup %1 was restored. Sign in again to go on.</source>
        <translation>La sauvegarde %1 a été restaurée. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>The database as it was is saved as %1.</source>
        <translation>La base telle qu’elle était est enregistrée sous %1.</translation>
    </message>
    <message>
        <source>The shared settings were saved, but this computer’s preferences could not be written (%1).</source>
        <translation>Les paramètres partagés ont été enregistrés, mais les préférences de cet ordinateur n’ont pas pu être écrites (%1).</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password or PIN</source>
        <translation>Mot de passe ou code PIN</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nom d’&amp;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password or PIN</source>
        <translation>&amp;Mot de passe ou code PIN</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Welcome to %1. Sign in with your staff account.</source>
        <translation>Bienvenue à %1. Connectez-vous avec votre compte du personnel.</translation>
    </message>
    <message>
        <source>Sign in with your staff account.</source>
        <translation>Connectez-vous avec votre compte du personnel.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Tapez votre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Type your password or PIN.</source>
        <translation>Tapez votre mot de passe ou code PIN.</translation>
    </message>
</context>
<context>
    <name>StatusLegend</name>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Column headings: %1</source>
        <translation>En-têtes de colonnes : %1</translation>
    </message>
    <message>
        <source>Row headings: %1</source>
        <translation>En-têtes de lignes : %1</translation>
    </message>
    <message>
        <source>Select the whole table</source>
        <translation>Sélectionner tout le tableau</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Bookings timeline</source>
        <translation>Planning des réservations</translation>
    </message>
    <message>
        <source>Scroll through the times</source>
        <translation>Faire défiler les heures</translation>
    </message>
    <message>
        <source>Scroll through the items</source>
        <translation>Faire défiler les équipements</translation>
    </message>
    <message>
        <source>%1: %2, %3–%4, %5</source>
        <translation>%1 : %2, %3–%4, %5</translation>
    </message>
    <message>
        <source>No items to show</source>
        <translation>Aucun équipement à afficher</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>%1 by %2, %3–%4</source>
        <translation>%1 par %2, %3–%4</translation>
    </message>
    <message>
        <source>partly booked</source>
        <translation>partiellement réservé</translation>
    </message>
    <message>
        <source>past</source>
        <translation>passé</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (aujourd’hui)</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Now and next</source>
        <translation>Maintenant et ensuite</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Check in the chosen booking</source>
        <translation>Enregistrer l’arrivée pour la réservation choisie</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Check out the chosen booking</source>
        <translation>Enregistrer le départ pour la réservation choisie</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’à</translation>
    </message>
    <message>
        <source>Participants checked in now</source>
        <translation>Participants arrivés en ce moment</translation>
    </message>
    <message>
        <source>Today&apos;s workshop sessions</source>
        <translation>Séances d’ateliers du jour</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Animateurs</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Take attendance</source>
        <translation>Faire l’appel</translation>
    </message>
    <message>
        <source>Take attendance for the chosen session</source>
        <translation>Faire l’appel pour la séance choisie</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>Things that need attention</source>
        <translation>Points à traiter</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Informations</translation>
    </message>
    <message>
        <source>Check out the chosen overdue booking</source>
        <translation>Enregistrer le départ pour la réservation en retard choisie</translation>
    </message>
    <message>
        <source>Release no-shows</source>
        <translation>Libérer les absences</translation>
    </message>
    <message>
        <source>Mark bookings not checked in as no-shows and free their slots</source>
        <translation>Marquer comme absences les réservations sans arrivée et libérer leurs créneaux</translation>
    </message>
    <message>
        <source>Mark as told</source>
        <translation>Marquer comme prévenu</translation>
    </message>
    <message>
        <source>Record that the chosen participant was told about their place</source>
        <translation>Noter que le participant choisi a été prévenu de sa place</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Checked in ({n})</source>
        <translation>Arrivés ({n})</translation>
    </message>
    <message>
        <source>Nobody is checked in.</source>
        <translation>Personne n’est arrivé.</translation>
    </message>
    <message>
        <source>{item} ({tag}) is out of service</source>
        <translation>{item} ({tag}) est hors service</translation>
    </message>
    <message>
        <source>{warning} {item} ({tag}) is out of service: {n} booking(s) to move or cancel</source>
        <translation>{warning} {item} ({tag}) est hors service : {n} réservation(s) à déplacer ou annuler</translation>
    </message>
    <message>
        <source>{warning} {item} ({tag}) is out of service; no booking is affected</source>
        <translation>{warning} {item} ({tag}) est hors service ; aucune réservation n’est touchée</translation>
    </message>
    <message>
        <source>Overdue check-outs ({n}): check them out when the item is back</source>
        <translation>Départs en retard ({n}) : enregistrez le départ quand l’équipement est rendu</translation>
    </message>
    <message>
        <source>ended {end}</source>
        <translation>fin {end}</translation>
    </message>
    <message>
        <source>{n} booking(s) not checked in in time: release them as no-shows to free the slots</source>
        <translation>{n} réservation(s) sans arrivée à temps : libérez-les comme absences pour libérer les créneaux</translation>
    </message>
    <message>
        <source>started {start}</source>
        <translation>début {start}</translation>
    </message>
    <message>
        <source>Waitlist promotions to tell ({n}): these participants have a place now</source>
        <translation>Places obtenues depuis la liste d’attente à annoncer ({n}) : ces participants ont maintenant une place</translation>
    </message>
    <message>
        <source>no contact details</source>
        <translation>pas de coordonnées</translation>
    </message>
    <message>
        <source>{contact} (guardian {name})</source>
        <translation>{contact} (responsable légal {name})</translation>
    </message>
    <message>
        <source>tell them: {contact}</source>
        <translation>à prévenir : {contact}</translation>
    </message>
    <message>
        <source>next session {when}</source>
        <translation>prochaine séance {when}</translation>
    </message>
    <message>
        <source>Certifications expiring this month ({n})</source>
        <translation>Certifications qui expirent ce mois-ci ({n})</translation>
    </message>
    <message>
        <source>expires on {day}</source>
        <translation>expire le {day}</translation>
    </message>
    <message>
        <source>No backup yet. One is made automatically once a day while the app runs.</source>
        <translation>Pas encore de sauvegarde. Une sauvegarde est faite automatiquement une fois par jour pendant que l’application tourne.</translation>
    </message>
    <message>
        <source>The last good backup is from {when}, more than a day ago. One is made while the app runs; `makerspace-app db backup` makes one now.</source>
        <translation>La dernière bonne sauvegarde date du {when}, il y a plus d’un jour. Une sauvegarde est faite pendant que l’application tourne ; `makerspace-app db backup` en fait une maintenant.</translation>
    </message>
    <message>
        <source>Mark {n} booking(s) as no-shows?</source>
        <translation>Marquer {n} réservation(s) comme absences ?</translation>
    </message>
    <message>
        <source>They were not checked in in time. Their slots become free for others; the bookings stay on record as no-shows.</source>
        <translation>Leur arrivée n’a pas été enregistrée à temps. Leurs créneaux deviennent libres pour d’autres ; les réservations restent enregistrées comme absences.</translation>
    </message>
    <message>
        <source>Release {n}</source>
        <translation>Libérer {n}</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Les garder</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Bookings in progress and starting in the next two hours, by item</source>
        <translation>Réservations en cours et celles qui commencent dans les deux prochaines heures, par équipement</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>{status}, starts in {n} min</source>
        <translation>{status}, commence dans {n} min</translation>
    </message>
    <message>
        <source>{status}, not checked in yet</source>
        <translation>{status}, pas encore arrivé</translation>
    </message>
    <message>
        <source>No bookings in progress or in the next two hours.</source>
        <translation>Aucune réservation en cours ni dans les deux prochaines heures.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>{p} of {n}</source>
        <translation>{p} sur {n}</translation>
    </message>
    <message>
        <source>no leader yet</source>
        <translation>pas encore d’animateur</translation>
    </message>
    <message>
        <source>No sessions today.</source>
        <translation>Pas de séance aujourd’hui.</translation>
    </message>
    <message>
        <source>Updated at {time}; refreshes every minute (F5 now).</source>
        <translation>Mis à jour à {time} ; actualisé chaque minute (F5 maintenant).</translation>
    </message>
    <message>
        <source>Backups of this PostgreSQL database are the server&apos;s job (pg_dump).</source>
        <translation>Les sauvegardes de cette base PostgreSQL sont le travail du serveur (pg_dump).</translation>
    </message>
    <message>
        <source>Last good backup: {when}.</source>
        <translation>Dernière bonne sauvegarde : {when}.</translation>
    </message>
</context>
<context>
    <name>UnsavedChangesDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>You changed %1 but did not save.</source>
        <translation>Vous avez modifié %1 sans enregistrer.</translation>
    </message>
    <message>
        <source>Save the changes, or discard them?</source>
        <translation>Enregistrer les modifications, ou les abandonner ?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer à modifier</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Welcome to Makerspace</source>
        <translation>Bienvenue dans Makerspace</translation>
    </message>
    <message>
        <source>This database is new. Give your makerspace’s name and create the first admin account. You can add the other staff members later, in Settings.</source>
        <translation>Cette base de données est nouvelle. Indiquez le nom de votre makerspace et créez le premier compte administrateur. Vous pourrez ajouter les autres membres du personnel plus tard, dans Paramètres.</translation>
    </message>
    <message>
        <source>Your makerspace</source>
        <translation>Votre makerspace</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nom de l’organisation</translation>
    </message>
    <message>
        <source>For example Riverside Library Makerspace</source>
        <translation>Par exemple Makerspace de la bibliothèque Riverside</translation>
    </message>
    <message>
        <source>&amp;Organisation name</source>
        <translation>Nom de l’&amp;organisation</translation>
    </message>
    <message>
        <source>First admin account</source>
        <translation>Premier compte administrateur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>One word, for example amira</source>
        <translation>Un seul mot, par exemple amira</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>As colleagues know you</source>
        <translation>Tel que vos collègues vous connaissent</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>At least 8 characters</source>
        <translation>Au moins 8 caractères</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>The same password once more</source>
        <translation>Le même mot de passe une deuxième fois</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nom d’&amp;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>Nom a&amp;ffiché</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>&amp;Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>Start with</source>
        <translation>Commencer avec</translation>
    </message>
    <message>
        <source>&amp;Start empty</source>
        <translation>Commencer &amp;vide</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Commencer vide</translation>
    </message>
    <message>
        <source>Add your own equipment, participants and workshops.</source>
        <translation>Ajoutez vos propres équipements, participants et ateliers.</translation>
    </message>
    <message>
        <source>&amp;Load demo data</source>
        <translation>Charger les données de &amp;démonstration</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Charger les données de démonstration</translation>
    </message>
    <message>
        <source>Invented participants, equipment, bookings and workshops to try the app. Its staff accounts (admin, desk, leader, coord) use the password makerspace-demo.</source>
        <translation>Des participants, équipements, réservations et ateliers inventés pour essayer l’application. Ses comptes du personnel (admin, desk, leader, coord) utilisent le mot de passe makerspace-demo.</translation>
    </message>
    <message>
        <source>Demo data is not part of this version of the app.</source>
        <translation>Les données de démonstration ne font pas partie de cette version de l’application.</translation>
    </message>
    <message>
        <source>Loading demo data</source>
        <translation>Chargement des données de démonstration</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Start: create the admin account</source>
        <translation>Commencer : créer le compte administrateur</translation>
    </message>
    <message>
        <source>Give your makerspace’s name: it appears on badges, certificates and reports.</source>
        <translation>Indiquez le nom de votre makerspace : il apparaît sur les badges, les certificats et les rapports.</translation>
    </message>
    <message>
        <source>Choose a user name for the admin account, for example amira.</source>
        <translation>Choisissez un nom d’utilisateur pour le compte administrateur, par exemple amira.</translation>
    </message>
    <message>
        <source>The two passwords are not the same. Type the password again.</source>
        <translation>Les deux mots de passe ne sont pas identiques. Tapez de nouveau le mot de passe.</translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation>Chargement des données de démonstration…</translation>
    </message>
    <message>
        <source>Loading demo data: %1</source>
        <translation>Chargement des données de démonstration : %1</translation>
    </message>
</context>
<context>
    <name>WhenFields</name>
    <message>
        <source>Item</source>
        <translation>Équipement</translation>
    </message>
    <message>
        <source>Type part of the item&apos;s name, asset tag or category to filter the list</source>
        <translation>Tapez une partie du nom de l’équipement, de son numéro d’inventaire ou de sa catégorie pour filtrer la liste</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>hors service</translation>
    </message>
    <message>
        <source>Type to filter the items</source>
        <translation>Tapez pour filtrer les équipements</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’à</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>until</source>
        <translation>jusqu’à</translation>
    </message>
</context>
<context>
    <name>WorkshopListModel</name>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Prochaine : %1</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Pas encore de séances</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Terminé le %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 en attente</translation>
    </message>
    <message>
        <source>Places: %1</source>
        <translation>Places : %1</translation>
    </message>
    <message>
        <source>Training for: %1</source>
        <translation>Formation pour : %1</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>No workshops yet — create one (Ctrl+N)</source>
        <translation>Pas encore d’ateliers — créez-en un (Ctrl+N)</translation>
    </message>
    <message>
        <source>A workshop is a course or an event with one or more sessions. Create one, add its sessions, enrol participants and take attendance; a training can grant the certification for a kind of equipment.</source>
        <translation>Un atelier est un cours ou un événement avec une ou plusieurs séances. Créez-en un, ajoutez ses séances, inscrivez des participants et faites l’appel ; une formation peut accorder la certification pour un type d’équipement.</translation>
    </message>
    <message>
        <source>New workshop (Ctrl+N)</source>
        <translation>Nouvel atelier (Ctrl+N)</translation>
    </message>
    <message>
        <source>Create a new workshop (Ctrl+N)</source>
        <translation>Créer un nouvel atelier (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search workshops by title</source>
        <translation>Chercher des ateliers par titre</translation>
    </message>
    <message>
        <source>Show which workshops</source>
        <translation>Ateliers à afficher</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passés</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation>Nouveau (Ctrl+N)</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Choose a workshop in the list, or create one (Ctrl+N).</source>
        <translation>Choisissez un atelier dans la liste, ou créez-en un (Ctrl+N).</translation>
    </message>
    <message>
        <source>Complete workshop…</source>
        <translation>Terminer l’atelier…</translation>
    </message>
    <message>
        <source>Complete the workshop: who qualifies, who does not and why</source>
        <translation>Terminer l’atelier : qui remplit les conditions, qui non, et pourquoi</translation>
    </message>
    <message>
        <source>Workshop sections</source>
        <translation>Sections de l’atelier</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Informations</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Séances</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Présences</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>For example “Laser cutting for beginners”</source>
        <translation>Par exemple « Découpe laser pour débutants »</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Animateurs</translation>
    </message>
    <message>
        <source>Space ticks or unticks the highlighted staff member</source>
        <translation>Espace coche ou décoche le membre du personnel en surbrillance</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source> places</source>
        <translation> places</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Pas de minimum</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Âge minimum</translation>
    </message>
    <message>
        <source>No maximum</source>
        <translation>Pas de maximum</translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation>Âge maximum</translation>
    </message>
    <message>
        <source>A&amp;ges</source>
        <translation>Â&amp;ges</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Language codes, for example en, es, ar</source>
        <translation>Codes de langue, par exemple fr, es, ar</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Training: grants certification for</source>
        <translation>Formation : accorde la certification pour</translation>
    </message>
    <message>
        <source>Completion rule</source>
        <translation>Règle de réussite</translation>
    </message>
    <message>
        <source>Attend every session</source>
        <translation>Assister à toutes les séances</translation>
    </message>
    <message>
        <source>Attend at least a number of sessions</source>
        <translation>Assister à un nombre minimum de séances</translation>
    </message>
    <message>
        <source>Attend at least a share of the sessions</source>
        <translation>Assister à une part minimum des séances</translation>
    </message>
    <message>
        <source>Sessions or percentage needed</source>
        <translation>Séances ou pourcentage nécessaires</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;escription</translation>
    </message>
    <message>
        <source>&amp;Leaders</source>
        <translation>A&amp;nimateurs</translation>
    </message>
    <message>
        <source>Spa&amp;ce</source>
        <translation>Espa&amp;ce</translation>
    </message>
    <message>
        <source>Pla&amp;ces</source>
        <translation>Pla&amp;ces</translation>
    </message>
    <message>
        <source>La&amp;nguages</source>
        <translation>La&amp;ngues</translation>
    </message>
    <message>
        <source>&amp;Materials</source>
        <translation>&amp;Matériel</translation>
    </message>
    <message>
        <source>T&amp;raining for</source>
        <translation>Fo&amp;rmation pour</translation>
    </message>
    <message>
        <source>C&amp;ompletion</source>
        <translation>Réussi&amp;te</translation>
    </message>
    <message>
        <source>Workshop details form</source>
        <translation>Formulaire des informations de l’atelier</translation>
    </message>
    <message>
        <source>Only the workshop&apos;s leaders, coordinators and admins can change it.</source>
        <translation>Seuls les animateurs de l’atelier, les coordinateurs et les administrateurs peuvent le modifier.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel: show the stored workshop again</source>
        <translation>Annuler : afficher de nouveau l’atelier enregistré</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the workshop (Ctrl+S)</source>
        <translation>Enregistrer l’atelier (Ctrl+S)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Enter takes attendance at the highlighted session</source>
        <translation>Entrée fait l’appel pour la séance en surbrillance</translation>
    </message>
    <message>
        <source>No sessions yet. Add one, or a weekly series.</source>
        <translation>Pas encore de séances. Ajoutez-en une, ou une série hebdomadaire.</translation>
    </message>
    <message>
        <source>Take attendance… (Enter)</source>
        <translation>Faire l’appel… (Entrée)</translation>
    </message>
    <message>
        <source>Take attendance at the highlighted session</source>
        <translation>Faire l’appel pour la séance en surbrillance</translation>
    </message>
    <message>
        <source>Add session…</source>
        <translation>Ajouter une séance…</translation>
    </message>
    <message>
        <source>Add one session</source>
        <translation>Ajouter une séance</translation>
    </message>
    <message>
        <source>Add series…</source>
        <translation>Ajouter une série…</translation>
    </message>
    <message>
        <source>Add a weekly or fortnightly series of sessions</source>
        <translation>Ajouter une série de séances hebdomadaires ou toutes les deux semaines</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Déplacer…</translation>
    </message>
    <message>
        <source>Move the highlighted session</source>
        <translation>Déplacer la séance en surbrillance</translation>
    </message>
    <message>
        <source>Cancel session…</source>
        <translation>Annuler la séance…</translation>
    </message>
    <message>
        <source>Cancel the highlighted session</source>
        <translation>Annuler la séance en surbrillance</translation>
    </message>
    <message>
        <source>Enrolled participants and waitlist</source>
        <translation>Participants inscrits et liste d’attente</translation>
    </message>
    <message>
        <source>Enrol a participant…</source>
        <translation>Inscrire un participant…</translation>
    </message>
    <message>
        <source>Enrol a participant: search by name or badge</source>
        <translation>Inscrire un participant : chercher par nom ou badge</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Withdraw the highlighted participant</source>
        <translation>Désinscrire le participant en surbrillance</translation>
    </message>
    <message>
        <source>%1 present   %2 held, not marked   (empty: still to come). Click a box or press Space to change it; each change is saved at once.</source>
        <translation>%1 présent   %2 tenue, non marquée   (vide : à venir). Cliquez sur une case ou appuyez sur Espace pour la changer ; chaque changement est enregistré aussitôt.</translation>
    </message>
    <message>
        <source>No space set</source>
        <translation>Pas d’espace défini</translation>
    </message>
    <message>
        <source>Not a training (grants no certification)</source>
        <translation>Pas une formation (n’accorde pas de certification)</translation>
    </message>
    <message>
        <source>%1 (needs no certification)</source>
        <translation>%1 (ne demande pas de certification)</translation>
    </message>
    <message>
        <source>Showing the first %1. Type part of a title to find the others.</source>
        <translation>Affichage des %1 premiers. Tapez une partie d’un titre pour trouver les autres.</translation>
    </message>
    <message>
        <source>No workshop matches “%1”.</source>
        <translation>Aucun atelier ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No upcoming workshops. Choose “Past” or “All” to see earlier ones, or create one (Ctrl+N).</source>
        <translation>Aucun atelier à venir. Choisissez « Passés » ou « Tous » pour voir les précédents, ou créez-en un (Ctrl+N).</translation>
    </message>
    <message>
        <source>No past workshops yet.</source>
        <translation>Pas encore d’ateliers passés.</translation>
    </message>
    <message>
        <source>the workshop</source>
        <translation>l’atelier</translation>
    </message>
    <message>
        <source>Next session %1</source>
        <translation>Prochaine séance %1</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Terminé le %1</translation>
    </message>
    <message>
        <source>No sessions yet</source>
        <translation>Pas encore de séances</translation>
    </message>
    <message>
        <source>%1 of %2 places taken</source>
        <translation>%1 places prises sur %2</translation>
    </message>
    <message>
        <source>%1 on the waitlist</source>
        <translation>%1 sur la liste d’attente</translation>
    </message>
    <message>
        <source>Training for %1</source>
        <translation>Formation pour %1</translation>
    </message>
    <message>
        <source>Led by %1</source>
        <translation>Animé par %1</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> séances</translation>
    </message>
    <message>
        <source> session</source>
        <translation> séance</translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation>Membre du personnel %1</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>Fill in the details and save; then add its sessions.</source>
        <translation>Remplissez les informations et enregistrez ; ajoutez ensuite ses séances.</translation>
    </message>
    <message>
        <source>“%1” is saved. Add its sessions next (Sessions tab).</source>
        <translation>« %1 » est enregistré. Ajoutez maintenant ses séances (onglet Séances).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Moved up from the waitlist</source>
        <translation>Passés de la liste d’attente à une place</translation>
    </message>
    <message>
        <source>With the new number of places, these people moved up from the waitlist and now have a place. Tell them:</source>
        <translation>Avec le nouveau nombre de places, ces personnes sont passées de la liste d’attente à une place. Prévenez-les :</translation>
    </message>
    <message>
        <source>Session added: %1.</source>
        <translation>Séance ajoutée : %1.</translation>
    </message>
    <message>
        <source>%1 sessions added.</source>
        <translation>%1 séances ajoutées.</translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation>Sauté %1 : %2.</translation>
    </message>
    <message>
        <source>Session moved to %1.</source>
        <translation>Séance déplacée au %1.</translation>
    </message>
    <message>
        <source>Session moved</source>
        <translation>Séance déplacée</translation>
    </message>
    <message>
        <source>The session now meets %1. Tell the enrolled participants:</source>
        <translation>La séance a maintenant lieu le %1. Prévenez les participants inscrits :</translation>
    </message>
    <message>
        <source>Cancel the session?</source>
        <translation>Annuler la séance ?</translation>
    </message>
    <message>
        <source>Cancel the session of %1?</source>
        <translation>Annuler la séance du %1 ?</translation>
    </message>
    <message>
        <source>It stays listed as cancelled and nobody can be marked present at it. %1 enrolled participants need to be told; they are listed next.</source>
        <translation>Elle reste listée comme annulée et personne ne peut y être marqué présent. %1 participants inscrits doivent être prévenus ; ils sont listés ensuite.</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Annuler la séance</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>Keep the session</source>
        <translation>Garder la séance</translation>
    </message>
    <message>
        <source>The session of %1 is cancelled.</source>
        <translation>La séance du %1 est annulée.</translation>
    </message>
    <message>
        <source>Session cancelled</source>
        <translation>Séance annulée</translation>
    </message>
    <message>
        <source>The session of %1 is cancelled. Tell the enrolled participants:</source>
        <translation>La séance du %1 est annulée. Prévenez les participants inscrits :</translation>
    </message>
    <message>
        <source>full: the next person goes on the waitlist</source>
        <translation>complet : la personne suivante va sur la liste d’attente</translation>
    </message>
    <message>
        <source>Enrol a participant</source>
        <translation>Inscrire un participant</translation>
    </message>
    <message>
        <source>Who should be enrolled in “%1”? When it is full they go on the waitlist.</source>
        <translation>Qui faut-il inscrire à « %1 » ? Quand il est complet, la personne va sur la liste d’attente.</translation>
    </message>
    <message>
        <source>The workshop is full: %1 is on the waitlist, number %2. They move up when a place frees.</source>
        <translation>L’atelier est complet : %1 est sur la liste d’attente, numéro %2. La personne aura une place dès qu’une place se libère.</translation>
    </message>
    <message>
        <source>%1 is enrolled.</source>
        <translation>%1 est inscrit.</translation>
    </message>
    <message>
        <source>Withdraw?</source>
        <translation>Désinscrire ?</translation>
    </message>
    <message>
        <source>Withdraw %1 from “%2”?</source>
        <translation>Désinscrire %1 de « %2 » ?</translation>
    </message>
    <message>
        <source>A freed place goes at once to the first person on the waitlist; you will see who.</source>
        <translation>Une place libérée va aussitôt à la première personne de la liste d’attente ; vous verrez qui.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Désinscrire</translation>
    </message>
    <message>
        <source>Keep enrolled</source>
        <translation>Garder inscrit</translation>
    </message>
    <message>
        <source>Withdraw the participant</source>
        <translation>Désinscrire le participant</translation>
    </message>
    <message>
        <source>Keep the participant enrolled</source>
        <translation>Garder le participant inscrit</translation>
    </message>
    <message>
        <source>%1 is withdrawn.</source>
        <translation>%1 est désinscrit.</translation>
    </message>
    <message>
        <source>%1 moved up from the waitlist and now has a place; tell them (%2).</source>
        <translation>%1 est passé de la liste d’attente à une place ; prévenez la personne (%2).</translation>
    </message>
    <message>
        <source>no contact on record</source>
        <translation>pas de contact enregistré</translation>
    </message>
    <message>
        <source>Only the workshop&apos;s leaders, coordinators and admins take attendance.</source>
        <translation>Seuls les animateurs de l’atelier, les coordinateurs et les administrateurs font l’appel.</translation>
    </message>
</context>
<context>
    <name>bar</name>
    <message>
        <source>Book %1 instead</source>
        <translation type="vanished">Réserver %1 à la place</translation>
    </message>
    <message>
        <source>Book %1, %2</source>
        <translation type="vanished">Réserver %1, %2</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>Attended</source>
        <translation type="vanished">Présent</translation>
    </message>
</context>
</TS>
