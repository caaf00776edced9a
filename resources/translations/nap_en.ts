<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="185"/>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="188"/>
        <source>e.g. thu.tran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="194"/>
        <source>User &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="194"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="195"/>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="195"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="196"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="196"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="197"/>
        <source>Agree the passphrase with the person face to face; they can change it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="200"/>
        <source>Add &amp;user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="66"/>
        <source>First administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="67"/>
        <source>This person adds the other users. Use your own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="70"/>
        <source>for example: jdoe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="72"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="72"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="73"/>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="73"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyEditor</name>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="131"/>
        <source>Add partner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="131"/>
        <source>Edit agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="138"/>
        <source>&amp;Victim-service provider (VAWA confidentiality applies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="146"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="146"/>
        <source>Agency name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="147"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="147"/>
        <source>Agency kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="148"/>
        <source>&amp;Contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="148"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="154"/>
        <source>Victim-service provider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyModel</name>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="66"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="67"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="68"/>
        <source>Victim services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="69"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="89"/>
        <source>Fingerprint verified on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="92"/>
        <source>No verified identity card: pin one to exchange packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="96"/>
        <source> (us)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="97"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="104"/>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgencyPage</name>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="45"/>
        <source>Your agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="46"/>
        <source>The vault belongs to one agency. Partners are added later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="55"/>
        <source>Agency &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="55"/>
        <source>Agency name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="56"/>
        <source>&amp;Kind of agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="56"/>
        <source>Kind of agency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseEditors</name>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="65"/>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="120"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="20"/>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="66"/>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="122"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="21"/>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="67"/>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="123"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="22"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="68"/>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="124"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="22"/>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="69"/>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="125"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="23"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="70"/>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="128"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="24"/>
        <source>Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="71"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="25"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="72"/>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="131"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="26"/>
        <source>Safe-contact instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="73"/>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="133"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="27"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="74"/>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="136"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="18"/>
        <source>Trafficking type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="75"/>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="138"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="28"/>
        <source>Continued Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="76"/>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="140"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="29"/>
        <source>Continued Presence expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="77"/>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="141"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="30"/>
        <source>T visa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="78"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="30"/>
        <source>HHS letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="86"/>
        <source>Client details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="89"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="90"/>
        <source>Under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="96"/>
        <source>e.g. Spanish, K'iche'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="97"/>
        <source>Needs an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="105"/>
        <source>No expiry recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="109"/>
        <source>Personal details are hidden in discreet mode. Use “Reveal this case” above to see and edit them (this is recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="116"/>
        <source>Case and immigration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="116"/>
        <source>Personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="120"/>
        <source>&amp;Legal name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="121"/>
        <source>&amp;Preferred name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="122"/>
        <source>The name the survivor uses; shown first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="123"/>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="124"/>
        <source>&amp;Minor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="125"/>
        <source>Lan&amp;guages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="126"/>
        <source>Separate languages with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="127"/>
        <source>&amp;Interpreter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="129"/>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="129"/>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="130"/>
        <source>Sa&amp;fe contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="132"/>
        <source>When and how it is safe to call, text or visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="133"/>
        <source>L&amp;ocation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="134"/>
        <source>Counts as personal information under VAWA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="135"/>
        <source>&amp;Trafficking type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="137"/>
        <source>Continued P&amp;resence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="139"/>
        <source>CP e&amp;xpires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="140"/>
        <source>Only for granted Continued Presence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="141"/>
        <source>T &amp;visa:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="142"/>
        <source>&amp;HHS letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="143"/>
        <source>HHS certification or eligibility letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="144"/>
        <source>Certification (adults) or eligibility letter (minors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="178"/>
        <source>Tick if the survivor is under 18, even without a date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="180"/>
        <source>Set from the date of birth. If the date is in doubt, set it to “Unknown” and tick by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/client_tab.py" line="307"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="33"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="42"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="53"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="62"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="69"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/dialogs.py" line="46"/>
        <location filename="../../nap_desktop/gui/case/dialogs.py" line="47"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/dialogs.py" line="124"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="55"/>
        <location filename="../../nap_desktop/gui/case/transition.py" line="79"/>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="12"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="12"/>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="15"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="16"/>
        <source>Victim-service provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="33"/>
        <location filename="../../nap_desktop/gui/case/release_origin.py" line="55"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="86"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="144"/>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="34"/>
        <location filename="../../nap_desktop/gui/case/release_origin.py" line="56"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="86"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="144"/>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="34"/>
        <location filename="../../nap_desktop/gui/case/release_origin.py" line="59"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="144"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="177"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="34"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="145"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="178"/>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="35"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="145"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="180"/>
        <source>Form language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="35"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="146"/>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="36"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="146"/>
        <source>Expires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="36"/>
        <source>Revoked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="37"/>
        <source>Exception basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="38"/>
        <source>Services not conditional on signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="42"/>
        <source>From agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="43"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="43"/>
        <source>To agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="44"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="95"/>
        <source>Referring person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="45"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="96"/>
        <source>Their case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="46"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="93"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="119"/>
        <source>Services requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="46"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="94"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="120"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="47"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="98"/>
        <source>Release used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="47"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="58"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="34"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="75"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="97"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="129"/>
        <source>Safety notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="48"/>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="49"/>
        <location filename="../../nap_desktop/gui/case/transition.py" line="93"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="49"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="78"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="70"/>
        <location filename="../../nap_desktop/gui/case/transition.py" line="94"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="49"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="78"/>
        <source>Reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="50"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="245"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="266"/>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="53"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="29"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="62"/>
        <source>Program type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="54"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="30"/>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="54"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="29"/>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="36"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="55"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="31"/>
        <source>Project start (3.10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="55"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="31"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="67"/>
        <source>Referred on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="56"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="32"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="71"/>
        <source>Expected exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="56"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="32"/>
        <source>Move-in (3.20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="57"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="33"/>
        <source>Exit (3.11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="57"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="33"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="74"/>
        <source>Exit destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="59"/>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="95"/>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="109"/>
        <source>Assistance ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="62"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="41"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="59"/>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="280"/>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="63"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="42"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="61"/>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="281"/>
        <source>Defendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="63"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="41"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="60"/>
        <source>Docket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="64"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="43"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="103"/>
        <source>Losses claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="64"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="42"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="62"/>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="281"/>
        <source>Statute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="65"/>
        <source>Closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="65"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="103"/>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="66"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="154"/>
        <source>Restitution step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="67"/>
        <source>Restitution money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="69"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="227"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="261"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="77"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="77"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="77"/>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="99"/>
        <location filename="../../nap_desktop/gui/case/notes_tab.py" line="25"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="70"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="79"/>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="83"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="196"/>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="68"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="218"/>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="88"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="79"/>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="196"/>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="68"/>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="81"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="81"/>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="55"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="82"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="151"/>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="55"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="82"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="150"/>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="55"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/field_labels.py" line="83"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="218"/>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="88"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="129"/>
        <source>Problem saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="130"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="131"/>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="133"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="134"/>
        <source>Revert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="173"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="173"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="195"/>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="452"/>
        <source>Someone else saved this record while you were editing. Your edits are still here and nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="458"/>
        <source>&amp;Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="459"/>
        <source>Compare your edits with the saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="461"/>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="462"/>
        <source>Keep my edits and save them over the newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="464"/>
        <source>&amp;Reload saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="465"/>
        <source>Discard my edits and load the saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="513"/>
        <source>Your edits and the saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="517"/>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="518"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="518"/>
        <source>Saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="518"/>
        <source>Your edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="526"/>
        <source>Personal details are hidden in discreet mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/form.py" line="528"/>
        <source>Only the fields that differ are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="28"/>
        <source>Case opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="29"/>
        <source>Client details changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="30"/>
        <source>Case assigned to another worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="31"/>
        <source>Personal details revealed in discreet mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="32"/>
        <source>Note added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="33"/>
        <source>Referral recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="34"/>
        <source>Referral details changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="35"/>
        <source>Referral status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="36"/>
        <source>Release of information recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="37"/>
        <source>Release of information signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="38"/>
        <source>Release of information revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="39"/>
        <source>Housing placement recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="40"/>
        <source>Housing placement changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="41"/>
        <source>Housing assistance entry added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="42"/>
        <source>Restitution matter opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="43"/>
        <source>Restitution step updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="44"/>
        <source>Restitution amounts changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="45"/>
        <source>Restitution money recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="46"/>
        <source>Restitution matter closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="47"/>
        <source>Summary PDF made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="48"/>
        <source>Sent to a partner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="49"/>
        <source>Received from a partner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="50"/>
        <source>Transfer conflict viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="51"/>
        <source>Transfer conflict resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="99"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="99"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="106"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="115"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="118"/>
        <source>Case history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="126"/>
        <source>Everything recorded about this case, newest first. The history cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/history_tab.py" line="128"/>
        <source>Nothing has been recorded in this vault about this case yet (cases imported or generated in bulk start empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="40"/>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="107"/>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="166"/>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="47"/>
        <source>e.g. OVC housing grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="49"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="50"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="51"/>
        <source>Not moved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="52"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="168"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="53"/>
        <source>Not exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="62"/>
        <source>Pro&amp;gram:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="63"/>
        <source>Housing provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="63"/>
        <source>Pro&amp;vider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="64"/>
        <source>F&amp;unding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="64"/>
        <source>Funding source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="65"/>
        <source>Placement status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="65"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="164"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="66"/>
        <source>Only the next steps of the placement's life cycle are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="67"/>
        <source>Re&amp;ferred on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="68"/>
        <source>Project st&amp;art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="68"/>
        <source>Project start date, HMIS 3.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="69"/>
        <source>Housing move-in date, HMIS 3.20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="69"/>
        <source>Mo&amp;ve-in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="70"/>
        <source>Only for rapid re-housing and permanent housing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="71"/>
        <source>E&amp;xpected exit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="72"/>
        <source>&amp;Exit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="72"/>
        <source>Exit date, HMIS 3.11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="73"/>
        <source>Recorded together with the status “Exited”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="74"/>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="75"/>
        <source>Safet&amp;y notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="86"/>
        <source>%1 (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="160"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="197"/>
        <source>Hidden in discreet mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="200"/>
        <source>New assistance entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="201"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="223"/>
        <source>Add &amp;entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="201"/>
        <location filename="../../nap_desktop/gui/case/notes_tab.py" line="43"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="223"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="207"/>
        <source>e.g. 1,250.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="211"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="233"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="211"/>
        <source>Assistance kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="212"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="234"/>
        <source>A&amp;mount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="212"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="234"/>
        <source>Amount in dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="213"/>
        <source>Date paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="213"/>
        <source>Pa&amp;id on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="214"/>
        <source>Ledger note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="214"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="236"/>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_forms.py" line="237"/>
        <source>Save the placement first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="36"/>
        <source>Move-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="36"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="36"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="37"/>
        <source>Assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="37"/>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="46"/>
        <source>Withheld — no release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="53"/>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="58"/>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="90"/>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="92"/>
        <source>Housing placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="96"/>
        <source>&amp;New placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="97"/>
        <source>Start a new placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="104"/>
        <source>Assistance totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="106"/>
        <source>No placements yet. Use “New placement” to record one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="166"/>
        <source>New placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="179"/>
        <source>Save the placement to record assistance paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/housing_tab.py" line="183"/>
        <source>Total paid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/notes_tab.py" line="25"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/notes_tab.py" line="33"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="82"/>
        <source>(another agency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/notes_tab.py" line="34"/>
        <source>%1 hidden in discreet mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/notes_tab.py" line="42"/>
        <source>&amp;Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/notes_tab.py" line="42"/>
        <location filename="../../nap_desktop/gui/case/notes_tab.py" line="49"/>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/notes_tab.py" line="48"/>
        <source>What happened, what was agreed, what comes next…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/notes_tab.py" line="49"/>
        <source>&amp;New note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/notes_tab.py" line="70"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/notes_tab.py" line="73"/>
        <source>Case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/notes_tab.py" line="84"/>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/notes_tab.py" line="85"/>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="63"/>
        <location filename="../../nap_desktop/gui/case/release_origin.py" line="55"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="110"/>
        <source>Unknown agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="70"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="70"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="79"/>
        <source>Created as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="107"/>
        <source>Referral details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="119"/>
        <source>Ser&amp;vices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="120"/>
        <source>&amp;Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="122"/>
        <source>Referring &amp;person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="123"/>
        <source>Referring officer or worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="126"/>
        <source>Their &amp;case no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="127"/>
        <source>Partner's case or investigation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="129"/>
        <source>Sa&amp;fety notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="131"/>
        <source>Re&amp;lease used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="131"/>
        <source>Release of information used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="132"/>
        <source>Only active releases to this partner can be chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="146"/>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="203"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="161"/>
        <source>%1, expires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="163"/>
        <source>Expired %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="236"/>
        <source>Referral summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="238"/>
        <source>This case has no referrals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="240"/>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="259"/>
        <source>Re&amp;ferral:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="268"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="318"/>
        <source>From %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="318"/>
        <source>To %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="367"/>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="370"/>
        <source>opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="373"/>
        <source>outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="391"/>
        <source>A supervisor approves and sends outgoing referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="397"/>
        <source>This referral is closed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/referral_tab.py" line="400"/>
        <source>Only the changes allowed from “%1” are offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/release_origin.py" line="37"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="397"/>
        <source>another agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/release_origin.py" line="39"/>
        <source>Recorded by %1 — confirmed here, used for what we share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/release_origin.py" line="40"/>
        <source>Recorded by %1 — not used for what we share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/release_origin.py" line="52"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="119"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/release_origin.py" line="57"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="86"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/release_origin.py" line="58"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="86"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/release_origin.py" line="79"/>
        <source>Confirm a partner's release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/release_origin.py" line="81"/>
        <source>%1 recorded this release. Confirm it only after you have seen the form the survivor signed. From then on it counts for what your agency shares with the agency it names, exactly like a release your own staff recorded, and later packages from %1 can no longer change it. Your name is written in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/release_origin.py" line="87"/>
        <source>The release you confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/release_origin.py" line="95"/>
        <source>&amp;Confirm for our sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/release_origin.py" line="96"/>
        <source>Confirm for our sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="62"/>
        <source>Legal and preferred name, date of birth, whether a minor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="63"/>
        <source>Phone, e-mail or address, and the safe-contact instructions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="64"/>
        <source>Where the survivor lives or stays (personal under VAWA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="65"/>
        <source>Languages spoken and whether an interpreter is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="66"/>
        <source>Continued Presence, T visa and HHS letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="67"/>
        <source>Safety risks and safety notes on referrals and housing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="68"/>
        <source>Housing placements, their dates and assistance paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="69"/>
        <source>Court matters, restitution steps and amounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="70"/>
        <source>Case notes written by workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="97"/>
        <source>Revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="99"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="101"/>
        <source>Draft (not signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="104"/>
        <source>Active · expires in %n day(s)</source>
        <translation>
            <numerusform>Active · expires in %n day</numerusform>
            <numerusform>Active · expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="150"/>
        <source>New release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="151"/>
        <source>&amp;Record release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="154"/>
        <source>— choose the agency —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="160"/>
        <source>e.g. Coordinate housing and legal services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="167"/>
        <source>Not signed yet (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="170"/>
        <source>The survivor was told services do not depend on signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="172"/>
        <source>The survivor declined to sign (record a refusal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="173"/>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="173"/>
        <source>Recipient agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="174"/>
        <source>One agency per release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="175"/>
        <source>&amp;Covers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="175"/>
        <source>Information covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="176"/>
        <source>Hover over a category to see what it includes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="177"/>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="178"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="368"/>
        <source>Signed &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="179"/>
        <source>A minor's release is signed by a parent or guardian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="180"/>
        <source>Form &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="181"/>
        <source>Date signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="181"/>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="366"/>
        <source>Si&amp;gned on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="182"/>
        <source>E&amp;xpires on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="182"/>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="183"/>
        <source>Required: consent is time-limited, at most one year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="184"/>
        <source>&amp;Told:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="185"/>
        <source>Told services are not conditional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="186"/>
        <source>Re&amp;fused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="186"/>
        <source>Survivor declined to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="231"/>
        <source>Choose the agency that receives the information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="249"/>
        <source>Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="254"/>
        <source>Releases of information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="263"/>
        <source>&amp;New release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="264"/>
        <source>Record a new release of information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="266"/>
        <source>Record &amp;signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="267"/>
        <source>Record the signature of a draft release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="269"/>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="270"/>
        <source>Revoke the selected release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="272"/>
        <source>Con&amp;firm partner's release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="273"/>
        <source>Confirm a release another agency recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="277"/>
        <source>What the selected release covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="278"/>
        <source>No releases of information yet. Nothing personal can be shared with a partner until the survivor signs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="285"/>
        <source>Selected release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="324"/>
        <source>Select a release to see what it covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="332"/>
        <source>Purpose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="333"/>
        <source>Form language: %1 · expires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="337"/>
        <source>Exception basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="341"/>
        <source>Covers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="345"/>
        <source>This release was recorded by another agency: it does not decide what we share until a supervisor confirms it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="348"/>
        <source>Not covered (redacted in anything sent): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="356"/>
        <source>New release of information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="364"/>
        <source>Record signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="365"/>
        <source>The draft release becomes active from the date it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="367"/>
        <source>Record &amp;signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="379"/>
        <source>Revoke release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="380"/>
        <source>The survivor withdrew consent. From the date below nothing more is shared with %1 under this release. This cannot be undone; record a new release if consent is given again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="383"/>
        <source>Re&amp;voked on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/releases_tab.py" line="384"/>
        <source>Re&amp;voke release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="46"/>
        <source>New restitution matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="47"/>
        <source>&amp;Open matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="50"/>
        <source>e.g. U.S. District Court, District of Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="53"/>
        <source>As listed on the docket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="56"/>
        <source>State law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="58"/>
        <source>e.g. 12,500.00 (can be added later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="59"/>
        <source>&amp;Court:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="60"/>
        <source>&amp;Docket no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="61"/>
        <source>De&amp;fendant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="62"/>
        <source>&amp;Statute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="63"/>
        <source>18 U.S.C. 1593: mandatory restitution of the full loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="64"/>
        <source>&amp;Losses claimed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="65"/>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="111"/>
        <source>Losses claimed in dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="106"/>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="134"/>
        <source>Amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="110"/>
        <source>Losses &amp;claimed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="112"/>
        <source>&amp;Ordered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="113"/>
        <source>Restitution ordered in dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="114"/>
        <source>The final amount may be set up to 90 days after sentencing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="155"/>
        <source>&amp;Save step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="161"/>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="162"/>
        <source>Today when saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="164"/>
        <source>Step status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="165"/>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="165"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="166"/>
        <source>Com&amp;pleted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="166"/>
        <source>Completed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="167"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="167"/>
        <source>Step note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="222"/>
        <source>New money entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="229"/>
        <source>e.g. 250.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="233"/>
        <source>Collected or disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="235"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="235"/>
        <source>Date of the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_forms.py" line="236"/>
        <source>Money note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="63"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="73"/>
        <source>Overdue by %n day(s): it was due %1.</source>
        <translation>
            <numerusform>Overdue by %n day: it was due %1.</numerusform>
            <numerusform>Overdue by %n days: it was due %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="96"/>
        <source>Restitution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="100"/>
        <source>Restitution matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="103"/>
        <source>&amp;Open matter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="104"/>
        <source>Open a new restitution matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="106"/>
        <source>Clos&amp;e matter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="107"/>
        <source>Close the restitution matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="110"/>
        <source>Matter details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="113"/>
        <source>Restitution totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="115"/>
        <source>Restitution steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="118"/>
        <source>Money collected and disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="124"/>
        <source>No restitution matter yet. Open one when charges are filed or a prosecutor asks for the survivor's losses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="132"/>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="138"/>
        <source>Collected and disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="142"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="146"/>
        <source>Select a step to change its status or dates. Overdue steps are shown in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="171"/>
        <source>&amp;Matter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="239"/>
        <source>Closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="240"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="280"/>
        <source>Docket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="288"/>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="288"/>
        <source>Disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="289"/>
        <source>Balance owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="289"/>
        <source>Collected, not yet paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="301"/>
        <source>Open restitution matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="316"/>
        <source>Close restitution matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="317"/>
        <source>Closing marks the last step done. Record why the matter is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="318"/>
        <source>Closed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="319"/>
        <source>Clos&amp;e matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/restitution_tab.py" line="320"/>
        <location filename="../../nap_desktop/gui/case/transition.py" line="94"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="32"/>
        <source>Se&amp;nd to partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="33"/>
        <source>Mark &amp;received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="34"/>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="35"/>
        <source>&amp;Decline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="36"/>
        <source>Start &amp;work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="37"/>
        <source>Co&amp;mplete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="38"/>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="39"/>
        <source>Mark e&amp;xpired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="73"/>
        <source>The referral moves from “%1” to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="83"/>
        <source>— choose a reason —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="91"/>
        <source>Problem with this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="93"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="95"/>
        <source>De&amp;tails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="95"/>
        <source>Reason details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="128"/>
        <source>A reason is required for this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="130"/>
        <source>Say whether the referral reached its goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/transition.py" line="132"/>
        <source>Details are optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/withheld.py" line="16"/>
        <source>the sending agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/withheld.py" line="17"/>
        <source>Withheld by %1 — no release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/withheld.py" line="36"/>
        <source>Enter a value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/withheld.py" line="37"/>
        <source>Enter a value for %1 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/withheld.py" line="38"/>
        <source>The sending agency keeps its own value. A value entered here replaces it when this case is sent back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/common.py" line="313"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/common.py" line="314"/>
        <source>You have unsaved changes in “%1”. Save them before moving on?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTabs</name>
    <message>
        <location filename="../../nap_desktop/gui/case/tabs.py" line="75"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/tabs.py" line="107"/>
        <location filename="../../nap_desktop/gui/case/tabs.py" line="148"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/tabs.py" line="108"/>
        <source>This case has unsaved changes. Close it and discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../nap_desktop/gui/case/tabs.py" line="149"/>
        <source>%n case(s) have unsaved changes. Quit and discard them?</source>
        <translation>
            <numerusform>%n case has unsaved changes. Quit and discard them?</numerusform>
            <numerusform>%n cases have unsaved changes. Quit and discard them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="65"/>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="67"/>
        <source>Client name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="70"/>
        <source>Re&amp;veal this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="71"/>
        <source>Reveal personal details of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="72"/>
        <source>Shows this case's personal details. Recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="75"/>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="76"/>
        <source>Reload this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="78"/>
        <source>&amp;Summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="79"/>
        <source>Referral summary: preview, print or save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="80"/>
        <source>A PDF summary of the selected referral, for our agency or for a partner (redacted by its releases).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="86"/>
        <source>Discreet mode: names and personal details are hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="89"/>
        <source>Case sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="92"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="93"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="94"/>
        <source>Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="95"/>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="96"/>
        <source>Restitution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="97"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="98"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="177"/>
        <source>(name not shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="179"/>
        <source>%1 masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="194"/>
        <source>Referral: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="200"/>
        <source>No active release</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../nap_desktop/gui/case/view.py" line="203"/>
        <source>Release expires in %n day(s)</source>
        <translation>
            <numerusform>Release expires in %n day</numerusform>
            <numerusform>Release expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nap_desktop/gui/case/view.py" line="206"/>
        <source>%n overdue step(s)</source>
        <translation>
            <numerusform>%n overdue step</numerusform>
            <numerusform>%n overdue steps</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="209"/>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/view.py" line="211"/>
        <source>Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <location filename="../../nap_desktop/gui/caseload/model.py" line="108"/>
        <source>•••• masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/model.py" line="136"/>
        <source>(name not shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/model.py" line="385"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/model.py" line="386"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/model.py" line="387"/>
        <source>Direction and partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/model.py" line="388"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/model.py" line="389"/>
        <source>Services requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/model.py" line="390"/>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/model.py" line="391"/>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/model.py" line="392"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadReportAction</name>
    <message>
        <location filename="../../nap_desktop/gui/caseload/report.py" line="37"/>
        <source>Caseload &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/report.py" line="47"/>
        <source>Caseload reports are for supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/report.py" line="57"/>
        <source>Save the caseload report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/report.py" line="64"/>
        <source>Making the caseload report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../nap_desktop/gui/caseload/report.py" line="82"/>
        <source>Caseload report saved (%n page(s)): %1</source>
        <translation>
            <numerusform>Caseload report saved (%n page): %1</numerusform>
            <numerusform>Caseload report saved (%n pages): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseloadView</name>
    <message>
        <location filename="../../nap_desktop/gui/caseload/view.py" line="114"/>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/view.py" line="144"/>
        <source>Number of referrals shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/view.py" line="194"/>
        <source>%1+ referrals (counting…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/view.py" line="196"/>
        <source>No referrals match. Esc in the search box clears the search; “Show: All referrals” and “Any status” widen the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/view.py" line="201"/>
        <source>%1 referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/view.py" line="201"/>
        <source>1 referral</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="173"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="174"/>
        <source>Which referrals with this partner go in the package?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="175"/>
        <source>&amp;Every referral with this partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="176"/>
        <source>Send every referral with this partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="177"/>
        <source>Only the referrals I &amp;tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="178"/>
        <source>Send only the ticked referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="183"/>
        <source>Case number, name or partner's case number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="184"/>
        <source>Search the referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="185"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="188"/>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="188"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="188"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="188"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="189"/>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="190"/>
        <source>Referrals with this partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="194"/>
        <source>Tick all sho&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="195"/>
        <source>Tick every referral shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="197"/>
        <source>&amp;Untick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="198"/>
        <source>Untick every referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="200"/>
        <source>How many referrals are ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="201"/>
        <source>About the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="225"/>
        <source>&amp;Referrals with this partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="249"/>
        <source>%1 of the selected referrals are not with this partner and were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="272"/>
        <source>Showing the first %1 of %2 referrals: search to narrow the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="276"/>
        <source>No referral with this partner matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="291"/>
        <source>Tick the referrals to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="293"/>
        <source>1 referral ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="294"/>
        <source>%1 referrals ticked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeOwnPassphraseDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="258"/>
        <source>Change my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="262"/>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="263"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="264"/>
        <source>C&amp;hange passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="102"/>
        <source>(not in this version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="106"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="106"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="140"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="142"/>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="142"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="143"/>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="143"/>
        <source>From partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="144"/>
        <source>Conflicts waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="149"/>
        <source>&amp;Waiting for a decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="151"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="151"/>
        <source>Ours (this vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="152"/>
        <source>Theirs (the partner's)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="153"/>
        <source>Both versions, field by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="157"/>
        <source>The conflict compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="158"/>
        <source>Both &amp;versions (differences first, in bold):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="160"/>
        <source>Keep &amp;ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="161"/>
        <source>Keep our version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="162"/>
        <source>Keep &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="163"/>
        <source>Keep the partner's version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="166"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="168"/>
        <source>Conflict status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="169"/>
        <source>Number of conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="170"/>
        <source>Keeping ours: the partner receives our version with the next export. Keeping theirs: their version replaces ours here, except your consent and the details you withhold from the partner, which stay yours; status history keeps who did what (theirs is added as the partner's).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="176"/>
        <source>Discreet mode hides personal details in the comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="221"/>
        <source>No conflicts: nothing waits for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="222"/>
        <source>%1 conflict(s) wait for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="250"/>
        <source>Choose a conflict to compare both versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="253"/>
        <source>%1 of case %2, changed here and at %3 (found %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="265"/>
        <source>(not sent, or not the partner's to change: ours stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="285"/>
        <source>%1's version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="285"/>
        <source>our version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="286"/>
        <source>the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="287"/>
        <source>Keep %1 of this %2 (case %3)? The other version is discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="290"/>
        <source>Resolve the conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/conflicts.py" line="298"/>
        <source>Resolved: kept %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="93"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="93"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="93"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="93"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="93"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="142"/>
        <source>What needs attention today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="159"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="160"/>
        <source>Days before a referral counts as waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="161"/>
        <source>Referrals waiting &amp;longer than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="163"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="164"/>
        <source>Refresh the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="183"/>
        <source>Items that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="198"/>
        <source>Each list shows its first %1: the most recently overdue steps, the soonest expiries and exits, the longest waits. The caseload lists every one (Show: Overdue, Consent expiring, Awaiting response).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="210"/>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="212"/>
        <source>Referrals by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="266"/>
        <source>Overdue restitution steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="267"/>
        <source>Releases expiring within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="268"/>
        <source>Housing exits and move-ins due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/dashboard.py" line="269"/>
        <source>Referrals awaiting a response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export.py" line="82"/>
        <source>Export to a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export.py" line="165"/>
        <source>The package is being written; the wizard closes when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="79"/>
        <source>To %1: %2 of %3, %4 in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="81"/>
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n referral</numerusform>
            <numerusform>%n referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="83"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="85"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="37"/>
        <source>Search case number, name, external number or notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="40"/>
        <source>Search the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="41"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="45"/>
        <source>Quick filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="48"/>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="52"/>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="53"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="56"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="60"/>
        <source>Partner filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="65"/>
        <source>&amp;Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="90"/>
        <source>All referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="91"/>
        <source>My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="92"/>
        <source>Awaiting response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="93"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="94"/>
        <source>Consent expiring (30 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="107"/>
        <source>Any partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="151"/>
        <source>a search (hidden in discreet mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/caseload/filters.py" line="153"/>
        <source>search “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="204"/>
        <source>Set up NAP Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="231"/>
        <source>Creating the encrypted vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="253"/>
        <source>The vault was created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="136"/>
        <source>Import a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="138"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="140"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="141"/>
        <source>Checking the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="142"/>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="145"/>
        <source>About the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="174"/>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="177"/>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="174"/>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="177"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="174"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="175"/>
        <source>Changes here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="176"/>
        <source>Withheld inside by the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="178"/>
        <source>Withheld by the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="180"/>
        <source>Records in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="189"/>
        <source>&amp;Withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="189"/>
        <source>Withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="194"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="195"/>
        <source>Apply the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="198"/>
        <source>Open c&amp;onflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="199"/>
        <source>Open the conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="226"/>
        <source>Package from %1, made %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="229"/>
        <source>This package was already imported: nothing would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="257"/>
        <source>&amp;Withheld (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="266"/>
        <source>Records changed on both sides become conflicts: both versions are kept until a person chooses (Transfer ▸ Conflicts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="269"/>
        <source>A partner never changes your consent or the details you withhold from it: those changes are not applied (see “Changes here”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="273"/>
        <source>Releases recorded by the sender are kept as its information; they never open what you share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="276"/>
        <source>The sender used a supervisor override: consent was not applied to this package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="278"/>
        <source>Withheld details stay as they are here. New case numbers may change if the number is taken in your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="286"/>
        <source>%1 cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="288"/>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="311"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="289"/>
        <source>Nothing in your vault was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="302"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="305"/>
        <source>The import is being applied; it finishes in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="313"/>
        <source>This package was already imported: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="317"/>
        <source>Imported: %1 new, %2 updated, %3 conflicting, %4 unchanged, %5 kept as newer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="323"/>
        <source>Not applied: %1 (a partner never changes your consent or what you withhold from it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="53"/>
        <source>Federal law enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="54"/>
        <source>State or local law enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="55"/>
        <source>Task force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="56"/>
        <source>Prosecutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="57"/>
        <source>Victim service provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="58"/>
        <source>Housing provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="59"/>
        <source>Legal services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="60"/>
        <source>Health services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="61"/>
        <source>Other agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="63"/>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="64"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="65"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="67"/>
        <source>Sex trafficking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="68"/>
        <source>Labor trafficking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="69"/>
        <source>Sex and labor trafficking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="70"/>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="72"/>
        <source>Identity (names, date of birth, minor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="73"/>
        <source>Contact and safe-contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="74"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="75"/>
        <source>Languages and interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="76"/>
        <source>Immigration relief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="77"/>
        <source>Safety risks and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="78"/>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="95"/>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="79"/>
        <source>Restitution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="80"/>
        <source>Case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="82"/>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="112"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="83"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="84"/>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="120"/>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="221"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="85"/>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="86"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="88"/>
        <source>Survivor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="89"/>
        <source>Guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="91"/>
        <source>Law enforcement → victim services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="92"/>
        <source>Victim services → law enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="93"/>
        <source>Between service providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="96"/>
        <source>Legal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="97"/>
        <source>Immigration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="98"/>
        <source>Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="99"/>
        <source>Mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="100"/>
        <source>Substance use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="101"/>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="102"/>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="103"/>
        <source>Interpretation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="104"/>
        <source>Child care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="105"/>
        <source>Repatriation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="106"/>
        <source>Other service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="108"/>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="109"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="110"/>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="113"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="114"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="115"/>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="149"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="116"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="117"/>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="205"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="118"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="119"/>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="154"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="122"/>
        <source>Successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="123"/>
        <source>Not successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="125"/>
        <source>Client refused services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="126"/>
        <source>Lack of capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="127"/>
        <source>Services no longer needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="130"/>
        <source>Unable to contact client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="134"/>
        <source>Unable to contact receiving organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="136"/>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="138"/>
        <source>Emergency shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="139"/>
        <source>Transitional housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="142"/>
        <source>Rapid re-housing / short-term assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="144"/>
        <source>Permanent supportive housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="145"/>
        <source>Other permanent housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="147"/>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="148"/>
        <source>Waitlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="150"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="151"/>
        <source>Moved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="152"/>
        <source>Exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="153"/>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="220"/>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="156"/>
        <source>Permanent: own rental or owned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="159"/>
        <source>Permanent: with family or friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="161"/>
        <source>Temporary situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="162"/>
        <source>Institutional setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="163"/>
        <source>Homeless situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="164"/>
        <source>Repatriated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="165"/>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="166"/>
        <source>Client doesn't know or refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="167"/>
        <source>Other destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="169"/>
        <source>Rent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="170"/>
        <source>Deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="171"/>
        <source>Utilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="172"/>
        <source>Relocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="173"/>
        <source>Other assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="177"/>
        <source>Loss documentation gathered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="181"/>
        <source>Losses submitted to prosecutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="185"/>
        <source>Victim impact statement to probation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="187"/>
        <source>Sentencing hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="188"/>
        <source>Restitution order entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="191"/>
        <source>Remission / restoration petition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="195"/>
        <source>Collection monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="197"/>
        <source>Disbursements received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="200"/>
        <source>Address kept current with clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="202"/>
        <source>Matter closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="204"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="206"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="207"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="209"/>
        <source>Paid in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="210"/>
        <source>Liability expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="211"/>
        <source>Defendant deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="212"/>
        <source>Closed for another reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="214"/>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="215"/>
        <source>Disbursed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="217"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="218"/>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="219"/>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="228"/>
        <source>Overdue restitution step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="229"/>
        <source>Release of information expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="230"/>
        <source>Housing exit due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="231"/>
        <source>Housing move-in not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="232"/>
        <source>Referral awaiting a response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="278"/>
        <source>Release to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/labels.py" line="280"/>
        <source>Referral to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../nap_desktop/gui/launcher.py" line="32"/>
        <source>Demo vault: every person and agency in it is fictional.
Users: admin, sofia (supervisor), marcus and thu (caseworkers).
Passphrase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/launcher.py" line="100"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/launcher.py" line="100"/>
        <source>Creating the demo vault with fictional cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/launcher.py" line="102"/>
        <source>NAP Desktop demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/launcher.py" line="106"/>
        <source>Demo vault progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="109"/>
        <source>Where the vault lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="110"/>
        <source>An encrypted folder on this computer. Back it up regularly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="112"/>
        <source>&amp;Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="116"/>
        <source>Vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="117"/>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="119"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="120"/>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="141"/>
        <source>Choose the vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="129"/>
        <source>Creating the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="133"/>
        <source>Vault creation status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="71"/>
        <source>NAP Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="82"/>
        <source>Open views and cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="83"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="84"/>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="93"/>
        <source>Discreet mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="125"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="127"/>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="130"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="133"/>
        <source>&amp;Close case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="135"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="136"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="143"/>
        <source>Change my &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="150"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="153"/>
        <source>&amp;Find in caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="157"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="160"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="162"/>
        <source>&amp;Discreet mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="168"/>
        <source>D&amp;ashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="171"/>
        <source>&amp;Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="176"/>
        <source>&amp;Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="182"/>
        <source>&amp;Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="183"/>
        <source>&amp;Partners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="184"/>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="185"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="187"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="190"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="194"/>
        <source>&amp;About NAP Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="196"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="220"/>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="271"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="272"/>
        <source>These cases had unsaved changes when NAP Desktop locked: %1. Keep the changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="280"/>
        <source>Unsaved changes made before the lock by another user were discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="376"/>
        <source>Your passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="405"/>
        <source>About NAP Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="408"/>
        <source>&lt;b&gt;NAP Desktop&lt;/b&gt;&lt;p&gt;Offline, encrypted case coordination for anti-human-trafficking work.&lt;/p&gt;&lt;p&gt;Everything stays in the encrypted vault on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/main_window.py" line="416"/>
        <source>Root of authority of this vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="16"/>
        <source>A fingerprint is 32 letters and digits in 8 groups of 4; check what you typed.</source>
        <extracomment>nap_desktop/transfer/identity.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="21"/>
        <source>A key slot uses key-derivation settings below the required minimum; the vault file is damaged or has been altered.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="27"/>
        <source>A minor's release must be signed by a parent or guardian. Nothing was changed.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="32"/>
        <source>A move-in date applies only to rapid re-housing and permanent housing.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="37"/>
        <source>A package can only hold referrals between your agency and the partner it is for. Leave out the others.</source>
        <extracomment>nap_desktop/transfer/consent_gate.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="43"/>
        <source>A record in the package is larger than allowed.</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="48"/>
        <source>A referral must go to another agency.</source>
        <extracomment>nap_desktop/services/referrals.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="53"/>
        <source>A release can last at most one year from the date it was signed; set an earlier expiry or record a new release. Nothing was changed.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="59"/>
        <source>A release must have an expiry date.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="64"/>
        <source>A release names another agency as recipient.</source>
        <extracomment>nap_desktop/services/releases.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="69"/>
        <location filename="../../nap_desktop/gui/messages.py" line="52"/>
        <source>A vault already exists in this folder.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="74"/>
        <source>A vault already exists there. Confirm that you want to replace it before restoring.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="79"/>
        <source>Amounts must be positive.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="84"/>
        <source>Amounts must be whole cents.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="89"/>
        <source>By the date of birth the survivor is 18 or over: untick “Under 18”, or set the date of birth to “Unknown” if it is in doubt.</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="95"/>
        <source>Choose a partner agency, not your own.</source>
        <extracomment>nap_desktop/services/transfer.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="100"/>
        <source>Choose a reason for this change.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="105"/>
        <source>Choose at least one service requested.</source>
        <extracomment>nap_desktop/services/referrals.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="110"/>
        <source>Choose the partner agency the document is for.</source>
        <extracomment>nap_desktop/reports/redaction.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="115"/>
        <source>Choose to keep the local or the remote version.</source>
        <extracomment>nap_desktop/services/transfer.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="120"/>
        <source>Choose what information the release covers.</source>
        <extracomment>nap_desktop/services/releases.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="125"/>
        <source>Close the matter with a closure reason instead.</source>
        <extracomment>nap_desktop/services/restitution.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="130"/>
        <source>Describe the reason when choosing “Other”.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="135"/>
        <source>Disbursed money cannot exceed what has been collected.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="140"/>
        <source>Don't use your user name or the agency name in the passphrase.</source>
        <extracomment>nap_desktop/domain/passphrase.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="145"/>
        <source>Enter a legal name or the name the survivor uses.</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="150"/>
        <source>Enter an amount like 1,234.56.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="155"/>
        <source>Enter an amount.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="160"/>
        <source>Enter the exit date and where the survivor went.</source>
        <extracomment>nap_desktop/services/housing.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="165"/>
        <source>Enter the housing move-in date.</source>
        <extracomment>nap_desktop/services/housing.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="170"/>
        <source>Enter the project start date before the exit date.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="175"/>
        <source>Enter the project start date before the move-in date.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="180"/>
        <source>Enter the project start date.</source>
        <extracomment>nap_desktop/services/housing.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="185"/>
        <source>One of the chosen referrals no longer exists.</source>
        <extracomment>nap_desktop/transfer/exporter.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="190"/>
        <source>Only a completed referral has an outcome.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="195"/>
        <source>Only a done step has a completion date.</source>
        <extracomment>nap_desktop/services/restitution.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="200"/>
        <source>Only a draft release can be signed.</source>
        <extracomment>nap_desktop/services/releases.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="205"/>
        <source>Only an active, signed release can be confirmed: this one is a draft, refused, revoked or expired. Nothing was confirmed.</source>
        <extracomment>nap_desktop/services/releases.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="211"/>
        <source>Record the exit with the “Exit” action.</source>
        <extracomment>nap_desktop/services/housing.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="216"/>
        <source>Reports can be printed in English (en) or Spanish (es).</source>
        <extracomment>nap_desktop/reports/i18n.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="221"/>
        <source>Say whether the referral was successful before completing it.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="226"/>
        <location filename="../../nap_desktop/gui/messages.py" line="60"/>
        <source>Someone else changed this record while you were editing it. Your changes were kept: reload to compare.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="232"/>
        <source>Something went wrong.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="237"/>
        <source>Tell the survivor that services do not depend on signing, then record that you did. A release cannot be signed or refused without it. Nothing was changed.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="243"/>
        <source>That account is already deactivated.</source>
        <extracomment>nap_desktop/services/users.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="248"/>
        <source>That account is deactivated.</source>
        <extracomment>nap_desktop/services/users.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="253"/>
        <source>That amount is too large; check for a typo.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="258"/>
        <source>That conflict has already been resolved.</source>
        <extracomment>nap_desktop/transfer/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="263"/>
        <source>That file is not a valid NAP agency identity card.</source>
        <extracomment>nap_desktop/transfer/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="268"/>
        <source>That folder holds other files. Choose an empty folder.</source>
        <extracomment>nap_desktop/store/backup.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="273"/>
        <source>That is your own agency's identity card.</source>
        <extracomment>nap_desktop/services/transfer.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="278"/>
        <source>That partner has no verified identity card: pin its card first (Admin ▸ Partners, or nap partners add).</source>
        <extracomment>nap_desktop/transfer/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="284"/>
        <source>That passphrase is too common.</source>
        <extracomment>nap_desktop/domain/passphrase.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="289"/>
        <source>That record no longer exists.</source>
        <extracomment>nap_desktop/domain/errors.py, nap_desktop/services/transfer.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="294"/>
        <source>That referral belongs to another case.</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="299"/>
        <source>That referral is not part of this case.</source>
        <extracomment>nap_desktop/reports/content.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="304"/>
        <source>That referral no longer exists.</source>
        <extracomment>nap_desktop/services/reports.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="309"/>
        <source>That release of information is for another client or agency.</source>
        <extracomment>nap_desktop/services/referrals.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="314"/>
        <source>That setting cannot be changed.</source>
        <extracomment>nap_desktop/services/workspace.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="319"/>
        <source>That step is not part of this matter.</source>
        <extracomment>nap_desktop/services/restitution.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="324"/>
        <source>That user already has a key slot.</source>
        <extracomment>nap_desktop/store/vault.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="329"/>
        <source>That user name is taken.</source>
        <extracomment>nap_desktop/services/users.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="334"/>
        <source>The backup could not be completed.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="339"/>
        <source>The backup file is damaged, incomplete or not a NAP Desktop backup.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="344"/>
        <source>The completion date cannot be in the future.</source>
        <extracomment>nap_desktop/services/restitution.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="349"/>
        <source>The date cannot be in the future.</source>
        <extracomment>nap_desktop/services/restitution.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="354"/>
        <source>The date of birth cannot be in the future.</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="359"/>
        <source>The date signed cannot be in the future.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="364"/>
        <source>The exit date cannot be before the move-in date.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="369"/>
        <source>The exit date cannot be before the project start.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="374"/>
        <source>The expiry date must be after the date signed.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="379"/>
        <source>The fingerprint does not match the card. Do not pin it: call the agency again on a number you already trust and compare the fingerprint group by group.</source>
        <extracomment>nap_desktop/transfer/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="385"/>
        <source>The fonts for printed reports are missing from this installation. Reinstall NAP Desktop.</source>
        <extracomment>nap_desktop/reports/fonts.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="390"/>
        <source>The identity card holds a key that is not valid.</source>
        <extracomment>nap_desktop/transfer/identity.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="395"/>
        <source>The identity card lists its keys under the wrong names.</source>
        <extracomment>nap_desktop/transfer/identity.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="400"/>
        <source>The identity card's self-signature is not valid.</source>
        <extracomment>nap_desktop/transfer/identity.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="405"/>
        <source>The key slot file is damaged or has been altered.</source>
        <extracomment>nap_desktop/store/keyslots.py, nap_desktop/store/vault.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="410"/>
        <source>The last user of a vault cannot be removed.</source>
        <extracomment>nap_desktop/store/vault.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="415"/>
        <source>The manifest names another sender than the agency whose key signed it. Do not use this package.</source>
        <extracomment>nap_desktop/transfer/importer.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="421"/>
        <source>The manifest says this package is for another agency or for keys that are not yours. Do not use this package.</source>
        <extracomment>nap_desktop/transfer/importer.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="427"/>
        <source>The move-in date cannot be before the project start.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="432"/>
        <source>The new passphrase must differ from the current one.</source>
        <extracomment>nap_desktop/services/users.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="437"/>
        <source>The number of demo referrals must be between 0 and 200,000.</source>
        <extracomment>nap_desktop/services/demo.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="442"/>
        <source>The package contains a record that is not valid; nothing was imported.</source>
        <extracomment>nap_desktop/transfer/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="447"/>
        <source>The package file is damaged, truncated, padded or has been tampered with. Ask the sender for a new copy.</source>
        <extracomment>nap_desktop/transfer/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="453"/>
        <source>The package format version is invalid.</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="458"/>
        <source>The package gives a record a revision number far beyond any it has had, which would stop later exchanges with this partner; nothing was imported. Ask the partner to check its copy of NAP Desktop and send a new package.</source>
        <extracomment>nap_desktop/transfer/authority.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="465"/>
        <source>The package has unexpected bytes after its last record.</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="470"/>
        <source>The package header and its manifest disagree on the format.</source>
        <extracomment>nap_desktop/transfer/importer.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="475"/>
        <source>The package holds a client its manifest does not list.</source>
        <extracomment>nap_desktop/transfer/importer.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="480"/>
        <source>The package holds a different number of records than its manifest lists.</source>
        <extracomment>nap_desktop/transfer/importer.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="485"/>
        <source>The package holds a referral or a release that concerns an agency other than yours and the sender's. A partner may only send what is between the two of you; nothing was imported. Ask the partner to send a new package without it.</source>
        <extracomment>nap_desktop/transfer/authority.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="492"/>
        <source>The package is too large or malformed in a way that could exhaust this computer; nothing was imported.</source>
        <extracomment>nap_desktop/transfer/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="498"/>
        <source>The package is truncated.</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="503"/>
        <source>The package manifest is larger than allowed.</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="508"/>
        <source>The package manifest lists more than a package can hold; nothing was imported.</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="513"/>
        <source>The package manifest names another agency than the one it came from or to.</source>
        <extracomment>nap_desktop/transfer/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="518"/>
        <source>The package nests data too deeply.</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="523"/>
        <source>The package refers to a record that is neither in the package nor in your vault; nothing was imported.</source>
        <extracomment>nap_desktop/transfer/importer.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="529"/>
        <source>The package repeats an id inside its records.</source>
        <extracomment>nap_desktop/transfer/importer.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="534"/>
        <source>The package reuses an id that belongs to another record in your vault; nothing was imported.</source>
        <extracomment>nap_desktop/transfer/importer.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="540"/>
        <source>The package signature is not valid for the sender's verified key: it was altered or signed by someone else. Do not use it.</source>
        <extracomment>nap_desktop/transfer/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="546"/>
        <source>The partner's version concerns an agency other than yours and this partner's, which a package may never change. Nothing was changed; keep the local version.</source>
        <extracomment>nap_desktop/transfer/authority.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="552"/>
        <source>The partner's version moves this record to another client, referral, agency or release, which an import never does. Nothing was changed; keep the local version.</source>
        <extracomment>nap_desktop/transfer/authority.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="558"/>
        <source>The partner's version only changes details we withhold from it. Nothing was changed; keep the local version.</source>
        <extracomment>nap_desktop/transfer/authority.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="564"/>
        <location filename="../../nap_desktop/gui/messages.py" line="48"/>
        <source>The passphrase is wrong. Check Caps Lock and try again.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="569"/>
        <location filename="../../nap_desktop/gui/messages.py" line="57"/>
        <source>The recovery key has a typo: check each group of characters.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="574"/>
        <location filename="../../nap_desktop/gui/messages.py" line="58"/>
        <source>The recovery key is wrong.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="579"/>
        <source>The restore target is a file, not a folder.</source>
        <extracomment>nap_desktop/store/backup.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="584"/>
        <source>The revocation date cannot be in the future.</source>
        <extracomment>nap_desktop/services/releases.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="589"/>
        <source>The root of authority written in your key slot has been altered by someone holding the data key. Nothing was changed. Ask an administrator to run “nap check” and restore a backup.</source>
        <extracomment>nap_desktop/store/keyslots.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="596"/>
        <source>The signed user grants of this vault do not come from the root of authority your key slot was made under: someone who holds the data key has replaced them to take over its roles. Nothing was changed. Do not use this vault: ask an administrator to restore a backup.</source>
        <extracomment>nap_desktop/services/authority.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="604"/>
        <source>The signed user grants of this vault have been deleted, but your key slot was made under them: someone who holds the data key has tried to make the vault look like an earlier version and take over its roles. Nothing was changed. Do not use this vault: ask an administrator to restore a backup.</source>
        <extracomment>nap_desktop/services/authority.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="612"/>
        <source>The signed user records of this vault have been tampered with, so no user can be added or changed. Nothing was changed. Run “nap check” and restore a backup.</source>
        <extracomment>nap_desktop/services/users.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="618"/>
        <source>The signed user records of this vault have been tampered with, so only an administrator can unlock it. Nothing was changed. Ask an administrator to run “nap check” and restore a backup.</source>
        <extracomment>nap_desktop/services/authority.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="625"/>
        <source>The transfer package could not be read.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="630"/>
        <source>The vault could not be opened.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="635"/>
        <source>The vault database (vault.db) is empty or is not a NAP Desktop database, although the key slots describe an existing vault: it may have been emptied or replaced. Nothing was changed. Restore the vault from a backup.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="642"/>
        <source>The vault database is damaged or has been altered.</source>
        <extracomment>nap_desktop/store/engine.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="647"/>
        <location filename="../../nap_desktop/gui/messages.py" line="73"/>
        <source>The vault file is damaged or has been altered.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="652"/>
        <source>The vault has been closed.</source>
        <extracomment>nap_desktop/store/vault.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="657"/>
        <source>The vault has reached its limit of saved changes.</source>
        <extracomment>nap_desktop/store/engine.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="662"/>
        <source>The vault is already unlocked. Lock it first.</source>
        <extracomment>nap_desktop/store/vault.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="667"/>
        <source>The vault is busy. Close other windows of this vault and try again.</source>
        <extracomment>nap_desktop/store/engine.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="672"/>
        <source>The vault is busy. Wait for other work to finish and retry.</source>
        <extracomment>nap_desktop/store/vault.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="677"/>
        <source>The vault is locked.</source>
        <extracomment>nap_desktop/store/vault.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="682"/>
        <source>The vault needs at least one active administrator.</source>
        <extracomment>nap_desktop/services/users.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="687"/>
        <source>The vault's record of saved work (vault.anchor) is damaged or belongs to another vault, so the vault cannot confirm that no saved work was lost. Nothing was changed. Restore the most recent backup, or open the vault as it is with `nap check --accept-loss`.</source>
        <extracomment>nap_desktop/store/anchor.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="694"/>
        <source>The vault's record of saved work (vault.anchor) is missing, so the vault cannot confirm that no saved work was lost. Nothing was changed. Restore the most recent backup, or open the vault as it is with `nap check --accept-loss`.</source>
        <extracomment>nap_desktop/store/anchor.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="701"/>
        <source>There is already an agency with that name.</source>
        <extracomment>nap_desktop/services/agencies.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="706"/>
        <source>There is no active release of information covering this.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="711"/>
        <location filename="../../nap_desktop/gui/messages.py" line="49"/>
        <source>There is no user with that name in this vault.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="716"/>
        <source>This agency's keys have changed since you verified them. Confirm the new fingerprint with the agency by phone, then pin the new card with that fingerprint.</source>
        <extracomment>nap_desktop/transfer/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="722"/>
        <source>This export is too large for one package: choose fewer referrals.</source>
        <extracomment>nap_desktop/transfer/exporter.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="727"/>
        <location filename="../../nap_desktop/gui/messages.py" line="51"/>
        <source>This folder is not a NAP vault.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="732"/>
        <source>This identity card was made by a newer version of NAP Desktop.</source>
        <extracomment>nap_desktop/transfer/identity.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="737"/>
        <source>This is not a NAP transfer package.</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="742"/>
        <source>This package comes from an agency whose keys you have not verified. Pin its identity card (Admin ▸ Partners, or nap partners add) after checking the fingerprint by phone.</source>
        <extracomment>nap_desktop/transfer/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="748"/>
        <source>This package is not addressed to your agency: none of your agency keys can open it.</source>
        <extracomment>nap_desktop/transfer/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="753"/>
        <source>This package was encrypted without the post-quantum protection that both your agency's keys and the sender's verified keys support: it was made by outdated or altered software. Nothing was imported. Ask the sender to export it again with a current version of NAP Desktop.</source>
        <extracomment>nap_desktop/transfer/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="761"/>
        <source>This package was made by a newer version of NAP Desktop. Update NAP Desktop to import it.</source>
        <extracomment>nap_desktop/transfer/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="766"/>
        <source>This record changed here after the conflict was found. Keep the local version, or compare again.</source>
        <extracomment>nap_desktop/services/transfer.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="772"/>
        <source>This release changed since you opened it; nothing was confirmed. Read it again and confirm it only if it is still right.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="778"/>
        <source>This release was confirmed already.</source>
        <extracomment>nap_desktop/services/transfer.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="783"/>
        <source>This release was recorded by another agency than this partner: its version cannot replace it. Nothing was changed; keep the local version.</source>
        <extracomment>nap_desktop/transfer/authority.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="789"/>
        <source>This release was recorded here: there is nothing to confirm.</source>
        <extracomment>nap_desktop/services/transfer.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="794"/>
        <source>This release was recorded or confirmed here: a partner's version never replaces our consent. Nothing was changed; keep the local version.</source>
        <extracomment>nap_desktop/transfer/authority.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="800"/>
        <location filename="../../nap_desktop/gui/messages.py" line="50"/>
        <source>This user account has been deactivated. Ask your administrator.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="805"/>
        <source>This vault has no agency keys yet, so nothing can be addressed to it. Share your identity card first.</source>
        <extracomment>nap_desktop/services/transfer.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="811"/>
        <source>This vault has no agency keys yet.</source>
        <extracomment>nap_desktop/transfer/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="816"/>
        <source>This vault has no recovery key.</source>
        <extracomment>nap_desktop/store/vault.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="821"/>
        <location filename="../../nap_desktop/gui/messages.py" line="53"/>
        <source>This vault is already open in another NAP Desktop window or program.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="826"/>
        <location filename="../../nap_desktop/gui/messages.py" line="54"/>
        <source>This vault was made by a newer version of NAP Desktop. Update NAP Desktop to open it.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="831"/>
        <source>This vault was not created as a demo vault, so no demo data can be added to it: fictional clients would mix with real cases and could reach real partners with the next export. Nothing was changed. To try the demo, create a separate demo vault in an empty folder.</source>
        <extracomment>nap_desktop/services/demo.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="839"/>
        <source>Unlock as yourself to change your passphrase.</source>
        <extracomment>nap_desktop/services/users.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="844"/>
        <source>Use more different characters.</source>
        <extracomment>nap_desktop/domain/passphrase.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="849"/>
        <source>User names use lower-case letters, digits, dots, dashes and underscores.</source>
        <extracomment>nap_desktop/services/users.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="854"/>
        <source>Work that had been saved is missing from the vault. Nothing was changed. Restore the most recent backup.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="860"/>
        <source>Write cents after a point, like 1.50.</source>
        <extracomment>nap_desktop/domain/rules.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="865"/>
        <source>Write the reason for the supervisor override.</source>
        <extracomment>nap_desktop/reports/redaction.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="870"/>
        <source>You cannot remove your own access. Ask another administrator.</source>
        <extracomment>nap_desktop/services/users.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="875"/>
        <source>Your account has no valid signed grant in this vault: the user records have been altered. Nothing was changed. Ask an administrator to run “nap check” and restore a backup.</source>
        <extracomment>nap_desktop/services/authority.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="882"/>
        <location filename="../../nap_desktop/gui/messages.py" line="59"/>
        <source>Your role does not allow this action.</source>
        <extracomment>nap_desktop/domain/errors.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="887"/>
        <source>Your signing key in the key slot file has been altered, so nothing you do could be signed. Nothing was changed. Ask an administrator to run “nap check” and restore a backup.</source>
        <extracomment>nap_desktop/store/keyslots.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="894"/>
        <source>Your signing key is not the one your signed user grant names: the user records or the key slot file have been altered. Nothing was changed. Ask an administrator to run “nap check” and restore a backup.</source>
        <extracomment>nap_desktop/services/authority.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="905"/>
        <source>%1 cannot contain line breaks or tabs.</source>
        <extracomment>nap_desktop/services/validate.py (%1 = label)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="910"/>
        <source>%1 contains a broken character (half of a symbol or emoji): retype it and try again. Nothing was saved.</source>
        <extracomment>nap_desktop/services/validate.py (%1 = label)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="916"/>
        <source>%1 contains an invisible null character (often pasted from another program): remove it and try again. Nothing was saved.</source>
        <extracomment>nap_desktop/services/validate.py (%1 = label)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="922"/>
        <source>%1 is a folder: choose a file name.</source>
        <extracomment>nap_desktop/services/transfer.py (%1 = out)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="927"/>
        <source>%1 is required.</source>
        <extracomment>nap_desktop/services/validate.py (%1 = label)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="932"/>
        <source>%1 is too long (at most %2 characters).</source>
        <extracomment>nap_desktop/services/validate.py (%1 = label, %2 = limit)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="937"/>
        <source>%1 must be between %2 and %3.</source>
        <extracomment>nap_desktop/services/validate.py (%1 = label, %2 = moments.EARLIEST, %3 = moments.LATEST)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="942"/>
        <source>%1 must be text.</source>
        <extracomment>nap_desktop/services/validate.py (%1 = label)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="948"/>
        <source>A placement that is %1 cannot become %2.</source>
        <extracomment>nap_desktop/domain/rules.py (%1 = current.value.replace('_', ' '), %2 =
target.value.replace('_', ' '))</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="954"/>
        <source>A referral that is %1 cannot become %2.</source>
        <extracomment>nap_desktop/domain/rules.py (%1 = req.current.value.replace('_', ' '), %2 =
req.target.value.replace('_', ' '))</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="959"/>
        <source>Choose a valid %1.</source>
        <extracomment>nap_desktop/services/validate.py (%1 = label.lower())</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="964"/>
        <source>No agency called “%1”.</source>
        <extracomment>nap_desktop/services/agencies.py (%1 = name_or_id)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="969"/>
        <source>No pinned partner is called “%1”: check the name, or pin its identity card first (Admin ▸ Partners, or nap partners add).</source>
        <extracomment>nap_desktop/services/transfer.py (%1 = name_or_id)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="975"/>
        <source>No user called “%1”.</source>
        <extracomment>nap_desktop/services/users.py (%1 = name)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="980"/>
        <source>That %1 no longer exists.</source>
        <extracomment>nap_desktop/services/base.py (%1 = what)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="985"/>
        <source>That release of information is %1; choose an active one.</source>
        <extracomment>nap_desktop/services/referrals.py (%1 = current.status.value)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="990"/>
        <source>The backup could not be restored: %1.</source>
        <extracomment>nap_desktop/store/backup.py (%1 = exc.strerror or 'error')</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="995"/>
        <source>The backup could not be written: %1.</source>
        <extracomment>nap_desktop/store/backup.py (%1 = exc.strerror or 'error')</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1000"/>
        <source>The change was saved, but the vault's record of saved work (vault.anchor) could not be updated: %1. Make room on the disk, then run `nap check`.</source>
        <extracomment>nap_desktop/store/anchor.py (%1 = exc.strerror or 'error')</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1006"/>
        <source>The folder %1 does not exist.</source>
        <extracomment>nap_desktop/services/transfer.py (%1 = out.parent)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1011"/>
        <source>The package %1 does not match its manifest hash.</source>
        <extracomment>nap_desktop/transfer/package.py (%1 = path)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1016"/>
        <source>The package %1 is larger than the allowed %2 bytes.</source>
        <extracomment>nap_desktop/transfer/package.py (%1 = what, %2 = limit)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1021"/>
        <source>The package %1 is not valid canonical JSON.</source>
        <extracomment>nap_desktop/transfer/package.py (%1 = what)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1026"/>
        <source>The package holds more than %1 records.</source>
        <extracomment>nap_desktop/transfer/package.py (%1 = MAX_RECORDS)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1031"/>
        <source>The package is not valid: %1 %2; nothing was imported.</source>
        <extracomment>nap_desktop/transfer/package.py (%1 = where(path), %2 = problem)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1037"/>
        <source>The package is not valid: %1 must be a date between %2 and %3; nothing was imported.</source>
        <extracomment>nap_desktop/transfer/package.py (%1 = where(path), %2 = moments.EARLIEST, %3 =
moments.LATEST)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1043"/>
        <source>The package is not valid: %1 must be a time between %2 and %3; nothing was imported.</source>
        <extracomment>nap_desktop/transfer/package.py (%1 = where(path), %2 = moments.EARLIEST, %3 =
moments.LATEST)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1048"/>
        <source>This release is already %1.</source>
        <extracomment>nap_desktop/services/releases.py (%1 = row.status)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1053"/>
        <source>Use at least %1 characters. A few unrelated words are easy to remember.</source>
        <extracomment>nap_desktop/domain/passphrase.py (%1 = MIN_LENGTH)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1058"/>
        <source>Use at most %1 characters.</source>
        <extracomment>nap_desktop/domain/passphrase.py (%1 = MAX_LENGTH)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1063"/>
        <source>Work that had been saved is missing from the vault: %1 saved change(s) made after %2 (the newest at %3) are not in the database. Its journal file (vault.db-wal) was probably damaged, cut short or deleted after the program or the computer stopped. Nothing was changed. Restore a backup made after %4 if you have one; otherwise open the vault as it is with `nap check --accept-loss` and enter the missing work again.</source>
        <extracomment>nap_desktop/store/anchor.py (%1 = lost, %2 = _when(kept_at), %3 = newest, %4 = newest)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1072"/>
        <source>Work that had been saved is missing from the vault: %1 saved change(s), the newest made at %2, are not in the database. Its journal file (vault.db-wal) was probably damaged, cut short or deleted after the program or the computer stopped. Nothing was changed. Restore a backup made after %3 if you have one; otherwise open the vault as it is with `nap check --accept-loss` and enter the missing work again.</source>
        <extracomment>nap_desktop/store/anchor.py (%1 = lost, %2 = newest, %3 = newest)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1081"/>
        <source>You are replacing a verified key for %1. Verified key: %2. New key: %3. Replace it only if the agency confirmed the change by phone; nothing was changed.</source>
        <extracomment>nap_desktop/services/transfer.py (%1 = name, %2 = pinned, %3 = card.fingerprint)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1087"/>
        <source>Your role does not allow this: it needs %1.</source>
        <extracomment>nap_desktop/services/base.py (%1 = who)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1096"/>
        <source>Agency kind</source>
        <extracomment>nap_desktop/services/agencies.py, nap_desktop/services/workspace.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1101"/>
        <source>Agency name</source>
        <extracomment>nap_desktop/services/agencies.py, nap_desktop/services/workspace.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1106"/>
        <source>Case or investigation number</source>
        <extracomment>nap_desktop/services/referrals.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1111"/>
        <source>Closure reason</source>
        <extracomment>nap_desktop/services/restitution.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1116"/>
        <source>Completion date</source>
        <extracomment>nap_desktop/services/restitution.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1121"/>
        <source>Contact</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1126"/>
        <source>Contacts</source>
        <extracomment>nap_desktop/services/agencies.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1131"/>
        <source>Continued Presence</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1136"/>
        <source>Continued Presence expiry</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1141"/>
        <source>Court</source>
        <extracomment>nap_desktop/services/restitution.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1146"/>
        <source>Date</source>
        <extracomment>nap_desktop/services/restitution.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1151"/>
        <source>Date of birth</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1156"/>
        <source>Date paid</source>
        <extracomment>nap_desktop/services/housing.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1161"/>
        <source>Date signed</source>
        <extracomment>nap_desktop/services/releases.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1166"/>
        <source>Defendant</source>
        <extracomment>nap_desktop/services/restitution.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1171"/>
        <source>Direction</source>
        <extracomment>nap_desktop/services/referrals.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1176"/>
        <source>Docket number</source>
        <extracomment>nap_desktop/services/restitution.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1181"/>
        <source>Due date</source>
        <extracomment>nap_desktop/services/restitution.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1186"/>
        <source>Exception basis</source>
        <extracomment>nap_desktop/services/releases.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1191"/>
        <source>Exit date</source>
        <extracomment>nap_desktop/services/housing.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1196"/>
        <source>Exit destination</source>
        <extracomment>nap_desktop/services/housing.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1201"/>
        <source>Expected exit</source>
        <extracomment>nap_desktop/services/housing.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1206"/>
        <source>Expiry date</source>
        <extracomment>nap_desktop/services/releases.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1211"/>
        <source>Form language</source>
        <extracomment>nap_desktop/services/releases.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1216"/>
        <source>Full name</source>
        <extracomment>nap_desktop/services/users.py, nap_desktop/services/workspace.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1221"/>
        <source>Funding</source>
        <extracomment>nap_desktop/services/housing.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1226"/>
        <source>HHS letter</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1231"/>
        <source>Kind</source>
        <extracomment>nap_desktop/services/housing.py, nap_desktop/services/restitution.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1236"/>
        <source>Language</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1241"/>
        <source>Legal name</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1246"/>
        <source>Location</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1251"/>
        <source>Move-in date</source>
        <extracomment>nap_desktop/services/housing.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1257"/>
        <source>Note</source>
        <extracomment>nap_desktop/services/cases.py, nap_desktop/services/housing.py,
nap_desktop/services/restitution.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1262"/>
        <source>Outcome</source>
        <extracomment>nap_desktop/services/referrals.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1267"/>
        <source>Override reason</source>
        <extracomment>nap_desktop/services/reports.py, nap_desktop/services/transfer.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1272"/>
        <source>Preferred name</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1277"/>
        <source>Program type</source>
        <extracomment>nap_desktop/services/housing.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1282"/>
        <source>Project start</source>
        <extracomment>nap_desktop/services/housing.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1287"/>
        <source>Provider</source>
        <extracomment>nap_desktop/services/housing.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1292"/>
        <source>Purpose</source>
        <extracomment>nap_desktop/services/releases.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1297"/>
        <source>Reason</source>
        <extracomment>nap_desktop/services/referrals.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1302"/>
        <source>Referral date</source>
        <extracomment>nap_desktop/services/housing.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1307"/>
        <source>Referring person</source>
        <extracomment>nap_desktop/services/referrals.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1312"/>
        <source>Revocation date</source>
        <extracomment>nap_desktop/services/releases.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1317"/>
        <source>Role</source>
        <extracomment>nap_desktop/services/users.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1322"/>
        <source>Safe-contact instructions</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1327"/>
        <source>Safety notes</source>
        <extracomment>nap_desktop/services/housing.py, nap_desktop/services/referrals.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1332"/>
        <source>Signer</source>
        <extracomment>nap_desktop/services/releases.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1337"/>
        <source>Status</source>
        <extracomment>nap_desktop/services/housing.py, nap_desktop/services/referrals.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1342"/>
        <source>Statute</source>
        <extracomment>nap_desktop/services/restitution.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1347"/>
        <source>Step status</source>
        <extracomment>nap_desktop/services/restitution.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1352"/>
        <source>T visa</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1357"/>
        <source>Trafficking type</source>
        <extracomment>nap_desktop/services/cases.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1362"/>
        <source>Urgency</source>
        <extracomment>nap_desktop/services/referrals.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1367"/>
        <source>User name</source>
        <extracomment>nap_desktop/services/users.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1372"/>
        <source>a caseworker</source>
        <extracomment>nap_desktop/services/base.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1377"/>
        <source>a supervisor</source>
        <extracomment>nap_desktop/services/base.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1384"/>
        <source>agency</source>
        <extracomment>nap_desktop/services/agencies.py, nap_desktop/services/referrals.py,
nap_desktop/services/releases.py, nap_desktop/services/reports.py,
nap_desktop/services/transfer.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1389"/>
        <source>an administrator</source>
        <extracomment>nap_desktop/services/base.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1394"/>
        <source>card</source>
        <extracomment>nap_desktop/transfer/identity.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1401"/>
        <source>client</source>
        <extracomment>nap_desktop/services/cases.py, nap_desktop/services/housing.py,
nap_desktop/services/referrals.py, nap_desktop/services/releases.py,
nap_desktop/services/restitution.py, nap_desktop/services/transfer.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1406"/>
        <source>conflict</source>
        <extracomment>nap_desktop/services/transfer.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1411"/>
        <source>contains an invalid character</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1416"/>
        <source>contains control characters</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1421"/>
        <source>differs from its manifest entry</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1426"/>
        <source>has a value outside its list</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1431"/>
        <source>has a wrong length</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1436"/>
        <source>has missing or unknown fields</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1441"/>
        <source>is a derived status that is never stored</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1446"/>
        <source>is empty (it is left out instead)</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1451"/>
        <source>lists a client twice</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1456"/>
        <source>lists a record twice</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1461"/>
        <source>lists a service of a withheld category</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1466"/>
        <source>manifest</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1471"/>
        <source>must be a UTC time</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1476"/>
        <source>must be a date</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1481"/>
        <source>must be an object</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1486"/>
        <source>must be sorted without repeats</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1491"/>
        <source>must be text</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1496"/>
        <source>must be true or false</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1501"/>
        <source>names a category this record cannot withhold</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1506"/>
        <source>names a field this record cannot leave out</source>
        <extracomment>nap_desktop/transfer/package.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1511"/>
        <source>placement</source>
        <extracomment>nap_desktop/services/housing.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1516"/>
        <source>referral</source>
        <extracomment>nap_desktop/services/cases.py, nap_desktop/services/referrals.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1522"/>
        <source>release of information</source>
        <extracomment>nap_desktop/services/referrals.py, nap_desktop/services/releases.py,
nap_desktop/services/transfer.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1527"/>
        <source>restitution matter</source>
        <extracomment>nap_desktop/services/restitution.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/core_messages.py" line="1532"/>
        <source>user</source>
        <extracomment>nap_desktop/services/cases.py, nap_desktop/services/users.py</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/messages.py" line="32"/>
        <source>This vault is already open on the computer “%1” (program %2, since %3). Close it there first; if that program crashed, the lock is released on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../nap_desktop/gui/messages.py" line="44"/>
        <source>Too many failed attempts. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many failed attempts. Try again in %n minute.</numerusform>
            <numerusform>Too many failed attempts. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/messages.py" line="79"/>
        <source>Something unexpected went wrong. Nothing was saved by the failed step. If it happens again, run a vault check and tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/messages.py" line="87"/>
        <location filename="../../nap_desktop/gui/tasks/runner.py" line="118"/>
        <source>NAP Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyCardDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="62"/>
        <source>Our identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="66"/>
        <source>Our fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="69"/>
        <source>&amp;Save card file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="70"/>
        <source>Save our identity card file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="72"/>
        <source>C&amp;opy fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="73"/>
        <source>Copy the fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="75"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="79"/>
        <source>Card status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="86"/>
        <source>Send the card file to the partner (it holds only public keys). Then call them on a number you already trust and read this fingerprint, group by group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="90"/>
        <source>Key generation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="101"/>
        <source>Save our identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="102"/>
        <source>NAP identity cards (*.napcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="109"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="112"/>
        <source>Saved to %1 (readable only by you).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="80"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="98"/>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="105"/>
        <source>Record what you know now; everything can be completed later in the case. A pseudonymous case number is assigned when you create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="121"/>
        <source>Problem creating the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="124"/>
        <source>Create ca&amp;se</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="126"/>
        <source>Create the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="129"/>
        <source>Cancel without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="139"/>
        <source>Personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="143"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="144"/>
        <source>Under 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="147"/>
        <source>e.g. Spanish, K'iche'</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="148"/>
        <source>Needs an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="151"/>
        <source>&amp;Legal name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="151"/>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="153"/>
        <source>&amp;Preferred name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="154"/>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="154"/>
        <source>The name the survivor uses; shown first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="156"/>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="156"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="157"/>
        <source>&amp;Minor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="157"/>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="160"/>
        <source>Lan&amp;guages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="160"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="161"/>
        <source>Separate languages with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="164"/>
        <source>&amp;Interpreter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="165"/>
        <source>Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="168"/>
        <source>Sa&amp;fe contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="169"/>
        <source>Safe-contact instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="169"/>
        <source>When and how it is safe to call, text or visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="176"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="183"/>
        <source>&amp;Trafficking type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="184"/>
        <source>Trafficking type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="190"/>
        <source>First &amp;referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="192"/>
        <source>Record the first referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="198"/>
        <source>The partner referred the survivor to us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="199"/>
        <source>We refer the survivor to the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="209"/>
        <source>Partner &amp;agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="209"/>
        <source>Partner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="210"/>
        <source>&amp;Who referred:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="210"/>
        <source>Who referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="212"/>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="212"/>
        <source>Referral direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="213"/>
        <source>Suggested from the two agencies' kinds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="215"/>
        <source>Ser&amp;vices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="215"/>
        <source>Services requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="216"/>
        <source>&amp;Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="216"/>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="218"/>
        <source>Referring p&amp;erson:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="219"/>
        <source>Referring officer or worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="222"/>
        <source>Their &amp;case no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="223"/>
        <source>Partner's case or investigation number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="228"/>
        <source>There are no partner agencies yet: add them under Admin › Partners. Referrals can also be added later in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="268"/>
        <source>Set from the date of birth. If the date is in doubt, set it to “Unknown” and tick by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/new_case.py" line="273"/>
        <source>Tick if the survivor is under 18, even without a date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="14"/>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="46"/>
        <source>too weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="15"/>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="16"/>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="17"/>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="18"/>
        <source>very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="39"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="42"/>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="46"/>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="90"/>
        <source>Strength: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="47"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="51"/>
        <source>Passphrase advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="52"/>
        <source>New &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="54"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="58"/>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="71"/>
        <source>At least 12 characters. A few unrelated words are easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="77"/>
        <source>Type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/widgets/passphrase.py" line="92"/>
        <source>This passphrase can be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="106"/>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="107"/>
        <source>Who receives the package?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="108"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="108"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="108"/>
        <source>Verified keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="111"/>
        <source>Partner agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="114"/>
        <source>&amp;Partner agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="116"/>
        <source>A package is encrypted to the partner's verified keys, so only partners whose identity card has been pinned can be chosen. Greyed-out partners have no verified card yet: an administrator pins it in Admin ▸ Partners after checking its fingerprint by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="120"/>
        <source>Why some partners are greyed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="147"/>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="149"/>
        <source>Verified on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="150"/>
        <source>No verified identity card: cannot receive packages yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="198"/>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="210"/>
        <source>Partner agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="206"/>
        <source>Filter agencies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="207"/>
        <source>Filter agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="223"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="224"/>
        <source>Add partner agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="226"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="227"/>
        <source>Edit selected agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="230"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="245"/>
        <source>&amp;Pin identity card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="246"/>
        <source>Pin a partner's identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="250"/>
        <source>Only an administrator can pin identity cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="251"/>
        <source>&amp;Our identity card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/partners.py" line="252"/>
        <source>Show our identity card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseJobDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="66"/>
        <source>Creating the key slot, please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="68"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="75"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="96"/>
        <source>Problem with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="83"/>
        <source>Your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="85"/>
        <source>It unlocks the vault and cannot be recovered by anyone: choose a few unrelated words you will remember.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinCardDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="140"/>
        <source>Pin a partner's identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="144"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="145"/>
        <source>Choose the card file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="147"/>
        <source>Whose card it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="152"/>
        <source>Match by name, or add to the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="157"/>
        <source>I &amp;called them on a number I already trust, and they read me the new fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="159"/>
        <source>I confirmed the new keys by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="161"/>
        <source>Pinning status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="167"/>
        <source>Card &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="167"/>
        <source>Card file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="168"/>
        <source>&amp;Fingerprint read to you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="169"/>
        <source>Fingerprint read to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="170"/>
        <source>&amp;Directory entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="170"/>
        <source>Directory entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="177"/>
        <source>&amp;Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="179"/>
        <source>Pin the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="183"/>
        <source>Pin a card only after the agency read you its fingerprint over a phone number you already trust (not one given in the same e-mail as the card).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="196"/>
        <source>Choose the partner's identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="197"/>
        <source>NAP identity cards (*.napcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="212"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="228"/>
        <source>This card is for %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="231"/>
        <source>That is your own agency's identity card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="233"/>
        <source>It is already pinned (verified on %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="236"/>
        <source>Its KEYS HAVE CHANGED since you verified them on %1. Do not pin it unless the agency confirms the new fingerprint by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="256"/>
        <source>Nothing was pinned: the verified key was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="276"/>
        <source>You are replacing a verified key for %1.

Verified key:
%2

New key:
%3

Packages will go to the new key and only it will be trusted. Replace the verified key only if the agency confirmed the change on a number you already trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/identity_card.py" line="282"/>
        <source>Replacing a verified key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/vault/recovery.py" line="24"/>
        <source>Unlock with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/recovery.py" line="28"/>
        <source>The recovery key unlocks the vault when a passphrase is forgotten. Choose whose passphrase to replace; that person then unlocks with the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/recovery.py" line="38"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/recovery.py" line="39"/>
        <source>Recovery &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/recovery.py" line="43"/>
        <source>User whose passphrase is replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/recovery.py" line="44"/>
        <source>New passphrase &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/recovery.py" line="55"/>
        <source>&amp;Reset and unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/recovery.py" line="56"/>
        <source>Reset the passphrase and unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="161"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="163"/>
        <source>Shown only now. It unlocks the vault if every passphrase is forgotten. Write it on paper and keep it locked away, not on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="173"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="175"/>
        <source>I have &amp;written it down and put it somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/first_run.py" line="176"/>
        <source>I have written down the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="515"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="518"/>
        <source>Export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="528"/>
        <source>%1
Saved as %2 (readable by you only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="533"/>
        <source>Supervisor override: consent was not applied. This was recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="536"/>
        <source>Withheld (no active release covers it): %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="311"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="312"/>
        <source>What will be sent, and what stays here because no active release of information to this partner covers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="314"/>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="314"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="315"/>
        <source>Details shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="315"/>
        <source>Records sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="316"/>
        <source>Withheld (no release covers it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="317"/>
        <source>What each client's package holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="321"/>
        <source>Checking what may be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="322"/>
        <source>Summary of the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="323"/>
        <source>Review status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="324"/>
        <source>Supervisor &amp;override: send everything, ignoring consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="326"/>
        <source>Supervisor override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="328"/>
        <source>Reason for the override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="329"/>
        <source>Why must everything be sent? (court order, statutory mandate…) This goes in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="332"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="334"/>
        <source>About the override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="336"/>
        <source>The override and its reason are recorded in the audit log and named in the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="340"/>
        <source>Only a supervisor can send more than the releases of information allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="348"/>
        <source>&amp;Clients in the package:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="380"/>
        <source>Checking the releases of information…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="393"/>
        <source>No personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="394"/>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="397"/>
        <source>Withheld: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="404"/>
        <source>Override: everything is sent, consent is not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="406"/>
        <source>Withheld for lack of a release: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="409"/>
        <source>Nothing is withheld: the releases cover everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="411"/>
        <source>There is nothing to send to %1 with these choices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="432"/>
        <source>Save the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="433"/>
        <source>The package is encrypted to the partner and signed by your agency. Hand it over on a USB stick or by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="436"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="438"/>
        <source>Package file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="439"/>
        <source>Package &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="441"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="442"/>
        <source>Choose where to save the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="444"/>
        <source>Writing the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="445"/>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="452"/>
        <source>The file can be read only by your account on this computer. Only the partner's keys can open it; the file name never holds case details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="469"/>
        <source>Save the package as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="470"/>
        <source>NAP transfer packages (*.napx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="488"/>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="489"/>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export_pages.py" line="497"/>
        <source>Exporting: gathering, signing and encrypting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetPassphraseDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="227"/>
        <source>New passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="229"/>
        <source>Set a new passphrase for %1 (%2). Their old one stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="231"/>
        <source>%1 (%2) is deactivated. A new passphrase reactivates the account with a new key slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="236"/>
        <source>This session was unlocked with the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="241"/>
        <source>&amp;Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/user_forms.py" line="241"/>
        <source>&amp;Set passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/admin/settings_dialog.py" line="34"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/settings_dialog.py" line="40"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/settings_dialog.py" line="41"/>
        <source>Lock after this many idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/settings_dialog.py" line="42"/>
        <source>&amp;Lock when idle for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/settings_dialog.py" line="47"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/settings_dialog.py" line="48"/>
        <source>Days before a referral counts as waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/settings_dialog.py" line="49"/>
        <source>&amp;Flag referrals waiting longer than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/settings_dialog.py" line="51"/>
        <source>Start in &amp;discreet mode (whole vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/settings_dialog.py" line="52"/>
        <source>Discreet mode by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/settings_dialog.py" line="59"/>
        <source>Only supervisors and administrators can change this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="66"/>
        <source>Alt+1 … Alt+7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="66"/>
        <source>The tabs of the case on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="67"/>
        <source>Alt+underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="67"/>
        <source>The button or field with that letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="68"/>
        <source>Caseload and dashboard: open the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="68"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="69"/>
        <source>Down or Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="69"/>
        <source>Search box: go to the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="70"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="70"/>
        <source>Search box: clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="71"/>
        <source>Caseload: the first or last referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="71"/>
        <source>Home, End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="72"/>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="72"/>
        <source>The next or previous control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="79"/>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="87"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="82"/>
        <source>Everything in NAP Desktop can be done from the keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="88"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="88"/>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/shortcuts_dialog.py" line="103"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="99"/>
        <source>Referral summary — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="113"/>
        <source>Summary preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="119"/>
        <source>Discreet mode: the preview is hidden. Print or save to see the summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="137"/>
        <source>Our agency (internal, nothing withheld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="140"/>
        <source>Partner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="149"/>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="163"/>
        <source>Include case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="150"/>
        <source>For a partner, notes appear only where a release covers them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="152"/>
        <source>Include everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="154"/>
        <source>Why this partner must see withheld details (recorded in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="159"/>
        <source>Only a supervisor can override a release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="161"/>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="161"/>
        <source>Who the summary is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="162"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="162"/>
        <source>Language of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="163"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="164"/>
        <source>&amp;Override:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="165"/>
        <source>Supervisor override: include everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="166"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="166"/>
        <source>Override reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="169"/>
        <source>What is withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="172"/>
        <source>Where the summary was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="184"/>
        <source>&amp;Update preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="185"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="186"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="187"/>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="192"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="189"/>
        <source>Update the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="190"/>
        <source>Print the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="191"/>
        <source>Save the summary as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="245"/>
        <source>Withheld for lack of a release (marked in the document): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="249"/>
        <source>Nothing is withheld from this summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="266"/>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="275"/>
        <source>Save summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/case/summary_dialog.py" line="284"/>
        <source>Saved (readable by you only): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../nap_desktop/gui/tasks/runner.py" line="30"/>
        <source>Please wait: this work cannot be interrupted. You can close the window when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/tasks/runner.py" line="120"/>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../nap_desktop/gui/transfer/common.py" line="59"/>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/common.py" line="59"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/common.py" line="59"/>
        <source>Release of information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/common.py" line="60"/>
        <source>Housing placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/common.py" line="60"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/common.py" line="61"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/common.py" line="61"/>
        <source>Restitution matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/common.py" line="74"/>
        <source>%1 for %2 clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/common.py" line="74"/>
        <source>%1 for 1 client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export.py" line="141"/>
        <source>Choose where to save the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export.py" line="147"/>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/export.py" line="151"/>
        <source>You cannot write to the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="67"/>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="69"/>
        <source>You are not allowed to read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="72"/>
        <source>%1 is a folder, not a package file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="75"/>
        <source>The file %1 could not be read (a damaged disk or a removed USB stick?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="82"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="83"/>
        <source>&amp;Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="84"/>
        <source>&amp;Conflicting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="85"/>
        <source>Unc&amp;hanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="86"/>
        <source>&amp;Kept (newer here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="87"/>
        <source>No&amp;t applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="96"/>
        <source>Not applied: this release was recorded or confirmed here, and only your staff change your consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="98"/>
        <source>Not applied: another agency recorded this release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="99"/>
        <source>Not applied: it would move the record to another client, agency or release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="101"/>
        <source>Not applied: it cites a release of information that the sender neither recorded nor received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="103"/>
        <source>Your values kept (you withhold them from the sender): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="105"/>
        <source>Kept as the sender's release: for information, never used for what you share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/importing.py" line="352"/>
        <source>NAP transfer packages (*.napx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <location filename="../../nap_desktop/gui/transfer/menu.py" line="51"/>
        <source>&amp;Export to partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/menu.py" line="53"/>
        <source>&amp;Import package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/menu.py" line="55"/>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/menu.py" line="56"/>
        <source>&amp;My identity card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/transfer/menu.py" line="110"/>
        <source>Import a package</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="57"/>
        <source>Unlock NAP Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="71"/>
        <source>Unlock the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="74"/>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="83"/>
        <source>Demo vault information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="90"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="93"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="94"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="96"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="105"/>
        <source>Unlocking, please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="111"/>
        <source>Unlock problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="120"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="123"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="125"/>
        <source>Use &amp;recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="127"/>
        <source>Use recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="129"/>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="131"/>
        <source>Try opening the vault again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="133"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="134"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="176"/>
        <source>Enter your user name and passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="220"/>
        <source>The passphrase for “%1” is wrong. Check the user name and Caps Lock, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/vault/unlock.py" line="223"/>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="98"/>
        <location filename="../../nap_desktop/gui/admin/users.py" line="134"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="109"/>
        <source>This session was unlocked with the recovery key. Choose the person who forgot their passphrase and set a new one; they unlock with it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="114"/>
        <source>Only an administrator can add users, set passphrases or remove access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="119"/>
        <source>The checks at unlock found that the signed user records, the key slots or the audit log were altered: roles apply as signed. Run “nap check” for the details and restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="127"/>
        <source>Root of authority (the signing key of the person who set up this vault): %1. Compare it with the fingerprint noted at setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="131"/>
        <source>Root of authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="143"/>
        <source>&amp;Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="143"/>
        <source>Add a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="145"/>
        <location filename="../../nap_desktop/gui/admin/users.py" line="200"/>
        <source>Set &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="145"/>
        <source>Set a new passphrase for the selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="149"/>
        <source>&amp;Remove access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="149"/>
        <source>Remove the selected user's access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="152"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="152"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="153"/>
        <source>Changing the vault key, please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="155"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="157"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="199"/>
        <source>Reac&amp;tivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="205"/>
        <source>You cannot remove your own access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="222"/>
        <source>Your role does not allow this: it needs an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="238"/>
        <source>Added %1. They can unlock with their passphrase now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="253"/>
        <source>%1's passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="254"/>
        <source>%1 was reactivated with the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="265"/>
        <source>You cannot remove your own access. Ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="267"/>
        <source>Remove %1's access to this vault? Their key slot is deleted and the vault key is changed, so copies of their passphrase or old key files no longer open it. Their past work stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="272"/>
        <source>Remove access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="276"/>
        <source>Removing access and changing the vault key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="287"/>
        <source>Removed %1's access; the vault key was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="50"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="50"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="50"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="51"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="61"/>
        <source> (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="66"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="66"/>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../nap_desktop/gui/admin/users.py" line="72"/>
        <source>Deactivated: this person can no longer unlock the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
