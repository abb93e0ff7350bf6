// Parses an iCalendar object from stdin with ical.js (the npm package), a real parser written by others, and prints
// what a calendar application would read: the method, and each event with its times resolved through the
// object's own VTIMEZONE (ical.js has no time zone database of its own).
import ICAL from 'ical.js';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const text = Buffer.concat(chunks).toString('utf8');
const calendar = new ICAL.Component(ICAL.parse(text));
for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
const utc = (time) => time.convertToZone(ICAL.Timezone.utcTimezone).toString();
const events = calendar.getAllSubcomponents('vevent').map((component) => {
  const event = new ICAL.Event(component);
  return {
    uid: event.uid,
    sequence: event.sequence,
    status: component.getFirstPropertyValue('status'),
    summary: event.summary,
    location: event.location,
    description: event.description,
    url: component.getFirstPropertyValue('url'),
    tzid: event.startDate.zone?.tzid ?? null,
    start: event.startDate.toString(),
    startUtc: utc(event.startDate),
    endUtc: utc(event.endDate),
    organizer: component.getFirstPropertyValue('organizer'),
    attendee: component.getFirstPropertyValue('attendee'),
  };
});
process.stdout.write(JSON.stringify({
  method: calendar.getFirstPropertyValue('method'),
  version: calendar.getFirstPropertyValue('version'),
  prodid: calendar.getFirstPropertyValue('prodid'),
  events,
}));
