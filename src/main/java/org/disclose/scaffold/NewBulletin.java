package org.disclose.scaffold;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclose.model.BulletinKind;
import org.disclose.model.Round;
import org.disclose.model.figure.Batches;
import org.disclose.text.Slugs;

/**
 * {@code disclose new bulletin}: a 交办 or 办理 bulletin in {@code content/bulletins/}, its front matter filled in and
 * its {@code figures:} the standard figures of its shape, every one a comment without a value. A figure is a value
 * as the source prints it, so the scaffold never writes one: the bulletin builds clean as written, with no figure,
 * and the author uncomments the lines the source gives and writes their values.
 */
final class NewBulletin {

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}");
    private static final Pattern RANGE = Pattern.compile("([0-9]{1,4})\\s*(?:-|–|—|至)\\s*([0-9]{1,4})");

    private NewBulletin() {
    }

    static NewContent.Created create(Path root, Path content, String title, NewContent.Request r)
            throws IOException, ScaffoldException {
        NewContent.BulletinShape shape = r.bulletin() != null ? r.bulletin()
                : new NewContent.BulletinShape(BulletinKind.ASSIGNED, null, null);
        BulletinKind kind = shape.kind() != null ? shape.kind() : BulletinKind.ASSIGNED;
        Optional<Batches> batches = batches(shape);
        String round = NewContent.round(root, r.round(), rounds -> stationed(rounds, r.date()));
        String slug = r.slug() != null ? r.slug() : slug(kind, batches, r.date());
        String text = text(kind, shape.batchField(), batches, round, r.date(), title);
        Path file = content.resolve("bulletins").resolve(slug + ".md");
        return new NewContent.Created(NewContent.write(file, text), 1, slug, false);
    }

    /** The batches given, checked as the bulletin reader checks them; empty for the round as a whole. */
    static Optional<Batches> batches(NewContent.BulletinShape shape) throws ScaffoldException {
        String field = shape.batchField();
        if (field == null) {
            return Optional.empty();
        }
        String text = shape.batchText() == null ? "" : shape.batchText().trim();
        try {
            if (field.equals("batches")) {
                Matcher m = RANGE.matcher(text);
                if (m.matches()) {
                    return Optional.of(Batches.range(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
                }
            } else if ((field.equals("batch") || field.equals("through")) && NUMBER.matcher(text).matches()) {
                int n = Integer.parseInt(text);
                return Optional.of(field.equals("batch") ? Batches.single(n) : Batches.through(n));
            }
        } catch (IllegalArgumentException e) {
            // not batches from 1 upwards: reported below
        }
        throw new ScaffoldException("--" + field + " is '" + text + "': " + switch (field) {
            case "batches" -> "write a range of batches from 1 upwards, first to last, such as 1-13";
            case "batch" -> "write the batch's number from 1 upwards, such as 12";
            default -> "write the last batch of the running total, such as 22";
        });
    }

    /**
     * The round a bulletin most likely belongs to: bulletins are published while the inspectors are stationed, so
     * the round stationed last on or before the date; when no round says when it was stationed, the current one as
     * for tasks.
     */
    static Round stationed(List<Round> rounds, LocalDate date) {
        Round best = null;
        for (Round round : rounds) {
            if (round.stationedFrom() != null && !round.stationedFrom().day().isAfter(date)
                    && (best == null || round.stationedFrom().compareTo(best.stationedFrom()) > 0)) {
                best = round;
            }
        }
        return best != null ? best : NewContent.current(rounds);
    }

    /** {@code jiaoban-12}, {@code banli-1-13}; {@code banli-2023-11-25} for the round as a whole. */
    static String slug(BulletinKind kind, Optional<Batches> batches, LocalDate date) {
        String prefix = kind == BulletinKind.ASSIGNED ? "jiaoban" : "banli";
        String slug = batches.map(b -> prefix + "-" + (b.isSingle() ? "" + b.first() : b.first() + "-" + b.last()))
                .orElse(prefix + "-" + date);
        assert Slugs.isValid(slug) : slug;
        return slug;
    }

    private static String text(BulletinKind kind, String batchField, Optional<Batches> batches, String round,
                               LocalDate date, String title) {
        StringBuilder s = new StringBuilder("---\n");
        s.append("# 通报类别：交办 或 办理\n");
        s.append("kind: ").append(kind.word()).append('\n');
        s.append("round: ").append(round).append('\n');
        s.append("# 批次：batch: 12（第12批）、batches: 1-13（第1至13批）或 through: 22（截至第22批累计），只写其中一项；\n");
        s.append("# 都不写表示整轮督察。\n");
        if (batches.isPresent()) {
            Batches b = batches.get();
            s.append(batchField).append(": ").append(batchField.equals("batches") ? b.first() + "-" + b.last()
                    : Integer.toString(b.last())).append('\n');
        }
        s.append("# 发布日期（必须是具体日期）；数字默认截至这一天，另有截至日期的写在该数字的 asOf 中。\n");
        s.append("date: ").append(date).append('\n');
        s.append("title: ").append(YamlText.of(title)).append('\n');
        s.append("# source: 吉林日报\n");
        s.append("# 草稿不会发布；预览草稿：disclose serve --drafts。准备发布时删去下面一行。\n");
        s.append("draft: true\n");
        s.append("figures:\n");
        s.append("# 只填写通报原文给出的数字，照原文写（含小数、“超过”“以上”等字样）；原文没有的数字整行删去，不要填 0。\n");
        s.append("# 去掉行首的“#”即启用一行；label 改为原文的说法（如“已结案销号”），unit 改为原文的单位（件/个）。\n");
        s.append("# 各字段的含义见 docs/content.md 第15节。\n");
        if (kind == BulletinKind.ASSIGNED) {
            assigned(s, batches);
        } else {
            handled(s);
        }
        s.append("---\n\n");
        s.append("在此照录通报正文。\n");
        return s.toString();
    }

    private static void assigned(StringBuilder s, Optional<Batches> batches) {
        s.append("#  - key: complaintsAssigned\n");
        s.append("#    value:\n");
        s.append("#    label: 群众信访举报件\n");
        s.append("#    # 按来源渠道的分项：parts 只列原文给出的渠道，各分项相加须等于总数。\n");
        s.append("#    parts: [by-phone, by-letter, by-wechat]\n");
        s.append("#  - {key: by-phone, value: , unit: 件, label: 来电}\n");
        s.append("#  - {key: by-letter, value: , unit: 件, label: 来信}\n");
        s.append("#  - {key: by-wechat, value: , unit: 件, label: 微信}\n");
        s.append("#  - {key: complaintsKey, value: , label: 重点}\n");
        if (batches.isPresent() && batches.get().isSingle()) {
            int n = batches.get().last();
            s.append("#  # 累计数：截至本批，须等于上一批的累计数加本批。\n");
            s.append("#  - {key: complaintsAssigned, value: , label: 累计交办, scope: {through: ").append(n)
                    .append("}}\n");
            s.append("#  - {key: complaintsKey, value: , label: 累计重点, scope: {through: ").append(n).append("}}\n");
        }
    }

    private static void handled(StringBuilder s) {
        s.append("#  # 办理情况：已办结、阶段性办结、未办结相加须等于交办数。\n");
        s.append("#  - {key: complaintsAssigned, value: , label: 交办}\n");
        s.append("#  - {key: complaintsClosed, value: , label: 已办结}\n");
        s.append("#  - {key: complaintsPhased, value: , label: 阶段性办结}\n");
        s.append("#  - {key: complaintsOpen, value: , label: 未办结}\n");
        s.append("#  # 办结率照原文的小数位写，如 83.57%；原文截去尾数而非四舍五入时加 rounding: truncate。\n");
        s.append("#  - {key: closureRate, value: , label: 办结率}\n");
        s.append("#  # 核查结论：相加不超过交办数（其余可能仍在核查）。\n");
        s.append("#  - {key: verified, value: , label: 属实}\n");
        s.append("#  - {key: mostlyVerified, value: , label: 基本属实}\n");
        s.append("#  - {key: partlyVerified, value: , label: 部分属实}\n");
        s.append("#  - {key: notVerified, value: , label: 不属实}\n");
        s.append("#  # 办理结果：罚款的单位是万元或元，照原文写。\n");
        s.append("#  - {key: orderedToRectify, value: , label: 责令整改, unit: 家}\n");
        s.append("#  - {key: penalized, value: , label: 立案处罚, unit: 家}\n");
        s.append("#  - {key: fines, value: , label: 罚款, unit: 万元}\n");
        s.append("#  - {key: criminalInvestigations, value: , label: 立案侦查, unit: 件}\n");
        s.append("#  - {key: administrativeDetentions, value: , label: 行政拘留, unit: 人}\n");
        s.append("#  - {key: criminalDetentions, value: , label: 刑事拘留, unit: 人}\n");
        s.append("#  - {key: interviewed, value: , label: 约谈, unit: 人}\n");
        s.append("#  - {key: heldAccountable, value: , label: 问责, unit: 人}\n");
    }
}
