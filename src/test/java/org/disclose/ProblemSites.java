package org.disclose;

import java.nio.file.Path;

/** A small site whose tasks answer problems: problem 3 as a single task, problems 5 and 12 split into tasks. */
public final class ProblemSites {

    private ProblemSites() {
    }

    public static final String ROUNDS = """
            - id: r2
              name: 第二轮中央生态环境保护督察
              feedbackDate: 2021-12-12
              reports:
                - asOf: 2023-05-10
                  tasksTotal: 6
                  tasksDone: 5
                  problemsTotal: 3
                  problemsDone: 2
            """;

    public static final String TASKS = """
            - id: "3"
              round: r2
              problem: 饮用水水源地保护区内违规建设
              status: 已完成
              progress:
                - date: 2022-12-01
                  status: 已完成
            - id: "5-1"
              round: r2
              problem: 露天矿山生态修复滞后
              status: 已销号
              progress:
                - date: 2023-04-01
                  status: 已销号
            - id: "5-2"
              round: r2
              problem: 露天矿山生态修复滞后
              status: 已完成
              progress:
                - date: 2023-02-01
                  status: 已完成
            - id: "12-1"
              round: r2
              problem: 城市黑臭水体整治不到位
              status: 已完成
              progress:
                - date: 2022-10-01
                  status: 已完成
            - id: "12-2"
              round: r2
              problem: 城市黑臭水体整治不到位
              status: 达到序时进度
              progress:
                - date: 2022-10-01
                  status: 达到序时进度
            - id: "12-3"
              round: r2
              problem: 城市黑臭水体整治不到位
              status: 基本完成
              progress:
                - date: 2023-03-01
                  status: 基本完成
            """;

    public static TestSite site(Path dir) {
        return TestSite.minimal(dir).write("content/rounds.yaml", ROUNDS).write("content/tasks/tasks.yaml", TASKS);
    }
}
