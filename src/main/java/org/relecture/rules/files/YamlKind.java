package org.relecture.rules.files;

/**
 * The kinds of YAML rule, after Vale's: a few engines that rule files only fill in.
 * <ul>
 *   <li>{@code existence}: every match of one of the {@code tokens} (regular expressions) is a finding;</li>
 *   <li>{@code substitution}: every match of a {@code swap} key is a finding suggesting its value
 *       ({@code $1} refers to a group);</li>
 *   <li>{@code consistency}: each {@code either} entry lists spellings of one word; when a
 *       document uses more than one, the rarer ones are flagged and the commonest suggested.</li>
 * </ul>
 */
enum YamlKind {
    EXISTENCE, SUBSTITUTION, CONSISTENCY
}
