// Dutch texts of the organizer's clock and notice additions: the time plan's zone (CLOCK-7) and
// the live list of sent notices with who confirmed them (NOTICE-11).

export const nlOrgx = {
  'orgx.plan.zone': 'Tijden in de tijdzone van de bijeenkomst: {zone}.',
  'orgx.notice.confirmed': '{n} van {all} voorzitters zagen het',
  'orgx.notice.noConfirm': 'in {n} ruimtes, geen bevestiging gevraagd',
  'orgx.notice.waiting': 'Nog niet gezien: {names}',
};
