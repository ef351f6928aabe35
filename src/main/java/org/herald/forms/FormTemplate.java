package org.herald.forms;

/** The definition a new form starts from: every kind of field once, to keep, change or delete. */
final class FormTemplate {

    static final String NEW = """
            {
              "office" : "office@example.org",
              "retentionDays" : 365,
              "minSeconds" : 3,
              "original" : "en",
              "text" : {
                "en" : { "title" : "Contact us", "intro" : "Tell us how we can help.", "thanks" : "Thank you: we have your message." }
              },
              "fields" : [
                { "name" : "name", "kind" : "text", "required" : true, "text" : { "en" : { "label" : "Your name" } } },
                { "name" : "email", "kind" : "email", "required" : true, "text" : { "en" : { "label" : "E-mail address" } } },
                { "name" : "phone", "kind" : "phone", "required" : false, "text" : { "en" : { "label" : "Phone", "help" : "With the country code, such as +375 17 288 27 42." } } },
                { "name" : "country", "kind" : "country", "required" : false, "text" : { "en" : { "label" : "Country" } } },
                { "name" : "topic", "kind" : "choice", "required" : true, "choices" : [ "question", "other" ], "text" : { "en" : { "label" : "Topic", "choices" : [ "A question", "Something else" ] } } },
                { "name" : "message", "kind" : "long-text", "required" : true, "text" : { "en" : { "label" : "Message" } } },
                { "name" : "consent", "kind" : "consent", "required" : true, "text" : { "en" : { "label" : "I agree that my answers are stored to reply to me." } } }
              ]
            }
            """;

    private FormTemplate() {
    }
}
