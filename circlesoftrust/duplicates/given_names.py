"""Short forms of German, Austrian, Swiss, Dutch and Flemish given names.

The ``nicknames`` package (a curated table) knows English given names only (Bob ->
Robert, Bill -> William). No maintained table of the short forms used in German- and
Dutch-speaking countries was found, so the common ones are listed here: each full name
with the short forms people are called and sign e-mails with. Written as people
write them; :mod:`.keys` folds them (ü -> ue, lower case) when it loads them. A short
form is the same person as its full name, never as another short form of it (Jan and
Hans are both Johannes, and two people). A short form may belong to several full
names ("jo": Johannes, Josef, Johanna).
"""

from __future__ import annotations

FULL_TO_SHORT: dict[str, tuple[str, ...]] = {
    # German / Austrian / Swiss: men
    "johannes": ("hans", "hannes", "jo", "johann", "hansi"),
    "johann": ("hans", "hannes", "hansi"),
    "josef": ("sepp", "seppi", "jupp", "josch", "joschi", "jo", "beppo"),
    "joseph": ("sepp", "seppi", "jupp", "jo"),
    "wilhelm": ("willi", "willy", "wim", "helm"),
    "friedrich": ("fritz", "friedel", "fred"),
    "heinrich": ("heinz", "heiner", "hein", "heini", "henner"),
    "bernhard": ("bernd", "benno", "berni"),
    "alexander": ("alex", "sascha", "xander"),
    "christian": ("chris", "christl", "chrissi"),
    "christoph": ("chris", "stoffel", "toffel"),
    "christopher": ("chris",),
    "jakob": ("jack", "kobi", "koos"),
    "matthias": ("matze", "hias", "thias", "matti", "mats"),
    "maximilian": ("max", "maxi"),
    "nikolaus": ("klaus", "claus", "niko", "nick", "niklas", "klaas"),
    "andreas": ("andi", "andy", "anderl", "dres", "ries"),
    "wolfgang": ("wolf", "wolfi"),
    "ludwig": ("lutz", "luggi", "lu"),
    "georg": ("schorsch", "jörg", "joerg", "girgl", "schorse"),
    "michael": ("michi", "micha", "mike", "michl"),
    "thomas": ("tom", "thommy", "tommy"),
    "stefan": ("steff", "steffi", "stef"),
    "stephan": ("steff", "stef"),
    "sebastian": ("basti", "wastl", "bastian"),
    "dietrich": ("dieter", "didi", "dirk"),
    "konrad": ("conny", "kurt", "kuno"),
    "leopold": ("poldi", "leo"),
    "ulrich": ("uli", "ueli", "utz"),
    "rudolf": ("rudi", "ruedi", "dolf"),
    "walter": ("walti", "walt"),
    "werner": ("wern",),
    "gottfried": ("friedel",),
    "gerhard": ("gerd", "hardy", "gerdi"),
    "eberhard": ("ebi", "hardy"),
    "benedikt": ("beni", "bene"),
    "joachim": ("jochen", "achim", "jo"),
    "zacharias": ("zach", "zacki"),
    "franziskus": ("franz", "franzi"),
    "franz": ("franzl", "franzi"),
    # German / Austrian / Swiss: women
    "elisabeth": (
        "lisa",
        "liesl",
        "sissi",
        "elise",
        "else",
        "ilse",
        "betty",
        "liesbeth",
        "bettina",
        "lies",
        "els",
        "lisbeth",
    ),
    "margarethe": ("grete", "gretel", "gretchen", "margit", "greta", "marga", "meta"),
    "margarete": ("grete", "gretel", "gretchen", "margit", "greta", "marga"),
    "katharina": ("kathi", "kati", "katja", "käthe", "kaethe", "trine", "kathrin", "katrin", "ina"),
    "katharine": ("kathi", "käthe", "kaethe"),
    "johanna": ("hanna", "hanne", "jo", "hanni", "jenny"),
    "barbara": ("babsi", "bärbel", "baerbel", "babette", "babs"),
    "christine": ("christa", "tina", "chrissi", "stine", "christel"),
    "christina": ("christa", "tina", "chrissi", "stina", "christel"),
    "magdalena": ("lena", "leni", "magda", "madlen"),
    "susanne": ("susi", "sanne", "suse", "susan"),
    "theresia": ("resi", "thea", "rese", "tessa"),
    "theresa": ("resi", "thea", "rese", "tessa"),
    "veronika": ("vroni", "vera", "roni"),
    "franziska": ("franzi", "fränzi", "fraenzi", "ziska"),
    "gabriele": ("gabi", "gaby", "ella"),
    "cornelia": ("conny", "nele", "lia", "corry"),
    "ursula": ("uschi", "ulla", "ursel", "ulli"),
    "anneliese": ("anne", "liese", "annelie"),
    "charlotte": ("lotte", "lotti", "charly", "lotta"),
    "friederike": ("frieda", "rike", "ricke", "fritzi"),
    "henriette": ("jette", "henny", "yette"),
    "dorothea": ("dora", "dorle", "thea", "doro", "dörte", "doerte"),
    "wilhelmina": ("mina", "minna", "wilma", "helmi", "willemijn"),
    "alexandra": ("alex", "sandra", "sascha", "xandra"),
    "antonia": ("toni", "tonia", "anni"),
    "annemarie": ("anne", "anja", "annemie", "miep"),
    # Dutch / Flemish: men
    "cornelis": ("kees", "cees", "cor", "corné", "corne", "neel"),
    "willem": ("wim", "pim", "willy", "wil", "lem"),
    "johannes_nl": ("jan", "hans", "johan", "joop", "jo", "hannes", "jop", "sjon"),
    "jacobus": ("koos", "jaap", "sjaak", "co", "kobus", "jaak"),
    "hendrik": ("henk", "rik", "hein", "henny"),
    "gerardus": ("gerard", "gert", "gerrit", "geert", "ger"),
    "petrus": ("piet", "peter", "pieter", "peer"),
    "pieter": ("piet", "pier"),
    "adrianus": ("arie", "adri", "adriaan", "janus"),
    "antonius": ("toon", "ton", "toine", "anton", "teun", "tonnie"),
    "franciscus": ("frans", "sjef", "cis", "frank"),
    "theodorus": ("theo", "ruud", "dorus", "tjeu"),
    "wilhelmus": ("wim", "willem", "pim", "wil"),
    "nicolaas": ("klaas", "niek", "nico", "claes"),
    "lambertus": ("bert", "lammert", "lambert"),
    "everhardus": ("evert", "eef"),
    "josephus": ("sjef", "jos", "joep", "jef", "jozef"),
    "jozef": ("sjef", "jos", "joep", "jef"),
    "bartholomeus": ("bart", "mees", "bas"),
    "sebastiaan": ("bas", "sebas"),
    "matthijs": ("thijs", "mats"),
    "laurens": ("lau", "lars", "rens"),
    "marinus": ("rinus", "mari", "rien"),
    "alexander_nl": ("lex", "sander", "xander", "alex"),
    "reinier": ("rein",),
    # Dutch / Flemish: women
    "johanna_nl": ("jannie", "hanneke", "anneke", "jo", "joke", "hanna", "jantje", "annie"),
    "elisabeth_nl": ("liesbeth", "lies", "els", "betty", "elsje", "bep", "lisa", "elise", "ilse"),
    "wilhelmina_nl": ("mien", "mina", "willy", "wil", "minke", "helma"),
    "catharina": ("trijntje", "ina", "katrien", "cathy", "toos", "rina", "kaatje"),
    "petronella": ("nel", "nelly", "pietje", "pien", "ellen"),
    "cornelia_nl": ("nel", "corrie", "cora", "neeltje", "lia", "nelleke"),
    "geertruida": ("truus", "trudy", "truda"),
    "hendrika": ("riek", "rika", "henny", "ineke", "rieky"),
    "maria": ("mia", "mieke", "marie", "mies", "ria", "marja", "maaike", "miep", "mimi"),
    "jacoba": ("coby", "co", "koosje"),
    "adriana": ("jeanne", "janny", "adrie", "ria"),
    "francisca": ("cis", "sjaan", "fransje", "francien"),
    "hermina": ("mien", "minke", "ina", "herma"),
    "anna": ("anneke", "annie", "anja", "anke"),
}


def pairs() -> list[tuple[str, str]]:
    """(full name, short form) for every entry; "johannes_nl" is Johannes' Dutch list."""
    return [
        (full.split("_", 1)[0], short)
        for full, shorts in FULL_TO_SHORT.items()
        for short in shorts
        if short != full.split("_", 1)[0]
    ]
