//! The one-click example (issue 21): a short text written for Wenxi in the
//! register of the shared samples — local government news of an economic
//! meeting — so a first visit has something to analyse. It is not one of the
//! samples: the town, people and figures are invented.

/// The example's title, as the document list shows it.
pub const EXAMPLE_TITLE: &str = "示例：青川县召开一季度经济运行分析会";

/// The example text.
pub const EXAMPLE_TEXT: &str = "青川县召开一季度经济运行分析会

4月8日，青川县召开一季度经济运行分析会，总结一季度经济运行情况，分析当前形势，部署下一阶段重点工作。县委副书记、县长林志远出席会议并讲话，副县长周海宁主持会议。

会议通报，一季度全县地区生产总值完成48.6亿元，同比增长6.2%；规模以上工业增加值同比增长8.1%，高于全市平均水平1.3个百分点；固定资产投资完成21.4亿元，同比增长11.5%；社会消费品零售总额完成15.2亿元，同比增长5.7%。县发展改革局、县统计局、县工业和信息化局等部门分别作了发言。

林志远指出，今年以来全县上下坚持“项目为王”，经济运行实现良好开局，但也要清醒看到，部分重大项目开工滞后、工业企业订单不足等问题依然存在。各乡镇、各有关部门要坚持问题导向，把稳增长放在更加突出的位置。

林志远强调，要全力抓好项目建设，对照年度计划逐个梳理在建项目，倒排工期、挂图作战，确保二季度新开工项目不少于15个；要精准服务市场主体，落实好减税降费政策，帮助企业稳订单、拓市场；要统筹发展和安全，守牢安全生产底线，确保实现“双过半”目标。

县政府办公室、县财政局、县住房和城乡建设局、青川经济开发区管委会负责同志参加会议。
";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_is_short_and_starts_with_its_title() {
        assert!(EXAMPLE_TEXT.chars().count() < 1000);
        assert!(EXAMPLE_TITLE.ends_with(EXAMPLE_TEXT.lines().next().unwrap_or("")));
    }
}
