"""The seed "spreadsheet" of labelled requests: templates and the fillers that vary them.

Each template carries the intent docs/behaviors.md assigns it. Templates are written the way people
type (terse, polite, blunt, with typos), on both sides of every boundary the spec draws.
"""

PROSE_PARTS = ["intro", "opening", "first paragraph", "second paragraph", "last paragraph", "conclusion",
               "title", "ending", "third paragraph", "closing line", "middle section", "first sentence"]
CODE_PARTS = ["the first function", "the error handling", "the main function", "the loop", "the return value",
              "the imports", "the last function", "the class"]
TONES = ["formal", "casual", "friendly", "professional", "playful", "serious", "warmer", "more confident",
         "less stiff", "more polite", "punchier", "more neutral"]
LANGUAGES = ["french", "german", "spanish", "italian", "portuguese", "dutch", "japanese"]
FORMATS = ["bullet points", "a numbered list", "a table", "an email", "a tweet thread", "a haiku", "a FAQ",
           "a press release", "a short speech", "a one-page summary"]
AUDIENCES = ["beginners", "kids", "my boss", "a technical audience", "non-native speakers", "investors",
             "a general audience", "teenagers"]
TOPICS = ["urban beekeeping", "the history of the bicycle", "learning to swim as an adult", "remote work",
          "the best hiking boots", "why sleep matters", "composting at home", "a trip to Lisbon", "black holes",
          "my first marathon", "volunteering at a shelter", "the future of trains", "houseplants for dark rooms",
          "saving money on groceries", "a rainy weekend in Edinburgh", "jazz for beginners"]
THINGS = ["blog post", "short story", "poem", "cover letter", "email", "speech", "newsletter", "essay",
          "product description", "thank-you note", "checklist", "meeting agenda", "limerick", "README"]
SCRIPTS = ["a python script that backs up my photos to a zip file", "a bash script that cleans old log files",
           "a javascript function that formats prices", "a typescript type for a user profile",
           "a python function that checks if a word is a palindrome", "a node script that pings a website",
           "a python class for a bank account", "a sql query to count orders per customer"]
QUESTIONS = ["what's the capital of australia", "how do i undo a git commit", "why do cats purr",
             "what is a closure in javascript", "how long should a cover letter be", "is it okay to start a sentence with and",
             "whats the difference between a list and a tuple", "how do you pronounce gif", "what rhymes with orange",
             "how many spaces after a full stop", "explain big o notation", "what time zone is tokyo in",
             "any tips for writing dialogue?", "how do i center text in css", "what is a semicolon for",
             "suggest a name for my cat", "what's a good gift for a coworker leaving", "how does compound interest work",
             "what does 'per se' mean", "give me five synonyms for happy", "recommend a book about habits",
             "how do i stop procrastinating", "what should i name my podcast", "what's the plural of octopus"]

# Requests with no document open: only answer and create are possible.
NO_DOCUMENT = (
    [(q, "answer") for q in QUESTIONS]
    + [(f"write a {thing} about {topic}", "create") for thing, topic in zip(THINGS, TOPICS)]
    + [(f"draft {script}", "create") for script in SCRIPTS[:4]]
    + [(f"write {script}", "create") for script in SCRIPTS[4:]]
    + [(f"can you tell me about {topic}?", "answer") for topic in TOPICS[:8]]
    + [(f"i need a {thing} on {topic}", "create") for thing, topic in zip(THINGS[5:], TOPICS[6:])]
    + [(f"give me some ideas for a {thing} about {topic}", "answer") for thing, topic in zip(THINGS[3:9], TOPICS[9:])]
    + [("new file: packing list for a camping weekend", "create"), ("start a doc with my goals for next year", "create"),
       ("make me a grocery list for a week of vegetarian dinners", "create"), ("compose a lullaby for my nephew", "create"),
       ("pls write a short bio for my website", "create"), ("jot down a template for weekly reports", "create"),
       ("whats the weather like in spring in kyoto", "answer"), ("how should i structure a persuasive essay", "answer"),
       ("is python or javascript better for beginners", "answer"), ("thoughts on writing in the morning vs night?", "answer"),
       ("quick q: is 'alot' a word", "answer"), ("tell me a fun fact about octopuses", "answer")]
)

# Requests with a document open and nothing selected. {part}, {tone}, … are filled from the lists above.
PROSE_TEMPLATES = [
    ("what is the {part} about?", "answer"), ("is the {part} too long?", "answer"), ("does the {part} work?", "answer"),
    ("how many words is this?", "answer"), ("who is the audience for this, do you think", "answer"),
    ("summarise this for me", "answer"), ("what's the tone of the {part}?", "answer"),
    ("could you tell me whether the {part} is clear?", "answer"), ("would it be better {tone}?", "answer"),
    ("is there a better word for the last word of the {part}?", "answer"), ("what does the {part} mean", "answer"),
    ("fix the typo in the {part}", "edit"), ("make the {part} {tone}", "edit"), ("can you make the {part} {tone}?", "edit"),
    ("shorten the {part}", "edit"), ("expand the {part} a bit", "edit"), ("add a sentence to the {part} about the weather", "edit"),
    ("rephrase the {part}", "edit"), ("translate the {part} to {language}", "edit"), ("delete the {part}", "edit"),
    ("give the {part} a stronger verb", "edit"), ("tighten up the {part}", "edit"), ("add an example to the {part}", "edit"),
    ("fix the grammar in the {part}", "edit"), ("pls make the {part} clearer", "edit"), ("turn the {part} into {format}", "edit"),
    ("add a paragraph after the {part} about costs", "edit"), ("insert a quote at the start of the {part}", "edit"),
    ("fix the typos", "edit"), ("FIX SPELLING", "edit"), ("add a conclusion", "edit"), ("add a title", "edit"),
    ("change monday to tuesday", "edit"), ("add a line at the end thanking the team", "edit"),
    ("rewrite the whole thing to be {tone}", "rewrite"), ("make it {tone} throughout", "rewrite"),
    ("translate everything to {language}", "rewrite"), ("translate it to {language}", "rewrite"),
    ("turn this into {format}", "rewrite"), ("rewrite it for {audience}", "rewrite"), ("make the whole thing half as long", "rewrite"),
    ("redo it so it's twice as long", "rewrite"), ("simplify the language everywhere", "rewrite"),
    ("fix the grammar everywhere", "rewrite"), ("change the narrator to first person throughout", "rewrite"),
    ("put it all in the past tense", "rewrite"), ("rewrite from scratch, it's not working", "rewrite"),
    ("tighten it up", "rewrite"), ("make the entire piece {tone}", "rewrite"), ("replace every 'we' with 'I'", "rewrite"),
    ("review this and leave comments", "comment"), ("proofread and mark the mistakes", "comment"),
    ("leave notes on the {part}, don't change it", "comment"), ("flag anything confusing", "comment"),
    ("give me inline feedback", "comment"), ("annotate the {part}", "comment"), ("critique it in the margins", "comment"),
    ("mark the weak sentences", "comment"), ("point out any repetition", "comment"), ("highlight the clichés", "comment"),
    ("where does it drag? mark those spots", "comment"), ("comment on the {part}", "comment"),
    ("leave suggestions, but dont edit anything", "comment"), ("mark up the {part} with suggestions", "comment"),
    ("write a follow-up to this", "create"), ("draft a reply to this", "create"), ("write a new {thing} based on this", "create"),
    ("make a separate summary document", "create"), ("create a {thing} about {topic}", "create"),
    ("write a short {thing} for the newsletter using this", "create"),
]
CODE_TEMPLATES = [
    ("what does {part} do?", "answer"), ("why is {part} written like this", "answer"), ("is {part} correct?", "answer"),
    ("what's the time complexity here", "answer"), ("does this handle empty input?", "answer"),
    ("how would i test {part}?", "answer"), ("what does this file do", "answer"), ("is there a bug in {part}?", "answer"),
    ("which python version does this need", "answer"), ("explain {part}", "answer"),
    ("fix the bug in {part}", "edit"), ("add a docstring to {part}", "edit"), ("add error handling to {part}", "edit"),
    ("add logging to {part}", "edit"), ("rename the variable in {part} to something clearer", "edit"),
    ("handle the empty case in {part}", "edit"), ("add a comment explaining {part}", "edit"),
    ("make {part} faster", "edit"), ("pls add input validation to {part}", "edit"), ("add a function that sorts the results", "edit"),
    ("add a constant for the magic number", "edit"), ("use f-strings in {part}", "edit"),
    ("port this to {code_language}", "rewrite"), ("convert the whole file to {code_language}", "rewrite"),
    ("add type hints everywhere", "rewrite"), ("reformat the whole file", "rewrite"), ("add comments to every function", "rewrite"),
    ("rewrite it in a functional style", "rewrite"), ("rename every variable to snake_case", "rewrite"),
    ("make the whole module async", "rewrite"),
    ("review this code", "comment"), ("code review pls", "comment"), ("flag possible bugs", "comment"),
    ("mark lines that could throw", "comment"), ("leave review comments on {part}", "comment"),
    ("point out style problems inline", "comment"), ("annotate anything unsafe", "comment"),
    ("write tests for this", "create"), ("write a README for this module", "create"),
    ("create a config file for this", "create"), ("write a script that uses this module", "create"),
]
CODE_LANGUAGES = ["javascript", "typescript", "python", "go", "rust"]

# Requests with text selected.
SELECTION_TEMPLATES = [
    ("make this {tone}", "edit"), ("shorter", "edit"), ("fix this", "edit"), ("rephrase", "edit"), ("more vivid pls", "edit"),
    ("translate this to {language}", "edit"), ("simplify", "edit"), ("turn this into a question", "edit"),
    ("fix the grammar here", "edit"), ("can you make this clearer?", "edit"), ("expand on this", "edit"), ("should be plural", "edit"),
    ("what does this mean?", "answer"), ("is this grammatical?", "answer"), ("why is this here", "answer"),
    ("is this sentence too long?", "answer"), ("does this make sense", "answer"), ("what's a synonym for this", "answer"),
    ("comment on this", "comment"), ("leave a note here about the tone", "comment"), ("flag problems in this bit", "comment"),
    ("review just this part", "comment"),
]
CODE_SELECTION_TEMPLATES = [
    ("fix this", "edit"), ("add a null check", "edit"), ("use a list comprehension", "edit"), ("rename x to count", "edit"),
    ("make this async", "edit"), ("optimize this loop", "edit"),
    ("what does this line do", "answer"), ("can this throw?", "answer"), ("why not use a map here", "answer"),
    ("leave a comment on this line", "comment"), ("review this block", "comment"),
]

# Documents a teacher model writes (training/taught.py): a file name and what the file is. Kinds and subjects the
# eval splits do not have (no tree essay, lentil soup, lighthouse, tidyfiles, cart or invoice), in the forms people
# keep beside their editor; each is then edited, reviewed and asked about.
DOCUMENT_KINDS = [
    ("allotment-diary.md", "a gardener's diary of one month on an allotment, with a dated heading per week"),
    ("choir-email.txt", "an email from a choir leader to the singers about a change of rehearsal room and the next concert"),
    ("band-bio.md", "a short biography of a folk trio for a festival programme"),
    ("tenancy-questions.txt", "a list of questions a tenant wants to ask at a flat viewing, with a line of notes after each"),
    ("pasta-bake.md", "a family recipe for a vegetable pasta bake with ingredients, steps and a tip"),
    ("cycling-club.md", "the welcome page of a weekend cycling club: rides, pace groups, what to bring"),
    ("grant-summary.md", "a one-page summary of a small community grant application for a repair cafe"),
    ("eulogy-notes.txt", "notes for a short eulogy for a grandmother who kept bees"),
    ("release-notes.md", "release notes for version 2.3 of a note-taking app: new features, fixes, known issues"),
    ("retro-actions.md", "the actions agreed at a team retrospective, grouped under keep, change and try"),
    ("short-story.md", "a very short story about a night bus driver and a lost umbrella"),
    ("haiku-sequence.txt", "a sequence of four haiku about a city in winter, with a title"),
    ("school-trip.txt", "a letter from a teacher to parents about a school trip to a science museum"),
    ("job-ad.md", "a job advert for a part-time bookkeeper at a small bakery"),
    ("complaint-train.txt", "a polite complaint to a rail company about a cancelled train and a missed connection"),
    ("museum-guide.md", "a self-guided tour of three rooms in a small local history museum"),
    ("podcast-outline.md", "an outline for a podcast episode about repairing old radios"),
    ("wedding-schedule.md", "the day's schedule for a small wedding, with times and who does what"),
    ("thesis-abstract.md", "the abstract of a master's thesis on noise in open-plan offices"),
    ("volunteer-faq.md", "a FAQ for new volunteers at a food bank"),
    ("travel-packing.md", "a packing list for a week of camping in the mountains, in sections"),
    ("product-faq.md", "a FAQ for a reusable coffee cup sold online"),
    ("meeting-minutes.txt", "minutes of a residents' association meeting about parking and a summer fete"),
    ("apology-customer.txt", "an apology email from a small shop to a customer whose order arrived damaged"),
    ("speech-retirement.txt", "a short speech for a colleague's retirement party"),
    ("newsletter-library.md", "a monthly newsletter from a village library: events, new books, opening hours"),
    ("style-guide.md", "a short writing style guide for a company blog"),
    ("incident-report.md", "a post-incident report about a website outage caused by an expired certificate"),
    ("lesson-plan.md", "a lesson plan for a one-hour beginners' class on fractions"),
    ("bike-repair.md", "step-by-step instructions for fixing a flat bicycle tyre"),
    ("conference-bio.txt", "a third-person speaker biography of a data engineer"),
    ("personal-statement.txt", "a personal statement for a nursing course application"),
    ("temperature_log.py", "a small Python script that reads temperatures from a CSV file and prints the daily minimum and maximum"),
    ("bookshelf.py", "a Python module with a Book dataclass and functions to add, find and list books on a shelf"),
    ("password_check.py", "a Python function that checks a password against a few rules, with a main that asks for one"),
    ("retry.py", "a Python helper that retries a function with exponential backoff, and a small example of its use"),
    ("word_freq.py", "a Python command-line tool that prints the ten most common words in a text file"),
    ("todo_cli.py", "a Python command-line to-do list that keeps its items in a JSON file"),
    ("slugify.js", "a JavaScript module exporting a slugify function and a function to make slugs unique"),
    ("countdown.js", "a JavaScript module that formats the time left until a date as days, hours and minutes"),
    ("cache.js", "a small JavaScript in-memory cache class with a time-to-live for each entry"),
    ("form-validate.js", "JavaScript functions that validate a sign-up form's name, email and age fields"),
    ("router.js", "a tiny JavaScript hash router that maps paths to handler functions"),
    ("inventory-types.ts", "TypeScript types and functions for a warehouse's stock of products and their locations"),
    ("event-bus.ts", "a typed event bus in TypeScript with on, off and emit"),
    ("money.ts", "TypeScript functions for adding and formatting amounts of money held as integer cents"),
    ("pagination.ts", "a TypeScript function that splits a list into pages, with a type for a page"),
    ("settings.ts", "a TypeScript module that loads settings with defaults and validates them"),
]
