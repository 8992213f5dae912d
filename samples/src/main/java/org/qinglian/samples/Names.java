package org.qinglian.samples;

import java.util.List;
import java.util.SplittableRandom;
import org.qinglian.model.unit.UnitCategory;

/** Realistic Chinese names for generated records: invented, never real persons. */
final class Names {

  private Names() {}

  static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
      "马", "朱", "胡", "郭", "何", "高", "林", "罗");

  static final List<String> DEPARTMENTS = List.of("财政局", "教育局", "卫生健康委员会", "交通运输局", "住房和城乡建设局",
      "农业农村局", "市场监督管理局", "人力资源和社会保障局", "审计局", "自然资源和规划局", "民政局", "商务局",
      "文化和旅游局", "水务局", "国有资产监督管理委员会", "发展和改革委员会", "应急管理局", "生态环境局", "司法局",
      "统计局", "医疗保障局", "退役军人事务局", "城市管理执法委员会", "机关事务管理局", "政务服务和大数据管理局");

  private static final List<String> TOWNSHIPS = List.of("城关", "东湖", "南岗", "西岭", "北塘", "花山", "长岭", "新店",
      "青山", "柳林", "石桥", "桃园", "白沙", "龙泉", "凤凰", "金桥");

  private static final List<String> VILLAGES = List.of("幸福", "和平", "光明", "红星", "前进", "联合", "团结", "胜利",
      "建新", "永丰", "丰收", "双河", "三桥", "五里", "李家", "王家", "张湾", "刘庄");

  private static final List<String> POSITIONS = List.of("科长", "副局长", "村党支部书记", "村委会主任", "会计",
      "项目经理", "采购员", "副校长", "后勤主任", "科员", "社区主任", "出纳");

  private static final List<String> TOPICS = List.of("小微权力清单落实情况", "营商环境专项监督", "食堂管理专项整治",
      "村级集体“三资”管理", "工程招投标专项检查", "医疗采购专项监督", "惠民补贴资金发放", "“四风”问题暗访",
      "审批服务效能督查", "清廉单元建设调研督导");

  private static final List<String> PROBLEMS = List.of("集体资金支出未经民主决策程序", "工程项目未按规定公开招标",
      "医用耗材采购未按规定公开比选", "公务接待超标准", "补贴资金发放台账不全", "食堂采购账目不清",
      "审批事项超时限办理", "资产租赁合同未经集体讨论", "违规收受企业礼金", "政府采购化整为零规避招标");

  private static final List<String> MEASURES = List.of("完善制度并追回款项", "建立台账并公开公示", "开展警示教育",
      "修订采购管理办法", "规范审批流程", "组织专项整改");

  private static final List<String> TASK_VERBS = List.of("推进", "深化", "开展", "建立", "完善", "落实");

  private static final List<String> TASK_OBJECTS = List.of("小微权力清单制度全覆盖", "清廉机关建设", "清廉学校建设示范创建",
      "清廉医院专项行动", "国企廉洁风险防控", "村级“三资”监管平台", "家风家教宣传", "营商环境监督",
      "政务服务“最多跑一次”改革", "廉洁文化阵地建设");

  static String pick(List<String> words, SplittableRandom rng) {
    return words.get(rng.nextInt(words.size()));
  }

  static String person(SplittableRandom rng) {
    return pick(SURNAMES, rng) + "某" + (rng.nextBoolean() ? "某" : "");
  }

  static String position(SplittableRandom rng) {
    return pick(POSITIONS, rng);
  }

  static String topic(SplittableRandom rng) {
    return pick(TOPICS, rng);
  }

  static String problem(SplittableRandom rng) {
    return pick(PROBLEMS, rng);
  }

  static String measures(SplittableRandom rng) {
    return pick(MEASURES, rng);
  }

  static String task(SplittableRandom rng) {
    return pick(TASK_VERBS, rng) + pick(TASK_OBJECTS, rng);
  }

  static String township(int index) {
    return TOWNSHIPS.get(index % TOWNSHIPS.size()) + (index % 3 == 0 ? "街道" : "镇");
  }

  static String village(int index) {
    return VILLAGES.get(index % VILLAGES.size()) + "村";
  }

  /** A unit's name from its category, its area and its place in the area. */
  static String unit(UnitCategory category, String area, int local, SplittableRandom rng) {
    String place = township(local / 20);
    switch (category.code()) {
      case "ORGAN": return area + pick(DEPARTMENTS, rng);
      case "SCHOOL": return area + (rng.nextBoolean() ? "第" + (local % 30 + 1) + "中学" : place + "小学");
      case "HOSPITAL": return area + (rng.nextBoolean() ? "人民医院" : place + "卫生院");
      case "STATE_ENTERPRISE": return area + pick(List.of("城市建设投资", "交通投资", "水务", "国有资本运营"), rng) + "集团有限公司";
      case "PRIVATE_ENTERPRISE": return area + pick(List.of("华创", "鑫源", "恒通", "远景"), rng) + "科技有限公司";
      case "VILLAGE_COMMUNITY": return area + place + village(local) + (rng.nextBoolean() ? "" : "经济合作社");
      case "FAMILY": return area + place + village(local) + pick(SURNAMES, rng) + "某家庭";
      case "TRANSPORT": return area + "公路事业发展中心";
      case "CULTURE": return area + "文化馆";
      case "FINANCE": return area + "农村商业银行" + place + "支行";
      case "CONSTRUCTION": return area + place + "安置房工程项目部";
      default: return area + place + "单位" + local;
    }
  }
}
