/// Hand-written word lists for the name finder (ours). The big name lists (first names, surnames,
/// cities, countries, demonyms) come from the gazetteers and are compiled into `names.lex`.
enum WordLists {
    /// Titles and roles that stand before or beside a person's name and are not part of it.
    static let titles: [String] = [
        "president", "vice-president", "president-elect", "minister", "secretary", "secretary-general",
        "spokesman", "spokeswoman", "spokesperson", "chancellor", "senator", "sen", "governor", "gov", "mayor",
        "ambassador", "envoy", "chairman", "chairwoman", "chairperson", "chair", "director", "director-general",
        "chief", "ceo", "cfo", "coo", "cto", "head", "leader", "king", "queen", "prince", "princess", "pope",
        "general", "gen", "commander", "officer", "judge", "justice", "attorney", "prosecutor", "lawyer",
        "professor", "prof", "coach", "manager", "captain", "capt", "premier", "representative", "rep",
        "congressman", "congresswoman", "lawmaker", "deputy", "official", "analyst", "economist", "editor",
        "founder", "co-founder", "owner", "executive", "speaker", "sheriff", "inspector", "superintendent",
        "sergeant", "sgt", "lieutenant", "lt", "colonel", "col", "major", "maj", "admiral", "adm", "bishop",
        "archbishop", "cardinal", "rabbi", "imam", "reverend", "rev", "emir", "sultan", "sheikh", "ayatollah",
        "candidate", "nominee", "commissioner", "councillor", "councilman", "councilwoman", "correspondent",
        "reporter", "counsel", "negotiator", "diplomat", "delegate", "adviser", "advisor", "aide", "treasurer",
        "mp", "mep", "actor", "actress", "singer", "striker", "midfielder", "goalkeeper", "defender", "player",
        "author", "writer", "historian", "scientist", "researcher", "spokesmen", "presidents", "ministers",
        "duke", "duchess", "earl", "baron", "emperor", "empress", "tsar", "czar",
        "pharaoh", "chieftain", "mufti", "patriarch", "father", "brother", "sister", "saint", "magistrate", "constable", "detective", "det", "agent",
        "trooper", "private", "pvt", "corporal", "cpl", "marshal", "brigadier", "commodore", "ensign",
        "vicar", "pastor", "deacon", "monsignor", "chaplain", "dean", "provost", "rector", "principal",
        "headmaster", "headteacher", "teacher", "doctor", "nurse", "surgeon", "physician", "pilot",
        "ceo-elect", "boss", "chef", "producer", "musician", "guitarist", "drummer", "bassist", "vocalist",
        "composer", "conductor", "artist", "painter", "photographer", "journalist", "anchor", "host",
        "presenter", "columnist", "commentator", "critic", "activist", "campaigner", "organiser", "organizer",
        "mediator", "observer", "monitor", "investigator", "examiner", "coroner", "ombudsman", "regent",
        "viceroy", "consul", "attaché", "attache", "undersecretary", "under-secretary", "administrator",
        "comptroller", "auditor", "registrar", "clerk", "assemblyman", "assemblywoman", "alderman",
        "legislator", "delegate", "secretary-treasurer", "taoiseach", "tánaiste", "ceo", "md", "gm",
        // Letters after a name ("Kama Melly QC").
        "qc", "kc", "obe", "mbe", "cbe", "kbe", "dbe", "esq", "phd",
    ]
    /// Words that can sit inside a role phrase before its head ("Foreign", "Prime", "State", "former").
    static let roleModifiers: [String] = [
        "foreign", "prime", "deputy", "vice", "acting", "former", "senior", "chief", "top", "state", "defense",
        "defence", "interior", "finance", "home", "justice", "health", "economy", "trade", "energy", "labour",
        "labor", "education", "transport", "treasury", "environment", "agriculture", "culture", "sports",
        "executive", "managing", "general", "national", "security", "assistant", "associate", "junior",
        "principal", "press", "communications", "military", "police", "army", "navy", "opposition",
        "party", "minority", "majority", "supreme", "high", "grand", "lord", "head", "first", "second",
        "interim", "outgoing", "incoming", "new", "longtime", "veteran", "then", "then-", "technical",
        "operating", "financial", "information", "technology", "house", "senate", "attorney", "district",
        "federal", "regional", "local", "county", "city", "commerce", "industry", "development", "affairs",
        "relations", "public", "international", "internal", "external", "legal", "medical", "science",
        "research", "communication", "media", "spokesperson", "team", "club", "company", "group", "campaign",
        "union", "government", "ministry", "office", "department", "council", "commission", "court",
        "human", "rights", "women", "immigration", "housing", "planning", "water", "power", "oil", "resources",
    ]
    /// Heads of organisation names.
    static let orgHeads: [String] = [
        "university", "college", "school", "academy", "institute", "institution", "company", "corporation",
        "corp", "inc", "ltd", "group", "party", "council", "ministry", "department", "agency", "association",
        "society", "bank", "committee", "commission", "union", "league", "federation", "foundation", "fund",
        "club", "fc", "team", "army", "navy", "force", "forces", "police", "court", "parliament", "assembly",
        "congress", "senate", "office", "bureau", "service", "services", "authority", "board", "network",
        "news", "times", "post", "journal", "herald", "tribune", "telegraph", "guardian", "gazette", "press",
        "radio", "tv", "television", "broadcasting", "records", "studios", "pictures", "airlines", "airways",
        "motors", "industries", "systems", "technologies", "labs", "laboratories", "holdings", "partners",
        "bancorp", "trust", "church", "brigade", "battalion", "regiment", "division", "corps", "front",
        "movement", "alliance", "coalition", "organization", "organisation", "center", "centre", "hospital",
        "museum", "library", "orchestra", "band", "choir", "festival", "fc.", "united", "city", "rovers",
        "athletic", "wanderers", "hotspur", "brothers", "bros", "co", "cooperative", "guild", "order",
        "consortium", "conference", "cabinet", "government", "administration", "directorate", "secretariat",
        "tribunal", "council", "chamber", "exchange", "media", "publishing", "publications", "magazine",
        "daily", "weekly", "channel", "studio", "entertainment", "games", "software", "electronics",
        "pharmaceuticals", "energy", "oil", "petroleum", "gas", "railways", "railway", "railroad", "lines",
        "group", "institute", "initiative", "project", "program", "programme", "mission", "taskforce",
        "ensemble", "quartet", "trio", "squad", "crew", "gang", "cartel", "brotherhood", "sisterhood",
        "fraternity", "sorority", "seminary", "polytechnic", "conservatory", "observatory", "zoo",
        // Newspapers ("Toronto Star", "Daily Mail", "Boston Globe").
        "star", "sun", "mail", "chronicle", "observer", "examiner", "bulletin", "inquirer", "enquirer", "globe",
        "mirror", "courier", "dispatch", "sentinel", "recorder", "advertiser", "argus", "courant", "gazette",
    ]
    /// Heads of place names.
    static let locHeads: [String] = [
        "river", "lake", "mountain", "mountains", "mount", "mt", "sea", "ocean", "bay", "gulf", "island",
        "islands", "isle", "peninsula", "valley", "desert", "forest", "park", "street", "st", "road", "rd",
        "avenue", "ave", "boulevard", "blvd", "lane", "square", "bridge", "county", "province", "state",
        "region", "district", "city", "town", "village", "canyon", "coast", "beach", "harbour", "harbor",
        "port", "strait", "channel", "falls", "hill", "hills", "heights", "plain", "plains", "plateau",
        "cape", "creek", "canal", "reef", "glacier", "volcano", "highway", "motorway", "freeway", "way",
        "drive", "place", "court", "terrace", "station", "airport", "stadium", "arena", "castle", "palace",
        "cathedral", "abbey", "temple", "mosque", "tower", "hall", "centre", "center", "mall", "market",
        "gardens", "garden", "territory", "territories", "republic", "kingdom", "empire", "prefecture",
        "oblast", "governorate", "parish", "borough", "township", "municipality", "commune", "department",
        "land", "lands", "archipelago", "atoll", "basin", "delta", "estuary", "fjord", "lagoon", "marsh",
        "moor", "pass", "peak", "range", "ridge", "rock", "sound", "springs", "spring", "trail", "wood",
        "woods", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "upper",
        "lower", "greater", "new", "san", "santa", "saint", "fort", "lake", "el", "los", "las",
    ]
    /// Heads of names that are neither people, organisations nor places (events, works, holidays).
    static let miscHeads: [String] = [
        "day", "week", "festival", "cup", "award", "awards", "prize", "medal", "war", "wars", "battle",
        "olympics", "games", "championship", "championships", "tournament", "open", "grand", "prix",
        "series", "album", "song", "single", "ep", "film", "movie", "show", "book", "novel", "act", "treaty",
        "accord", "agreement", "declaration", "constitution", "bill", "law", "revolution", "crisis",
        "election", "elections", "summit", "conference", "expo", "fair", "marathon", "race", "derby",
        "trophy", "bowl", "league", "season", "tour", "edition", "version", "model", "language", "languages",
        "english", "christmas", "easter", "ramadan", "eid", "thanksgiving", "halloween", "hanukkah",
        "diwali", "doctrine", "plan", "syndrome", "disease", "virus", "effect", "theory", "principle",
        "god", "bible", "koran", "quran", "internet", "web", "age", "era", "dynasty", "period", "century",
        "linux",
    ]
    /// Name particles that can start or sit inside a name ("al Qaeda", "Charles de Gaulle").
    static let particles: [String] = [
        "al", "el", "de", "da", "di", "du", "del", "della", "dei", "des", "la", "le", "van", "von", "der",
        "den", "ter", "ten", "bin", "ibn", "bint", "abu", "dos", "das", "y", "zu", "af", "av", "mac",
        "ul", "ud", "bel", "ben", "st",
    ]
    /// Days, months and other capitalised time words that are never names on their own.
    static let timeWords: [String] = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "today", "yesterday", "tomorrow", "tonight",
        "morning", "afternoon", "evening", "night", "spring", "summer", "autumn", "fall", "winter",
        "am", "pm", "a.m.", "p.m.", "bc", "ad", "bce", "ce", "gmt", "utc", "est", "edt", "pst", "pdt",
    ]
    /// Words before a name that make it a person ("Mr. Kerry").
    static let personPrefixes: [String] = [
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord", "prof", "professor", "rev",
        "reverend", "mme", "mlle", "herr", "frau", "senor", "señor", "senora", "señora", "monsieur",
        "madame", "messrs", "fr", "sr", "jr", "president", "sen", "senator", "rep", "gov", "governor",
        "gen", "general", "col", "colonel", "capt", "captain", "lt", "sgt", "adm", "judge", "justice",
        "king", "queen", "prince", "princess", "pope", "saint", "uncle", "aunt", "grandma", "grandpa",
    ]
    /// Regions, continents, US states and other places the city and country lists miss.
    static let regions: [String] = [
        "Africa", "Asia", "Europe", "Eurasia", "Antarctica", "Oceania", "Australasia", "Americas", "North America",
        "South America", "Latin America", "Central America", "Middle East", "Near East", "Far East",
        "Caribbean", "Balkans", "Scandinavia", "Siberia", "Caucasus", "Sahara", "Sahel", "Arctic",
        "Mediterranean", "Pacific", "Atlantic", "Indian Ocean", "Persian Gulf", "Gulf", "Baltic",
        "West Bank", "Gaza", "Gaza Strip", "Kashmir", "Crimea", "Donbas", "Kurdistan", "Tibet", "Xinjiang",
        "Chechnya", "Darfur", "Sinai", "Golan Heights", "Northern Ireland", "Scotland", "Wales", "England",
        "Britain", "Great Britain", "Ulster", "Bavaria", "Catalonia", "Flanders", "Wallonia", "Quebec",
        "Ontario", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick",
        "Newfoundland", "Yukon", "Nunavut", "Queensland", "New South Wales", "Victoria", "Tasmania",
        "Western Australia", "South Australia", "Northern Territory", "Punjab", "Bengal", "Kerala",
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
        "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
        "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi",
        "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
        "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
        "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
        "West Virginia", "Wisconsin", "Wyoming", "District of Columbia", "Puerto Rico", "Guam",
        "U.S.", "U.S.A.", "U.K.", "US", "USA", "UK", "UAE", "DRC", "United States", "Soviet Union",
        "USSR", "Hong Kong", "Macau", "Taiwan", "Palestine", "Kosovo", "Holland", "Korea", "Burma",
        "Silicon Valley", "Midwest", "New England", "Appalachia", "Patagonia", "Amazon", "Himalayas",
        "Alps", "Andes", "Rockies", "Sub-Saharan Africa", "East Africa", "West Africa", "North Africa",
        "Southeast Asia", "South Asia", "Central Asia", "East Asia", "Eastern Europe", "Western Europe",
    ]
    /// English names of cities in the news that GeoNames lists under another spelling ("Makkah", "Al Fallujah",
    /// "Bengaluru", "Kharkiv") or an older name.
    static let cityExonyms: [String] = [
        "Mecca", "Bombay", "Peking", "Saigon", "Rangoon", "Madras", "Bangalore", "Seville", "St Petersburg",
        "St. Petersburg", "Kharkov", "Fallujah", "Falluja", "Basra", "Raqqa", "Misrata", "Hodeidah", "Fez",
        "Khan Younis", "Davos", "Srebrenica",
    ]
    /// Organisations that news mentions by a one-word or well-known name.
    static let organisations: [String] = [
        "Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse", "Bloomberg", "BBC", "CNN", "NBC",
        "CBS", "ABC", "Fox News", "NPR", "PBS", "Al Jazeera", "Xinhua", "TASS", "Interfax", "RIA Novosti",
        "Kyodo", "Yonhap", "Wikinews", "Wikipedia", "Google", "Microsoft", "Facebook",
        "Twitter", "IBM", "Intel", "Samsung", "Sony", "Toyota", "Nissan", "Honda", "Boeing",
        "Airbus", "Tesla", "Uber", "Netflix", "YouTube", "Instagram", "TikTok", "Huawei", "Alibaba",
        "Kremlin", "Pentagon", "White House", "Downing Street", "Elysee", "Élysée", "Bundestag", "Duma",
        "Knesset", "Congress", "Senate", "Parliament", "NATO", "UN", "U.N.", "United Nations", "EU",
        "European Union", "European Commission", "WHO", "UNESCO", "UNICEF", "IMF", "World Bank", "WTO",
        "OPEC", "FBI", "CIA", "NSA", "NASA", "FIFA", "UEFA", "IOC", "Red Cross", "Interpol", "Europol",
        "Hamas", "Hezbollah", "Taliban", "al Qaeda", "al-Qaeda", "Qaeda", "ISIS", "ISIL", "Islamic State",
        "Boko Haram", "al-Shabaab", "Shabaab", "IRA", "Labour", "Conservatives", "Tories", "Democrats",
        "Republicans", "GOP", "Likud", "Fatah", "Politburo", "Supreme Court", "Vatican", "Interior Ministry",
        "Foreign Ministry", "Defence Ministry", "Defense Ministry", "State Department", "Home Office",
        "Foreign Office", "Treasury", "Federal Reserve", "Fed", "ECB", "Scotland Yard", "Met Office",
        "Microsoft", "Yahoo", "eBay", "PayPal", "Walmart", "Nike", "Adidas", "Coca-Cola", "Pepsi", "Shell",
        "BP", "Exxon", "Gazprom", "Rosneft", "Aeroflot", "Lufthansa", "Ryanair", "Volkswagen", "BMW",
        "Mercedes", "Siemens", "Nokia", "Ericsson", "Oracle", "Cisco", "Verizon", "AT&T", "Vodafone",
        "Politico", "Axios", "BuzzFeed", "HuffPost", "Breitbart", "Reddit", "WikiLeaks", "Wikimedia", "Mozilla",
        "GitHub", "Spotify", "Snapchat", "WhatsApp", "LinkedIn", "Pinterest", "Tumblr", "Twitch", "Bellingcat",
        "Airbnb",
    ]
    /// Well-known companies, chains and brands, by the names people write for them (the largest firms, brands,
    /// retailers, restaurant chains, carriers, carmakers, media and travel sites), left out where the name is an
    /// ordinary word first ("Target", "Gap", "Subway", "Delta").
    static let companies: [String] = [
        // Retail, food and drink.
        "Walmart", "Wal-Mart", "Costco", "Kroger", "Walgreens", "CVS", "Home Depot", "Lowe's", "Best Buy", "Macy's",
        "Kmart", "Sears", "JCPenney", "JC Penney", "Nordstrom", "Kohl's", "Safeway", "Albertsons", "Publix", "Aldi",
        "Lidl", "Tesco", "Sainsbury's", "Asda", "Morrisons", "Waitrose", "Carrefour", "Ikea", "IKEA",         "Marks & Spencer", "Primark", "Zara", "H&M", "Uniqlo", "Starbucks", "McDonald's", "Burger King", "Wendy's",
        "KFC", "Taco Bell", "Pizza Hut", "Domino's", "Chipotle", "Dunkin'", "Dunkin' Donuts", "Tim Hortons",
        "Chick-fil-A", "Arby's", "Denny's", "IHOP", "Applebee's",
        "Papa John's", "Nestlé", "Nestle", "Unilever", "Procter & Gamble",         "Kellogg's", "PepsiCo", "Heineken", "Anheuser-Busch", "Budweiser", "Diageo", "Danone", "Mondelez",
        // Technology, telecoms and media.
        "Apple", "Amazon.com", "Dell", "HP", "Hewlett-Packard", "Lenovo", "Acer", "Asus",
        "Xiaomi", "Qualcomm", "Nvidia", "AMD", "Texas Instruments", "Motorola", "BlackBerry", "Nikon",
        "Panasonic", "Toshiba", "Hitachi", "Fujitsu", "Philips", "LG", "Adobe", "Salesforce",
        "SAP", "VMware", "Red Hat", "Dropbox", "Skype", "Yelp", "Expedia",
        "Priceline", "Booking.com", "TripAdvisor", "Craigslist", "Wikia", "Verizon",
        "T-Mobile", "Sprint Nextel", "Comcast", "Charter Communications", "DirecTV", "Dish Network",         "Deutsche Telekom", "Telefónica", "BT", "Disney", "Warner Bros.", "Warner Music",
        "Universal Music", "Sony Music", "EMI", "Paramount", "Time Warner", "ViacomCBS", "Viacom", "HBO", "ESPN",
        "Hulu", "MTV", "Nintendo", "Sega", "Electronic Arts", "Activision", "Ubisoft",         // Cars, transport and travel.
        "General Motors", "Ford Motor", "Chrysler", "Fiat", "Renault", "Peugeot", "Citroën", "Volvo", "Hyundai",
        "Kia", "Mazda", "Subaru", "Mitsubishi", "Suzuki", "Porsche", "Ferrari", "Audi", "Jaguar Land Rover",
        "Harley-Davidson", "Bridgestone", "Michelin", "Goodyear", "FedEx", "UPS", "DHL", "Royal Mail", "Amtrak",
        "Greyhound", "Deutsche Bahn", "SNCF", "American Airlines", "United Airlines", "Delta Air Lines",
        "Southwest Airlines", "JetBlue", "British Airways", "Air France", "KLM", "Qantas", "easyJet",
        "Hertz", "Avis", "Marriott",         "Hyatt", "Sheraton",
        // Finance, energy, industry and health.
        "JPMorgan", "JPMorgan Chase", "Goldman Sachs", "Morgan Stanley", "Citigroup", "Citibank", "Wells Fargo",
        "Bank of America", "Barclays", "HSBC", "Lloyds", "UBS", "Credit Suisse", "Deutsche Bank", "BNP Paribas",
        "American Express", "Mastercard", "Berkshire Hathaway", "BlackRock", "AIG", "Allianz", "AXA",
        "ExxonMobil", "Chevron", "ConocoPhillips", "TotalEnergies", "Eni", "Equinor", "Aramco",
        "Saudi Aramco", "Halliburton", "Schlumberger", "General Electric", "Honeywell",
        "Caterpillar", "Lockheed Martin", "Raytheon", "Northrop Grumman", "3M", "DuPont", "Dow Chemical", "BASF",
        "Bayer", "Pfizer", "Moderna", "AstraZeneca", "Johnson & Johnson", "Merck", "Novartis", "Roche",
        "GlaxoSmithKline", "GSK", "Sanofi", "Medtronic", "Monsanto", "Philip Morris", "Altria",
    ]
    /// Other organisations news names often: parties, international bodies, aid groups, news outlets, universities
    /// and football clubs known by one name ("Juventus", not "Liverpool", which is a city first). Not those named by an
    /// ordinary word ("Variety", "ICE"): the lexicon looks words up in lower case.
    static let institutions: [String] = [
        // Parties.
        "Democratic Party", "Republican Party", "Labour Party", "Conservative Party", "Liberal Democrats",
        "Lib Dems", "Scottish National Party", "SNP", "Plaid Cymru", "Sinn Féin", "Sinn Fein", "UKIP",
        "Reform UK", "Green Party", "Christian Democratic Union", "CDU", "CSU", "SPD", "AfD",
        "Alternative for Germany", "Social Democratic Party", "Bharatiya Janata Party", "BJP",
        "Indian National Congress", "Aam Aadmi Party", "African National Congress", "ANC", "Fidesz", "Podemos",
        "Syriza", "Law and Justice", "National Rally", "La République En Marche", "Liberal Party",
        "New Democratic Party", "Bloc Québécois", "Communist Party", "Kuomintang", "KMT", "Democratic Progressive Party",
        "Muslim Brotherhood", "Pakistan Tehreek-e-Insaf", "PTI", "Awami League", "United Russia",
        // International bodies, courts and agencies.
        "World Trade Organization", "International Atomic Energy Agency", "IAEA", "OECD", "African Union",
        "ASEAN", "Arab League", "Council of Europe", "OSCE", "International Criminal Court",
        "International Court of Justice", "European Central Bank", "European Parliament", "Security Council",
        "UN Security Council", "General Assembly", "UNHCR", "UNRWA", "World Food Programme", "FAO", "UNDP", "UNEP",
        "World Meteorological Organization", "International Olympic Committee", "International Monetary Fund",
        "G20", "Gulf Cooperation Council", "Mercosur", "European Space Agency", "ESA", "Roscosmos",
        "CDC", "Centers for Disease Control and Prevention", "FDA", "Food and Drug Administration", "EPA",
        "Environmental Protection Agency", "Justice Department", "Department of Justice", "Homeland Security",
        "Department of Homeland Security", "Pentagon", "National Guard", "Secret Service", "DEA", "ATF",
        "NHS", "MI5", "MI6", "GCHQ", "Mossad", "FSB", "KGB", "Bundeswehr", "Bundesbank", "Reserve Bank",
        // Aid, rights and other groups.
        "Amnesty International", "Human Rights Watch", "Greenpeace", "Oxfam", "Save the Children",
        "Médecins Sans Frontières", "Medecins Sans Frontieres", "Doctors Without Borders", "Red Crescent",
        "Reporters Without Borders", "Transparency International", "WWF", "World Wildlife Fund",
        "Wikimedia Foundation", "Electronic Frontier Foundation", "ACLU", "NAACP", "Salvation Army",
        // News outlets.
        "New York Times", "Washington Post", "Wall Street Journal", "Los Angeles Times", "USA Today",
        "Financial Times", "The Guardian", "The Independent", "The Telegraph", "Daily Telegraph", "Daily Mail",
        "The Sun", "The Times", "The Economist", "Le Monde", "Le Figaro", "Der Spiegel", "Die Zeit", "El País",
        "Corriere della Sera", "Haaretz", "Times of India", "South China Morning Post", "Sydney Morning Herald",
        "CNBC", "MSNBC", "Sky News", "ITV", "Channel 4", "Deutsche Welle", "NHK", "Al Arabiya",
        "France 24", "Euronews", "Radio Free Europe", "Voice of America", "Newsweek", "Time magazine",         "The Atlantic", "Rolling Stone", "Forbes", "Fortune magazine", "Vanity Fair",
        // Universities.
        "Harvard", "Harvard University", "Yale", "Yale University", "Stanford", "Stanford University", "MIT",
        "Massachusetts Institute of Technology", "Caltech", "Princeton University", "Columbia University",
        "Oxford University", "University of Oxford", "Cambridge University", "University of Cambridge",
        "Imperial College London", "London School of Economics", "Sorbonne",
        // Football clubs known by one name.
        "Juventus", "Bayern Munich", "Real Madrid", "Atlético Madrid", "Borussia Dortmund", "Paris Saint-Germain",
        "PSG", "Manchester United", "Manchester City", "Tottenham Hotspur", "Inter Milan", "AC Milan",         "Benfica", "Galatasaray", "Fenerbahçe", "Boca Juniors", "River Plate",
    ]
    /// Religious, political and other group adjectives that, like demonyms, are not names.
    static let groupAdjectives: [String] = [
        "Christian", "Christians", "Muslim", "Muslims", "Jewish", "Jew", "Jews", "Catholic", "Catholics",
        "Protestant", "Protestants", "Islamic", "Islamist", "Islamists", "Hindu", "Hindus", "Buddhist",
        "Buddhists", "Sikh", "Sikhs", "Sunni", "Sunnis", "Shia", "Shiite", "Shiites", "Shi'ite", "Orthodox",
        "Arab", "Arabs", "Arabic", "Kurd", "Kurds", "Kurdish", "Latino", "Latina", "Latinos", "Hispanic",
        "Hispanics", "Asian", "Asians", "African", "Africans", "European", "Europeans", "Western",
        "Westerners", "Eastern", "Communist", "Communists", "Marxist", "Socialist", "Socialists", "Nazi",
        "Nazis", "Democrat", "Republican", "Liberal", "Conservative", "Soviet", "Baltic", "Nordic",
        "Scandinavian", "Balkan", "Caucasian", "Slavic", "Anglo", "Celtic", "Gaelic", "Persian", "Pashtun",
        "Tamil", "Tamils", "Uighur", "Uighurs", "Uyghur", "Uyghurs", "Yazidi", "Yazidis", "Alawite",
        "Druze", "Maori", "Aboriginal", "Indigenous", "Palestinian", "Palestinians", "Israeli", "Israelis",
        "Scottish", "Scots", "Welsh", "English", "Irish", "British", "Brits", "American", "Americans",
        "Cypriot", "Taiwanese", "Tibetan", "Basque", "Catalan", "Flemish", "Bavarian", "Texan", "Californian",
        "Yankee", "Yankees", "Evangelical", "Anglican", "Methodist", "Baptist", "Lutheran", "Mormon",
        "Pentecostal", "Quaker", "Zionist", "Jihadist", "Jihadists", "Salafist", "Wahhabi",
    ]
    /// Names of things that, like demonyms, are no person, organisation or place: languages, and events,
    /// diseases and software news names by one word ("in Hindi", "the Brexit deal", "treatments for Ebola").
    static let thingNames: [String] = [
        "Hindi", "Urdu", "Bengali", "Punjabi", "Gujarati", "Marathi", "Telugu", "Kannada", "Malayalam", "Sinhala",
        "Mandarin", "Cantonese", "Swahili", "Tagalog", "Hebrew", "Yiddish", "Farsi", "Pashto", "Dari", "Amharic",
        "Tigrinya", "Hausa", "Yoruba", "Igbo", "Zulu", "Xhosa", "Afrikaans", "Malay", "Esperanto", "Sanskrit",
        "Brexit", "Covid", "COVID-19", "Ebola", "Zika", "SARS-CoV-2", "H1N1", "H5N1", "Android", "iOS", "Linux",
    ]
    /// Capitalised words that are never a name on their own in running text.
    static let pronounLike: [String] = [
        "i", "i'm", "i've", "i'd", "i'll", "god", "ok", "okay", "lol", "omg", "tv", "dvd", "cd", "pc",
    ]
}
