package org.herald.search;

import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.herald.i18n.Language;

/**
 * One analyzer per language, chosen by field: {@code title_fr} and {@code body_fr} are read
 * with French stemming, {@code title_ru} with Russian... French and Spanish also fold accents,
 * so that "cooperation" finds "coopération" (readers often type without them).
 */
final class LanguageAnalyzers {

    private LanguageAnalyzers() {
    }

    static Analyzer forLanguage(Language language) {
        return switch (language) {
            case EN -> new EnglishAnalyzer();
            case FR -> folding(FrenchAnalyzer.getDefaultStopSet(), true);
            case ES -> folding(SpanishAnalyzer.getDefaultStopSet(), false);
            case RU -> new RussianAnalyzer();
            case AR -> new ArabicAnalyzer();
            case ZH -> new SmartChineseAnalyzer();
        };
    }

    /** The analyzer of the whole index: per language for text fields, plain words for the rest. */
    static Analyzer perField() {
        Map<String, Analyzer> analyzers = new HashMap<>();
        for (Language language : Language.values()) {
            Analyzer analyzer = forLanguage(language);
            analyzers.put(Fields.title(language), analyzer);
            analyzers.put(Fields.body(language), analyzer);
        }
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(CharArraySet.EMPTY_SET), analyzers);
    }

    private static Analyzer folding(CharArraySet stopWords, boolean french) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = french ? new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES) : source;
                stream = new LowerCaseFilter(stream);
                stream = new StopFilter(stream, stopWords);
                stream = french ? new FrenchLightStemFilter(stream) : new SpanishLightStemFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
