package org.disclose.render.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Series for the tests; the words are what a theme's strings file would give. */
final class Samples {

    static final ChartLabels LABELS = new ChartLabels("目标", "单位：");

    private Samples() {
    }

    /** points("大气", "97.64", "水", "79.4") */
    static List<Point> points(String... labelValue) {
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < labelValue.length; i += 2) {
            out.add(Point.of(labelValue[i], labelValue[i + 1]));
        }
        return out;
    }

    static Series series(String unit, String... labelValue) {
        return Series.of("图表标题", "图表说明", unit, points(labelValue));
    }

    static Series withTarget(Series s, String target) {
        return s.withTarget(new BigDecimal(target));
    }

    static final String[] CITIES = {
        "长春市", "吉林市", "四平市", "辽源市", "通化市", "白山市", "松原市", "白城市", "延边朝鲜族自治州", "长白山保护开发区管理委员会",
        "梅河口市", "公主岭市", "长春新区", "中韩（长春）国际合作示范区", "长春净月高新技术产业开发区", "长春汽车经济技术开发区",
        "吉林省生态环境厅直接受理并转办的其他跨市州及省直部门环境信访举报件（含重复举报和匿名举报）", "珲春市", "延吉市", "敦化市"};

    /** 20 regions with long names, complaint counts as given. */
    static Series complaintsByRegion() {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < CITIES.length; i++) {
            points.add(new Point(CITIES[i], BigDecimal.valueOf(400 - i * 17L)));
        }
        return Series.of("各地受理转办群众信访举报件数", "长春市最多，为400件；敦化市最少，为77件。", "件", points);
    }
}
