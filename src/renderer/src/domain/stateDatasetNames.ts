// Word lists for the state-scale dataset: made-up places, and names only for the people who chose
// to be named (facilitators, donors, contacts). No participant is ever named.

// prettier-ignore
export const COUNTIES = [
  'Adams', 'Benton', 'Carroll', 'Clay', 'Clinton', 'Crawford', 'Dallas', 'Douglas', 'Fayette', 'Franklin', 'Fulton',
  'Grant', 'Greene', 'Hamilton', 'Hancock', 'Harrison', 'Henry', 'Jackson', 'Jasper', 'Jefferson', 'Knox', 'Lake',
  'Lawrence', 'Lincoln', 'Logan', 'Madison', 'Marion', 'Marshall', 'Monroe', 'Montgomery', 'Morgan', 'Perry', 'Pike',
  'Putnam', 'Randolph', 'Scott', 'Shelby', 'Union', 'Warren', 'Wayne', 'Washington', 'Webster', 'Wells', 'Whitley',
] as const;

// prettier-ignore
export const TOWNS = [
  'Ashford', 'Bellmont', 'Brookfield', 'Cedar Falls', 'Clearwater', 'Coal City', 'Danville', 'Eastport', 'Elm Grove',
  'Fairview', 'Fox Lake', 'Georgetown', 'Glen Ellyn', 'Greenville', 'Harmony', 'Hillsboro', 'Hope', 'Jasper',
  'Kingston', 'Lakeside', 'Lebanon', 'Maple Park', 'Marion', 'Milford', 'Millbrook', 'New Salem', 'Newton',
  'Oak Ridge', 'Oakdale', 'Oxford', 'Pine Bluff', 'Pleasant Hill', 'Prairie View', 'Quincy', 'Red Oak', 'Richmond',
  'Riverside', 'Rock Falls', 'Salem', 'Sandwich', 'Shelbyville', 'Silver Lake', 'Springdale', 'Stonebridge',
  'Summit', 'Sycamore', 'Troy', 'Union City', 'Vernon', 'Walnut', 'Waterloo', 'Westfield', 'Willow Springs',
  'Winfield', 'Woodstock',
] as const;

// prettier-ignore
export const STREETS = [
  'Main Street', 'Oak Avenue', 'Elm Street', 'Maple Drive', 'Cedar Lane', 'Church Street', 'Park Avenue',
  'Washington Street', 'Lincoln Avenue', 'Grove Street', 'River Road', 'Mill Street', 'State Street', 'High Street',
  'Walnut Street', 'Chestnut Street', 'Prairie Road', 'Market Street', 'Spring Street', 'College Avenue',
] as const;

// prettier-ignore
export const FIRST_NAMES = [
  'Alex', 'Amara', 'Ana', 'Ben', 'Bianca', 'Carlos', 'Chloe', 'Dana', 'Daniel', 'Deja', 'Elena', 'Eli', 'Fatima',
  'Gabriel', 'Grace', 'Hana', 'Isaac', 'Jamal', 'Jordan', 'Julia', 'Kai', 'Keisha', 'Leah', 'Luis', 'Maya', 'Marcus',
  'Mei', 'Miguel', 'Nadia', 'Noah', 'Olivia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Ruth', 'Sam', 'Sofia', 'Terry',
  'Thu', 'Uma', 'Victor', 'Wendy', 'Xavier', 'Yolanda', 'Zoe',
] as const;

// prettier-ignore
export const LAST_NAMES = [
  'Abbott', 'Alvarez', 'Baker', 'Brooks', 'Chen', 'Clark', 'Davis', 'Diaz', 'Ellis', 'Evans', 'Fischer', 'Garcia',
  'Green', 'Hall', 'Hernandez', 'Hughes', 'Jackson', 'Johnson', 'Kim', 'Lee', 'Lopez', 'Martin', 'Mendoza', 'Miller',
  'Moore', 'Nguyen', 'Novak', 'Okafor', 'Ortiz', 'Patel', 'Perez', 'Price', 'Quinn', 'Ramirez', 'Reyes', 'Rivera',
  'Robinson', 'Shah', 'Smith', 'Taylor', 'Tran', 'Walker', 'Washington', 'White', 'Williams', 'Wilson', 'Young',
] as const;

export const VENUE_KINDS = [
  { kind: 'Public Library', rooms: ['Community Room', 'Study Room A', 'Study Room B'] },
  { kind: 'Community Church', rooms: ['Fellowship Hall', 'Room 12'] },
  { kind: 'Community Center', rooms: ['Multipurpose Room', 'Room 2'] },
  { kind: 'Health Center', rooms: ['Conference Room'] },
  { kind: 'Senior Center', rooms: ['Activity Room'] },
  { kind: 'YMCA', rooms: ['Board Room', 'Wellness Room'] },
  { kind: 'Lutheran Church', rooms: ['Parish Hall'] },
  { kind: 'Recovery Center', rooms: ['Group Room'] },
] as const;

// prettier-ignore
export const ORGANISATION_KINDS = [
  'Bakery', 'Print Shop', 'Rotary Club', 'Lions Club', 'Credit Union', 'Pharmacy', 'Grocery', 'Coffee House',
  'Family Foundation', 'Bank', 'Hardware', 'Dental Group', 'Insurance Agency', 'Women’s Club',
] as const;

export const CANCEL_REASONS = [
  'Severe weather',
  'Snow and ice',
  'Venue double-booked',
  'Both facilitators unwell',
  'Power outage at the venue',
  'Building closed for repairs',
] as const;

/** Meeting notes a coordinator might write: about the room and the running of it, never about a person. */
export const MEETING_NOTES = [
  'Room was cold; asked the venue about the heating.',
  'New flyers handed out at the library desk.',
  'Started ten minutes late: the building was locked.',
  'Ran out of chairs; ask for a bigger room.',
  'Good discussion on coping with the holidays.',
] as const;

export const CLOSURE_HOLIDAYS = [
  "New Year's Day",
  'Independence Day',
  'Thanksgiving Day',
  'Christmas Eve',
  'Christmas Day',
  "New Year's Eve",
] as const;
