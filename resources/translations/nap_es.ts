<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="185"/>
        <source>Add a user</source>
        <translation>Agregar un usuario</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="188"/>
        <source>e.g. thu.tran</source>
        <translation>p. ej., thu.tran</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="194"/>
        <source>User &amp;name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="194"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="195"/>
        <source>&amp;Full name:</source>
        <translation>Nombre &amp;completo:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="195"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="196"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="196"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="197"/>
        <source>Agree the passphrase with the person face to face; they can change it later.</source>
        <translation>Acuerde la frase de contraseña con la persona en persona; podrá cambiarla después.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="200"/>
        <source>Add &amp;user</source>
        <translation>Agregar &amp;usuario</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="66"/>
        <source>First administrator</source>
        <translation>Primer administrador</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="67"/>
        <source>This person adds the other users. Use your own name.</source>
        <translation>Esta persona agrega a los demás usuarios. Use su propio nombre.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="70"/>
        <source>for example: jdoe</source>
        <translation>por ejemplo: jperez</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="72"/>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="72"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="73"/>
        <source>&amp;Full name:</source>
        <translation>Nombre &amp;completo:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="73"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
</context>
<context>
    <name>AgencyEditor</name>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="131"/>
        <source>Add partner agency</source>
        <translation>Agregar agencia asociada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="131"/>
        <source>Edit agency</source>
        <translation>Editar agencia</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="138"/>
        <source>&amp;Victim-service provider (VAWA confidentiality applies)</source>
        <translation>Organización de &amp;servicios a víctimas (se aplica la confidencialidad de VAWA)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="146"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="146"/>
        <source>Agency name</source>
        <translation>Nombre de la agencia</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="147"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="147"/>
        <source>Agency kind</source>
        <translation>Tipo de agencia</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="148"/>
        <source>&amp;Contacts:</source>
        <translation>&amp;Contactos:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="148"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="154"/>
        <source>Victim-service provider</source>
        <translation>Organización de servicios a víctimas</translation>
    </message>
</context>
<context>
    <name>AgencyModel</name>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="66"/>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="67"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="68"/>
        <source>Victim services</source>
        <translation>Servicios a víctimas</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="69"/>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="89"/>
        <source>Fingerprint verified on %1</source>
        <translation>Huella verificada el %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="92"/>
        <source>No verified identity card: pin one to exchange packages</source>
        <translation>Sin tarjeta de identidad verificada: registre una para intercambiar paquetes</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="96"/>
        <source> (us)</source>
        <translation> (nosotros)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="97"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="104"/>
        <source>Not verified</source>
        <translation>Sin verificar</translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="45"/>
        <source>Your agency</source>
        <translation>Su agencia</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="46"/>
        <source>The vault belongs to one agency. Partners are added later.</source>
        <translation>La bóveda pertenece a una sola agencia. Las agencias asociadas se agregan después.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="55"/>
        <source>Agency &amp;name:</source>
        <translation>&amp;Nombre de la agencia:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="55"/>
        <source>Agency name</source>
        <translation>Nombre de la agencia</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="56"/>
        <source>&amp;Kind of agency:</source>
        <translation>&amp;Tipo de agencia:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="56"/>
        <source>Kind of agency</source>
        <translation>Tipo de agencia</translation>
    </message>
</context>
<context>
    <name>CaseEditors</name>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="65"/>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="120"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="20"/>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="66"/>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="122"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="21"/>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="67"/>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="123"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="22"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="68"/>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="124"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="22"/>
        <source>Minor</source>
        <translation>Menor de edad</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="69"/>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="125"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="23"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="70"/>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="128"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="24"/>
        <source>Interpreter needed</source>
        <translation>Necesita intérprete</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="71"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="25"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="72"/>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="131"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="26"/>
        <source>Safe-contact instructions</source>
        <translation>Instrucciones de contacto seguro</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="73"/>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="133"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="27"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="74"/>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="136"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="18"/>
        <source>Trafficking type</source>
        <translation>Tipo de trata</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="75"/>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="138"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="28"/>
        <source>Continued Presence</source>
        <translation>Presencia Continuada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="76"/>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="140"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="29"/>
        <source>Continued Presence expires</source>
        <translation>Vencimiento de la Presencia Continuada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="77"/>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="141"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="30"/>
        <source>T visa</source>
        <translation>Visa T</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="78"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="30"/>
        <source>HHS letter</source>
        <translation>Carta de HHS</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="86"/>
        <source>Client details</source>
        <translation>Datos de la persona sobreviviente</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="89"/>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="90"/>
        <source>Under 18</source>
        <translation>Menor de 18 años</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="96"/>
        <source>e.g. Spanish, K'iche'</source>
        <translation>p. ej., español, k'iche'</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="97"/>
        <source>Needs an interpreter</source>
        <translation>Necesita intérprete</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="105"/>
        <source>No expiry recorded</source>
        <translation>Sin vencimiento registrado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="109"/>
        <source>Personal details are hidden in discreet mode. Use “Reveal this case” above to see and edit them (this is recorded).</source>
        <translation>Los datos personales están ocultos en modo discreto. Use «Revelar este caso» (arriba) para verlos y editarlos (queda registrado).</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="116"/>
        <source>Case and immigration</source>
        <translation>Caso e inmigración</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="116"/>
        <source>Personal details</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="120"/>
        <source>&amp;Legal name:</source>
        <translation>Nombre &amp;legal:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="121"/>
        <source>&amp;Preferred name:</source>
        <translation>Nombre &amp;preferido:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="122"/>
        <source>The name the survivor uses; shown first.</source>
        <translation>El nombre que usa la persona sobreviviente; se muestra primero.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="123"/>
        <source>Date of &amp;birth:</source>
        <translation>Fecha de &amp;nacimiento:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="124"/>
        <source>&amp;Minor:</source>
        <translation>&amp;Menor de edad:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="125"/>
        <source>Lan&amp;guages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="126"/>
        <source>Separate languages with commas.</source>
        <translation>Separe los idiomas con comas.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="127"/>
        <source>&amp;Interpreter:</source>
        <translation>In&amp;térprete:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="129"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Contacto:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="129"/>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="130"/>
        <source>Sa&amp;fe contact:</source>
        <translation>Contacto &amp;seguro:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="132"/>
        <source>When and how it is safe to call, text or visit.</source>
        <translation>Cuándo y cómo es seguro llamar, enviar mensajes o visitar.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="133"/>
        <source>L&amp;ocation:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="134"/>
        <source>Counts as personal information under VAWA.</source>
        <translation>Se considera información personal según la ley VAWA.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="135"/>
        <source>&amp;Trafficking type:</source>
        <translation>Tipo de t&amp;rata:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="137"/>
        <source>Continued P&amp;resence:</source>
        <translation>Presencia C&amp;ontinuada:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="139"/>
        <source>CP e&amp;xpires:</source>
        <translation>Venc&amp;e la PC:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="140"/>
        <source>Only for granted Continued Presence.</source>
        <translation>Solo si se otorgó la Presencia Continuada.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="141"/>
        <source>T &amp;visa:</source>
        <translation>&amp;Visa T:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="142"/>
        <source>&amp;HHS letter:</source>
        <translation>Carta de &amp;HHS:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="143"/>
        <source>HHS certification or eligibility letter</source>
        <translation>Certificación o carta de elegibilidad de HHS</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="144"/>
        <source>Certification (adults) or eligibility letter (minors).</source>
        <translation>Certificación (personas adultas) o carta de elegibilidad (menores de edad).</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="178"/>
        <source>Tick if the survivor is under 18, even without a date of birth.</source>
        <translation>Marque si la persona sobreviviente es menor de 18 años, aunque no haya fecha de nacimiento.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="180"/>
        <source>Set from the date of birth. If the date is in doubt, set it to “Unknown” and tick by hand.</source>
        <translation>Se marca según la fecha de nacimiento. Si la fecha no es segura, márquela como «Desconocida» y marque esta casilla a mano.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="307"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="33"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="42"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="53"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="62"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="69"/>
        <source>Client</source>
        <translation>Sobreviviente</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/dialogs.py" line="46"/>
        <location filename="../../nap_desktop/gui/case/dialogs.py" line="47"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/dialogs.py" line="124"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="55"/>
        <location filename="../../nap_desktop/gui/case/transition.py" line="79"/>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="12"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="12"/>
        <source>Last changed</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="13"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="81"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="30"/>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="36"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="86"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="150"/>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="55"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="15"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="79"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="83"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="196"/>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="68"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="218"/>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="88"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="15"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="16"/>
        <source>Victim-service provider</source>
        <translation>Organización de servicios a víctimas</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="33"/>
        <location filename="../../nap_desktop/gui/case/release_origin.py" line="55"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="86"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="144"/>
        <source>Recipient</source>
        <translation>Destinataria</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="34"/>
        <location filename="../../nap_desktop/gui/case/release_origin.py" line="56"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="86"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="144"/>
        <source>Covers</source>
        <translation>Cubre</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="34"/>
        <location filename="../../nap_desktop/gui/case/release_origin.py" line="59"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="144"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="177"/>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="34"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="145"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="178"/>
        <source>Signed by</source>
        <translation>Firmada por</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="35"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="145"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="180"/>
        <source>Form language</source>
        <translation>Idioma del formulario</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="35"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="146"/>
        <source>Signed on</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="36"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="146"/>
        <source>Expires on</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="36"/>
        <source>Revoked on</source>
        <translation>Revocada el</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="37"/>
        <source>Exception basis</source>
        <translation>Fundamento de la excepción</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="38"/>
        <source>Services not conditional on signing</source>
        <translation>Servicios no condicionados a la firma</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="42"/>
        <source>From agency</source>
        <translation>Agencia de origen</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="43"/>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="43"/>
        <source>To agency</source>
        <translation>Agencia de destino</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="44"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="95"/>
        <source>Referring person</source>
        <translation>Persona que deriva</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="45"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="96"/>
        <source>Their case number</source>
        <translation>Su número de caso</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="46"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="93"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="119"/>
        <source>Services requested</source>
        <translation>Servicios solicitados</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="46"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="94"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="120"/>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="47"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="98"/>
        <source>Release used</source>
        <translation>Autorización usada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="47"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="58"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="34"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="75"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="97"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="129"/>
        <source>Safety notes</source>
        <translation>Notas de seguridad</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="48"/>
        <source>Status changed</source>
        <translation>Cambio de estado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="49"/>
        <location filename="../../nap_desktop/gui/case/transition.py" line="93"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="49"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="78"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="70"/>
        <location filename="../../nap_desktop/gui/case/transition.py" line="94"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="49"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="78"/>
        <source>Reason given</source>
        <translation>Motivo indicado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="50"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="245"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="266"/>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="53"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="29"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="62"/>
        <source>Program type</source>
        <translation>Tipo de programa</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="54"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="30"/>
        <source>Funding</source>
        <translation>Financiamiento</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="54"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="29"/>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="36"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="55"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="31"/>
        <source>Project start (3.10)</source>
        <translation>Inicio del proyecto (3.10)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="55"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="31"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="67"/>
        <source>Referred on</source>
        <translation>Fecha de derivación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="56"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="32"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="71"/>
        <source>Expected exit</source>
        <translation>Salida prevista</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="56"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="32"/>
        <source>Move-in (3.20)</source>
        <translation>Mudanza (3.20)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="57"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="33"/>
        <source>Exit (3.11)</source>
        <translation>Salida (3.11)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="57"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="33"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="74"/>
        <source>Exit destination</source>
        <translation>Destino de salida</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="59"/>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="95"/>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="109"/>
        <source>Assistance ledger</source>
        <translation>Registro de asistencia</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="62"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="41"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="59"/>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="280"/>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="63"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="42"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="61"/>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="281"/>
        <source>Defendant</source>
        <translation>Acusado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="63"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="41"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="60"/>
        <source>Docket number</source>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="64"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="43"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="103"/>
        <source>Losses claimed</source>
        <translation>Pérdidas reclamadas</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="64"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="42"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="62"/>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="281"/>
        <source>Statute</source>
        <translation>Norma legal</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="65"/>
        <source>Closure</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="65"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="103"/>
        <source>Ordered</source>
        <translation>Ordenado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="66"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="154"/>
        <source>Restitution step</source>
        <translation>Paso de restitución</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="67"/>
        <source>Restitution money</source>
        <translation>Montos de restitución</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="69"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="227"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="261"/>
        <source>Referral</source>
        <translation>Derivación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="70"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="80"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="82"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="84"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="197"/>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="68"/>
        <location filename="../../nap_desktop/gui/case/notes_tab.py" line="25"/>
        <location filename="../../nap_desktop/gui/case/notes_tab.py" line="39"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="151"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="219"/>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="55"/>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="88"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="77"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="77"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="77"/>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="99"/>
        <location filename="../../nap_desktop/gui/case/notes_tab.py" line="25"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="70"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="79"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="83"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="196"/>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="68"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="218"/>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="88"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="79"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="196"/>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="68"/>
        <source>Paid on</source>
        <translation>Fecha de pago</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="81"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="81"/>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="55"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="82"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="151"/>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="55"/>
        <source>Completed</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="82"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="150"/>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="55"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="83"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="218"/>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="88"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="129"/>
        <source>Problem saving</source>
        <translation>Problema al guardar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="130"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="131"/>
        <source>Save %1</source>
        <translation>Guardar %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="133"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Deshacer cambios</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="134"/>
        <source>Revert %1</source>
        <translation>Deshacer los cambios en %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="173"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="173"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="195"/>
        <source>Problem with %1</source>
        <translation>Problema con %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="452"/>
        <source>Someone else saved this record while you were editing. Your edits are still here and nothing was overwritten.</source>
        <translation>Otra persona guardó este registro mientras usted lo editaba. Sus cambios siguen aquí y no se sobrescribió nada.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="458"/>
        <source>&amp;Compare…</source>
        <translation>Co&amp;mparar…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="459"/>
        <source>Compare your edits with the saved version</source>
        <translation>Comparar sus cambios con la versión guardada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="461"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Quedarme con mis cambios</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="462"/>
        <source>Keep my edits and save them over the newer version</source>
        <translation>Conservar mis cambios y guardarlos sobre la versión más reciente</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="464"/>
        <source>&amp;Reload saved</source>
        <translation>&amp;Cargar la versión guardada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="465"/>
        <source>Discard my edits and load the saved version</source>
        <translation>Descartar mis cambios y cargar la versión guardada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="513"/>
        <source>Your edits and the saved version</source>
        <translation>Sus cambios y la versión guardada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="517"/>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="518"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="518"/>
        <source>Saved version</source>
        <translation>Versión guardada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="518"/>
        <source>Your edits</source>
        <translation>Sus cambios</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="526"/>
        <source>Personal details are hidden in discreet mode.</source>
        <translation>Los datos personales están ocultos en modo discreto.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="528"/>
        <source>Only the fields that differ are listed.</source>
        <translation>Solo se muestran los campos que difieren.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="28"/>
        <source>Case opened</source>
        <translation>Caso abierto</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="29"/>
        <source>Client details changed</source>
        <translation>Datos de la persona sobreviviente modificados</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="30"/>
        <source>Case assigned to another worker</source>
        <translation>Caso asignado a otra persona del equipo</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="31"/>
        <source>Personal details revealed in discreet mode</source>
        <translation>Datos personales revelados en modo discreto</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="32"/>
        <source>Note added</source>
        <translation>Nota agregada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="33"/>
        <source>Referral recorded</source>
        <translation>Derivación registrada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="34"/>
        <source>Referral details changed</source>
        <translation>Datos de la derivación modificados</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="35"/>
        <source>Referral status changed</source>
        <translation>Estado de la derivación modificado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="36"/>
        <source>Release of information recorded</source>
        <translation>Autorización de divulgación de información registrada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="37"/>
        <source>Release of information signed</source>
        <translation>Autorización de divulgación de información firmada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="38"/>
        <source>Release of information revoked</source>
        <translation>Autorización de divulgación de información revocada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="39"/>
        <source>Housing placement recorded</source>
        <translation>Colocación en vivienda registrada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="40"/>
        <source>Housing placement changed</source>
        <translation>Colocación en vivienda modificada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="41"/>
        <source>Housing assistance entry added</source>
        <translation>Asiento de asistencia para vivienda agregado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="42"/>
        <source>Restitution matter opened</source>
        <translation>Asunto de restitución abierto</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="43"/>
        <source>Restitution step updated</source>
        <translation>Paso de restitución actualizado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="44"/>
        <source>Restitution amounts changed</source>
        <translation>Montos de restitución modificados</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="45"/>
        <source>Restitution money recorded</source>
        <translation>Dinero de restitución registrado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="46"/>
        <source>Restitution matter closed</source>
        <translation>Asunto de restitución cerrado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="47"/>
        <source>Summary PDF made</source>
        <translation>Resumen en PDF generado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="48"/>
        <source>Sent to a partner agency</source>
        <translation>Enviado a una agencia asociada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="49"/>
        <source>Received from a partner agency</source>
        <translation>Recibido de una agencia asociada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="50"/>
        <source>Transfer conflict viewed</source>
        <translation>Conflicto de transferencia consultado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="51"/>
        <source>Transfer conflict resolved</source>
        <translation>Conflicto de transferencia resuelto</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="99"/>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="99"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="106"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="115"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="118"/>
        <source>Case history</source>
        <translation>Historial del caso</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="126"/>
        <source>Everything recorded about this case, newest first. The history cannot be edited.</source>
        <translation>Todo lo registrado sobre este caso, lo más reciente primero. El historial no se puede editar.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="128"/>
        <source>Nothing has been recorded in this vault about this case yet (cases imported or generated in bulk start empty).</source>
        <translation>Todavía no se ha registrado nada sobre este caso en esta bóveda (los casos importados o generados en lote empiezan vacíos).</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="40"/>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="107"/>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="166"/>
        <source>Placement</source>
        <translation>Colocación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="47"/>
        <source>e.g. OVC housing grant</source>
        <translation>p. ej., subvención de vivienda de la OVC</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="49"/>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="50"/>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="51"/>
        <source>Not moved in</source>
        <translation>Sin mudanza</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="52"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="168"/>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="53"/>
        <source>Not exited</source>
        <translation>Sin salida</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="62"/>
        <source>Pro&amp;gram:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="63"/>
        <source>Housing provider</source>
        <translation>Proveedor de vivienda</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="63"/>
        <source>Pro&amp;vider:</source>
        <translation>P&amp;roveedor:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="64"/>
        <source>F&amp;unding:</source>
        <translation>&amp;Financiamiento:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="64"/>
        <source>Funding source</source>
        <translation>Fuente de financiamiento</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="65"/>
        <source>Placement status</source>
        <translation>Estado de la colocación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="65"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="164"/>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="66"/>
        <source>Only the next steps of the placement's life cycle are offered.</source>
        <translation>Solo se ofrecen los siguientes pasos del ciclo de la colocación.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="67"/>
        <source>Re&amp;ferred on:</source>
        <translation>Fecha de deri&amp;vación:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="68"/>
        <source>Project st&amp;art:</source>
        <translation>&amp;Inicio del proyecto:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="68"/>
        <source>Project start date, HMIS 3.10</source>
        <translation>Fecha de inicio del proyecto, HMIS 3.10</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="69"/>
        <source>Housing move-in date, HMIS 3.20</source>
        <translation>Fecha de mudanza a la vivienda, HMIS 3.20</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="69"/>
        <source>Mo&amp;ve-in:</source>
        <translation>M&amp;udanza:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="70"/>
        <source>Only for rapid re-housing and permanent housing.</source>
        <translation>Solo para reubicación rápida y vivienda permanente.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="71"/>
        <source>E&amp;xpected exit:</source>
        <translation>S&amp;alida prevista:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="72"/>
        <source>&amp;Exit:</source>
        <translation>&amp;Salida:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="72"/>
        <source>Exit date, HMIS 3.11</source>
        <translation>Fecha de salida, HMIS 3.11</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="73"/>
        <source>Recorded together with the status “Exited”.</source>
        <translation>Se registra junto con el estado «Salida realizada».</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="74"/>
        <source>&amp;Destination:</source>
        <translation>D&amp;estino:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="75"/>
        <source>Safet&amp;y notes:</source>
        <translation>N&amp;otas de seguridad:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="86"/>
        <source>%1 (now)</source>
        <translation>%1 (actual)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="160"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="197"/>
        <source>Hidden in discreet mode</source>
        <translation>Oculto en modo discreto</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="200"/>
        <source>New assistance entry</source>
        <translation>Nuevo asiento de asistencia</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="201"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="223"/>
        <source>Add &amp;entry</source>
        <translation>Agregar asien&amp;to</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="201"/>
        <location filename="../../nap_desktop/gui/case/notes_tab.py" line="43"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="223"/>
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="207"/>
        <source>e.g. 1,250.00</source>
        <translation>p. ej., 1,250.00</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="211"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="233"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Concepto:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="211"/>
        <source>Assistance kind</source>
        <translation>Tipo de asistencia</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="212"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="234"/>
        <source>A&amp;mount:</source>
        <translation>&amp;Monto:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="212"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="234"/>
        <source>Amount in dollars</source>
        <translation>Monto en dólares</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="213"/>
        <source>Date paid</source>
        <translation>Fecha de pago</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="213"/>
        <source>Pa&amp;id on:</source>
        <translation>Fec&amp;ha de pago:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="214"/>
        <source>Ledger note</source>
        <translation>Nota del asiento</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="214"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="236"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="237"/>
        <source>Save the placement first.</source>
        <translation>Guarde primero la colocación.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="36"/>
        <source>Move-in</source>
        <translation>Mudanza</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="36"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="36"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="37"/>
        <source>Assistance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="37"/>
        <source>Exit</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="46"/>
        <source>Withheld — no release</source>
        <translation>Retenido: sin autorización</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="53"/>
        <source>n/a</source>
        <translation>n/c</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="58"/>
        <source>expected %1</source>
        <translation>prevista %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="90"/>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="92"/>
        <source>Housing placements</source>
        <translation>Colocaciones en vivienda</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="96"/>
        <source>&amp;New placement</source>
        <translation>&amp;Nueva colocación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="97"/>
        <source>Start a new placement</source>
        <translation>Iniciar una nueva colocación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="104"/>
        <source>Assistance totals</source>
        <translation>Totales de asistencia</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="106"/>
        <source>No placements yet. Use “New placement” to record one.</source>
        <translation>Aún no hay colocaciones. Use «Nueva colocación» para registrar una.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="166"/>
        <source>New placement</source>
        <translation>Nueva colocación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="179"/>
        <source>Save the placement to record assistance paid.</source>
        <translation>Guarde la colocación para registrar la asistencia pagada.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="183"/>
        <source>Total paid: %1</source>
        <translation>Total pagado: %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/notes_tab.py" line="25"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/notes_tab.py" line="33"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="82"/>
        <source>(another agency)</source>
        <translation>(otra agencia)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/notes_tab.py" line="34"/>
        <source>%1 hidden in discreet mode</source>
        <translation>%1 oculto en modo discreto</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/notes_tab.py" line="42"/>
        <source>&amp;Add note</source>
        <translation>&amp;Agregar nota</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/notes_tab.py" line="42"/>
        <location filename="../../nap_desktop/gui/case/notes_tab.py" line="49"/>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/notes_tab.py" line="48"/>
        <source>What happened, what was agreed, what comes next…</source>
        <translation>Qué pasó, qué se acordó, qué sigue…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/notes_tab.py" line="49"/>
        <source>&amp;New note:</source>
        <translation>&amp;Nueva nota:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/notes_tab.py" line="70"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/notes_tab.py" line="73"/>
        <source>Case notes</source>
        <translation>Notas del caso</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/notes_tab.py" line="84"/>
        <source>No notes yet.</source>
        <translation>Aún no hay notas.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/notes_tab.py" line="85"/>
        <source>Add a note</source>
        <translation>Agregar una nota</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="63"/>
        <location filename="../../nap_desktop/gui/case/release_origin.py" line="55"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="110"/>
        <source>Unknown agency</source>
        <translation>Agencia desconocida</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="70"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="70"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="79"/>
        <source>Created as %1</source>
        <translation>Creada como %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="107"/>
        <source>Referral details</source>
        <translation>Datos de la derivación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="119"/>
        <source>Ser&amp;vices:</source>
        <translation>&amp;Servicios:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="120"/>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgencia:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="122"/>
        <source>Referring &amp;person:</source>
        <translation>&amp;Persona que deriva:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="123"/>
        <source>Referring officer or worker</source>
        <translation>Agente o trabajador(a) que deriva</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="126"/>
        <source>Their &amp;case no.:</source>
        <translation>Su n.º de &amp;caso:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="127"/>
        <source>Partner's case or investigation number</source>
        <translation>Número de caso o de investigación de la agencia asociada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="129"/>
        <source>Sa&amp;fety notes:</source>
        <translation>N&amp;otas de seguridad:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="131"/>
        <source>Re&amp;lease used:</source>
        <translation>Autori&amp;zación usada:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="131"/>
        <source>Release of information used</source>
        <translation>Autorización de divulgación de información usada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="132"/>
        <source>Only active releases to this partner can be chosen.</source>
        <translation>Solo se pueden elegir autorizaciones activas para esta agencia asociada.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="146"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="203"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="161"/>
        <source>%1, expires %2</source>
        <translation>%1, vence el %2</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="163"/>
        <source>Expired %1</source>
        <translation>Vencida el %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="236"/>
        <source>Referral summary</source>
        <translation>Resumen de la derivación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="238"/>
        <source>This case has no referrals yet.</source>
        <translation>Este caso aún no tiene derivaciones.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="240"/>
        <source>Change status</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="259"/>
        <source>Re&amp;ferral:</source>
        <translation>Deri&amp;vación:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="268"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="318"/>
        <source>From %1 · %2 · %3</source>
        <translation>De %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="318"/>
        <source>To %1 · %2 · %3</source>
        <translation>A %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="367"/>
        <source>From %1 to %2</source>
        <translation>De %1 a %2</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="370"/>
        <source>opened %1</source>
        <translation>abierta el %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="373"/>
        <source>outcome: %1</source>
        <translation>resultado: %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="391"/>
        <source>A supervisor approves and sends outgoing referrals.</source>
        <translation>Una persona supervisora aprueba y envía las derivaciones salientes.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="397"/>
        <source>This referral is closed: %1.</source>
        <translation>Esta derivación está cerrada: %1.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="400"/>
        <source>Only the changes allowed from “%1” are offered.</source>
        <translation>Solo se ofrecen los cambios permitidos desde «%1».</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/release_origin.py" line="37"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="397"/>
        <source>another agency</source>
        <translation>otra agencia</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/release_origin.py" line="39"/>
        <source>Recorded by %1 — confirmed here, used for what we share</source>
        <translation>Registrada por %1 — confirmada aquí, cuenta para lo que compartimos</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/release_origin.py" line="40"/>
        <source>Recorded by %1 — not used for what we share</source>
        <translation>Registrada por %1 — no cuenta para lo que compartimos</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/release_origin.py" line="52"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="119"/>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/release_origin.py" line="57"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="86"/>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/release_origin.py" line="58"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="86"/>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/release_origin.py" line="79"/>
        <source>Confirm a partner's release</source>
        <translation>Confirmar la autorización de una agencia asociada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/release_origin.py" line="81"/>
        <source>%1 recorded this release. Confirm it only after you have seen the form the survivor signed. From then on it counts for what your agency shares with the agency it names, exactly like a release your own staff recorded, and later packages from %1 can no longer change it. Your name is written in the audit log.</source>
        <translation>%1 registró esta autorización. Confírmela solo después de haber visto el formulario que firmó la sobreviviente. A partir de entonces cuenta para lo que su agencia comparte con la agencia que nombra, igual que una autorización registrada por su propio personal, y los paquetes posteriores de %1 ya no pueden cambiarla. Su nombre queda en el registro de auditoría.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/release_origin.py" line="87"/>
        <source>The release you confirm</source>
        <translation>La autorización que usted confirma</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/release_origin.py" line="95"/>
        <source>&amp;Confirm for our sharing</source>
        <translation>&amp;Confirmar para lo que compartimos</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/release_origin.py" line="96"/>
        <source>Confirm for our sharing</source>
        <translation>Confirmar para lo que compartimos</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="62"/>
        <source>Legal and preferred name, date of birth, whether a minor.</source>
        <translation>Nombre legal y preferido, fecha de nacimiento, si es menor de edad.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="63"/>
        <source>Phone, e-mail or address, and the safe-contact instructions.</source>
        <translation>Teléfono, correo electrónico o dirección, y las instrucciones de contacto seguro.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="64"/>
        <source>Where the survivor lives or stays (personal under VAWA).</source>
        <translation>Dónde vive o se aloja la persona sobreviviente (dato personal según VAWA).</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="65"/>
        <source>Languages spoken and whether an interpreter is needed.</source>
        <translation>Idiomas que habla y si necesita intérprete.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="66"/>
        <source>Continued Presence, T visa and HHS letters.</source>
        <translation>Presencia Continuada, visa T y cartas de HHS.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="67"/>
        <source>Safety risks and safety notes on referrals and housing.</source>
        <translation>Riesgos de seguridad y notas de seguridad de las derivaciones y la vivienda.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="68"/>
        <source>Housing placements, their dates and assistance paid.</source>
        <translation>Colocaciones en vivienda, sus fechas y la asistencia pagada.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="69"/>
        <source>Court matters, restitution steps and amounts.</source>
        <translation>Asuntos judiciales, pasos y montos de restitución.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="70"/>
        <source>Case notes written by workers.</source>
        <translation>Notas del caso escritas por el personal.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="97"/>
        <source>Revoked %1</source>
        <translation>Revocada el %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="99"/>
        <source>Expired</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="101"/>
        <source>Draft (not signed)</source>
        <translation>Borrador (sin firmar)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="104"/>
        <source>Active · expires in %n day(s)</source>
        <translation>
            <numerusform>Activa · vence en %n día</numerusform>
            <numerusform>Activa · vence en %n días</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="150"/>
        <source>New release</source>
        <translation>Nueva autorización</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="151"/>
        <source>&amp;Record release</source>
        <translation>Re&amp;gistrar autorización</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="154"/>
        <source>— choose the agency —</source>
        <translation>— elija la agencia —</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="160"/>
        <source>e.g. Coordinate housing and legal services</source>
        <translation>p. ej., coordinar servicios de vivienda y legales</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="167"/>
        <source>Not signed yet (draft)</source>
        <translation>Aún sin firmar (borrador)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="170"/>
        <source>The survivor was told services do not depend on signing</source>
        <translation>Se informó a la persona sobreviviente que los servicios no dependen de la firma</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="172"/>
        <source>The survivor declined to sign (record a refusal)</source>
        <translation>La persona sobreviviente no quiso firmar (registrar un rechazo)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="173"/>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinataria:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="173"/>
        <source>Recipient agency</source>
        <translation>Agencia destinataria</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="174"/>
        <source>One agency per release.</source>
        <translation>Una agencia por autorización.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="175"/>
        <source>&amp;Covers:</source>
        <translation>&amp;Cubre:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="175"/>
        <source>Information covered</source>
        <translation>Información cubierta</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="176"/>
        <source>Hover over a category to see what it includes.</source>
        <translation>Pase el puntero sobre una categoría para ver qué incluye.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="177"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Propósito:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="178"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="368"/>
        <source>Signed &amp;by:</source>
        <translation>&amp;Firmada por:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="179"/>
        <source>A minor's release is signed by a parent or guardian.</source>
        <translation>La autorización de una persona menor de edad la firma su madre, padre o tutor legal.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="180"/>
        <source>Form &amp;language:</source>
        <translation>&amp;Idioma del formulario:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="181"/>
        <source>Date signed</source>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="181"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="366"/>
        <source>Si&amp;gned on:</source>
        <translation>Fec&amp;ha de firma:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="182"/>
        <source>E&amp;xpires on:</source>
        <translation>&amp;Vence el:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="182"/>
        <source>Expiry date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="183"/>
        <source>Required: consent is time-limited, at most one year.</source>
        <translation>Obligatorio: el consentimiento tiene un plazo limitado, de un año como máximo.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="184"/>
        <source>&amp;Told:</source>
        <translation>Inf&amp;ormada:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="185"/>
        <source>Told services are not conditional</source>
        <translation>Informada de que los servicios no están condicionados</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="186"/>
        <source>Re&amp;fused:</source>
        <translation>&amp;Rechazo:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="186"/>
        <source>Survivor declined to sign</source>
        <translation>La persona sobreviviente no quiso firmar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="231"/>
        <source>Choose the agency that receives the information.</source>
        <translation>Elija la agencia que recibe la información.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="249"/>
        <source>Releases</source>
        <translation>Autorizaciones</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="254"/>
        <source>Releases of information</source>
        <translation>Autorizaciones de divulgación de información</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="263"/>
        <source>&amp;New release…</source>
        <translation>&amp;Nueva autorización…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="264"/>
        <source>Record a new release of information</source>
        <translation>Registrar una nueva autorización de divulgación de información</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="266"/>
        <source>Record &amp;signature…</source>
        <translation>Registrar &amp;firma…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="267"/>
        <source>Record the signature of a draft release</source>
        <translation>Registrar la firma de una autorización en borrador</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="269"/>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="270"/>
        <source>Revoke the selected release</source>
        <translation>Revocar la autorización seleccionada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="272"/>
        <source>Con&amp;firm partner's release…</source>
        <translation>Confir&amp;mar autorización de la otra agencia…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="273"/>
        <source>Confirm a release another agency recorded</source>
        <translation>Confirmar una autorización que registró otra agencia</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="277"/>
        <source>What the selected release covers</source>
        <translation>Qué cubre la autorización seleccionada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="278"/>
        <source>No releases of information yet. Nothing personal can be shared with a partner until the survivor signs one.</source>
        <translation>Aún no hay autorizaciones de divulgación de información. No se puede compartir nada personal con una agencia asociada hasta que la persona sobreviviente firme una.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="285"/>
        <source>Selected release</source>
        <translation>Autorización seleccionada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="324"/>
        <source>Select a release to see what it covers.</source>
        <translation>Seleccione una autorización para ver qué cubre.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="332"/>
        <source>Purpose: %1</source>
        <translation>Propósito: %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="333"/>
        <source>Form language: %1 · expires %2</source>
        <translation>Idioma del formulario: %1 · vence el %2</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="337"/>
        <source>Exception basis: %1</source>
        <translation>Fundamento de la excepción: %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="341"/>
        <source>Covers:</source>
        <translation>Cubre:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="345"/>
        <source>This release was recorded by another agency: it does not decide what we share until a supervisor confirms it.</source>
        <translation>Esta autorización la registró otra agencia: no decide lo que compartimos hasta que un supervisor la confirme.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="348"/>
        <source>Not covered (redacted in anything sent): %1</source>
        <translation>No cubierto (se tacha en todo lo que se envíe): %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="356"/>
        <source>New release of information</source>
        <translation>Nueva autorización de divulgación de información</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="364"/>
        <source>Record signature</source>
        <translation>Registrar firma</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="365"/>
        <source>The draft release becomes active from the date it was signed.</source>
        <translation>La autorización en borrador queda activa desde la fecha en que se firmó.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="367"/>
        <source>Record &amp;signature</source>
        <translation>Registrar &amp;firma</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="379"/>
        <source>Revoke release</source>
        <translation>Revocar autorización</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="380"/>
        <source>The survivor withdrew consent. From the date below nothing more is shared with %1 under this release. This cannot be undone; record a new release if consent is given again.</source>
        <translation>La persona sobreviviente retiró su consentimiento. A partir de la fecha indicada no se comparte nada más con %1 bajo esta autorización. Esto no se puede deshacer; registre una nueva autorización si vuelve a dar su consentimiento.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="383"/>
        <source>Re&amp;voked on:</source>
        <translation>&amp;Revocada el:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="384"/>
        <source>Re&amp;voke release</source>
        <translation>Re&amp;vocar autorización</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="46"/>
        <source>New restitution matter</source>
        <translation>Nuevo asunto de restitución</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="47"/>
        <source>&amp;Open matter</source>
        <translation>&amp;Abrir asunto</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="50"/>
        <source>e.g. U.S. District Court, District of Example</source>
        <translation>p. ej., Tribunal de Distrito de EE. UU., Distrito de Ejemplo</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="53"/>
        <source>As listed on the docket</source>
        <translation>Tal como figura en el expediente</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="56"/>
        <source>State law</source>
        <translation>Ley estatal</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="58"/>
        <source>e.g. 12,500.00 (can be added later)</source>
        <translation>p. ej., 12,500.00 (se puede agregar después)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="59"/>
        <source>&amp;Court:</source>
        <translation>&amp;Tribunal:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="60"/>
        <source>&amp;Docket no.:</source>
        <translation>N.º de &amp;expediente:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="61"/>
        <source>De&amp;fendant:</source>
        <translation>Ac&amp;usado:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="62"/>
        <source>&amp;Statute:</source>
        <translation>&amp;Norma legal:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="63"/>
        <source>18 U.S.C. 1593: mandatory restitution of the full loss.</source>
        <translation>18 U.S.C. 1593: restitución obligatoria de la totalidad de la pérdida.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="64"/>
        <source>&amp;Losses claimed:</source>
        <translation>&amp;Pérdidas reclamadas:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="65"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="111"/>
        <source>Losses claimed in dollars</source>
        <translation>Pérdidas reclamadas en dólares</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="106"/>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="134"/>
        <source>Amounts</source>
        <translation>Montos</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="110"/>
        <source>Losses &amp;claimed:</source>
        <translation>&amp;Pérdidas reclamadas:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="112"/>
        <source>&amp;Ordered:</source>
        <translation>&amp;Ordenado:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="113"/>
        <source>Restitution ordered in dollars</source>
        <translation>Restitución ordenada en dólares</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="114"/>
        <source>The final amount may be set up to 90 days after sentencing.</source>
        <translation>El monto final puede fijarse hasta 90 días después de la sentencia.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="155"/>
        <source>&amp;Save step</source>
        <translation>&amp;Guardar paso</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="161"/>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="162"/>
        <source>Today when saved</source>
        <translation>Hoy, al guardar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="164"/>
        <source>Step status</source>
        <translation>Estado del paso</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="165"/>
        <source>D&amp;ue:</source>
        <translation>Fecha &amp;límite:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="165"/>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="166"/>
        <source>Com&amp;pleted:</source>
        <translation>&amp;Finalizado:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="166"/>
        <source>Completed on</source>
        <translation>Fecha de finalización</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="167"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="167"/>
        <source>Step note</source>
        <translation>Nota del paso</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="222"/>
        <source>New money entry</source>
        <translation>Nuevo movimiento de dinero</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="229"/>
        <source>e.g. 250.00</source>
        <translation>p. ej., 250.00</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="233"/>
        <source>Collected or disbursed</source>
        <translation>Cobrado o desembolsado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="235"/>
        <source>&amp;Date:</source>
        <translation>Fec&amp;ha:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="235"/>
        <source>Date of the payment</source>
        <translation>Fecha del pago</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="236"/>
        <source>Money note</source>
        <translation>Nota del movimiento</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="63"/>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="73"/>
        <source>Overdue by %n day(s): it was due %1.</source>
        <translation>
            <numerusform>Atrasado %n día: vencía el %1.</numerusform>
            <numerusform>Atrasado %n días: vencía el %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="96"/>
        <source>Restitution</source>
        <translation>Restitución</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="100"/>
        <source>Restitution matter</source>
        <translation>Asunto de restitución</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="103"/>
        <source>&amp;Open matter…</source>
        <translation>&amp;Abrir asunto…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="104"/>
        <source>Open a new restitution matter</source>
        <translation>Abrir un nuevo asunto de restitución</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="106"/>
        <source>Clos&amp;e matter…</source>
        <translation>C&amp;errar asunto…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="107"/>
        <source>Close the restitution matter</source>
        <translation>Cerrar el asunto de restitución</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="110"/>
        <source>Matter details</source>
        <translation>Datos del asunto</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="113"/>
        <source>Restitution totals</source>
        <translation>Totales de restitución</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="115"/>
        <source>Restitution steps</source>
        <translation>Pasos de restitución</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="118"/>
        <source>Money collected and disbursed</source>
        <translation>Dinero cobrado y desembolsado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="124"/>
        <source>No restitution matter yet. Open one when charges are filed or a prosecutor asks for the survivor's losses.</source>
        <translation>Aún no hay asunto de restitución. Abra uno cuando se presenten cargos o la fiscalía solicite las pérdidas de la persona sobreviviente.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="132"/>
        <source>Matter</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="138"/>
        <source>Collected and disbursed</source>
        <translation>Cobrado y desembolsado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="142"/>
        <source>Checklist</source>
        <translation>Lista de pasos</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="146"/>
        <source>Select a step to change its status or dates. Overdue steps are shown in red.</source>
        <translation>Seleccione un paso para cambiar su estado o sus fechas. Los pasos atrasados se muestran en rojo.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="171"/>
        <source>&amp;Matter:</source>
        <translation>A&amp;sunto:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="239"/>
        <source>Closed: %1</source>
        <translation>Cerrado: %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="240"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="280"/>
        <source>Docket</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="288"/>
        <source>Collected</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="288"/>
        <source>Disbursed</source>
        <translation>Desembolsado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="289"/>
        <source>Balance owed</source>
        <translation>Saldo adeudado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="289"/>
        <source>Collected, not yet paid out</source>
        <translation>Cobrado, aún no entregado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="301"/>
        <source>Open restitution matter</source>
        <translation>Abrir asunto de restitución</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="316"/>
        <source>Close restitution matter</source>
        <translation>Cerrar asunto de restitución</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="317"/>
        <source>Closing marks the last step done. Record why the matter is closed.</source>
        <translation>Al cerrar, el último paso queda marcado como hecho. Registre por qué se cierra el asunto.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="318"/>
        <source>Closed on:</source>
        <translation>Cerrado el:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="319"/>
        <source>Clos&amp;e matter</source>
        <translation>C&amp;errar asunto</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="320"/>
        <location filename="../../nap_desktop/gui/case/transition.py" line="94"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="32"/>
        <source>Se&amp;nd to partner</source>
        <translation>&amp;Enviar a la agencia asociada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="33"/>
        <source>Mark &amp;received</source>
        <translation>Marcar como &amp;recibida</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="34"/>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="35"/>
        <source>&amp;Decline…</source>
        <translation>Rec&amp;hazar…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="36"/>
        <source>Start &amp;work</source>
        <translation>&amp;Iniciar el trabajo</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="37"/>
        <source>Co&amp;mplete…</source>
        <translation>Co&amp;mpletar…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="38"/>
        <source>&amp;Withdraw…</source>
        <translation>Re&amp;tirar…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="39"/>
        <source>Mark e&amp;xpired</source>
        <translation>Marcar como ve&amp;ncida</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="73"/>
        <source>The referral moves from “%1” to “%2”.</source>
        <translation>La derivación pasa de «%1» a «%2».</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="83"/>
        <source>— choose a reason —</source>
        <translation>— elija un motivo —</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="91"/>
        <source>Problem with this change</source>
        <translation>Problema con este cambio</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="93"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="95"/>
        <source>De&amp;tails:</source>
        <translation>De&amp;talles:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="95"/>
        <source>Reason details</source>
        <translation>Detalles del motivo</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="128"/>
        <source>A reason is required for this change.</source>
        <translation>Este cambio requiere un motivo.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="130"/>
        <source>Say whether the referral reached its goal.</source>
        <translation>Indique si la derivación logró su objetivo.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="132"/>
        <source>Details are optional.</source>
        <translation>Los detalles son opcionales.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/withheld.py" line="16"/>
        <source>the sending agency</source>
        <translation>la agencia remitente</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/withheld.py" line="17"/>
        <source>Withheld by %1 — no release</source>
        <translation>Retenido por %1: sin autorización</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/withheld.py" line="36"/>
        <source>Enter a value…</source>
        <translation>Ingresar un valor…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/withheld.py" line="37"/>
        <source>Enter a value for %1 here</source>
        <translation>Ingresar aquí un valor para %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/withheld.py" line="38"/>
        <source>The sending agency keeps its own value. A value entered here replaces it when this case is sent back.</source>
        <translation>La agencia remitente conserva su propio valor. Un valor ingresado aquí lo reemplaza cuando este caso se le devuelva.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/common.py" line="313"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/common.py" line="314"/>
        <source>You have unsaved changes in “%1”. Save them before moving on?</source>
        <translation>Tiene cambios sin guardar en «%1». ¿Guardarlos antes de continuar?</translation>
    </message>
</context>
<context>
    <name>CaseTabs</name>
    <message>
        <location filename="../../nap_desktop/gui/case/tabs.py" line="75"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/tabs.py" line="107"/>
        <location filename="../../nap_desktop/gui/case/tabs.py" line="148"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/tabs.py" line="108"/>
        <source>This case has unsaved changes. Close it and discard them?</source>
        <translation>Este caso tiene cambios sin guardar. ¿Cerrarlo y descartarlos?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nap_desktop/gui/case/tabs.py" line="149"/>
        <source>%n case(s) have unsaved changes. Quit and discard them?</source>
        <translation>
            <numerusform>%n caso tiene cambios sin guardar. ¿Salir y descartarlos?</numerusform>
            <numerusform>%n casos tienen cambios sin guardar. ¿Salir y descartarlos?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="65"/>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="67"/>
        <source>Client name</source>
        <translation>Nombre de la persona sobreviviente</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="70"/>
        <source>Re&amp;veal this case</source>
        <translation>&amp;Revelar este caso</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="71"/>
        <source>Reveal personal details of this case</source>
        <translation>Revelar los datos personales de este caso</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="72"/>
        <source>Shows this case's personal details. Recorded in the audit log.</source>
        <translation>Muestra los datos personales de este caso. Queda registrado en la bitácora de auditoría.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="75"/>
        <source>Re&amp;load</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="76"/>
        <source>Reload this case</source>
        <translation>Volver a cargar este caso</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="78"/>
        <source>&amp;Summary…</source>
        <translation>Res&amp;umen…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="79"/>
        <source>Referral summary: preview, print or save</source>
        <translation>Resumen de la derivación: vista previa, imprimir o guardar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="80"/>
        <source>A PDF summary of the selected referral, for our agency or for a partner (redacted by its releases).</source>
        <translation>Un resumen en PDF de la derivación seleccionada, para nuestra agencia o para una agencia asociada (con lo no autorizado tachado según sus autorizaciones de divulgación).</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="86"/>
        <source>Discreet mode: names and personal details are hidden.</source>
        <translation>Modo discreto: los nombres y datos personales están ocultos.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="89"/>
        <source>Case sections</source>
        <translation>Secciones del caso</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="92"/>
        <source>Referral</source>
        <translation>Derivación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="93"/>
        <source>Client</source>
        <translation>Sobreviviente</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="94"/>
        <source>Releases</source>
        <translation>Autorizaciones</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="95"/>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="96"/>
        <source>Restitution</source>
        <translation>Restitución</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="97"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="98"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="177"/>
        <source>(name not shared)</source>
        <translation>(nombre no compartido)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="179"/>
        <source>%1 masked</source>
        <translation>%1 oculto</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="194"/>
        <source>Referral: %1</source>
        <translation>Derivación: %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="200"/>
        <source>No active release</source>
        <translation>Sin autorización activa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nap_desktop/gui/case/view.py" line="203"/>
        <source>Release expires in %n day(s)</source>
        <translation>
            <numerusform>La autorización vence en %n día</numerusform>
            <numerusform>La autorización vence en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nap_desktop/gui/case/view.py" line="206"/>
        <source>%n overdue step(s)</source>
        <translation>
            <numerusform>%n paso atrasado</numerusform>
            <numerusform>%n pasos atrasados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="209"/>
        <source>Minor</source>
        <translation>Menor de edad</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="211"/>
        <source>Interpreter needed</source>
        <translation>Necesita intérprete</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../nap_desktop/gui/caseload/model.py" line="108"/>
        <source>•••• masked</source>
        <translation>•••• oculto</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/model.py" line="136"/>
        <source>(name not shared)</source>
        <translation>(nombre no compartido)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/model.py" line="385"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/model.py" line="386"/>
        <source>Client</source>
        <translation>Sobreviviente</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/model.py" line="387"/>
        <source>Direction and partner</source>
        <translation>Dirección y agencia asociada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/model.py" line="388"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/model.py" line="389"/>
        <source>Services requested</source>
        <translation>Servicios solicitados</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/model.py" line="390"/>
        <source>Next due</source>
        <translation>Próximo vencimiento</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/model.py" line="391"/>
        <source>Last update</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/model.py" line="392"/>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
</context>
<context>
    <name>CaseloadReportAction</name>
    <message>
        <location filename="../../nap_desktop/gui/caseload/report.py" line="37"/>
        <source>Caseload &amp;report…</source>
        <translation>&amp;Informe de la carga de casos…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/report.py" line="47"/>
        <source>Caseload reports are for supervisors.</source>
        <translation>Los informes de la carga de casos son para supervisores.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/report.py" line="57"/>
        <source>Save the caseload report</source>
        <translation>Guardar el informe de la carga de casos</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/report.py" line="64"/>
        <source>Making the caseload report…</source>
        <translation>Preparando el informe de la carga de casos…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nap_desktop/gui/caseload/report.py" line="82"/>
        <source>Caseload report saved (%n page(s)): %1</source>
        <translation>
            <numerusform>Informe de la carga de casos guardado (%n página): %1</numerusform>
            <numerusform>Informe de la carga de casos guardado (%n páginas): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <location filename="../../nap_desktop/gui/caseload/view.py" line="114"/>
        <source>Caseload</source>
        <translation>Carga de casos</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/view.py" line="144"/>
        <source>Number of referrals shown</source>
        <translation>Número de derivaciones mostradas</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/view.py" line="194"/>
        <source>%1+ referrals (counting…)</source>
        <translation>%1+ derivaciones (contando…)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/view.py" line="196"/>
        <source>No referrals match. Esc in the search box clears the search; “Show: All referrals” and “Any status” widen the list.</source>
        <translation>Ninguna derivación coincide. Esc en el cuadro de búsqueda borra la búsqueda; «Mostrar: Todas las derivaciones» y «Cualquier estado» amplían la lista.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/view.py" line="201"/>
        <source>%1 referrals</source>
        <translation>%1 derivaciones</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/view.py" line="201"/>
        <source>1 referral</source>
        <translation>1 derivación</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="173"/>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="174"/>
        <source>Which referrals with this partner go in the package?</source>
        <translation>¿Qué derivaciones con esta agencia asociada van en el paquete?</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="175"/>
        <source>&amp;Every referral with this partner</source>
        <translation>&amp;Todas las derivaciones con esta agencia asociada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="176"/>
        <source>Send every referral with this partner</source>
        <translation>Enviar todas las derivaciones con esta agencia asociada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="177"/>
        <source>Only the referrals I &amp;tick</source>
        <translation>Solo las derivaciones que &amp;marque</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="178"/>
        <source>Send only the ticked referrals</source>
        <translation>Enviar solo las derivaciones marcadas</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="183"/>
        <source>Case number, name or partner's case number…</source>
        <translation>Número de caso, nombre o número de caso de la agencia asociada…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="184"/>
        <source>Search the referrals</source>
        <translation>Buscar en las derivaciones</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="185"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="188"/>
        <source>Case number</source>
        <translation>N.º de caso</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="188"/>
        <source>Client</source>
        <translation>Sobreviviente</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="188"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="188"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="189"/>
        <source>Last update</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="190"/>
        <source>Referrals with this partner</source>
        <translation>Derivaciones con esta agencia asociada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="194"/>
        <source>Tick all sho&amp;wn</source>
        <translation>Marcar todas las &amp;visibles</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="195"/>
        <source>Tick every referral shown</source>
        <translation>Marcar todas las derivaciones visibles</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="197"/>
        <source>&amp;Untick all</source>
        <translation>&amp;Desmarcar todas</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="198"/>
        <source>Untick every referral</source>
        <translation>Desmarcar todas las derivaciones</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="200"/>
        <source>How many referrals are ticked</source>
        <translation>Cuántas derivaciones están marcadas</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="201"/>
        <source>About the list</source>
        <translation>Acerca de la lista</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="225"/>
        <source>&amp;Referrals with this partner:</source>
        <translation>De&amp;rivaciones con esta agencia asociada:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="249"/>
        <source>%1 of the selected referrals are not with this partner and were left out.</source>
        <translation>%1 de las derivaciones seleccionadas no son con esta agencia asociada y se dejaron fuera.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="272"/>
        <source>Showing the first %1 of %2 referrals: search to narrow the list.</source>
        <translation>Se muestran las primeras %1 de %2 derivaciones: busque para acotar la lista.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="276"/>
        <source>No referral with this partner matches.</source>
        <translation>Ninguna derivación con esta agencia asociada coincide.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="291"/>
        <source>Tick the referrals to send.</source>
        <translation>Marque las derivaciones que desea enviar.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="293"/>
        <source>1 referral ticked</source>
        <translation>1 derivación marcada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="294"/>
        <source>%1 referrals ticked</source>
        <translation>%1 derivaciones marcadas</translation>
    </message>
</context>
<context>
    <name>ChangeOwnPassphraseDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="258"/>
        <source>Change my passphrase</source>
        <translation>Cambiar mi frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="262"/>
        <source>&amp;Current passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="263"/>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="264"/>
        <source>C&amp;hange passphrase</source>
        <translation>Ca&amp;mbiar frase de contraseña</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="102"/>
        <source>(not in this version)</source>
        <translation>(no está en esta versión)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="106"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="106"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="140"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="142"/>
        <source>Case number</source>
        <translation>N.º de caso</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="142"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="143"/>
        <source>Found</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="143"/>
        <source>From partner</source>
        <translation>De la agencia asociada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="144"/>
        <source>Conflicts waiting for a decision</source>
        <translation>Conflictos pendientes de decisión</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="149"/>
        <source>&amp;Waiting for a decision:</source>
        <translation>&amp;Pendientes de decisión:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="151"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="151"/>
        <source>Ours (this vault)</source>
        <translation>Nuestra (esta bóveda)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="152"/>
        <source>Theirs (the partner's)</source>
        <translation>Suya (de la agencia asociada)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="153"/>
        <source>Both versions, field by field</source>
        <translation>Ambas versiones, campo por campo</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="157"/>
        <source>The conflict compared</source>
        <translation>Comparación del conflicto</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="158"/>
        <source>Both &amp;versions (differences first, in bold):</source>
        <translation>Ambas &amp;versiones (primero las diferencias, en negrita):</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="160"/>
        <source>Keep &amp;ours</source>
        <translation>Conservar la &amp;nuestra</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="161"/>
        <source>Keep our version</source>
        <translation>Conservar nuestra versión</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="162"/>
        <source>Keep &amp;theirs</source>
        <translation>Conservar la &amp;suya</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="163"/>
        <source>Keep the partner's version</source>
        <translation>Conservar la versión de la agencia asociada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="166"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="168"/>
        <source>Conflict status</source>
        <translation>Estado del conflicto</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="169"/>
        <source>Number of conflicts</source>
        <translation>Número de conflictos</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="170"/>
        <source>Keeping ours: the partner receives our version with the next export. Keeping theirs: their version replaces ours here, except your consent and the details you withhold from the partner, which stay yours; status history keeps who did what (theirs is added as the partner's).</source>
        <translation>Conservar la nuestra: la agencia asociada recibe nuestra versión con la próxima exportación. Conservar la suya: su versión reemplaza la nuestra aquí, salvo su consentimiento y los datos que usted no comparte con esa agencia, que siguen siendo suyos; el historial de estados conserva quién hizo qué (el de ellos se agrega como de la agencia asociada).</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="176"/>
        <source>Discreet mode hides personal details in the comparison.</source>
        <translation>El modo discreto oculta los datos personales en la comparación.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="221"/>
        <source>No conflicts: nothing waits for a decision.</source>
        <translation>No hay conflictos: nada está pendiente de decisión.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="222"/>
        <source>%1 conflict(s) wait for a decision.</source>
        <translation>%1 conflicto(s) pendiente(s) de decisión.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="250"/>
        <source>Choose a conflict to compare both versions.</source>
        <translation>Elija un conflicto para comparar ambas versiones.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="253"/>
        <source>%1 of case %2, changed here and at %3 (found %4)</source>
        <translation>%1 del caso %2, modificado aquí y en %3 (detectado el %4)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="265"/>
        <source>(not sent, or not the partner's to change: ours stays)</source>
        <translation>(no enviado, o no le corresponde cambiarlo a la agencia asociada: se conserva el nuestro)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="285"/>
        <source>%1's version</source>
        <translation>la versión de %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="285"/>
        <source>our version</source>
        <translation>nuestra versión</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="286"/>
        <source>the partner</source>
        <translation>la agencia asociada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="287"/>
        <source>Keep %1 of this %2 (case %3)? The other version is discarded.</source>
        <translation>¿Conservar %1 de este registro (%2, caso %3)? La otra versión se descarta.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="290"/>
        <source>Resolve the conflict</source>
        <translation>Resolver el conflicto</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="298"/>
        <source>Resolved: kept %1.</source>
        <translation>Resuelto: se conservó %1.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="93"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="93"/>
        <source>Client</source>
        <translation>Sobreviviente</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="93"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="93"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="93"/>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="142"/>
        <source>What needs attention today</source>
        <translation>Lo que requiere atención hoy</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="159"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="160"/>
        <source>Days before a referral counts as waiting</source>
        <translation>Días antes de que una derivación se considere en espera</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="161"/>
        <source>Referrals waiting &amp;longer than:</source>
        <translation>Derivaciones en espera por &amp;más de:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="163"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="164"/>
        <source>Refresh the dashboard</source>
        <translation>Actualizar el panel</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="183"/>
        <source>Items that need attention</source>
        <translation>Elementos que requieren atención</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="198"/>
        <source>Each list shows its first %1: the most recently overdue steps, the soonest expiries and exits, the longest waits. The caseload lists every one (Show: Overdue, Consent expiring, Awaiting response).</source>
        <translation>Cada lista muestra sus primeros %1: los pasos vencidos más recientes, los vencimientos y salidas más próximos, las esperas más largas. La carga de casos los muestra todos (Mostrar: Atrasadas, Consentimiento por vencer, En espera de respuesta).</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="210"/>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="212"/>
        <source>Referrals by status</source>
        <translation>Derivaciones por estado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="266"/>
        <source>Overdue restitution steps</source>
        <translation>Pasos de restitución atrasados</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="267"/>
        <source>Releases expiring within 30 days</source>
        <translation>Autorizaciones que vencen en los próximos 30 días</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="268"/>
        <source>Housing exits and move-ins due</source>
        <translation>Salidas y mudanzas de vivienda pendientes</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="269"/>
        <source>Referrals awaiting a response</source>
        <translation>Derivaciones en espera de respuesta</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export.py" line="82"/>
        <source>Export to a partner</source>
        <translation>Exportar a una agencia asociada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export.py" line="165"/>
        <source>The package is being written; the wizard closes when it is done.</source>
        <translation>Se está escribiendo el paquete; el asistente se cerrará cuando termine.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="79"/>
        <source>To %1: %2 of %3, %4 in all.</source>
        <translation>Para %1: %2 de %3, %4 en total.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="81"/>
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n derivación</numerusform>
            <numerusform>%n derivaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="83"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n sobreviviente</numerusform>
            <numerusform>%n sobrevivientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="85"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="37"/>
        <source>Search case number, name, external number or notes…</source>
        <translation>Caso, nombre, n.º externo o notas…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="40"/>
        <source>Search the caseload</source>
        <translation>Buscar en la carga de casos</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="41"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="45"/>
        <source>Quick filter</source>
        <translation>Filtro rápido</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="48"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="52"/>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="53"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="56"/>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="60"/>
        <source>Partner filter</source>
        <translation>Filtro de agencia asociada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="65"/>
        <source>&amp;Partner:</source>
        <translation>&amp;Agencia asociada:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="90"/>
        <source>All referrals</source>
        <translation>Todas las derivaciones</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="91"/>
        <source>My cases</source>
        <translation>Mis casos</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="92"/>
        <source>Awaiting response</source>
        <translation>En espera de respuesta</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="93"/>
        <source>Overdue</source>
        <translation>Atrasadas</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="94"/>
        <source>Consent expiring (30 days)</source>
        <translation>Consentimiento por vencer (30 días)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="107"/>
        <source>Any partner</source>
        <translation>Cualquier agencia asociada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="151"/>
        <source>a search (hidden in discreet mode)</source>
        <translation>una búsqueda (oculta en modo discreto)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="153"/>
        <source>search “%1”</source>
        <translation>búsqueda «%1»</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="204"/>
        <source>Set up NAP Desktop</source>
        <translation>Configurar NAP Desktop</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="231"/>
        <source>Creating the encrypted vault…</source>
        <translation>Creando la bóveda cifrada…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="253"/>
        <source>The vault was created.</source>
        <translation>Se creó la bóveda.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="136"/>
        <source>Import a package</source>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="138"/>
        <source>Checking %1…</source>
        <translation>Verificando %1…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="140"/>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="141"/>
        <source>Checking the package</source>
        <translation>Verificando el paquete</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="142"/>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="145"/>
        <source>About the package</source>
        <translation>Acerca del paquete</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="174"/>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="177"/>
        <source>Case number</source>
        <translation>N.º de caso</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="174"/>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="177"/>
        <source>Client</source>
        <translation>Sobreviviente</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="174"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="175"/>
        <source>Changes here</source>
        <translation>Cambios aquí</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="176"/>
        <source>Withheld inside by the sender</source>
        <translation>Retenido dentro por el remitente</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="178"/>
        <source>Withheld by the sender</source>
        <translation>Retenido por el remitente</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="180"/>
        <source>Records in the package</source>
        <translation>Registros del paquete</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="189"/>
        <source>&amp;Withheld</source>
        <translation>Retenido&amp;s</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="189"/>
        <source>Withheld</source>
        <translation>Retenidos</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="194"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="195"/>
        <source>Apply the import</source>
        <translation>Aplicar la importación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="198"/>
        <source>Open c&amp;onflicts…</source>
        <translation>Abrir c&amp;onflictos…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="199"/>
        <source>Open the conflicts</source>
        <translation>Abrir los conflictos</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="226"/>
        <source>Package from %1, made %2 (%3)</source>
        <translation>Paquete de %1, creado el %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="229"/>
        <source>This package was already imported: nothing would change.</source>
        <translation>Este paquete ya se importó: no cambiaría nada.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="257"/>
        <source>&amp;Withheld (%1)</source>
        <translation>Retenido&amp;s (%1)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="266"/>
        <source>Records changed on both sides become conflicts: both versions are kept until a person chooses (Transfer ▸ Conflicts).</source>
        <translation>Los registros modificados en ambos lados se convierten en conflictos: se conservan ambas versiones hasta que una persona elija (Transferencia ▸ Conflictos).</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="269"/>
        <source>A partner never changes your consent or the details you withhold from it: those changes are not applied (see “Changes here”).</source>
        <translation>Una agencia asociada nunca cambia su consentimiento ni los datos que usted no comparte con ella: esos cambios no se aplican (vea “Cambios aquí”).</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="273"/>
        <source>Releases recorded by the sender are kept as its information; they never open what you share.</source>
        <translation>Las autorizaciones registradas por el remitente se guardan como información suya; nunca abren lo que usted comparte.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="276"/>
        <source>The sender used a supervisor override: consent was not applied to this package.</source>
        <translation>El remitente usó una excepción de supervisión: no se aplicó el consentimiento a este paquete.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="278"/>
        <source>Withheld details stay as they are here. New case numbers may change if the number is taken in your vault.</source>
        <translation>Los datos retenidos se quedan como están aquí. Los números de caso nuevos pueden cambiar si el número ya está en uso en su bóveda.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="286"/>
        <source>%1 cannot be imported.</source>
        <translation>No se puede importar %1.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="288"/>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="311"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="289"/>
        <source>Nothing in your vault was changed.</source>
        <translation>No se cambió nada en su bóveda.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="302"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="305"/>
        <source>The import is being applied; it finishes in a moment.</source>
        <translation>Se está aplicando la importación; terminará en un momento.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="313"/>
        <source>This package was already imported: nothing changed.</source>
        <translation>Este paquete ya se importó: no cambió nada.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="317"/>
        <source>Imported: %1 new, %2 updated, %3 conflicting, %4 unchanged, %5 kept as newer here.</source>
        <translation>Importado: %1 nuevos, %2 actualizados, %3 en conflicto, %4 sin cambios, %5 conservados por ser más recientes aquí.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="323"/>
        <source>Not applied: %1 (a partner never changes your consent or what you withhold from it).</source>
        <translation>No se aplicaron: %1 (una agencia asociada nunca cambia su consentimiento ni lo que usted no comparte con ella).</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="53"/>
        <source>Federal law enforcement</source>
        <translation>Fuerzas del orden federales</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="54"/>
        <source>State or local law enforcement</source>
        <translation>Fuerzas del orden estatales o locales</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="55"/>
        <source>Task force</source>
        <translation>Grupo de trabajo interinstitucional</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="56"/>
        <source>Prosecutor</source>
        <translation>Fiscalía</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="57"/>
        <source>Victim service provider</source>
        <translation>Organización de servicios a víctimas</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="58"/>
        <source>Housing provider</source>
        <translation>Proveedor de vivienda</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="59"/>
        <source>Legal services</source>
        <translation>Servicios legales</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="60"/>
        <source>Health services</source>
        <translation>Servicios de salud</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="61"/>
        <source>Other agency</source>
        <translation>Otra agencia</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="63"/>
        <source>Caseworker</source>
        <translation>Gestor(a) de casos</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="64"/>
        <source>Supervisor</source>
        <translation>Supervisor(a)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="65"/>
        <source>Administrator</source>
        <translation>Administrador(a)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="67"/>
        <source>Sex trafficking</source>
        <translation>Trata con fines de explotación sexual</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="68"/>
        <source>Labor trafficking</source>
        <translation>Trata con fines de explotación laboral</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="69"/>
        <source>Sex and labor trafficking</source>
        <translation>Trata con fines de explotación sexual y laboral</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="70"/>
        <source>Not known yet</source>
        <translation>Aún no se sabe</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="72"/>
        <source>Identity (names, date of birth, minor)</source>
        <translation>Identidad (nombres, fecha de nacimiento, minoría de edad)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="73"/>
        <source>Contact and safe-contact details</source>
        <translation>Datos de contacto y de contacto seguro</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="74"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="75"/>
        <source>Languages and interpreter</source>
        <translation>Idiomas e intérprete</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="76"/>
        <source>Immigration relief</source>
        <translation>Alivio migratorio</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="77"/>
        <source>Safety risks and notes</source>
        <translation>Riesgos y notas de seguridad</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="78"/>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="95"/>
        <source>Housing</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="79"/>
        <source>Restitution</source>
        <translation>Restitución</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="80"/>
        <source>Case notes</source>
        <translation>Notas del caso</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="82"/>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="112"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="83"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="84"/>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="120"/>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="221"/>
        <source>Expired</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="85"/>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="86"/>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="88"/>
        <source>Survivor</source>
        <translation>Sobreviviente</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="89"/>
        <source>Guardian</source>
        <translation>Tutor(a) legal</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="91"/>
        <source>Law enforcement → victim services</source>
        <translation>Fuerzas del orden → servicios a víctimas</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="92"/>
        <source>Victim services → law enforcement</source>
        <translation>Servicios a víctimas → fuerzas del orden</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="93"/>
        <source>Between service providers</source>
        <translation>Entre proveedores de servicios</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="96"/>
        <source>Legal</source>
        <translation>Asistencia legal</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="97"/>
        <source>Immigration</source>
        <translation>Inmigración</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="98"/>
        <source>Medical</source>
        <translation>Atención médica</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="99"/>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="100"/>
        <source>Substance use</source>
        <translation>Consumo de sustancias</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="101"/>
        <source>Employment</source>
        <translation>Empleo</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="102"/>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="103"/>
        <source>Interpretation</source>
        <translation>Interpretación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="104"/>
        <source>Child care</source>
        <translation>Cuidado infantil</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="105"/>
        <source>Repatriation</source>
        <translation>Repatriación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="106"/>
        <source>Other service</source>
        <translation>Otro servicio</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="108"/>
        <source>Routine</source>
        <translation>Ordinaria</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="109"/>
        <source>Priority</source>
        <translation>Prioritaria</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="110"/>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="113"/>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="114"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="115"/>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="149"/>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="116"/>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="117"/>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="205"/>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="118"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="119"/>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="154"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="122"/>
        <source>Successful</source>
        <translation>Con éxito</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="123"/>
        <source>Not successful</source>
        <translation>Sin éxito</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="125"/>
        <source>Client refused services</source>
        <translation>La persona sobreviviente rechazó los servicios</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="126"/>
        <source>Lack of capacity</source>
        <translation>Falta de capacidad</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="127"/>
        <source>Services no longer needed</source>
        <translation>Ya no necesita los servicios</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="130"/>
        <source>Unable to contact client</source>
        <translation>No se pudo contactar a la persona sobreviviente</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="134"/>
        <source>Unable to contact receiving organisation</source>
        <translation>No se pudo contactar a la organización receptora</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="136"/>
        <source>Other reason</source>
        <translation>Otro motivo</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="138"/>
        <source>Emergency shelter</source>
        <translation>Albergue de emergencia</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="139"/>
        <source>Transitional housing</source>
        <translation>Vivienda de transición</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="142"/>
        <source>Rapid re-housing / short-term assistance</source>
        <translation>Reubicación rápida / asistencia a corto plazo</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="144"/>
        <source>Permanent supportive housing</source>
        <translation>Vivienda permanente con apoyo</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="145"/>
        <source>Other permanent housing</source>
        <translation>Otra vivienda permanente</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="147"/>
        <source>Referred</source>
        <translation>Derivada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="148"/>
        <source>Waitlisted</source>
        <translation>En lista de espera</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="150"/>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="151"/>
        <source>Moved in</source>
        <translation>Mudanza realizada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="152"/>
        <source>Exited</source>
        <translation>Salida realizada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="153"/>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="220"/>
        <source>Denied</source>
        <translation>Denegada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="156"/>
        <source>Permanent: own rental or owned</source>
        <translation>Permanente: alquiler propio o vivienda propia</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="159"/>
        <source>Permanent: with family or friends</source>
        <translation>Permanente: con familiares o amistades</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="161"/>
        <source>Temporary situation</source>
        <translation>Situación temporal</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="162"/>
        <source>Institutional setting</source>
        <translation>Entorno institucional</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="163"/>
        <source>Homeless situation</source>
        <translation>Situación de calle</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="164"/>
        <source>Repatriated</source>
        <translation>Repatriada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="165"/>
        <source>Deceased</source>
        <translation>Fallecida</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="166"/>
        <source>Client doesn't know or refused</source>
        <translation>La persona sobreviviente no sabe o no quiso responder</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="167"/>
        <source>Other destination</source>
        <translation>Otro destino</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="169"/>
        <source>Rent</source>
        <translation>Alquiler</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="170"/>
        <source>Deposit</source>
        <translation>Depósito</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="171"/>
        <source>Utilities</source>
        <translation>Servicios (luz, agua, gas)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="172"/>
        <source>Relocation</source>
        <translation>Reubicación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="173"/>
        <source>Other assistance</source>
        <translation>Otra asistencia</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="177"/>
        <source>Loss documentation gathered</source>
        <translation>Documentación de pérdidas reunida</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="181"/>
        <source>Losses submitted to prosecutor</source>
        <translation>Pérdidas presentadas a la fiscalía</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="185"/>
        <source>Victim impact statement to probation</source>
        <translation>Declaración de impacto a libertad condicional</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="187"/>
        <source>Sentencing hearing</source>
        <translation>Audiencia de sentencia</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="188"/>
        <source>Restitution order entered</source>
        <translation>Orden de restitución dictada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="191"/>
        <source>Remission / restoration petition</source>
        <translation>Petición de remisión / restitución</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="195"/>
        <source>Collection monitoring</source>
        <translation>Seguimiento del cobro</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="197"/>
        <source>Disbursements received</source>
        <translation>Desembolsos recibidos</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="200"/>
        <source>Address kept current with clerk</source>
        <translation>Dirección actualizada ante el tribunal</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="202"/>
        <source>Matter closed</source>
        <translation>Asunto cerrado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="204"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="206"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="207"/>
        <source>Not applicable</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="209"/>
        <source>Paid in full</source>
        <translation>Pagado en su totalidad</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="210"/>
        <source>Liability expired</source>
        <translation>Obligación extinguida</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="211"/>
        <source>Defendant deceased</source>
        <translation>Acusado fallecido</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="212"/>
        <source>Closed for another reason</source>
        <translation>Cerrado por otro motivo</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="214"/>
        <source>Collected</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="215"/>
        <source>Disbursed</source>
        <translation>Desembolsado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="217"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="218"/>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="219"/>
        <source>Granted</source>
        <translation>Otorgada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="228"/>
        <source>Overdue restitution step</source>
        <translation>Paso de restitución atrasado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="229"/>
        <source>Release of information expiring</source>
        <translation>Autorización de divulgación de información por vencer</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="230"/>
        <source>Housing exit due</source>
        <translation>Salida de vivienda pendiente</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="231"/>
        <source>Housing move-in not recorded</source>
        <translation>Mudanza a la vivienda sin registrar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="232"/>
        <source>Referral awaiting a response</source>
        <translation>Derivación en espera de respuesta</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="278"/>
        <source>Release to %1</source>
        <translation>Autorización para %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="280"/>
        <source>Referral to %1</source>
        <translation>Derivación a %1</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../nap_desktop/gui/launcher.py" line="32"/>
        <source>Demo vault: every person and agency in it is fictional.
Users: admin, sofia (supervisor), marcus and thu (caseworkers).
Passphrase: %1</source>
        <translation>Bóveda de demostración: todas las personas y agencias que contiene son ficticias.
Usuarios: admin, sofia (supervisora), marcus y thu (gestores de casos).
Frase de contraseña: %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/launcher.py" line="100"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/launcher.py" line="100"/>
        <source>Creating the demo vault with fictional cases…</source>
        <translation>Creando la bóveda de demostración con casos ficticios…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/launcher.py" line="102"/>
        <source>NAP Desktop demo</source>
        <translation>Demostración de NAP Desktop</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/launcher.py" line="106"/>
        <source>Demo vault progress</source>
        <translation>Progreso de la bóveda de demostración</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="109"/>
        <source>Where the vault lives</source>
        <translation>Dónde se guarda la bóveda</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="110"/>
        <source>An encrypted folder on this computer. Back it up regularly.</source>
        <translation>Una carpeta cifrada en esta computadora. Haga copias de seguridad con regularidad.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="112"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Crear bóveda</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="116"/>
        <source>Vault folder</source>
        <translation>Carpeta de la bóveda</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="117"/>
        <source>&amp;Folder:</source>
        <translation>Car&amp;peta:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="119"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="120"/>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="141"/>
        <source>Choose the vault folder</source>
        <translation>Elegir la carpeta de la bóveda</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="129"/>
        <source>Creating the vault</source>
        <translation>Creando la bóveda</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="133"/>
        <source>Vault creation status</source>
        <translation>Estado de la creación de la bóveda</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="71"/>
        <source>NAP Desktop</source>
        <translation>NAP Desktop</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="82"/>
        <source>Open views and cases</source>
        <translation>Vistas y casos abiertos</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="83"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="84"/>
        <source>Caseload</source>
        <translation>Carga de casos</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="93"/>
        <source>Discreet mode</source>
        <translation>Modo discreto</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="125"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="127"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nuevo caso…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="130"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="133"/>
        <source>&amp;Close case</source>
        <translation>&amp;Cerrar caso</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="135"/>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="136"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="143"/>
        <source>Change my &amp;passphrase…</source>
        <translation>Cambiar mi &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="150"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="153"/>
        <source>&amp;Find in caseload</source>
        <translation>&amp;Buscar en la carga de casos</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="157"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="160"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="162"/>
        <source>&amp;Discreet mode</source>
        <translation>Modo &amp;discreto</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="168"/>
        <source>D&amp;ashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="171"/>
        <source>&amp;Caseload</source>
        <translation>&amp;Carga de casos</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="176"/>
        <source>&amp;Transfer</source>
        <translation>&amp;Transferencia</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="182"/>
        <source>&amp;Admin</source>
        <translation>Ad&amp;ministración</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="183"/>
        <source>&amp;Partners…</source>
        <translation>&amp;Agencias asociadas…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="184"/>
        <source>&amp;Users…</source>
        <translation>&amp;Usuarios…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="185"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="187"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="190"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="194"/>
        <source>&amp;About NAP Desktop</source>
        <translation>&amp;Acerca de NAP Desktop</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="196"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="220"/>
        <source>Vault: %1</source>
        <translation>Bóveda: %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="271"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="272"/>
        <source>These cases had unsaved changes when NAP Desktop locked: %1. Keep the changes?</source>
        <translation>Estos casos tenían cambios sin guardar cuando NAP Desktop se bloqueó: %1. ¿Conservar los cambios?</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="280"/>
        <source>Unsaved changes made before the lock by another user were discarded.</source>
        <translation>Se descartaron los cambios sin guardar que otro usuario tenía antes del bloqueo.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="376"/>
        <source>Your passphrase was changed.</source>
        <translation>Se cambió su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="405"/>
        <source>About NAP Desktop</source>
        <translation>Acerca de NAP Desktop</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="408"/>
        <source>&lt;b&gt;NAP Desktop&lt;/b&gt;&lt;p&gt;Offline, encrypted case coordination for anti-human-trafficking work.&lt;/p&gt;&lt;p&gt;Everything stays in the encrypted vault on this computer.&lt;/p&gt;</source>
        <translation>&lt;b&gt;NAP Desktop&lt;/b&gt;&lt;p&gt;Coordinación de casos cifrada y sin conexión para el trabajo contra la trata de personas.&lt;/p&gt;&lt;p&gt;Todo permanece en la bóveda cifrada de esta computadora.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="416"/>
        <source>Root of authority of this vault: %1</source>
        <translation>Raíz de autoridad de esta bóveda: %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="16"/>
        <source>A fingerprint is 32 letters and digits in 8 groups of 4; check what you typed.</source>
        <extracomment>nap_desktop/transfer/identity.py</extracomment>
        <translation>Una huella tiene 32 letras y dígitos en 8 grupos de 4; revise lo que escribió.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="21"/>
        <source>A key slot uses key-derivation settings below the required minimum; the vault file is damaged or has been altered.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation>Una ranura de clave usa parámetros de derivación de clave por debajo del mínimo requerido; el archivo de la bóveda está dañado o fue alterado.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="27"/>
        <source>A minor's release must be signed by a parent or guardian. Nothing was changed.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation>La autorización de una persona menor de edad debe firmarla su madre, padre o tutor legal. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="32"/>
        <source>A move-in date applies only to rapid re-housing and permanent housing.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation>La fecha de mudanza solo corresponde a reubicación rápida y a vivienda permanente.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="37"/>
        <source>A package can only hold referrals between your agency and the partner it is for. Leave out the others.</source>
        <extracomment>nap_desktop/transfer/consent_gate.py</extracomment>
        <translation>Un paquete solo puede contener derivaciones entre su agencia y la agencia asociada a la que va dirigido. Deje fuera las demás.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="43"/>
        <source>A record in the package is larger than allowed.</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation>Un registro del paquete es más grande de lo permitido.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="48"/>
        <source>A referral must go to another agency.</source>
        <extracomment>nap_desktop/services/referrals.py</extracomment>
        <translation>Una derivación debe dirigirse a otra agencia.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="53"/>
        <source>A release can last at most one year from the date it was signed; set an earlier expiry or record a new release. Nothing was changed.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation>Una autorización puede durar como máximo un año desde la fecha de firma; indique un vencimiento anterior o registre una autorización nueva. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="59"/>
        <source>A release must have an expiry date.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation>Una autorización debe tener fecha de vencimiento.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="64"/>
        <source>A release names another agency as recipient.</source>
        <extracomment>nap_desktop/services/releases.py</extracomment>
        <translation>Una autorización nombra como destinataria a otra agencia.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="69"/>
        <location filename="../../nap_desktop/gui/messages.py" line="52"/>
        <source>A vault already exists in this folder.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation>Ya existe una bóveda en esta carpeta.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="74"/>
        <source>A vault already exists there. Confirm that you want to replace it before restoring.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation>Ya existe una bóveda ahí. Confirme que desea reemplazarla antes de restaurar.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="79"/>
        <source>Amounts must be positive.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation>Los montos deben ser positivos.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="84"/>
        <source>Amounts must be whole cents.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation>Los montos deben expresarse en centavos enteros.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="89"/>
        <source>By the date of birth the survivor is 18 or over: untick “Under 18”, or set the date of birth to “Unknown” if it is in doubt.</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation>Según la fecha de nacimiento, la persona sobreviviente tiene 18 años o más: desmarque «Menor de 18 años» o, si la fecha no es segura, marque la fecha de nacimiento como «Desconocida».</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="95"/>
        <source>Choose a partner agency, not your own.</source>
        <extracomment>nap_desktop/services/transfer.py</extracomment>
        <translation>Elija una agencia asociada, no la suya.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="100"/>
        <source>Choose a reason for this change.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation>Elija un motivo para este cambio.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="105"/>
        <source>Choose at least one service requested.</source>
        <extracomment>nap_desktop/services/referrals.py</extracomment>
        <translation>Elija al menos un servicio solicitado.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="110"/>
        <source>Choose the partner agency the document is for.</source>
        <extracomment>nap_desktop/reports/redaction.py</extracomment>
        <translation>Elija la agencia asociada a la que va dirigido el documento.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="115"/>
        <source>Choose to keep the local or the remote version.</source>
        <extracomment>nap_desktop/services/transfer.py</extracomment>
        <translation>Elija conservar la versión local o la remota.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="120"/>
        <source>Choose what information the release covers.</source>
        <extracomment>nap_desktop/services/releases.py</extracomment>
        <translation>Elija qué información cubre la autorización.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="125"/>
        <source>Close the matter with a closure reason instead.</source>
        <extracomment>nap_desktop/services/restitution.py</extracomment>
        <translation>En su lugar, cierre el asunto indicando un motivo de cierre.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="130"/>
        <source>Describe the reason when choosing “Other”.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation>Describa el motivo si elige «Otro».</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="135"/>
        <source>Disbursed money cannot exceed what has been collected.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation>El dinero desembolsado no puede superar lo cobrado.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="140"/>
        <source>Don't use your user name or the agency name in the passphrase.</source>
        <extracomment>nap_desktop/domain/passphrase.py</extracomment>
        <translation>No use su nombre de usuario ni el nombre de la agencia en la frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="145"/>
        <source>Enter a legal name or the name the survivor uses.</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation>Ingrese un nombre legal o el nombre que usa la persona sobreviviente.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="150"/>
        <source>Enter an amount like 1,234.56.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation>Ingrese un monto como 1,234.56.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="155"/>
        <source>Enter an amount.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation>Ingrese un monto.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="160"/>
        <source>Enter the exit date and where the survivor went.</source>
        <extracomment>nap_desktop/services/housing.py</extracomment>
        <translation>Ingrese la fecha de salida y a dónde fue la persona sobreviviente.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="165"/>
        <source>Enter the housing move-in date.</source>
        <extracomment>nap_desktop/services/housing.py</extracomment>
        <translation>Ingrese la fecha de mudanza a la vivienda.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="170"/>
        <source>Enter the project start date before the exit date.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation>Ingrese la fecha de inicio del proyecto antes de la fecha de salida.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="175"/>
        <source>Enter the project start date before the move-in date.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation>Ingrese la fecha de inicio del proyecto antes de la fecha de mudanza.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="180"/>
        <source>Enter the project start date.</source>
        <extracomment>nap_desktop/services/housing.py</extracomment>
        <translation>Ingrese la fecha de inicio del proyecto.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="185"/>
        <source>One of the chosen referrals no longer exists.</source>
        <extracomment>nap_desktop/transfer/exporter.py</extracomment>
        <translation>Una de las derivaciones elegidas ya no existe.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="190"/>
        <source>Only a completed referral has an outcome.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation>Solo una derivación completada tiene resultado.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="195"/>
        <source>Only a done step has a completion date.</source>
        <extracomment>nap_desktop/services/restitution.py</extracomment>
        <translation>Solo un paso hecho tiene fecha de finalización.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="200"/>
        <source>Only a draft release can be signed.</source>
        <extracomment>nap_desktop/services/releases.py</extracomment>
        <translation>Solo se puede firmar una autorización en borrador.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="205"/>
        <source>Only an active, signed release can be confirmed: this one is a draft, refused, revoked or expired. Nothing was confirmed.</source>
        <extracomment>nap_desktop/services/releases.py</extracomment>
        <translation>Solo se puede confirmar una autorización activa y firmada: esta es un borrador, fue rechazada, revocada o está vencida. No se confirmó nada.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="211"/>
        <source>Record the exit with the “Exit” action.</source>
        <extracomment>nap_desktop/services/housing.py</extracomment>
        <translation>Registre la salida con la acción «Salida».</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="216"/>
        <source>Reports can be printed in English (en) or Spanish (es).</source>
        <extracomment>nap_desktop/reports/i18n.py</extracomment>
        <translation>Los informes pueden imprimirse en inglés (en) o en español (es).</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="221"/>
        <source>Say whether the referral was successful before completing it.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation>Indique si la derivación tuvo éxito antes de completarla.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="226"/>
        <location filename="../../nap_desktop/gui/messages.py" line="60"/>
        <source>Someone else changed this record while you were editing it. Your changes were kept: reload to compare.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation>Otra persona modificó este registro mientras usted lo editaba. Sus cambios se conservaron: vuelva a cargar para comparar.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="232"/>
        <source>Something went wrong.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation>Algo salió mal.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="237"/>
        <source>Tell the survivor that services do not depend on signing, then record that you did. A release cannot be signed or refused without it. Nothing was changed.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation>Informe a la persona sobreviviente que los servicios no dependen de la firma y luego registre que lo hizo. Sin eso no se puede firmar ni rechazar una autorización. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="243"/>
        <source>That account is already deactivated.</source>
        <extracomment>nap_desktop/services/users.py</extracomment>
        <translation>Esa cuenta ya está desactivada.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="248"/>
        <source>That account is deactivated.</source>
        <extracomment>nap_desktop/services/users.py</extracomment>
        <translation>Esa cuenta está desactivada.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="253"/>
        <source>That amount is too large; check for a typo.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation>Ese monto es demasiado grande; revise si hay un error de tipeo.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="258"/>
        <source>That conflict has already been resolved.</source>
        <extracomment>nap_desktop/transfer/errors.py</extracomment>
        <translation>Ese conflicto ya fue resuelto.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="263"/>
        <source>That file is not a valid NAP agency identity card.</source>
        <extracomment>nap_desktop/transfer/errors.py</extracomment>
        <translation>Ese archivo no es una tarjeta de identidad de agencia NAP válida.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="268"/>
        <source>That folder holds other files. Choose an empty folder.</source>
        <extracomment>nap_desktop/store/backup.py</extracomment>
        <translation>Esa carpeta contiene otros archivos. Elija una carpeta vacía.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="273"/>
        <source>That is your own agency's identity card.</source>
        <extracomment>nap_desktop/services/transfer.py</extracomment>
        <translation>Esa es la tarjeta de identidad de su propia agencia.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="278"/>
        <source>That partner has no verified identity card: pin its card first (Admin ▸ Partners, or nap partners add).</source>
        <extracomment>nap_desktop/transfer/errors.py</extracomment>
        <translation>Esa agencia asociada no tiene una tarjeta de identidad verificada: registre primero su tarjeta (Administración ▸ Agencias asociadas, o nap partners add).</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="284"/>
        <source>That passphrase is too common.</source>
        <extracomment>nap_desktop/domain/passphrase.py</extracomment>
        <translation>Esa frase de contraseña es demasiado común.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="289"/>
        <source>That record no longer exists.</source>
        <extracomment>nap_desktop/domain/errors.py, nap_desktop/services/transfer.py</extracomment>
        <translation>Ese registro ya no existe.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="294"/>
        <source>That referral belongs to another case.</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation>Esa derivación pertenece a otro caso.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="299"/>
        <source>That referral is not part of this case.</source>
        <extracomment>nap_desktop/reports/content.py</extracomment>
        <translation>Esa derivación no forma parte de este caso.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="304"/>
        <source>That referral no longer exists.</source>
        <extracomment>nap_desktop/services/reports.py</extracomment>
        <translation>Esa derivación ya no existe.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="309"/>
        <source>That release of information is for another client or agency.</source>
        <extracomment>nap_desktop/services/referrals.py</extracomment>
        <translation>Esa autorización de divulgación de información es para otra persona sobreviviente u otra agencia.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="314"/>
        <source>That setting cannot be changed.</source>
        <extracomment>nap_desktop/services/workspace.py</extracomment>
        <translation>Esa configuración no se puede cambiar.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="319"/>
        <source>That step is not part of this matter.</source>
        <extracomment>nap_desktop/services/restitution.py</extracomment>
        <translation>Ese paso no forma parte de este asunto.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="324"/>
        <source>That user already has a key slot.</source>
        <extracomment>nap_desktop/store/vault.py</extracomment>
        <translation>Ese usuario ya tiene una ranura de clave.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="329"/>
        <source>That user name is taken.</source>
        <extracomment>nap_desktop/services/users.py</extracomment>
        <translation>Ese nombre de usuario ya está en uso.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="334"/>
        <source>The backup could not be completed.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation>No se pudo completar la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="339"/>
        <source>The backup file is damaged, incomplete or not a NAP Desktop backup.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation>El archivo de copia de seguridad está dañado, incompleto o no es una copia de seguridad de NAP Desktop.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="344"/>
        <source>The completion date cannot be in the future.</source>
        <extracomment>nap_desktop/services/restitution.py</extracomment>
        <translation>La fecha de finalización no puede ser futura.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="349"/>
        <source>The date cannot be in the future.</source>
        <extracomment>nap_desktop/services/restitution.py</extracomment>
        <translation>La fecha no puede ser futura.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="354"/>
        <source>The date of birth cannot be in the future.</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation>La fecha de nacimiento no puede ser futura.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="359"/>
        <source>The date signed cannot be in the future.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation>La fecha de firma no puede ser futura.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="364"/>
        <source>The exit date cannot be before the move-in date.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation>La fecha de salida no puede ser anterior a la fecha de mudanza.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="369"/>
        <source>The exit date cannot be before the project start.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation>La fecha de salida no puede ser anterior al inicio del proyecto.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="374"/>
        <source>The expiry date must be after the date signed.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation>La fecha de vencimiento debe ser posterior a la fecha de firma.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="379"/>
        <source>The fingerprint does not match the card. Do not pin it: call the agency again on a number you already trust and compare the fingerprint group by group.</source>
        <extracomment>nap_desktop/transfer/errors.py</extracomment>
        <translation>La huella no coincide con la tarjeta. No la registre: vuelva a llamar a la agencia a un número de su confianza y compare la huella grupo por grupo.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="385"/>
        <source>The fonts for printed reports are missing from this installation. Reinstall NAP Desktop.</source>
        <extracomment>nap_desktop/reports/fonts.py</extracomment>
        <translation>Faltan en esta instalación las fuentes para los informes impresos. Reinstale NAP Desktop.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="390"/>
        <source>The identity card holds a key that is not valid.</source>
        <extracomment>nap_desktop/transfer/identity.py</extracomment>
        <translation>La tarjeta de identidad contiene una clave no válida.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="395"/>
        <source>The identity card lists its keys under the wrong names.</source>
        <extracomment>nap_desktop/transfer/identity.py</extracomment>
        <translation>La tarjeta de identidad presenta sus claves con nombres incorrectos.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="400"/>
        <source>The identity card's self-signature is not valid.</source>
        <extracomment>nap_desktop/transfer/identity.py</extracomment>
        <translation>La autofirma de la tarjeta de identidad no es válida.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="405"/>
        <source>The key slot file is damaged or has been altered.</source>
        <extracomment>nap_desktop/store/keyslots.py, nap_desktop/store/vault.py</extracomment>
        <translation>El archivo de ranuras de clave está dañado o fue alterado.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="410"/>
        <source>The last user of a vault cannot be removed.</source>
        <extracomment>nap_desktop/store/vault.py</extracomment>
        <translation>No se puede quitar al último usuario de una bóveda.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="415"/>
        <source>The manifest names another sender than the agency whose key signed it. Do not use this package.</source>
        <extracomment>nap_desktop/transfer/importer.py</extracomment>
        <translation>El manifiesto nombra un remitente distinto de la agencia cuya clave lo firmó. No use este paquete.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="421"/>
        <source>The manifest says this package is for another agency or for keys that are not yours. Do not use this package.</source>
        <extracomment>nap_desktop/transfer/importer.py</extracomment>
        <translation>El manifiesto indica que este paquete es para otra agencia o para claves que no son suyas. No use este paquete.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="427"/>
        <source>The move-in date cannot be before the project start.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation>La fecha de mudanza no puede ser anterior al inicio del proyecto.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="432"/>
        <source>The new passphrase must differ from the current one.</source>
        <extracomment>nap_desktop/services/users.py</extracomment>
        <translation>La nueva frase de contraseña debe ser distinta de la actual.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="437"/>
        <source>The number of demo referrals must be between 0 and 200,000.</source>
        <extracomment>nap_desktop/services/demo.py</extracomment>
        <translation>La cantidad de derivaciones de demostración debe estar entre 0 y 200.000.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="442"/>
        <source>The package contains a record that is not valid; nothing was imported.</source>
        <extracomment>nap_desktop/transfer/errors.py</extracomment>
        <translation>El paquete contiene un registro no válido; no se importó nada.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="447"/>
        <source>The package file is damaged, truncated, padded or has been tampered with. Ask the sender for a new copy.</source>
        <extracomment>nap_desktop/transfer/errors.py</extracomment>
        <translation>El archivo del paquete está dañado, truncado, rellenado o fue manipulado. Pida a quien lo envió una copia nueva.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="453"/>
        <source>The package format version is invalid.</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation>La versión de formato del paquete no es válida.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="458"/>
        <source>The package gives a record a revision number far beyond any it has had, which would stop later exchanges with this partner; nothing was imported. Ask the partner to check its copy of NAP Desktop and send a new package.</source>
        <extracomment>nap_desktop/transfer/authority.py</extracomment>
        <translation>El paquete da a un registro un número de revisión muy superior a cualquiera que haya tenido, lo que detendría los intercambios posteriores con esta agencia asociada; no se importó nada. Pida a la agencia asociada que revise su copia de NAP Desktop y envíe un paquete nuevo.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="465"/>
        <source>The package has unexpected bytes after its last record.</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation>El paquete tiene bytes inesperados después de su último registro.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="470"/>
        <source>The package header and its manifest disagree on the format.</source>
        <extracomment>nap_desktop/transfer/importer.py</extracomment>
        <translation>El encabezado del paquete y su manifiesto no coinciden en el formato.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="475"/>
        <source>The package holds a client its manifest does not list.</source>
        <extracomment>nap_desktop/transfer/importer.py</extracomment>
        <translation>El paquete contiene una persona sobreviviente que su manifiesto no incluye.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="480"/>
        <source>The package holds a different number of records than its manifest lists.</source>
        <extracomment>nap_desktop/transfer/importer.py</extracomment>
        <translation>El paquete contiene un número de registros distinto del que indica su manifiesto.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="485"/>
        <source>The package holds a referral or a release that concerns an agency other than yours and the sender's. A partner may only send what is between the two of you; nothing was imported. Ask the partner to send a new package without it.</source>
        <extracomment>nap_desktop/transfer/authority.py</extracomment>
        <translation>El paquete contiene una derivación o una autorización que concierne a una agencia distinta de la suya y de la remitente. Una agencia asociada solo puede enviar lo que concierne a ustedes dos; no se importó nada. Pida a la agencia asociada que envíe un paquete nuevo sin ello.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="492"/>
        <source>The package is too large or malformed in a way that could exhaust this computer; nothing was imported.</source>
        <extracomment>nap_desktop/transfer/errors.py</extracomment>
        <translation>El paquete es demasiado grande o tiene un formato que podría agotar los recursos de esta computadora; no se importó nada.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="498"/>
        <source>The package is truncated.</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation>El paquete está truncado.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="503"/>
        <source>The package manifest is larger than allowed.</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation>El manifiesto del paquete es más grande de lo permitido.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="508"/>
        <source>The package manifest lists more than a package can hold; nothing was imported.</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation>El manifiesto del paquete enumera más de lo que un paquete puede contener; no se importó nada.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="513"/>
        <source>The package manifest names another agency than the one it came from or to.</source>
        <extracomment>nap_desktop/transfer/errors.py</extracomment>
        <translation>El manifiesto del paquete nombra una agencia distinta de la que lo envió o lo recibe.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="518"/>
        <source>The package nests data too deeply.</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation>El paquete anida datos a demasiada profundidad.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="523"/>
        <source>The package refers to a record that is neither in the package nor in your vault; nothing was imported.</source>
        <extracomment>nap_desktop/transfer/importer.py</extracomment>
        <translation>El paquete hace referencia a un registro que no está ni en el paquete ni en su bóveda; no se importó nada.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="529"/>
        <source>The package repeats an id inside its records.</source>
        <extracomment>nap_desktop/transfer/importer.py</extracomment>
        <translation>El paquete repite un identificador dentro de sus registros.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="534"/>
        <source>The package reuses an id that belongs to another record in your vault; nothing was imported.</source>
        <extracomment>nap_desktop/transfer/importer.py</extracomment>
        <translation>El paquete reutiliza un identificador que pertenece a otro registro de su bóveda; no se importó nada.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="540"/>
        <source>The package signature is not valid for the sender's verified key: it was altered or signed by someone else. Do not use it.</source>
        <extracomment>nap_desktop/transfer/errors.py</extracomment>
        <translation>La firma del paquete no es válida para la clave verificada del remitente: fue alterado o lo firmó otra persona. No lo use.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="546"/>
        <source>The partner's version concerns an agency other than yours and this partner's, which a package may never change. Nothing was changed; keep the local version.</source>
        <extracomment>nap_desktop/transfer/authority.py</extracomment>
        <translation>La versión de la agencia asociada concierne a una agencia distinta de la suya y de esta agencia asociada, algo que un paquete nunca puede cambiar. No se cambió nada; conserve la versión local.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="552"/>
        <source>The partner's version moves this record to another client, referral, agency or release, which an import never does. Nothing was changed; keep the local version.</source>
        <extracomment>nap_desktop/transfer/authority.py</extracomment>
        <translation>La versión de la agencia asociada mueve este registro a otro cliente, otra derivación, otra agencia u otra autorización, algo que una importación nunca hace. No se cambió nada; conserve la versión local.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="558"/>
        <source>The partner's version only changes details we withhold from it. Nothing was changed; keep the local version.</source>
        <extracomment>nap_desktop/transfer/authority.py</extracomment>
        <translation>La versión de la agencia asociada solo cambia datos que no compartimos con ella. No se cambió nada; conserve la versión local.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="564"/>
        <location filename="../../nap_desktop/gui/messages.py" line="48"/>
        <source>The passphrase is wrong. Check Caps Lock and try again.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation>La frase de contraseña es incorrecta. Revise Bloq Mayús e intente de nuevo.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="569"/>
        <location filename="../../nap_desktop/gui/messages.py" line="57"/>
        <source>The recovery key has a typo: check each group of characters.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation>La clave de recuperación tiene un error de tipeo: revise cada grupo de caracteres.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="574"/>
        <location filename="../../nap_desktop/gui/messages.py" line="58"/>
        <source>The recovery key is wrong.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation>La clave de recuperación es incorrecta.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="579"/>
        <source>The restore target is a file, not a folder.</source>
        <extracomment>nap_desktop/store/backup.py</extracomment>
        <translation>El destino de la restauración es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="584"/>
        <source>The revocation date cannot be in the future.</source>
        <extracomment>nap_desktop/services/releases.py</extracomment>
        <translation>La fecha de revocación no puede ser futura.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="589"/>
        <source>The root of authority written in your key slot has been altered by someone holding the data key. Nothing was changed. Ask an administrator to run “nap check” and restore a backup.</source>
        <extracomment>nap_desktop/store/keyslots.py</extracomment>
        <translation>La raíz de autoridad escrita en su ranura de clave fue alterada por alguien que tiene la clave de datos. No se cambió nada. Pida a un administrador que ejecute “nap check” y restaure una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="596"/>
        <source>The signed user grants of this vault do not come from the root of authority your key slot was made under: someone who holds the data key has replaced them to take over its roles. Nothing was changed. Do not use this vault: ask an administrator to restore a backup.</source>
        <extracomment>nap_desktop/services/authority.py</extracomment>
        <translation>Las autorizaciones de usuario firmadas de esta bóveda no provienen de la raíz de autoridad con la que se creó su ranura de clave: alguien que tiene la clave de datos las reemplazó para apoderarse de sus roles. No se cambió nada. No use esta bóveda: pida a un administrador que restaure una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="604"/>
        <source>The signed user grants of this vault have been deleted, but your key slot was made under them: someone who holds the data key has tried to make the vault look like an earlier version and take over its roles. Nothing was changed. Do not use this vault: ask an administrator to restore a backup.</source>
        <extracomment>nap_desktop/services/authority.py</extracomment>
        <translation>Las autorizaciones de usuario firmadas de esta bóveda fueron eliminadas, pero su ranura de clave se creó bajo ellas: alguien que tiene la clave de datos intentó hacer que la bóveda pareciera de una versión anterior y apoderarse de sus roles. No se cambió nada. No use esta bóveda: pida a un administrador que restaure una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="612"/>
        <source>The signed user records of this vault have been tampered with, so no user can be added or changed. Nothing was changed. Run “nap check” and restore a backup.</source>
        <extracomment>nap_desktop/services/users.py</extracomment>
        <translation>Los registros firmados de usuarios de esta bóveda fueron manipulados, así que no se puede agregar ni cambiar ningún usuario. No se cambió nada. Ejecute “nap check” y restaure una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="618"/>
        <source>The signed user records of this vault have been tampered with, so only an administrator can unlock it. Nothing was changed. Ask an administrator to run “nap check” and restore a backup.</source>
        <extracomment>nap_desktop/services/authority.py</extracomment>
        <translation>Los registros firmados de usuarios de esta bóveda fueron manipulados, así que solo un administrador puede desbloquearla. No se cambió nada. Pida a un administrador que ejecute “nap check” y restaure una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="625"/>
        <source>The transfer package could not be read.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation>No se pudo leer el paquete de transferencia.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="630"/>
        <source>The vault could not be opened.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation>No se pudo abrir la bóveda.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="635"/>
        <source>The vault database (vault.db) is empty or is not a NAP Desktop database, although the key slots describe an existing vault: it may have been emptied or replaced. Nothing was changed. Restore the vault from a backup.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation>La base de datos de la bóveda (vault.db) está vacía o no es una base de datos de NAP Desktop, aunque las ranuras de clave describen una bóveda existente: puede haber sido vaciada o reemplazada. No se cambió nada. Restaure la bóveda desde una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="642"/>
        <source>The vault database is damaged or has been altered.</source>
        <extracomment>nap_desktop/store/engine.py</extracomment>
        <translation>La base de datos de la bóveda está dañada o fue alterada.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="647"/>
        <location filename="../../nap_desktop/gui/messages.py" line="73"/>
        <source>The vault file is damaged or has been altered.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation>El archivo de la bóveda está dañado o fue alterado.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="652"/>
        <source>The vault has been closed.</source>
        <extracomment>nap_desktop/store/vault.py</extracomment>
        <translation>La bóveda se cerró.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="657"/>
        <source>The vault has reached its limit of saved changes.</source>
        <extracomment>nap_desktop/store/engine.py</extracomment>
        <translation>La bóveda alcanzó su límite de cambios guardados.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="662"/>
        <source>The vault is already unlocked. Lock it first.</source>
        <extracomment>nap_desktop/store/vault.py</extracomment>
        <translation>La bóveda ya está desbloqueada. Bloquéela primero.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="667"/>
        <source>The vault is busy. Close other windows of this vault and try again.</source>
        <extracomment>nap_desktop/store/engine.py</extracomment>
        <translation>La bóveda está ocupada. Cierre las otras ventanas de esta bóveda e intente de nuevo.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="672"/>
        <source>The vault is busy. Wait for other work to finish and retry.</source>
        <extracomment>nap_desktop/store/vault.py</extracomment>
        <translation>La bóveda está ocupada. Espere a que termine el otro trabajo e intente de nuevo.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="677"/>
        <source>The vault is locked.</source>
        <extracomment>nap_desktop/store/vault.py</extracomment>
        <translation>La bóveda está bloqueada.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="682"/>
        <source>The vault needs at least one active administrator.</source>
        <extracomment>nap_desktop/services/users.py</extracomment>
        <translation>La bóveda necesita al menos un administrador activo.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="687"/>
        <source>The vault's record of saved work (vault.anchor) is damaged or belongs to another vault, so the vault cannot confirm that no saved work was lost. Nothing was changed. Restore the most recent backup, or open the vault as it is with `nap check --accept-loss`.</source>
        <extracomment>nap_desktop/store/anchor.py</extracomment>
        <translation>El registro del trabajo guardado de la bóveda (vault.anchor) está dañado o pertenece a otra bóveda, así que la bóveda no puede confirmar que no se perdió trabajo guardado. No se cambió nada. Restaure la copia de seguridad más reciente, o abra la bóveda tal como está con `nap check --accept-loss`.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="694"/>
        <source>The vault's record of saved work (vault.anchor) is missing, so the vault cannot confirm that no saved work was lost. Nothing was changed. Restore the most recent backup, or open the vault as it is with `nap check --accept-loss`.</source>
        <extracomment>nap_desktop/store/anchor.py</extracomment>
        <translation>Falta el registro del trabajo guardado de la bóveda (vault.anchor), así que la bóveda no puede confirmar que no se perdió trabajo guardado. No se cambió nada. Restaure la copia de seguridad más reciente, o abra la bóveda tal como está con `nap check --accept-loss`.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="701"/>
        <source>There is already an agency with that name.</source>
        <extracomment>nap_desktop/services/agencies.py</extracomment>
        <translation>Ya existe una agencia con ese nombre.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="706"/>
        <source>There is no active release of information covering this.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation>No hay ninguna autorización de divulgación de información activa que cubra esto.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="711"/>
        <location filename="../../nap_desktop/gui/messages.py" line="49"/>
        <source>There is no user with that name in this vault.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation>No hay ningún usuario con ese nombre en esta bóveda.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="716"/>
        <source>This agency's keys have changed since you verified them. Confirm the new fingerprint with the agency by phone, then pin the new card with that fingerprint.</source>
        <extracomment>nap_desktop/transfer/errors.py</extracomment>
        <translation>Las claves de esta agencia cambiaron desde que usted las verificó. Confirme la nueva huella con la agencia por teléfono y luego registre la nueva tarjeta con esa huella.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="722"/>
        <source>This export is too large for one package: choose fewer referrals.</source>
        <extracomment>nap_desktop/transfer/exporter.py</extracomment>
        <translation>Esta exportación es demasiado grande para un solo paquete: elija menos derivaciones.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="727"/>
        <location filename="../../nap_desktop/gui/messages.py" line="51"/>
        <source>This folder is not a NAP vault.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation>Esta carpeta no es una bóveda NAP.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="732"/>
        <source>This identity card was made by a newer version of NAP Desktop.</source>
        <extracomment>nap_desktop/transfer/identity.py</extracomment>
        <translation>Esta tarjeta de identidad se creó con una versión más reciente de NAP Desktop.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="737"/>
        <source>This is not a NAP transfer package.</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation>Este no es un paquete de transferencia NAP.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="742"/>
        <source>This package comes from an agency whose keys you have not verified. Pin its identity card (Admin ▸ Partners, or nap partners add) after checking the fingerprint by phone.</source>
        <extracomment>nap_desktop/transfer/errors.py</extracomment>
        <translation>Este paquete viene de una agencia cuyas claves usted no ha verificado. Registre su tarjeta de identidad (Administración ▸ Agencias asociadas, o nap partners add) después de comprobar la huella por teléfono.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="748"/>
        <source>This package is not addressed to your agency: none of your agency keys can open it.</source>
        <extracomment>nap_desktop/transfer/errors.py</extracomment>
        <translation>Este paquete no está dirigido a su agencia: ninguna de las claves de su agencia puede abrirlo.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="753"/>
        <source>This package was encrypted without the post-quantum protection that both your agency's keys and the sender's verified keys support: it was made by outdated or altered software. Nothing was imported. Ask the sender to export it again with a current version of NAP Desktop.</source>
        <extracomment>nap_desktop/transfer/errors.py</extracomment>
        <translation>Este paquete se cifró sin la protección poscuántica que admiten tanto las claves de su agencia como las claves verificadas del remitente: lo creó un programa desactualizado o alterado. No se importó nada. Pida al remitente que lo exporte de nuevo con una versión actual de NAP Desktop.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="761"/>
        <source>This package was made by a newer version of NAP Desktop. Update NAP Desktop to import it.</source>
        <extracomment>nap_desktop/transfer/errors.py</extracomment>
        <translation>Este paquete se creó con una versión más reciente de NAP Desktop. Actualice NAP Desktop para importarlo.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="766"/>
        <source>This record changed here after the conflict was found. Keep the local version, or compare again.</source>
        <extracomment>nap_desktop/services/transfer.py</extracomment>
        <translation>Este registro cambió aquí después de detectarse el conflicto. Conserve la versión local o vuelva a comparar.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="772"/>
        <source>This release changed since you opened it; nothing was confirmed. Read it again and confirm it only if it is still right.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation>Esta autorización cambió desde que la abrió; no se confirmó nada. Léala de nuevo y confírmela solo si sigue siendo correcta.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="778"/>
        <source>This release was confirmed already.</source>
        <extracomment>nap_desktop/services/transfer.py</extracomment>
        <translation>Esta autorización ya fue confirmada.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="783"/>
        <source>This release was recorded by another agency than this partner: its version cannot replace it. Nothing was changed; keep the local version.</source>
        <extracomment>nap_desktop/transfer/authority.py</extracomment>
        <translation>Esta autorización la registró una agencia distinta de esta agencia asociada: su versión no puede reemplazarla. No se cambió nada; conserve la versión local.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="789"/>
        <source>This release was recorded here: there is nothing to confirm.</source>
        <extracomment>nap_desktop/services/transfer.py</extracomment>
        <translation>Esta autorización se registró aquí: no hay nada que confirmar.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="794"/>
        <source>This release was recorded or confirmed here: a partner's version never replaces our consent. Nothing was changed; keep the local version.</source>
        <extracomment>nap_desktop/transfer/authority.py</extracomment>
        <translation>Esta autorización se registró o se confirmó aquí: la versión de una agencia asociada nunca reemplaza nuestro consentimiento. No se cambió nada; conserve la versión local.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="800"/>
        <location filename="../../nap_desktop/gui/messages.py" line="50"/>
        <source>This user account has been deactivated. Ask your administrator.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation>Esta cuenta de usuario fue desactivada. Consulte con su administrador.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="805"/>
        <source>This vault has no agency keys yet, so nothing can be addressed to it. Share your identity card first.</source>
        <extracomment>nap_desktop/services/transfer.py</extracomment>
        <translation>Esta bóveda aún no tiene claves de agencia, así que no se le puede dirigir nada. Comparta primero su tarjeta de identidad.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="811"/>
        <source>This vault has no agency keys yet.</source>
        <extracomment>nap_desktop/transfer/errors.py</extracomment>
        <translation>Esta bóveda aún no tiene claves de agencia.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="816"/>
        <source>This vault has no recovery key.</source>
        <extracomment>nap_desktop/store/vault.py</extracomment>
        <translation>Esta bóveda no tiene clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="821"/>
        <location filename="../../nap_desktop/gui/messages.py" line="53"/>
        <source>This vault is already open in another NAP Desktop window or program.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation>Esta bóveda ya está abierta en otra ventana de NAP Desktop o en otro programa.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="826"/>
        <location filename="../../nap_desktop/gui/messages.py" line="54"/>
        <source>This vault was made by a newer version of NAP Desktop. Update NAP Desktop to open it.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation>Esta bóveda se creó con una versión más reciente de NAP Desktop. Actualice NAP Desktop para abrirla.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="831"/>
        <source>This vault was not created as a demo vault, so no demo data can be added to it: fictional clients would mix with real cases and could reach real partners with the next export. Nothing was changed. To try the demo, create a separate demo vault in an empty folder.</source>
        <extracomment>nap_desktop/services/demo.py</extracomment>
        <translation>Esta bóveda no se creó como bóveda de demostración, así que no se le pueden agregar datos de demostración: los clientes ficticios se mezclarían con casos reales y podrían llegar a socios reales con la próxima exportación. No se cambió nada. Para probar la demostración, cree una bóveda de demostración aparte en una carpeta vacía.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="839"/>
        <source>Unlock as yourself to change your passphrase.</source>
        <extracomment>nap_desktop/services/users.py</extracomment>
        <translation>Desbloquee con su propio usuario para cambiar su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="844"/>
        <source>Use more different characters.</source>
        <extracomment>nap_desktop/domain/passphrase.py</extracomment>
        <translation>Use más caracteres distintos.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="849"/>
        <source>User names use lower-case letters, digits, dots, dashes and underscores.</source>
        <extracomment>nap_desktop/services/users.py</extracomment>
        <translation>Los nombres de usuario usan letras minúsculas, dígitos, puntos, guiones y guiones bajos.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="854"/>
        <source>Work that had been saved is missing from the vault. Nothing was changed. Restore the most recent backup.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation>Falta en la bóveda trabajo que se había guardado. No se cambió nada. Restaure la copia de seguridad más reciente.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="860"/>
        <source>Write cents after a point, like 1.50.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation>Escriba los centavos después de un punto, por ejemplo 1.50.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="865"/>
        <source>Write the reason for the supervisor override.</source>
        <extracomment>nap_desktop/reports/redaction.py</extracomment>
        <translation>Escriba el motivo de la excepción autorizada por supervisión.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="870"/>
        <source>You cannot remove your own access. Ask another administrator.</source>
        <extracomment>nap_desktop/services/users.py</extracomment>
        <translation>No puede quitar su propio acceso. Pídaselo a otro administrador.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="875"/>
        <source>Your account has no valid signed grant in this vault: the user records have been altered. Nothing was changed. Ask an administrator to run “nap check” and restore a backup.</source>
        <extracomment>nap_desktop/services/authority.py</extracomment>
        <translation>Su cuenta no tiene una autorización firmada válida en esta bóveda: los registros de usuarios fueron alterados. No se cambió nada. Pida a un administrador que ejecute “nap check” y restaure una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="882"/>
        <location filename="../../nap_desktop/gui/messages.py" line="59"/>
        <source>Your role does not allow this action.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation>Su rol no permite esta acción.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="887"/>
        <source>Your signing key in the key slot file has been altered, so nothing you do could be signed. Nothing was changed. Ask an administrator to run “nap check” and restore a backup.</source>
        <extracomment>nap_desktop/store/keyslots.py</extracomment>
        <translation>Su clave de firma en el archivo de ranuras de clave fue alterada, así que nada de lo que haga podría firmarse. No se cambió nada. Pida a un administrador que ejecute “nap check” y restaure una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="894"/>
        <source>Your signing key is not the one your signed user grant names: the user records or the key slot file have been altered. Nothing was changed. Ask an administrator to run “nap check” and restore a backup.</source>
        <extracomment>nap_desktop/services/authority.py</extracomment>
        <translation>Su clave de firma no es la que nombra su autorización de usuario firmada: los registros de usuarios o el archivo de ranuras de clave fueron alterados. No se cambió nada. Pida a un administrador que ejecute “nap check” y restaure una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="905"/>
        <source>%1 cannot contain line breaks or tabs.</source>
        <extracomment>nap_desktop/services/validate.py (%1 = label)</extracomment>
        <translation>El campo «%1» no puede contener saltos de línea ni tabulaciones.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="910"/>
        <source>%1 contains a broken character (half of a symbol or emoji): retype it and try again. Nothing was saved.</source>
        <extracomment>nap_desktop/services/validate.py (%1 = label)</extracomment>
        <translation>El campo «%1» contiene un carácter dañado (la mitad de un símbolo o emoji): vuelva a escribirlo e intente de nuevo. No se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="916"/>
        <source>%1 contains an invisible null character (often pasted from another program): remove it and try again. Nothing was saved.</source>
        <extracomment>nap_desktop/services/validate.py (%1 = label)</extracomment>
        <translation>El campo «%1» contiene un carácter nulo invisible (a menudo pegado desde otro programa): elimínelo e intente de nuevo. No se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="922"/>
        <source>%1 is a folder: choose a file name.</source>
        <extracomment>nap_desktop/services/transfer.py (%1 = out)</extracomment>
        <translation>%1 es una carpeta: elija un nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="927"/>
        <source>%1 is required.</source>
        <extracomment>nap_desktop/services/validate.py (%1 = label)</extracomment>
        <translation>El campo «%1» es obligatorio.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="932"/>
        <source>%1 is too long (at most %2 characters).</source>
        <extracomment>nap_desktop/services/validate.py (%1 = label, %2 = limit)</extracomment>
        <translation>El campo «%1» es demasiado largo (máximo %2 caracteres).</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="937"/>
        <source>%1 must be between %2 and %3.</source>
        <extracomment>nap_desktop/services/validate.py (%1 = label, %2 = moments.EARLIEST, %3 = moments.LATEST)</extracomment>
        <translation>%1 debe estar entre %2 y %3.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="942"/>
        <source>%1 must be text.</source>
        <extracomment>nap_desktop/services/validate.py (%1 = label)</extracomment>
        <translation>El campo «%1» debe ser texto.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="948"/>
        <source>A placement that is %1 cannot become %2.</source>
        <extracomment>nap_desktop/domain/rules.py (%1 = current.value.replace('_', ' '), %2 =
target.value.replace('_', ' '))</extracomment>
        <translation>Una colocación en estado «%1» no puede pasar a «%2».</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="954"/>
        <source>A referral that is %1 cannot become %2.</source>
        <extracomment>nap_desktop/domain/rules.py (%1 = req.current.value.replace('_', ' '), %2 =
req.target.value.replace('_', ' '))</extracomment>
        <translation>Una derivación en estado «%1» no puede pasar a «%2».</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="959"/>
        <source>Choose a valid %1.</source>
        <extracomment>nap_desktop/services/validate.py (%1 = label.lower())</extracomment>
        <translation>Elija un valor válido para «%1».</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="964"/>
        <source>No agency called “%1”.</source>
        <extracomment>nap_desktop/services/agencies.py (%1 = name_or_id)</extracomment>
        <translation>No hay ninguna agencia llamada «%1».</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="969"/>
        <source>No pinned partner is called “%1”: check the name, or pin its identity card first (Admin ▸ Partners, or nap partners add).</source>
        <extracomment>nap_desktop/services/transfer.py (%1 = name_or_id)</extracomment>
        <translation>Ninguna agencia asociada registrada se llama «%1»: revise el nombre o registre primero su tarjeta de identidad (Administración ▸ Agencias asociadas, o nap partners add).</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="975"/>
        <source>No user called “%1”.</source>
        <extracomment>nap_desktop/services/users.py (%1 = name)</extracomment>
        <translation>No hay ningún usuario llamado «%1».</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="980"/>
        <source>That %1 no longer exists.</source>
        <extracomment>nap_desktop/services/base.py (%1 = what)</extracomment>
        <translation>Ese registro (%1) ya no existe.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="985"/>
        <source>That release of information is %1; choose an active one.</source>
        <extracomment>nap_desktop/services/referrals.py (%1 = current.status.value)</extracomment>
        <translation>Esa autorización de divulgación de información está en estado «%1»; elija una activa.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="990"/>
        <source>The backup could not be restored: %1.</source>
        <extracomment>nap_desktop/store/backup.py (%1 = exc.strerror or 'error')</extracomment>
        <translation>No se pudo restaurar la copia de seguridad: %1.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="995"/>
        <source>The backup could not be written: %1.</source>
        <extracomment>nap_desktop/store/backup.py (%1 = exc.strerror or 'error')</extracomment>
        <translation>No se pudo escribir la copia de seguridad: %1.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1000"/>
        <source>The change was saved, but the vault's record of saved work (vault.anchor) could not be updated: %1. Make room on the disk, then run `nap check`.</source>
        <extracomment>nap_desktop/store/anchor.py (%1 = exc.strerror or 'error')</extracomment>
        <translation>El cambio se guardó, pero no se pudo actualizar el registro del trabajo guardado de la bóveda (vault.anchor): %1. Libere espacio en el disco y luego ejecute `nap check`.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1006"/>
        <source>The folder %1 does not exist.</source>
        <extracomment>nap_desktop/services/transfer.py (%1 = out.parent)</extracomment>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1011"/>
        <source>The package %1 does not match its manifest hash.</source>
        <extracomment>nap_desktop/transfer/package.py (%1 = path)</extracomment>
        <translation>El elemento %1 del paquete no coincide con el hash de su manifiesto.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1016"/>
        <source>The package %1 is larger than the allowed %2 bytes.</source>
        <extracomment>nap_desktop/transfer/package.py (%1 = what, %2 = limit)</extracomment>
        <translation>El paquete (%1) supera los %2 bytes permitidos.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1021"/>
        <source>The package %1 is not valid canonical JSON.</source>
        <extracomment>nap_desktop/transfer/package.py (%1 = what)</extracomment>
        <translation>El paquete (%1) no es JSON canónico válido.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1026"/>
        <source>The package holds more than %1 records.</source>
        <extracomment>nap_desktop/transfer/package.py (%1 = MAX_RECORDS)</extracomment>
        <translation>El paquete contiene más de %1 registros.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1031"/>
        <source>The package is not valid: %1 %2; nothing was imported.</source>
        <extracomment>nap_desktop/transfer/package.py (%1 = where(path), %2 = problem)</extracomment>
        <translation>El paquete no es válido: %1 %2; no se importó nada.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1037"/>
        <source>The package is not valid: %1 must be a date between %2 and %3; nothing was imported.</source>
        <extracomment>nap_desktop/transfer/package.py (%1 = where(path), %2 = moments.EARLIEST, %3 =
moments.LATEST)</extracomment>
        <translation>El paquete no es válido: %1 debe ser una fecha entre %2 y %3; no se importó nada.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1043"/>
        <source>The package is not valid: %1 must be a time between %2 and %3; nothing was imported.</source>
        <extracomment>nap_desktop/transfer/package.py (%1 = where(path), %2 = moments.EARLIEST, %3 =
moments.LATEST)</extracomment>
        <translation>El paquete no es válido: %1 debe ser una hora entre %2 y %3; no se importó nada.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1048"/>
        <source>This release is already %1.</source>
        <extracomment>nap_desktop/services/releases.py (%1 = row.status)</extracomment>
        <translation>Esta autorización ya está en estado «%1».</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1053"/>
        <source>Use at least %1 characters. A few unrelated words are easy to remember.</source>
        <extracomment>nap_desktop/domain/passphrase.py (%1 = MIN_LENGTH)</extracomment>
        <translation>Use al menos %1 caracteres. Unas cuantas palabras sin relación entre sí son fáciles de recordar.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1058"/>
        <source>Use at most %1 characters.</source>
        <extracomment>nap_desktop/domain/passphrase.py (%1 = MAX_LENGTH)</extracomment>
        <translation>Use como máximo %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1063"/>
        <source>Work that had been saved is missing from the vault: %1 saved change(s) made after %2 (the newest at %3) are not in the database. Its journal file (vault.db-wal) was probably damaged, cut short or deleted after the program or the computer stopped. Nothing was changed. Restore a backup made after %4 if you have one; otherwise open the vault as it is with `nap check --accept-loss` and enter the missing work again.</source>
        <extracomment>nap_desktop/store/anchor.py (%1 = lost, %2 = _when(kept_at), %3 = newest, %4 = newest)</extracomment>
        <translation>Falta en la bóveda trabajo que se había guardado: %1 cambio(s) guardado(s) después del %2 (el más reciente el %3) no están en la base de datos. Su archivo de diario (vault.db-wal) probablemente se dañó, se recortó o se borró después de que el programa o la computadora se detuvieron. No se cambió nada. Restaure una copia de seguridad hecha después del %4 si tiene una; si no, abra la bóveda tal como está con `nap check --accept-loss` y vuelva a ingresar el trabajo que falta.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1072"/>
        <source>Work that had been saved is missing from the vault: %1 saved change(s), the newest made at %2, are not in the database. Its journal file (vault.db-wal) was probably damaged, cut short or deleted after the program or the computer stopped. Nothing was changed. Restore a backup made after %3 if you have one; otherwise open the vault as it is with `nap check --accept-loss` and enter the missing work again.</source>
        <extracomment>nap_desktop/store/anchor.py (%1 = lost, %2 = newest, %3 = newest)</extracomment>
        <translation>Falta en la bóveda trabajo que se había guardado: %1 cambio(s) guardado(s), el más reciente hecho el %2, no están en la base de datos. Su archivo de diario (vault.db-wal) probablemente se dañó, se recortó o se borró después de que el programa o la computadora se detuvieron. No se cambió nada. Restaure una copia de seguridad hecha después del %3 si tiene una; si no, abra la bóveda tal como está con `nap check --accept-loss` y vuelva a ingresar el trabajo que falta.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1081"/>
        <source>You are replacing a verified key for %1. Verified key: %2. New key: %3. Replace it only if the agency confirmed the change by phone; nothing was changed.</source>
        <extracomment>nap_desktop/services/transfer.py (%1 = name, %2 = pinned, %3 = card.fingerprint)</extracomment>
        <translation>Está reemplazando una clave verificada de %1. Clave verificada: %2. Clave nueva: %3. Reemplácela solo si la agencia confirmó el cambio por teléfono; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1087"/>
        <source>Your role does not allow this: it needs %1.</source>
        <extracomment>nap_desktop/services/base.py (%1 = who)</extracomment>
        <translation>Su rol no permite esta acción: se necesita %1.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1096"/>
        <source>Agency kind</source>
        <extracomment>nap_desktop/services/agencies.py, nap_desktop/services/workspace.py</extracomment>
        <translation>Tipo de agencia</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1101"/>
        <source>Agency name</source>
        <extracomment>nap_desktop/services/agencies.py, nap_desktop/services/workspace.py</extracomment>
        <translation>Nombre de la agencia</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1106"/>
        <source>Case or investigation number</source>
        <extracomment>nap_desktop/services/referrals.py</extracomment>
        <translation>Número de caso o de investigación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1111"/>
        <source>Closure reason</source>
        <extracomment>nap_desktop/services/restitution.py</extracomment>
        <translation>Motivo de cierre</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1116"/>
        <source>Completion date</source>
        <extracomment>nap_desktop/services/restitution.py</extracomment>
        <translation>Fecha de finalización</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1121"/>
        <source>Contact</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation>Contacto</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1126"/>
        <source>Contacts</source>
        <extracomment>nap_desktop/services/agencies.py</extracomment>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1131"/>
        <source>Continued Presence</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation>Presencia Continuada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1136"/>
        <source>Continued Presence expiry</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation>Vencimiento de la Presencia Continuada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1141"/>
        <source>Court</source>
        <extracomment>nap_desktop/services/restitution.py</extracomment>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1146"/>
        <source>Date</source>
        <extracomment>nap_desktop/services/restitution.py</extracomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1151"/>
        <source>Date of birth</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1156"/>
        <source>Date paid</source>
        <extracomment>nap_desktop/services/housing.py</extracomment>
        <translation>Fecha de pago</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1161"/>
        <source>Date signed</source>
        <extracomment>nap_desktop/services/releases.py</extracomment>
        <translation>Fecha de firma</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1166"/>
        <source>Defendant</source>
        <extracomment>nap_desktop/services/restitution.py</extracomment>
        <translation>Acusado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1171"/>
        <source>Direction</source>
        <extracomment>nap_desktop/services/referrals.py</extracomment>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1176"/>
        <source>Docket number</source>
        <extracomment>nap_desktop/services/restitution.py</extracomment>
        <translation>Número de expediente</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1181"/>
        <source>Due date</source>
        <extracomment>nap_desktop/services/restitution.py</extracomment>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1186"/>
        <source>Exception basis</source>
        <extracomment>nap_desktop/services/releases.py</extracomment>
        <translation>Fundamento de la excepción</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1191"/>
        <source>Exit date</source>
        <extracomment>nap_desktop/services/housing.py</extracomment>
        <translation>Fecha de salida</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1196"/>
        <source>Exit destination</source>
        <extracomment>nap_desktop/services/housing.py</extracomment>
        <translation>Destino de salida</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1201"/>
        <source>Expected exit</source>
        <extracomment>nap_desktop/services/housing.py</extracomment>
        <translation>Salida prevista</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1206"/>
        <source>Expiry date</source>
        <extracomment>nap_desktop/services/releases.py</extracomment>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1211"/>
        <source>Form language</source>
        <extracomment>nap_desktop/services/releases.py</extracomment>
        <translation>Idioma del formulario</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1216"/>
        <source>Full name</source>
        <extracomment>nap_desktop/services/users.py, nap_desktop/services/workspace.py</extracomment>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1221"/>
        <source>Funding</source>
        <extracomment>nap_desktop/services/housing.py</extracomment>
        <translation>Financiamiento</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1226"/>
        <source>HHS letter</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation>Carta de HHS</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1231"/>
        <source>Kind</source>
        <extracomment>nap_desktop/services/housing.py, nap_desktop/services/restitution.py</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1236"/>
        <source>Language</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1241"/>
        <source>Legal name</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1246"/>
        <source>Location</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1251"/>
        <source>Move-in date</source>
        <extracomment>nap_desktop/services/housing.py</extracomment>
        <translation>Fecha de mudanza</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1257"/>
        <source>Note</source>
        <extracomment>nap_desktop/services/cases.py, nap_desktop/services/housing.py,
nap_desktop/services/restitution.py</extracomment>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1262"/>
        <source>Outcome</source>
        <extracomment>nap_desktop/services/referrals.py</extracomment>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1267"/>
        <source>Override reason</source>
        <extracomment>nap_desktop/services/reports.py, nap_desktop/services/transfer.py</extracomment>
        <translation>Motivo de la excepción</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1272"/>
        <source>Preferred name</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1277"/>
        <source>Program type</source>
        <extracomment>nap_desktop/services/housing.py</extracomment>
        <translation>Tipo de programa</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1282"/>
        <source>Project start</source>
        <extracomment>nap_desktop/services/housing.py</extracomment>
        <translation>Inicio del proyecto</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1287"/>
        <source>Provider</source>
        <extracomment>nap_desktop/services/housing.py</extracomment>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1292"/>
        <source>Purpose</source>
        <extracomment>nap_desktop/services/releases.py</extracomment>
        <translation>Propósito</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1297"/>
        <source>Reason</source>
        <extracomment>nap_desktop/services/referrals.py</extracomment>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1302"/>
        <source>Referral date</source>
        <extracomment>nap_desktop/services/housing.py</extracomment>
        <translation>Fecha de derivación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1307"/>
        <source>Referring person</source>
        <extracomment>nap_desktop/services/referrals.py</extracomment>
        <translation>Persona que deriva</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1312"/>
        <source>Revocation date</source>
        <extracomment>nap_desktop/services/releases.py</extracomment>
        <translation>Fecha de revocación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1317"/>
        <source>Role</source>
        <extracomment>nap_desktop/services/users.py</extracomment>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1322"/>
        <source>Safe-contact instructions</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation>Instrucciones de contacto seguro</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1327"/>
        <source>Safety notes</source>
        <extracomment>nap_desktop/services/housing.py, nap_desktop/services/referrals.py</extracomment>
        <translation>Notas de seguridad</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1332"/>
        <source>Signer</source>
        <extracomment>nap_desktop/services/releases.py</extracomment>
        <translation>Firmante</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1337"/>
        <source>Status</source>
        <extracomment>nap_desktop/services/housing.py, nap_desktop/services/referrals.py</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1342"/>
        <source>Statute</source>
        <extracomment>nap_desktop/services/restitution.py</extracomment>
        <translation>Norma legal</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1347"/>
        <source>Step status</source>
        <extracomment>nap_desktop/services/restitution.py</extracomment>
        <translation>Estado del paso</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1352"/>
        <source>T visa</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation>Visa T</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1357"/>
        <source>Trafficking type</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation>Tipo de trata</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1362"/>
        <source>Urgency</source>
        <extracomment>nap_desktop/services/referrals.py</extracomment>
        <translation>Urgencia</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1367"/>
        <source>User name</source>
        <extracomment>nap_desktop/services/users.py</extracomment>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1372"/>
        <source>a caseworker</source>
        <extracomment>nap_desktop/services/base.py</extracomment>
        <translation>el rol de gestión de casos</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1377"/>
        <source>a supervisor</source>
        <extracomment>nap_desktop/services/base.py</extracomment>
        <translation>el rol de supervisión</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1384"/>
        <source>agency</source>
        <extracomment>nap_desktop/services/agencies.py, nap_desktop/services/referrals.py,
nap_desktop/services/releases.py, nap_desktop/services/reports.py,
nap_desktop/services/transfer.py</extracomment>
        <translation>agencia</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1389"/>
        <source>an administrator</source>
        <extracomment>nap_desktop/services/base.py</extracomment>
        <translation>el rol de administración</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1394"/>
        <source>card</source>
        <extracomment>nap_desktop/transfer/identity.py</extracomment>
        <translation>tarjeta</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1401"/>
        <source>client</source>
        <extracomment>nap_desktop/services/cases.py, nap_desktop/services/housing.py,
nap_desktop/services/referrals.py, nap_desktop/services/releases.py,
nap_desktop/services/restitution.py, nap_desktop/services/transfer.py</extracomment>
        <translation>sobreviviente</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1406"/>
        <source>conflict</source>
        <extracomment>nap_desktop/services/transfer.py</extracomment>
        <translation>conflicto</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1411"/>
        <source>contains an invalid character</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation>contiene un carácter no válido</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1416"/>
        <source>contains control characters</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation>contiene caracteres de control</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1421"/>
        <source>differs from its manifest entry</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation>difiere de su entrada en el manifiesto</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1426"/>
        <source>has a value outside its list</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation>tiene un valor fuera de su lista</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1431"/>
        <source>has a wrong length</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation>tiene una longitud incorrecta</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1436"/>
        <source>has missing or unknown fields</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation>tiene campos faltantes o desconocidos</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1441"/>
        <source>is a derived status that is never stored</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation>es un estado derivado que nunca se guarda</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1446"/>
        <source>is empty (it is left out instead)</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation>está vacío (en ese caso se omite)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1451"/>
        <source>lists a client twice</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation>incluye dos veces a una persona sobreviviente</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1456"/>
        <source>lists a record twice</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation>incluye dos veces un registro</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1461"/>
        <source>lists a service of a withheld category</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation>incluye un servicio de una categoría retenida</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1466"/>
        <source>manifest</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation>manifiesto</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1471"/>
        <source>must be a UTC time</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation>debe ser una hora UTC</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1476"/>
        <source>must be a date</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation>debe ser una fecha</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1481"/>
        <source>must be an object</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1486"/>
        <source>must be sorted without repeats</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation>debe estar ordenado y sin repeticiones</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1491"/>
        <source>must be text</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1496"/>
        <source>must be true or false</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation>debe ser verdadero o falso</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1501"/>
        <source>names a category this record cannot withhold</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation>nombra una categoría que este registro no puede retener</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1506"/>
        <source>names a field this record cannot leave out</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation>nombra un campo que este registro no puede omitir</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1511"/>
        <source>placement</source>
        <extracomment>nap_desktop/services/housing.py</extracomment>
        <translation>colocación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1516"/>
        <source>referral</source>
        <extracomment>nap_desktop/services/cases.py, nap_desktop/services/referrals.py</extracomment>
        <translation>derivación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1522"/>
        <source>release of information</source>
        <extracomment>nap_desktop/services/referrals.py, nap_desktop/services/releases.py,
nap_desktop/services/transfer.py</extracomment>
        <translation>autorización de divulgación de información</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1527"/>
        <source>restitution matter</source>
        <extracomment>nap_desktop/services/restitution.py</extracomment>
        <translation>asunto de restitución</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1532"/>
        <source>user</source>
        <extracomment>nap_desktop/services/cases.py, nap_desktop/services/users.py</extracomment>
        <translation>usuario</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/messages.py" line="32"/>
        <source>This vault is already open on the computer “%1” (program %2, since %3). Close it there first; if that program crashed, the lock is released on its own.</source>
        <translation>Esta bóveda ya está abierta en el equipo «%1» (programa %2, desde %3). Ciérrela allí primero; si ese programa se cerró por un error, el bloqueo se libera solo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../nap_desktop/gui/messages.py" line="44"/>
        <source>Too many failed attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Demasiados intentos fallidos. Intente de nuevo en %n minuto.</numerusform>
            <numerusform>Demasiados intentos fallidos. Intente de nuevo en %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/messages.py" line="79"/>
        <source>Something unexpected went wrong. Nothing was saved by the failed step. If it happens again, run a vault check and tell your administrator.</source>
        <translation>Ocurrió un error inesperado. El paso que falló no guardó nada. Si vuelve a ocurrir, ejecute una verificación de la bóveda e informe a su administrador.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/messages.py" line="87"/>
        <location filename="../../nap_desktop/gui/tasks/runner.py" line="118"/>
        <source>NAP Desktop</source>
        <translation>NAP Desktop</translation>
    </message>
</context>
<context>
    <name>MyCardDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="62"/>
        <source>Our identity card</source>
        <translation>Nuestra tarjeta de identidad</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="66"/>
        <source>Our fingerprint</source>
        <translation>Nuestra huella</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="69"/>
        <source>&amp;Save card file…</source>
        <translation>&amp;Guardar archivo de tarjeta…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="70"/>
        <source>Save our identity card file</source>
        <translation>Guardar el archivo de nuestra tarjeta de identidad</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="72"/>
        <source>C&amp;opy fingerprint</source>
        <translation>C&amp;opiar huella</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="73"/>
        <source>Copy the fingerprint</source>
        <translation>Copiar la huella</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="75"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="79"/>
        <source>Card status</source>
        <translation>Estado de la tarjeta</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="86"/>
        <source>Send the card file to the partner (it holds only public keys). Then call them on a number you already trust and read this fingerprint, group by group:</source>
        <translation>Envíe el archivo de la tarjeta a la agencia asociada (solo contiene claves públicas). Luego llámela a un número de su confianza y léale esta huella, grupo por grupo:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="90"/>
        <source>Key generation %1</source>
        <translation>Generación de claves %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="101"/>
        <source>Save our identity card</source>
        <translation>Guardar nuestra tarjeta de identidad</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="102"/>
        <source>NAP identity cards (*.napcard);;All files (*)</source>
        <translation>Tarjetas de identidad NAP (*.napcard);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="109"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="112"/>
        <source>Saved to %1 (readable only by you).</source>
        <translation>Guardada en %1 (solo usted puede leerla).</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="80"/>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="98"/>
        <source>Problem with %1</source>
        <translation>Problema con %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="105"/>
        <source>Record what you know now; everything can be completed later in the case. A pseudonymous case number is assigned when you create it.</source>
        <translation>Registre lo que sabe ahora; todo se puede completar después en el caso. Al crearlo se asigna un número de caso seudónimo.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="121"/>
        <source>Problem creating the case</source>
        <translation>Problema al crear el caso</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="124"/>
        <source>Create ca&amp;se</source>
        <translation>&amp;Crear caso</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="126"/>
        <source>Create the case</source>
        <translation>Crear el caso</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="129"/>
        <source>Cancel without saving</source>
        <translation>Cancelar sin guardar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="139"/>
        <source>Personal details</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="143"/>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="144"/>
        <source>Under 18</source>
        <translation>Menor de 18 años</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="147"/>
        <source>e.g. Spanish, K'iche'</source>
        <translation>p. ej., español, k'iche'</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="148"/>
        <source>Needs an interpreter</source>
        <translation>Necesita intérprete</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="151"/>
        <source>&amp;Legal name:</source>
        <translation>Nombre &amp;legal:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="151"/>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="153"/>
        <source>&amp;Preferred name:</source>
        <translation>Nombre &amp;preferido:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="154"/>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="154"/>
        <source>The name the survivor uses; shown first.</source>
        <translation>El nombre que usa la persona sobreviviente; se muestra primero.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="156"/>
        <source>Date of &amp;birth:</source>
        <translation>Fecha de &amp;nacimiento:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="156"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="157"/>
        <source>&amp;Minor:</source>
        <translation>&amp;Menor de edad:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="157"/>
        <source>Minor</source>
        <translation>Menor de edad</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="160"/>
        <source>Lan&amp;guages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="160"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="161"/>
        <source>Separate languages with commas.</source>
        <translation>Separe los idiomas con comas.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="164"/>
        <source>&amp;Interpreter:</source>
        <translation>In&amp;térprete:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="165"/>
        <source>Interpreter needed</source>
        <translation>Necesita intérprete</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="168"/>
        <source>Sa&amp;fe contact:</source>
        <translation>Contacto se&amp;guro:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="169"/>
        <source>Safe-contact instructions</source>
        <translation>Instrucciones de contacto seguro</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="169"/>
        <source>When and how it is safe to call, text or visit.</source>
        <translation>Cuándo y cómo es seguro llamar, enviar mensajes o visitar.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="176"/>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="183"/>
        <source>&amp;Trafficking type:</source>
        <translation>Tipo de t&amp;rata:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="184"/>
        <source>Trafficking type</source>
        <translation>Tipo de trata</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="190"/>
        <source>First &amp;referral</source>
        <translation>Primera &amp;derivación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="192"/>
        <source>Record the first referral</source>
        <translation>Registrar la primera derivación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="198"/>
        <source>The partner referred the survivor to us</source>
        <translation>La agencia asociada nos derivó a la persona sobreviviente</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="199"/>
        <source>We refer the survivor to the partner</source>
        <translation>Derivamos a la persona sobreviviente a la agencia asociada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="209"/>
        <source>Partner &amp;agency:</source>
        <translation>&amp;Agencia asociada:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="209"/>
        <source>Partner agency</source>
        <translation>Agencia asociada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="210"/>
        <source>&amp;Who referred:</source>
        <translation>&amp;Quién derivó:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="210"/>
        <source>Who referred</source>
        <translation>Quién derivó</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="212"/>
        <source>&amp;Direction:</source>
        <translation>Dir&amp;ección:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="212"/>
        <source>Referral direction</source>
        <translation>Dirección de la derivación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="213"/>
        <source>Suggested from the two agencies' kinds.</source>
        <translation>Sugerida según el tipo de las dos agencias.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="215"/>
        <source>Ser&amp;vices:</source>
        <translation>&amp;Servicios:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="215"/>
        <source>Services requested</source>
        <translation>Servicios solicitados</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="216"/>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgencia:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="216"/>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="218"/>
        <source>Referring p&amp;erson:</source>
        <translation>Persona que deri&amp;va:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="219"/>
        <source>Referring officer or worker</source>
        <translation>Agente o trabajador(a) que deriva</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="222"/>
        <source>Their &amp;case no.:</source>
        <translation>Su n.º de cas&amp;o:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="223"/>
        <source>Partner's case or investigation number</source>
        <translation>Número de caso o de investigación de la agencia asociada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="228"/>
        <source>There are no partner agencies yet: add them under Admin › Partners. Referrals can also be added later in the case.</source>
        <translation>Aún no hay agencias asociadas: agréguelas en Administración › Agencias asociadas. Las derivaciones también se pueden agregar después en el caso.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="268"/>
        <source>Set from the date of birth. If the date is in doubt, set it to “Unknown” and tick by hand.</source>
        <translation>Se marca según la fecha de nacimiento. Si la fecha no es segura, márquela como «Desconocida» y marque esta casilla a mano.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="273"/>
        <source>Tick if the survivor is under 18, even without a date of birth.</source>
        <translation>Marque si la persona sobreviviente es menor de 18 años, aunque no haya fecha de nacimiento.</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="14"/>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="46"/>
        <source>too weak</source>
        <translation>demasiado débil</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="15"/>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="16"/>
        <source>fair</source>
        <translation>aceptable</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="17"/>
        <source>strong</source>
        <translation>fuerte</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="18"/>
        <source>very strong</source>
        <translation>muy fuerte</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="39"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="42"/>
        <source>New passphrase again</source>
        <translation>Repetir la nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="46"/>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="90"/>
        <source>Strength: %1</source>
        <translation>Solidez: %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="47"/>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="51"/>
        <source>Passphrase advice</source>
        <translation>Consejos sobre la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="52"/>
        <source>New &amp;passphrase:</source>
        <translation>Nueva &amp;frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="54"/>
        <source>&amp;Again:</source>
        <translation>Re&amp;petir:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="58"/>
        <source>Strength:</source>
        <translation>Solidez:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="71"/>
        <source>At least 12 characters. A few unrelated words are easy to remember.</source>
        <translation>Al menos 12 caracteres. Unas cuantas palabras sin relación entre sí son fáciles de recordar.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="77"/>
        <source>Type the same passphrase twice.</source>
        <translation>Escriba la misma frase de contraseña dos veces.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="92"/>
        <source>This passphrase can be used.</source>
        <translation>Esta frase de contraseña se puede usar.</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="106"/>
        <source>Partner</source>
        <translation>Agencia asociada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="107"/>
        <source>Who receives the package?</source>
        <translation>¿Quién recibe el paquete?</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="108"/>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="108"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="108"/>
        <source>Verified keys</source>
        <translation>Claves verificadas</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="111"/>
        <source>Partner agencies</source>
        <translation>Agencias asociadas</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="114"/>
        <source>&amp;Partner agency:</source>
        <translation>&amp;Agencia asociada:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="116"/>
        <source>A package is encrypted to the partner's verified keys, so only partners whose identity card has been pinned can be chosen. Greyed-out partners have no verified card yet: an administrator pins it in Admin ▸ Partners after checking its fingerprint by phone.</source>
        <translation>Un paquete se cifra con las claves verificadas de la agencia asociada, así que solo se pueden elegir agencias cuya tarjeta de identidad esté registrada. Las agencias en gris aún no tienen tarjeta verificada: un administrador la registra en Administración ▸ Agencias asociadas después de confirmar su huella por teléfono.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="120"/>
        <source>Why some partners are greyed out</source>
        <translation>Por qué algunas agencias asociadas aparecen en gris</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="147"/>
        <source>Not verified</source>
        <translation>Sin verificar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="149"/>
        <source>Verified on %1</source>
        <translation>Verificada el %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="150"/>
        <source>No verified identity card: cannot receive packages yet</source>
        <translation>Sin tarjeta de identidad verificada: aún no puede recibir paquetes</translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="198"/>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="210"/>
        <source>Partner agencies</source>
        <translation>Agencias asociadas</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="206"/>
        <source>Filter agencies…</source>
        <translation>Filtrar agencias…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="207"/>
        <source>Filter agencies</source>
        <translation>Filtrar agencias</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="223"/>
        <source>&amp;Add…</source>
        <translation>A&amp;gregar…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="224"/>
        <source>Add partner agency</source>
        <translation>Agregar agencia asociada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="226"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="227"/>
        <source>Edit selected agency</source>
        <translation>Editar la agencia seleccionada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="230"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="245"/>
        <source>&amp;Pin identity card…</source>
        <translation>&amp;Registrar tarjeta de identidad…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="246"/>
        <source>Pin a partner's identity card</source>
        <translation>Registrar la tarjeta de identidad de una agencia asociada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="250"/>
        <source>Only an administrator can pin identity cards</source>
        <translation>Solo un administrador puede registrar tarjetas de identidad</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="251"/>
        <source>&amp;Our identity card…</source>
        <translation>Nuestra &amp;tarjeta de identidad…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="252"/>
        <source>Show our identity card</source>
        <translation>Mostrar nuestra tarjeta de identidad</translation>
    </message>
</context>
<context>
    <name>PassphraseJobDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="66"/>
        <source>Creating the key slot, please wait</source>
        <translation>Creando la ranura de clave, espere por favor</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="68"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="75"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="96"/>
        <source>Problem with %1</source>
        <translation>Problema con %1</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="83"/>
        <source>Your passphrase</source>
        <translation>Su frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="85"/>
        <source>It unlocks the vault and cannot be recovered by anyone: choose a few unrelated words you will remember.</source>
        <translation>Desbloquea la bóveda y nadie puede recuperarla: elija unas cuantas palabras sin relación entre sí que vaya a recordar.</translation>
    </message>
</context>
<context>
    <name>PinCardDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="140"/>
        <source>Pin a partner's identity card</source>
        <translation>Registrar la tarjeta de identidad de una agencia asociada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="144"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="145"/>
        <source>Choose the card file</source>
        <translation>Elegir el archivo de la tarjeta</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="147"/>
        <source>Whose card it is</source>
        <translation>De quién es la tarjeta</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="152"/>
        <source>Match by name, or add to the directory</source>
        <translation>Asociar por nombre o agregar al directorio</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="157"/>
        <source>I &amp;called them on a number I already trust, and they read me the new fingerprint</source>
        <translation>&amp;Llamé a un número de mi confianza y me leyeron la nueva huella</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="159"/>
        <source>I confirmed the new keys by phone</source>
        <translation>Confirmé las nuevas claves por teléfono</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="161"/>
        <source>Pinning status</source>
        <translation>Estado del registro</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="167"/>
        <source>Card &amp;file:</source>
        <translation>&amp;Archivo de la tarjeta:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="167"/>
        <source>Card file</source>
        <translation>Archivo de la tarjeta</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="168"/>
        <source>&amp;Fingerprint read to you:</source>
        <translation>&amp;Huella que le leyeron:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="169"/>
        <source>Fingerprint read to you</source>
        <translation>Huella que le leyeron</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="170"/>
        <source>&amp;Directory entry:</source>
        <translation>Entrada del &amp;directorio:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="170"/>
        <source>Directory entry</source>
        <translation>Entrada del directorio</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="177"/>
        <source>&amp;Pin</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="179"/>
        <source>Pin the card</source>
        <translation>Registrar la tarjeta</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="183"/>
        <source>Pin a card only after the agency read you its fingerprint over a phone number you already trust (not one given in the same e-mail as the card).</source>
        <translation>Registre una tarjeta solo después de que la agencia le haya leído su huella por un número de teléfono de su confianza (no uno que venga en el mismo correo que la tarjeta).</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="196"/>
        <source>Choose the partner's identity card</source>
        <translation>Elegir la tarjeta de identidad de la agencia asociada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="197"/>
        <source>NAP identity cards (*.napcard);;All files (*)</source>
        <translation>Tarjetas de identidad NAP (*.napcard);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="212"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="228"/>
        <source>This card is for %1 (%2).</source>
        <translation>Esta tarjeta es de %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="231"/>
        <source>That is your own agency's identity card.</source>
        <translation>Esa es la tarjeta de identidad de su propia agencia.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="233"/>
        <source>It is already pinned (verified on %1).</source>
        <translation>Ya está registrada (verificada el %1).</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="236"/>
        <source>Its KEYS HAVE CHANGED since you verified them on %1. Do not pin it unless the agency confirms the new fingerprint by phone.</source>
        <translation>Sus CLAVES CAMBIARON desde que usted las verificó el %1. No la registre a menos que la agencia confirme la nueva huella por teléfono.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="256"/>
        <source>Nothing was pinned: the verified key was kept.</source>
        <translation>No se registró nada: se conservó la clave verificada.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="276"/>
        <source>You are replacing a verified key for %1.

Verified key:
%2

New key:
%3

Packages will go to the new key and only it will be trusted. Replace the verified key only if the agency confirmed the change on a number you already trust.</source>
        <translation>Está reemplazando una clave verificada de %1.

Clave verificada:
%2

Clave nueva:
%3

Los paquetes se cifrarán para la clave nueva y solo en ella se confiará. Reemplace la clave verificada solo si la agencia confirmó el cambio en un número en el que ya confía.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="282"/>
        <source>Replacing a verified key</source>
        <translation>Reemplazo de una clave verificada</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/vault/recovery.py" line="24"/>
        <source>Unlock with the recovery key</source>
        <translation>Desbloquear con la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/recovery.py" line="28"/>
        <source>The recovery key unlocks the vault when a passphrase is forgotten. Choose whose passphrase to replace; that person then unlocks with the new one.</source>
        <translation>La clave de recuperación desbloquea la bóveda cuando se olvida una frase de contraseña. Elija de quién es la frase de contraseña que se reemplaza; esa persona desbloqueará luego con la nueva.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/recovery.py" line="38"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/recovery.py" line="39"/>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clave de recuperación:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/recovery.py" line="43"/>
        <source>User whose passphrase is replaced</source>
        <translation>Usuario cuya frase de contraseña se reemplaza</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/recovery.py" line="44"/>
        <source>New passphrase &amp;for:</source>
        <translation>Nueva frase de contraseña p&amp;ara:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/recovery.py" line="55"/>
        <source>&amp;Reset and unlock</source>
        <translation>&amp;Restablecer y desbloquear</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/recovery.py" line="56"/>
        <source>Reset the passphrase and unlock</source>
        <translation>Restablecer la frase de contraseña y desbloquear</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="161"/>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="163"/>
        <source>Shown only now. It unlocks the vault if every passphrase is forgotten. Write it on paper and keep it locked away, not on this computer.</source>
        <translation>Se muestra solo ahora. Desbloquea la bóveda si se olvidan todas las frases de contraseña. Escríbala en papel y guárdela bajo llave, no en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="173"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="175"/>
        <source>I have &amp;written it down and put it somewhere safe</source>
        <translation>La he &amp;anotado y guardado en un lugar seguro</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="176"/>
        <source>I have written down the recovery key</source>
        <translation>He anotado la clave de recuperación</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="515"/>
        <source>Exported</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="518"/>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="528"/>
        <source>%1
Saved as %2 (readable by you only).</source>
        <translation>%1
Guardado como %2 (solo usted puede leerlo).</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="533"/>
        <source>Supervisor override: consent was not applied. This was recorded in the audit log.</source>
        <translation>Excepción de supervisión: no se aplicó el consentimiento. Esto quedó registrado en la bitácora de auditoría.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="536"/>
        <source>Withheld (no active release covers it): %1.</source>
        <translation>Retenido (ninguna autorización activa lo cubre): %1.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="311"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="312"/>
        <source>What will be sent, and what stays here because no active release of information to this partner covers it.</source>
        <translation>Lo que se enviará y lo que se queda aquí porque ninguna autorización de divulgación de información activa para esta agencia asociada lo cubre.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="314"/>
        <source>Case number</source>
        <translation>N.º de caso</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="314"/>
        <source>Client</source>
        <translation>Sobreviviente</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="315"/>
        <source>Details shared</source>
        <translation>Datos compartidos</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="315"/>
        <source>Records sent</source>
        <translation>Registros enviados</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="316"/>
        <source>Withheld (no release covers it)</source>
        <translation>Retenido (sin autorización)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="317"/>
        <source>What each client's package holds</source>
        <translation>Qué contiene el paquete de cada sobreviviente</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="321"/>
        <source>Checking what may be sent</source>
        <translation>Verificando qué se puede enviar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="322"/>
        <source>Summary of the package</source>
        <translation>Resumen del paquete</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="323"/>
        <source>Review status</source>
        <translation>Estado de la revisión</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="324"/>
        <source>Supervisor &amp;override: send everything, ignoring consent</source>
        <translation>E&amp;xcepción de supervisión: enviar todo, sin aplicar el consentimiento</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="326"/>
        <source>Supervisor override</source>
        <translation>Excepción de supervisión</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="328"/>
        <source>Reason for the override</source>
        <translation>Motivo de la excepción</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="329"/>
        <source>Why must everything be sent? (court order, statutory mandate…) This goes in the audit log.</source>
        <translation>¿Por qué debe enviarse todo? (orden judicial, mandato legal…) Esto queda en la bitácora de auditoría.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="332"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="334"/>
        <source>About the override</source>
        <translation>Acerca de la excepción</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="336"/>
        <source>The override and its reason are recorded in the audit log and named in the package.</source>
        <translation>La excepción y su motivo quedan registrados en la bitácora de auditoría y se indican en el paquete.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="340"/>
        <source>Only a supervisor can send more than the releases of information allow.</source>
        <translation>Solo una persona supervisora puede enviar más de lo que permiten las autorizaciones de divulgación de información.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="348"/>
        <source>&amp;Clients in the package:</source>
        <translation>&amp;Sobrevivientes en el paquete:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="380"/>
        <source>Checking the releases of information…</source>
        <translation>Verificando las autorizaciones de divulgación de información…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="393"/>
        <source>No personal details</source>
        <translation>Sin datos personales</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="394"/>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="397"/>
        <source>Withheld: %1</source>
        <translation>Retenido: %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="404"/>
        <source>Override: everything is sent, consent is not applied.</source>
        <translation>Excepción: se envía todo, sin aplicar el consentimiento.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="406"/>
        <source>Withheld for lack of a release: %1.</source>
        <translation>Retenido por falta de autorización: %1.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="409"/>
        <source>Nothing is withheld: the releases cover everything.</source>
        <translation>No se retiene nada: las autorizaciones lo cubren todo.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="411"/>
        <source>There is nothing to send to %1 with these choices.</source>
        <translation>Con estas opciones no hay nada que enviar a %1.</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="432"/>
        <source>Save the package</source>
        <translation>Guardar el paquete</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="433"/>
        <source>The package is encrypted to the partner and signed by your agency. Hand it over on a USB stick or by e-mail.</source>
        <translation>El paquete va cifrado para la agencia asociada y firmado por su agencia. Entréguelo en una memoria USB o por correo electrónico.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="436"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="438"/>
        <source>Package file</source>
        <translation>Archivo del paquete</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="439"/>
        <source>Package &amp;file:</source>
        <translation>&amp;Archivo del paquete:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="441"/>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="442"/>
        <source>Choose where to save the package</source>
        <translation>Elegir dónde guardar el paquete</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="444"/>
        <source>Writing the package</source>
        <translation>Escribiendo el paquete</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="445"/>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="452"/>
        <source>The file can be read only by your account on this computer. Only the partner's keys can open it; the file name never holds case details.</source>
        <translation>Solo su cuenta en esta computadora puede leer el archivo. Solo las claves de la agencia asociada pueden abrirlo; el nombre del archivo nunca contiene datos del caso.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="469"/>
        <source>Save the package as</source>
        <translation>Guardar el paquete como</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="470"/>
        <source>NAP transfer packages (*.napx)</source>
        <translation>Paquetes de transferencia NAP (*.napx)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="488"/>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="489"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="497"/>
        <source>Exporting: gathering, signing and encrypting…</source>
        <translation>Exportando: reuniendo, firmando y cifrando…</translation>
    </message>
</context>
<context>
    <name>SetPassphraseDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="227"/>
        <source>New passphrase for %1</source>
        <translation>Nueva frase de contraseña para %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="229"/>
        <source>Set a new passphrase for %1 (%2). Their old one stops working.</source>
        <translation>Establezca una nueva frase de contraseña para %1 (%2). La anterior dejará de funcionar.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="231"/>
        <source>%1 (%2) is deactivated. A new passphrase reactivates the account with a new key slot.</source>
        <translation>%1 (%2) está desactivado. Una nueva frase de contraseña reactiva la cuenta con una nueva ranura de clave.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="236"/>
        <source>This session was unlocked with the recovery key.</source>
        <translation>Esta sesión se desbloqueó con la clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="241"/>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reactivar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="241"/>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Establecer frase de contraseña</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/admin/settings_dialog.py" line="34"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/settings_dialog.py" line="40"/>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/settings_dialog.py" line="41"/>
        <source>Lock after this many idle minutes</source>
        <translation>Bloquear tras estos minutos de inactividad</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/settings_dialog.py" line="42"/>
        <source>&amp;Lock when idle for:</source>
        <translation>&amp;Bloquear tras una inactividad de:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/settings_dialog.py" line="47"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/settings_dialog.py" line="48"/>
        <source>Days before a referral counts as waiting</source>
        <translation>Días antes de que una derivación se considere en espera</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/settings_dialog.py" line="49"/>
        <source>&amp;Flag referrals waiting longer than:</source>
        <translation>&amp;Señalar derivaciones en espera por más de:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/settings_dialog.py" line="51"/>
        <source>Start in &amp;discreet mode (whole vault)</source>
        <translation>Iniciar en modo &amp;discreto (toda la bóveda)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/settings_dialog.py" line="52"/>
        <source>Discreet mode by default</source>
        <translation>Modo discreto de forma predeterminada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/settings_dialog.py" line="59"/>
        <source>Only supervisors and administrators can change this.</source>
        <translation>Solo las personas supervisoras y administradoras pueden cambiar esto.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="66"/>
        <source>Alt+1 … Alt+7</source>
        <translation>Alt+1 … Alt+7</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="66"/>
        <source>The tabs of the case on screen</source>
        <translation>Las pestañas del caso en pantalla</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="67"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+letra subrayada</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="67"/>
        <source>The button or field with that letter</source>
        <translation>El botón o campo con esa letra</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="68"/>
        <source>Caseload and dashboard: open the selected case</source>
        <translation>Carga de casos y panel: abrir el caso seleccionado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="68"/>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="69"/>
        <source>Down or Enter</source>
        <translation>Flecha abajo o Intro</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="69"/>
        <source>Search box: go to the results</source>
        <translation>Cuadro de búsqueda: ir a los resultados</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="70"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="70"/>
        <source>Search box: clear the search</source>
        <translation>Cuadro de búsqueda: borrar la búsqueda</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="71"/>
        <source>Caseload: the first or last referral</source>
        <translation>Carga de casos: la primera o la última derivación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="71"/>
        <source>Home, End</source>
        <translation>Inicio, Fin</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="72"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="72"/>
        <source>The next or previous control</source>
        <translation>El control siguiente o anterior</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="79"/>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="87"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="82"/>
        <source>Everything in NAP Desktop can be done from the keyboard.</source>
        <translation>Todo en NAP Desktop se puede hacer con el teclado.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="88"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="88"/>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="103"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="99"/>
        <source>Referral summary — %1</source>
        <translation>Resumen de la derivación — %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="113"/>
        <source>Summary preview</source>
        <translation>Vista previa del resumen</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="119"/>
        <source>Discreet mode: the preview is hidden. Print or save to see the summary.</source>
        <translation>Modo discreto: la vista previa está oculta. Imprima o guarde para ver el resumen.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="137"/>
        <source>Our agency (internal, nothing withheld)</source>
        <translation>Nuestra agencia (interno, sin retener nada)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="140"/>
        <source>Partner: %1</source>
        <translation>Agencia asociada: %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="149"/>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="163"/>
        <source>Include case notes</source>
        <translation>Incluir las notas del caso</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="150"/>
        <source>For a partner, notes appear only where a release covers them.</source>
        <translation>Para una agencia asociada, las notas aparecen solo si una autorización las cubre.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="152"/>
        <source>Include everything</source>
        <translation>Incluir todo</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="154"/>
        <source>Why this partner must see withheld details (recorded in the audit log)</source>
        <translation>Por qué esta agencia asociada debe ver los datos retenidos (queda registrado en la bitácora de auditoría)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="159"/>
        <source>Only a supervisor can override a release.</source>
        <translation>Solo una persona supervisora puede hacer una excepción a una autorización.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="161"/>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="161"/>
        <source>Who the summary is for</source>
        <translation>Para quién es el resumen</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="162"/>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="162"/>
        <source>Language of the summary</source>
        <translation>Idioma del resumen</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="163"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="164"/>
        <source>&amp;Override:</source>
        <translation>E&amp;xcepción:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="165"/>
        <source>Supervisor override: include everything</source>
        <translation>Excepción de supervisión: incluir todo</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="166"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="166"/>
        <source>Override reason</source>
        <translation>Motivo de la excepción</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="169"/>
        <source>What is withheld</source>
        <translation>Qué se retiene</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="172"/>
        <source>Where the summary was saved</source>
        <translation>Dónde se guardó el resumen</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="184"/>
        <source>&amp;Update preview</source>
        <translation>Act&amp;ualizar vista previa</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="185"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="186"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="187"/>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="192"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="189"/>
        <source>Update the preview</source>
        <translation>Actualizar la vista previa</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="190"/>
        <source>Print the summary</source>
        <translation>Imprimir el resumen</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="191"/>
        <source>Save the summary as a PDF file</source>
        <translation>Guardar el resumen como archivo PDF</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="245"/>
        <source>Withheld for lack of a release (marked in the document): %1</source>
        <translation>Retenido por falta de autorización (marcado en el documento): %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="249"/>
        <source>Nothing is withheld from this summary.</source>
        <translation>No se retiene nada en este resumen.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="266"/>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="275"/>
        <source>Save summary as PDF</source>
        <translation>Guardar resumen como PDF</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="284"/>
        <source>Saved (readable by you only): %1</source>
        <translation>Guardado (solo usted puede leerlo): %1</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../nap_desktop/gui/tasks/runner.py" line="30"/>
        <source>Please wait: this work cannot be interrupted. You can close the window when it is done.</source>
        <translation>Espere, por favor: este trabajo no se puede interrumpir. Podrá cerrar la ventana cuando termine.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/tasks/runner.py" line="120"/>
        <source>Please wait</source>
        <translation>Espere, por favor</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../nap_desktop/gui/transfer/common.py" line="59"/>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/common.py" line="59"/>
        <source>Client</source>
        <translation>Sobreviviente</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/common.py" line="59"/>
        <source>Release of information</source>
        <translation>Autorización de divulgación de información</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/common.py" line="60"/>
        <source>Housing placement</source>
        <translation>Colocación en vivienda</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/common.py" line="60"/>
        <source>Referral</source>
        <translation>Derivación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/common.py" line="61"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/common.py" line="61"/>
        <source>Restitution matter</source>
        <translation>Asunto de restitución</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/common.py" line="74"/>
        <source>%1 for %2 clients</source>
        <translation>%1 (%2 sobrevivientes)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/common.py" line="74"/>
        <source>%1 for 1 client</source>
        <translation>%1 (1 sobreviviente)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export.py" line="141"/>
        <source>Choose where to save the package.</source>
        <translation>Elija dónde guardar el paquete.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export.py" line="147"/>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export.py" line="151"/>
        <source>You cannot write to the folder %1.</source>
        <translation>No tiene permiso para escribir en la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="67"/>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="69"/>
        <source>You are not allowed to read %1.</source>
        <translation>No tiene permiso para leer %1.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="72"/>
        <source>%1 is a folder, not a package file.</source>
        <translation>%1 es una carpeta, no un archivo de paquete.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="75"/>
        <source>The file %1 could not be read (a damaged disk or a removed USB stick?).</source>
        <translation>No se pudo leer el archivo %1 (¿un disco dañado o una memoria USB retirada?).</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="82"/>
        <source>&amp;New</source>
        <translation>&amp;Nuevos</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="83"/>
        <source>&amp;Updated</source>
        <translation>Ac&amp;tualizados</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="84"/>
        <source>&amp;Conflicting</source>
        <translation>En &amp;conflicto</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="85"/>
        <source>Unc&amp;hanged</source>
        <translation>Sin cam&amp;bios</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="86"/>
        <source>&amp;Kept (newer here)</source>
        <translation>Conse&amp;rvados (más recientes aquí)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="87"/>
        <source>No&amp;t applied</source>
        <translation>No a&amp;plicados</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="96"/>
        <source>Not applied: this release was recorded or confirmed here, and only your staff change your consent.</source>
        <translation>No se aplica: esta autorización se registró o se confirmó aquí, y solo su personal cambia su consentimiento.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="98"/>
        <source>Not applied: another agency recorded this release.</source>
        <translation>No se aplica: otra agencia registró esta autorización.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="99"/>
        <source>Not applied: it would move the record to another client, agency or release.</source>
        <translation>No se aplica: movería el registro a otro cliente, otra agencia u otra autorización.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="101"/>
        <source>Not applied: it cites a release of information that the sender neither recorded nor received.</source>
        <translation>No se aplica: cita una autorización de divulgación que el remitente no registró ni recibió.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="103"/>
        <source>Your values kept (you withhold them from the sender): %1</source>
        <translation>Se conservan sus valores (no los comparte con el remitente): %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="105"/>
        <source>Kept as the sender's release: for information, never used for what you share.</source>
        <translation>Se guarda como autorización del remitente: es informativa y nunca cuenta para lo que usted comparte.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="352"/>
        <source>NAP transfer packages (*.napx);;All files (*)</source>
        <translation>Paquetes de transferencia NAP (*.napx);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <location filename="../../nap_desktop/gui/transfer/menu.py" line="51"/>
        <source>&amp;Export to partner…</source>
        <translation>&amp;Exportar a una agencia asociada…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/menu.py" line="53"/>
        <source>&amp;Import package…</source>
        <translation>&amp;Importar paquete…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/menu.py" line="55"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflictos…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/menu.py" line="56"/>
        <source>&amp;My identity card…</source>
        <translation>&amp;Mi tarjeta de identidad…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/menu.py" line="110"/>
        <source>Import a package</source>
        <translation>Importar un paquete</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="57"/>
        <source>Unlock NAP Desktop</source>
        <translation>Desbloquear NAP Desktop</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="71"/>
        <source>Unlock the vault</source>
        <translation>Desbloquear la bóveda</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="74"/>
        <source>Vault: %1</source>
        <translation>Bóveda: %1</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="83"/>
        <source>Demo vault information</source>
        <translation>Información de la bóveda de demostración</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="90"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="93"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="94"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="96"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="105"/>
        <source>Unlocking, please wait</source>
        <translation>Desbloqueando, espere por favor</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="111"/>
        <source>Unlock problem</source>
        <translation>Problema al desbloquear</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="120"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="123"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="125"/>
        <source>Use &amp;recovery key…</source>
        <translation>Usar clave de &amp;recuperación…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="127"/>
        <source>Use recovery key</source>
        <translation>Usar la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="129"/>
        <source>&amp;Try again</source>
        <translation>&amp;Intentar de nuevo</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="131"/>
        <source>Try opening the vault again</source>
        <translation>Intentar abrir la bóveda de nuevo</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="133"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="134"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="176"/>
        <source>Enter your user name and passphrase.</source>
        <translation>Ingrese su nombre de usuario y su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="220"/>
        <source>The passphrase for “%1” is wrong. Check the user name and Caps Lock, and try again.</source>
        <translation>La frase de contraseña de «%1» es incorrecta. Revise el nombre de usuario y Bloq Mayús, e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="223"/>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="98"/>
        <location filename="../../nap_desktop/gui/admin/users.py" line="134"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="109"/>
        <source>This session was unlocked with the recovery key. Choose the person who forgot their passphrase and set a new one; they unlock with it from now on.</source>
        <translation>Esta sesión se desbloqueó con la clave de recuperación. Elija a la persona que olvidó su frase de contraseña y establezca una nueva; a partir de ahora desbloqueará con ella.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="114"/>
        <source>Only an administrator can add users, set passphrases or remove access.</source>
        <translation>Solo un administrador puede agregar usuarios, establecer frases de contraseña o quitar el acceso.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="119"/>
        <source>The checks at unlock found that the signed user records, the key slots or the audit log were altered: roles apply as signed. Run “nap check” for the details and restore a backup.</source>
        <translation>Las verificaciones al desbloquear encontraron que los registros firmados de usuarios, las ranuras de clave o el registro de auditoría fueron alterados: los roles se aplican tal como están firmados. Ejecute “nap check” para ver los detalles y restaure una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="127"/>
        <source>Root of authority (the signing key of the person who set up this vault): %1. Compare it with the fingerprint noted at setup.</source>
        <translation>Raíz de autoridad (la clave de firma de la persona que configuró esta bóveda): %1. Compárela con la huella anotada durante la configuración.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="131"/>
        <source>Root of authority</source>
        <translation>Raíz de autoridad</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="143"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Agregar usuario…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="143"/>
        <source>Add a user</source>
        <translation>Agregar un usuario</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="145"/>
        <location filename="../../nap_desktop/gui/admin/users.py" line="200"/>
        <source>Set &amp;passphrase…</source>
        <translation>Establecer &amp;frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="145"/>
        <source>Set a new passphrase for the selected user</source>
        <translation>Establecer una nueva frase de contraseña para el usuario seleccionado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="149"/>
        <source>&amp;Remove access…</source>
        <translation>&amp;Quitar acceso…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="149"/>
        <source>Remove the selected user's access</source>
        <translation>Quitar el acceso del usuario seleccionado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="152"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="152"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="153"/>
        <source>Changing the vault key, please wait</source>
        <translation>Cambiando la clave de la bóveda, espere por favor</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="155"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="157"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="199"/>
        <source>Reac&amp;tivate…</source>
        <translation>Reac&amp;tivar…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="205"/>
        <source>You cannot remove your own access.</source>
        <translation>No puede quitar su propio acceso.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="222"/>
        <source>Your role does not allow this: it needs an administrator.</source>
        <translation>Su rol no permite esta acción: se necesita el rol de administración.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="238"/>
        <source>Added %1. They can unlock with their passphrase now.</source>
        <translation>Se agregó a %1. Ya puede desbloquear con su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="253"/>
        <source>%1's passphrase was changed.</source>
        <translation>Se cambió la frase de contraseña de %1.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="254"/>
        <source>%1 was reactivated with the new passphrase.</source>
        <translation>Se reactivó a %1 con la nueva frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="265"/>
        <source>You cannot remove your own access. Ask another administrator.</source>
        <translation>No puede quitar su propio acceso. Pídaselo a otro administrador.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="267"/>
        <source>Remove %1's access to this vault? Their key slot is deleted and the vault key is changed, so copies of their passphrase or old key files no longer open it. Their past work stays in the history.</source>
        <translation>¿Quitar el acceso de %1 a esta bóveda? Se elimina su ranura de clave y se cambia la clave de la bóveda, así que las copias de su frase de contraseña o de archivos de claves antiguos ya no la abren. Su trabajo anterior permanece en el historial.</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="272"/>
        <source>Remove access</source>
        <translation>Quitar acceso</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="276"/>
        <source>Removing access and changing the vault key…</source>
        <translation>Quitando el acceso y cambiando la clave de la bóveda…</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="287"/>
        <source>Removed %1's access; the vault key was changed.</source>
        <translation>Se quitó el acceso de %1; se cambió la clave de la bóveda.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="50"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="50"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="50"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="51"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="61"/>
        <source> (you)</source>
        <translation> (usted)</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="66"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="66"/>
        <source>Deactivated</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="72"/>
        <source>Deactivated: this person can no longer unlock the vault.</source>
        <translation>Desactivado: esta persona ya no puede desbloquear la bóveda.</translation>
    </message>
</context>
</TS>
