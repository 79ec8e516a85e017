"""The drafts split: requests for new documents, written on 2026-11-23 before any model ran on them.

Until then only the decision to create was measured (route cases); what the draft said was not, and reading
drafts by hand found the base weights answering most requests with the create prompt's own worked example
(the lunch invitation). Each row is (request, mentions): words a draft that is about the request has in its
body, not only in a title that repeats the request. The training set's dedupe check (training/dedupe.py)
keeps these requests out of training.
"""

DRAFT_CASES = [
    ("write a welcome email for new members of the chess club", ["chess"]),
    ("draft a letter to the council about the broken streetlight on Elm Road", ["streetlight"]),
    ("write a blog post about learning to swim as an adult", ["swim"]),
    ("a short poem about a lighthouse keeper", ["lighthouse"]),
    ("write a packing list for a week of camping by a lake", ["camp"]),
    ("write release notes for version 3.1 of the photo editor", ["3.1"]),
    ("draft a cover letter for a barista job", ["barista"]),
    ("write a README for a tool that converts markdown to pdf", ["pdf"]),
    ("write a thank-you note to a teacher at the end of the school year", ["teach"]),
    ("write a python script that counts the lines in every file of a folder", ["def", "lines"]),
    ("a javascript function that debounces a callback", ["function", "setTimeout"]),
    ("write meeting notes for a kickoff about the new mobile app", ["app"]),
    ("draft an invitation to my sister's fortieth birthday party", ["birthday"]),
    ("write a product description for a handmade wool scarf", ["wool"]),
    ("write a short guide to repotting a cactus", ["cactus"]),
    ("write a complaint to an airline about lost luggage", ["luggage"]),
    ("draft a newsletter for a neighbourhood book swap", ["book"]),
    ("write a bedtime story about a sleepy owl", ["owl"]),
    ("write a job posting for a part-time bookkeeper", ["bookkeep"]),
    ("write a typescript interface for a library book and a function that checks if it is overdue", ["interface", "overdue"]),
]
