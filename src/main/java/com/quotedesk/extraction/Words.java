package com.quotedesk.extraction;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The closed word classes of news attribution in Arabic and English, as folded keys
 * ({@link com.quotedesk.common.TextKey}): cue verbs with their common conjugations and participles,
 * attribution phrases, complementisers, titles and the nouns that introduce a name or a document.
 * Lookups are by whole folded word; Arabic words are also tried without a leading و/ف.
 */
final class Words {

    /** How a cue word attributes speech. */
    enum Cue {
        /** قال، أكد، said, told...: a speaker next to it, then a clause or a quotation. */
        SAY,
        /** أضاف، تابع, added, continued: like SAY, and a missing speaker continues the last one. */
        ADD,
        /** وصف، اتهم، اعتبر, described, called: speaker, then an object, then the words. */
        DESCRIBE,
        /** told/tell: the speaker told an addressee (a newspaper is then the channel). */
        TELL,
        /** هتف، الهتافات, chanted: a crowd unless someone is named. */
        CHANT,
        /** وفقا لـ، بحسب، حسب، حسبما, according to: the party after it vouches for the sentence. */
        ACCORDING,
        /** نقل/نقلت X عن Y, quoting/citing Y: X is the channel, Y the speaker. */
        RELAY,
        /** جاء في X: the words stand in document X. */
        STANDS_IN
    }

    private static final Map<String, Cue> AR = new HashMap<>();
    private static final Map<String, Cue> EN = new HashMap<>();
    private static final Map<String, Cue> AR_CONJ = new HashMap<>();

    static {
        put(AR, Cue.SAY, "قال", "قالت", "قالوا", "يقول", "تقول", "يقولون", "قائلا", "قائله", "اكد", "اكدت", "اكدوا",
                "يؤكد", "تؤكد", "مؤكدا", "مؤكده", "اوضح", "اوضحت", "يوضح", "توضح", "موضحا", "موضحه", "اشار", "اشارت",
                "يشير", "تشير", "مشيرا", "مشيره", "صرح", "صرحت", "يصرح", "مصرحا", "ذكر", "ذكرت", "يذكر", "تذكر", "ذكروا",
                "اعلن", "اعلنت", "يعلن", "تعلن", "معلنا", "معلنه", "اعرب", "اعربت", "يعرب", "معربا", "نفي", "نفت", "ينفي",
                "نافيا", "حذر", "حذرت", "يحذر", "محذرا", "دعا", "دعت", "يدعو", "داعيا", "شدد", "شددت", "يشدد", "مشددا",
                "كتب", "كتبت", "غرد", "غردت", "افاد", "افادت", "يفيد", "تفيد", "كشف", "كشفت", "يكشف", "لفت", "لفتت", "زعم",
                "زعمت", "ادعي", "ادعت", "تعهد", "تعهدت", "ابلغ", "ابلغت", "اشاد", "اشادت", "مشيدا", "اعتقد", "تعتقد",
                "يعتقد", "يرون", "يري", "تري", "راي", "رات", "راوا", "اظهر", "اظهرت", "يظهر", "تظهر", "اكدوا",
                "اوضحوا", "اشاروا", "افادوا", "حث", "حثت", "يحث", "تحث", "حض", "حضت", "يحض", "لافتا", "لافته", "لافتين", "لافتون", "مشيرين", "مشيرون", "مؤكدين",
                "مؤكدون", "موضحين", "محذرين", "معربين", "علق", "علقت", "يعلق", "تعلق", "معلقا", "معلقه",
                "خلص", "خلصت", "خلصوا", "يخلص", "اتفق", "اتفقت", "اتفقوا", "يتفق", "تتفق", "يتفقون", "طلبت", "طلبوا",
                "يطلبون", "اورد", "اوردت", "يورد", "تورد", "اوردوا");
        put(AR, Cue.ADD, "اضاف", "اضافت", "يضيف", "تضيف", "مضيفا", "مضيفه", "تابع", "تابعت", "استطرد", "واصل");
        put(AR, Cue.DESCRIBE, "وصف", "وصفت", "يصف", "تصف", "واصفا", "واصفه", "اتهم", "اتهمت", "يتهم", "تتهم",
                "متهما", "متهمه", "اعتبر", "اعتبرت", "يعتبر", "تعتبر", "معتبرا", "معتبره", "اعتبروا",
                // with the object attached: "في خطوة وصفتها قطر بـ"الحصار""
                "وصفها", "وصفتها", "وصفته", "وصفوها", "وصفوه", "يصفها", "تصفها", "يصفونها");
        put(AR, Cue.CHANT, "هتف", "هتفت", "هتفوا", "يهتفون", "الهتافات", "هتافات", "هتاف", "الهتاف", "رددوا",
                "يرددون", "شعار", "شعارات");
        put(AR, Cue.ACCORDING, "وفقا", "طبقا", "بحسب", "حسب", "حسبما", "بحسبما", "وفق");
        put(AR, Cue.RELAY, "نقل", "نقلت", "ينقل", "تنقل", "نقلا", "نقلته", "نقلتها");
        put(AR, Cue.STANDS_IN, "جاء", "ورد");

        put(EN, Cue.SAY, "said", "says", "say", "saying", "stated", "stating", "wrote", "writes", "explained",
                "explains", "noted", "warned", "warns", "claimed", "announced", "announces", "insisted", "insists",
                "argued", "argues", "denied", "denies", "reads", "reasoned", "reported", "reporting", "tweeted",
                "recommending", "recommended", "recommends", "promising", "promises", "declared", "confirmed",
                "confirms", "acknowledged", "admitted", "suggested", "urged", "stressed", "recalled", "adding",
                "noting", "warning", "insisting", "explaining", "remarked", "commented", "asserted", "alleged",
                "replied", "responded", "estimated", "predicted", "promised", "revealed", "reveals", "claims", "claim",
                "alleges", "allege", "contends", "contended", "maintains", "maintained", "theorized", "theorised",
                "concluded", "concludes", "found", "finds", "states", "showed", "shows", "show", "writing", "argue",
                "predict", "predicts", "asked", "asks", "believes", "believed", "recognised", "recognized",
                "recognises", "recognizes", "conceded", "concedes", "rejected", "rejects", "dismissed", "dismisses");
        put(EN, Cue.ADD, "added", "adds", "continued", "continues");
        put(EN, Cue.DESCRIBE, "described", "describes", "describe", "describing", "called", "calls", "accused",
                "accuses", "accusing",
                "labelled", "labeled", "branded", "dubbed", "characterized", "characterised", "characterizes",
                "characterises", "berated", "berates", "berating");
        put(EN, Cue.TELL, "told", "tells", "tell");
        put(EN, Cue.CHANT, "chanted", "chanting", "chants", "shouted", "shouting", "chanted");
        put(EN, Cue.ACCORDING, "according");
        put(EN, Cue.RELAY, "quoting", "citing", "quoted", "cited", "quotes", "cites");
    }

    private static void put(Map<String, Cue> map, Cue cue, String... words) {
        for (String w : words) {
            map.put(w, cue);
            if (map == AR) {
                AR_CONJ.put("و" + w, cue);
                AR_CONJ.put("ف" + w, cue);
            }
        }
    }

    /** The cue a word is, trying an Arabic word also without its conjunction و/ف. */
    static Cue cue(String key, Language lang) {
        if (key == null || key.isEmpty()) {
            return null;
        }
        if (key.charAt(0) < 0x80) {
            return EN.get(key);
        }
        Cue c = AR.get(key);
        if (c == null && key.length() >= 3 && (key.charAt(0) == 'و' || key.charAt(0) == 'ف')) {
            c = AR_CONJ.get(key); // "وقال", "فأضاف": indexed with the conjunction, no substring per word
        }
        return c;
    }

    /**
     * English cue words that are also nouns or everyday verbs ("the claims", "maintained a majority",
     * "United States", "found the body"): a cue only right before "that", or for claim/claims after a
     * subject that is not a determiner ("Paris claims she …").
     */
    static final Set<String> EN_THAT_ONLY = set("maintains", "maintained", "theorized", "theorised", "concluded",
            "concludes", "found", "finds", "states", "showed", "shows", "show", "contends", "contended", "predict",
            "predicts", "recognised", "recognized", "recognises", "recognizes");

    /**
     * English cue words with an everyday object ("conceded a goal", "conceded defeat"): a cue only before
     * "that" or a clause opened by a pronoun or a demonstrative ("conceded this was ambitious").
     */
    static final Set<String> EN_CLAUSE_ONLY = set("conceded", "concedes");
    /** Connectives that open a concession or contrast with a subject and a cue of its own ("…, though he recognised"). */
    static final Set<String> EN_CONCESSIVE = set("though", "although", "while", "whilst", "whereas", "but");
    /** "rejected"/"dismissed": cues only before a noun of claim ("rejected allegations he …"), not "rejected the bid". */
    static final Set<String> EN_REJECT = set("rejected", "rejects", "dismissed", "dismisses");
    /** Nouns of what others claim, denied or rejected with their clause ("denied claims that …"). */
    static final Set<String> EN_CLAIM_NOUN = set("allegations", "claims", "suggestions", "accusations", "reports",
            "speculation", "rumours", "rumors", "charges", "criticism");
    /** Subjects that open a reported clause with no "that" ("conceded this was …", "said it would …"). */
    static final Set<String> EN_CLAUSE_SUBJECT = set("this", "it", "he", "she", "they", "we", "i", "there", "these",
            "those");

    /** Determiners and possessives: after one, "claim(s)" is a noun. */
    /** English "asked": a cue only next to the quotation that is the question, and it reports no clause. */
    static final Set<String> EN_ASKED = set("asked", "asks");

    static final Set<String> EN_DETERMINER = set("the", "a", "an", "this", "that", "these", "those", "his", "her",
            "its", "their", "our", "my", "your", "such", "any", "no", "false", "new", "similar", "earlier", "these");

    /** Words that open the reported clause after a cue. */
    static final Set<String> COMPLEMENT = set("ان", "انه", "انها", "انهم", "انهما", "بان", "بانه", "بانها",
            "بانهم", "بانهما", "that", "وان", "لان");

    /** Connectives that start a second, separate attribution ("…، بينما أوضح مسؤول أن"). */
    static final Set<String> CONTRAST = set("بينما", "فيما", "while", "whereas");

    /** Contrastive openers before a subject: "غير أن X تقول", "إلا أن X قال". */
    static final Set<String> CONTRAST_HEAD = set("غير", "الا", "بيد", "لكن", "ولكن");

    /** Demonstratives: a short quotation right after one is a term being pointed at, not words said. */
    static final Set<String> DEMONSTRATIVE = set("هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين", "this", "these",
            "so-called");

    /** Singing verbs: what follows in quotation marks is lyrics, performed rather than stated. */
    static final Set<String> SING = set("غني", "غنت", "يغني", "تغني", "ليغني", "لتغني", "ويغني", "وتغني", "مغنيا",
            "مغنيه", "يغنون", "غنوا", "sang", "sings", "sing", "singing", "sung", "raps", "rapped", "rapping");

    /** Naming verbs: the quotation after them is a name given to something ("dubbed", "أطلق عليه"). */
    static final Set<String> NAMING = set("dubbed", "nicknamed", "christened", "renamed", "سماه", "سماها", "اسماه",
            "اسماها", "اطلق", "واطلق", "اطلقت", "يطلق", "تطلق", "يسمي", "تسمي");

    /** Heads of an organisation's name, after which a short quotation is its acronym ("حركة … «حماس»"). */
    static final Set<String> ORGANISATION = set("حركه", "منظمه", "تنظيم", "جماعه", "حزب", "جبهه", "تحالف",
            "ميليشيا", "ميليشيات", "مليشيا", "movement", "party", "organisation", "organization", "front", "group");

    /** Passive "it is noted": "ويذكر أن …" gives the writer's background, not someone's words. */
    static final Set<String> NOTED = set("يذكر", "ويذكر", "يشار", "ويشار");

    /** Nouns that make a following cue word a verbal noun ("عدم كشف هويته"). */
    static final Set<String> NEGATING_NOUN = set("عدم", "بعدم", "دون", "بدون");

    /** Words that may stand between a cue and its speaker or complement without ending the speaker. */
    static final Set<String> SKIP = set("ايضا", "كذلك", "بدوره", "بدورها", "اليوم", "امس", "الاحد", "الاثنين",
            "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "مساء", "صباح", "also", "later", "today", "then",
            "further", "again", "yesterday", "earlier", "previously", "recently", "reportedly", "repeatedly",
            "once", "has", "have", "had", "was", "were", "is", "are", "will", "would", "had", "also", "previously",
            "قد", "لقد", "كان", "كانت", "وقد", "فقد", "ولقد", "وكان", "وكانت", "مجددا", "مرارا", "باستمرار",
            "بانتظام", "دائما", "علنا", "صراحه", "allegedly", "publicly", "privately", "openly", "apparently",
            "initially", "subsequently", "separately");

    /** Words that end a speaker phrase. */
    static final Set<String> STOP = set("في", "خلال", "بعد", "قبل", "عن", "علي", "الي", "من", "مع", "عبر",
            "امام", "لدي", "حول", "بشان", "اثناء", "عند", "ان", "انه", "انها", "بان", "الذي", "التي", "الذين", "ما",
            "لا", "لم", "لن", "كما", "هذا", "هذه", "ذلك", "تلك", "و", "او", "ثم", "لكن", "اذ", "حيث", "فيما", "بينما",
            "that", "which", "who", "whom", "when", "where", "while", "and", "but", "or", "if", "because", "after",
            "before", "as", "than", "in", "on", "at", "to", "from", "with", "for", "during", "about", "by", "into",
            "it", "he", "she", "they", "we", "i", "you", "there", "this", "these", "those", "not", "no", "whilst",
            "although", "though", "despite", "بالقول", "عنه", "عنها", "عنهم", "له", "لها", "لهم", "منه", "منها",
            "عليه", "عليها", "اليه", "اليها", "منهم", "بعيد", "اياه", "اياها", "اياهما", "اياهم", "منذ", "حتي", "وسط",
            "بعدم", "بضروره", // "قضت المحكمة العليا بعدم تسليم …": a ruling's object, never part of a name
            "هو", "هي", "هم", "هما"); // "حركة النهضة هي التي …": a pronoun ends a name (as "he", "they" do)

    /** Pronouns that make the speaker the one already speaking. */
    static final Set<String> PRONOUN = set("he", "she", "it", "they", "we", "هو", "هي", "هم", "لكنه", "لكنها",
            "انه", "انها", "بدوره", "بدورها");

    /** Titles and offices, stripped from a name ("وزير الخارجية البريطاني، بوريس جونسون"). */
    static final Set<String> TITLE = set("الرئيس", "رئيس", "الزعيم", "زعيم", "وزير", "وزيره", "الوزير",
            "المتحدث", "المتحدثه", "متحدث", "باسم", "مساعد", "مستشار", "المستشار", "نائب", "السفير", "سفير", "الملك",
            "الامير", "الشيخ", "امين", "الامين", "العام", "قائد", "القائد", "الجنرال", "اللواء", "العميد", "المبعوث",
            "مبعوث", "رئيسه", "عضو", "النائب", "الدكتور", "الحاكم", "حاكم", "العقيد", "عقيد", "المقدم", "الرائد",
            "النقيب", "الفريق",
            "المشير", "القاضي", "الناطق", "ناطق", "د", "السيد", "السيده", "مدير", "المدير", "زعيمه",
            "القس", "الاب", "البابا", "الانبا", "المطران", "الحاخام", "الامام", "المهندس", "المحامي", "محامي",
            "الاستاذ", "البروفيسور", "المديره", "مديره", "القيادي", "قيادي", "الناشط", "الناشطه", "الباحث",
            "الخبير", "المحلل", "المستشاره", "الوزيره", "الرئيسه", "السفيره", "النائبه", "الامينه", "المبعوثه",
            "القاضيه", "الملكه", "الاميره", "الشيخه", "الدكتوره",
            "العضو", "المنتدب", "المغرد", "المغرده", "مغرد", "مغرده", "الكاتب", "الكاتبه", "كاتب", "كاتبه",
            "الصحفي", "الصحفيه", "المراسل", "المراسله", "مراسل", "مراسله", "مستشاره", "خبير", "الخبيره",
            "المحلله", "المدون", "المدونه", "المؤلف", "المخرج", "المخرجه",
            "البروفسور", "البروفيسوره", "البرفسور", "بروفيسور", "بروفسور", "السير", // spellings of "professor", "Sir"
            "لاعب", "اللاعب", "مدرب", "المدرب", "مهاجم", "المهاجم", "حارس", "الحارس", "الوكيل",
            "وكيل", "وكيله", "الوكيله", // roles after a name end it: "توماس مولر لاعب خط الوسط"
            "العاهل", "عاهل", "ملك", // "العاهل الأردني، الملك عبد الله الثاني", "ملك الأردن"
            "السيناتور", "سيناتور", "السيناتوره", "البارز", "البارزه", // "السيناتور الأمريكي البارز لينزي غراهام"
            "president", "prime", "minister", "secretary", "shadow", "home", "foreign", "chancellor", "spokesperson",
            "spokesman", "spokeswoman", "undersecretary", "mr", "mrs", "ms", "dr", "ceo", "chairman", "chairwoman",
            "director", "general", "governor", "mayor", "senator", "mp", "commissioner", "king", "queen", "pope",
            "sheikh", "lord", "sir", "judge", "chief", "leader", "ambassador", "representative", "deputy", "aide",
            "adviser", "advisor", "campaigner", "barrister", "lawyer", "professor", "prof", "officer", "head",
            "executive", "president-elect", "envoy", "colonel", "captain", "lieutenant", "sergeant", "founder",
            "environment", "education", "health", "defence", "defense", "interior", "justice", "finance",
            "affairs", "state", "trade", "energy", "transport", "culture", "labour", "immigration", "security");

    /** Head nouns of organisations: an English name run stops after them ("... Refugee Council Enver Solomon"). */
    static final Set<String> ORG_HEAD = set("council", "office", "ministry", "agency", "party", "association",
            "committee", "union", "department", "bank", "court", "church", "conference", "government",
            "commission", "police", "army", "force", "forces", "university", "institute", "foundation", "board");

    /** Nouns that name a title or a brand in quotation marks after them: وكالة "سبوتنيك", the words "…". */
    static final Set<String> NAME_NOUN = set("وكاله", "مجموعه", "صحيفه", "موقع", "قناه", "شركه", "منظمه",
            "حركه", "حزب", "مجله", "برنامج", "عمليه", "مبادره", "كتاب", "فيلم", "اغنيه", "لوحه", "المسماه", "المسمي",
            "بعنوان", "شبكه", "مؤتمر", "منتدي", "حمله", "جبهه", "دار",
            "تنظيم", "معهد", "اذاعه", "مركز", "هيئه", "مؤسسه", "كلمه", "عباره", "مصطلح", "وسم", "هاشتاغ", "لقب",
            "اسم", "عنوان", "تطبيق", "مشروع", "تحالف", "مكتب", "دوريه", "فضيحه",
            "ملعب", "استاد", "فندق", "مطار", "ميناء", "سجن", "مستشفي", "قصر", "ساحه", "جامعه", "سفينه", "مدرسه",
            "stadium", "hotel", "airport", "ship",
            "word", "words", "term", "phrase", "title", "named", "called", "dubbed", "slogan", "hashtag", "newspaper",
            "magazine", "operation", "program", "programme", "book", "film", "movie", "song", "campaign", "group",
            "brand", "label", "nickname", "app", "institute", "radio", "channel", "station", "painting", "titled",
            "entitled", "website", "site", "section", "user", "username", "account", "blog", "album", "series",
            "show", "labelled", "labeled");

    /** Words that introduce a work's title, which may be a whole phrase in quotation marks. */
    static final Set<String> TITLE_WORD = set("عنوان", "بعنوان", "المسماه", "المسمي", "titled", "entitled");

    /** Nouns for a written statement: "وفقا لبيان", "في بيان", "a statement". */
    static final Set<String> STATEMENT = set("بيان", "البيان", "بيانه", "بيانها", "بيانهم", "افاده", "تصريح",
            "تصريحات", "رساله", "الرساله", "تقرير", "التقرير", "تغريده", "statement", "letter", "report",
            "communique", "tweet", "memo", "document", "email", "release", "post");

    /** Participles continue the subject of their sentence ("…، مضيفا أن"): the name after them is an object. */
    static final Set<String> PARTICIPLE = set("مضيفا", "مضيفه", "مشيرا", "مشيره", "متهما", "متهمه", "معتبرا",
            "معتبره", "مؤكدا", "مؤكده", "واصفا", "واصفه", "معلنا", "معلنه", "موضحا", "موضحه", "محذرا", "مشددا", "معربا",
            "مصرحا", "قائلا", "قائله", "داعيا", "نافيا", "معلقا", "معلقه", "مشيدا", "لافتا", "لافته", "لافتين", "لافتون", "مشيرين", "مشيرون",
            "مؤكدين", "مؤكدون", "موضحين", "محذرين", "معربين", "مضيفين", "معتبرين", "saying", "adding", "stating", "recommending",
            "promising", "describing", "calling", "warning", "noting", "insisting", "arguing",
            "reporting", "explaining", "accusing", "writing");

    /** Nouns before a registry name that make the phrase stand for that party ("دول مجموعة السبع"). */
    static final Set<String> GENITIVE_HEAD = set("دول", "زعماء", "قاده", "وزراء", "اعضاء", "حكومه", "قوات", "جيش",
            "رئاسه", "سلطات", "مسؤولو", "ممثلو", "خارجيه", "leaders", "members", "government", "forces");

    /**
     * Nouns of speech that attribute like a verb when a speaker and a complement follow them and no
     * preposition stands before them: "تصريحات رئيس الوزراء X أن …" (statements by X that …).
     */
    static final Set<String> SPEECH_NOUN = set("تصريحات", "تصريح", "اعلان", "تاكيد", "تاكيدات", "مزاعم",
            "ادعاءات", "اتهامات", "تحذير", "تحذيرات", "اقرار", "نفي");

    /** A speech noun with its owner's pronoun: "ختم تصريحه بأن", "إضافة إلى قوله إن". */
    static final Set<String> SPEECH_POSSESSIVE = set("قوله", "قولها", "قولهم", "تصريحه", "تصريحها", "تصريحاته",
            "تصريحاتها", "حديثه", "حديثها", "كلمته", "كلمتها", "تاكيده", "تاكيدها", "اشارته", "اشارتها",
            "اعلانه", "اعلانها", "بيانه", "بيانها");

    /** Verbal nouns after "عن Y" in a relay: "نقلت تاس عن كيم قوله". */
    static final Set<String> SAYING = set("قوله", "قولها", "قولهم", "القول", "تاكيده", "تصريحه", "قولهما");

    private Words() {
    }

    /** An unmodifiable set that tolerates a word listed twice and answers false for null. */
    static Set<String> set(String... words) {
        return java.util.Collections.unmodifiableSet(new java.util.HashSet<>(java.util.Arrays.asList(words)));
    }

    /** Arabic nouns that head an outlet's name: "وكالة X", "صحيفة X", "قناة X". */
    static final Set<String> OUTLET_NOUN_AR = set("وكاله", "صحيفه", "قناه", "شبكه", "اذاعه", "مجله");

    /** {@code base} with each word also under each prefix ("ل" + "وكاله"), and the extra words. */
    static Set<String> forms(Set<String> base, java.util.List<String> prefixes, String... extra) {
        Set<String> all = new java.util.HashSet<>(java.util.Arrays.asList(extra));
        for (String w : base) {
            for (String p : prefixes) {
                all.add(p + w);
            }
        }
        return java.util.Collections.unmodifiableSet(all);
    }

    static boolean isDay(String key) {
        return key != null && (SKIP.contains(key) || key.endsWith("day"));
    }
}
