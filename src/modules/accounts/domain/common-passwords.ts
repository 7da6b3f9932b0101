// Passwords and stems that attackers try first (compared after lower-casing and removing spaces,
// dots, dashes and leading or trailing digits and symbols). Kept short and focused on what NHS
// staff are most likely to choose; the length rule does most of the work.
const words = `
password passw0rd p4ssword passwort motdepasse letmein welcome welcome1 changeme changeit default secret
qwerty qwertyuiop qwertyuiopasdfghjkl asdfghjkl zxcvbnm qazwsx qazwsxedc 1qaz2wsx iloveyou trustno1 sunshine
princess football monkey dragon shadow master superman batman baseball starwars whatever freedom
admin administrator root toor login guest user test testing tester abc123 111111 123123 654321 696969
nhs nhsmail nhsengland nhsdigital nhstrust hospital nurse doctor patient clinic health healthcare
caldicott siro bulwark cyber security infosec itsupport servicedesk helpdesk
spring summer autumn winter january february march april june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
london manchester birmingham leeds liverpool newcastle bristol sheffield nottingham
liverpoolfc arsenal chelsea manchesterunited tottenham everton
correcthorsebatterystaple
`;

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(words.split(/\s+/).filter(Boolean));
