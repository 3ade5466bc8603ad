// The default rule set (CMP-1..CMP-3, CMP-5): the seeds ask for content that is lawful, true, not
// exaggerated, sourced, free of bad tendency and of IP and privacy infringement (S2 基本原则, 内容发布,
// 违规行为界定, 广告投放, 外部监督; S1 ch.4.1) and name "relevant laws" without listing them. These
// are those laws as data: a company's legal department copies and edits the set, or adds its own rules
// and allow-list in the policy's compliance section, without code. Severities are our defaults.
import type { Labels } from '../core/labels.js';
import type { LegalBasis, RuleSet } from './model.js';

const L = (zhCN: string, zhTW: string, en: string): Labels => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, en });
const AD_LAW = L('中华人民共和国广告法', '中華人民共和國廣告法', 'Advertising Law of the PRC');
const NET_AD = L('互联网广告管理办法（2023）', '互聯網廣告管理辦法（2023）', 'Measures for the Administration of Internet Advertising (2023)');
const PIPL = L('中华人民共和国个人信息保护法', '中華人民共和國個人信息保護法', 'Personal Information Protection Law of the PRC');
const COPYRIGHT = L('中华人民共和国著作权法', '中華人民共和國著作權法', 'Copyright Law of the PRC');
const AUCL = L('中华人民共和国反不正当竞争法', '中華人民共和國反不正當競爭法', 'Anti-Unfair Competition Law of the PRC');

const basis = (law: Labels, article: string, text: string, seed?: string): LegalBasis => (seed ? { law, article, text, seed } : { law, article, text });

/**
 * The default rule set: advertising-law absolute terms (art.9(3)), quoted data without a source
 * (art.11), advertising that is not identifiable (art.14; 互联网广告管理办法 art.9), medical, drug and
 * health-food efficacy claims (arts.16–18), promises of principal or return (art.25), false or
 * exaggerated claims (art.4, art.28; S2 基本原则.2), vulgar content (art.9(7)(8); S2 内容发布.1),
 * disparaging competitors (art.13; 反不正当竞争法 art.11; S2 外部监督.2), personal data (个人信息保护法
 * arts.13, 28; S3 §8.1.3), and unlicensed or expired media (著作权法 art.52; S2 违规行为界定). The
 * allow-list keeps ordinal and time phrases (第一季度, 第一次) from being read as absolute claims.
 *
 * @example
 * defaultRuleSet.rules.map((r) => r.id).includes('ad-law.absolute') //=> true
 */
export const defaultRuleSet: RuleSet = {
  id: 'default',
  labels: L('默认合规规则集', '預設合規規則集', 'Default compliance rule set'),
  rules: [
    {
      id: 'ad-law.absolute',
      category: 'absolute-terms',
      severity: 'high',
      basis: basis(AD_LAW, '第九条第（三）项', '广告不得使用“国家级”、“最高级”、“最佳”等用语。', 'S2 基本原则.1'),
      labels: L('绝对化用语', '絕對化用語', 'Absolute terms'),
      terms: [
        '国家级', '世界级', '全球级', '宇宙级', '最高级', '最佳', '最好', '最优', '最优秀', '最强', '最大', '最高', '最低', '最便宜',
        '最先进', '最新技术', '最新科技', '最流行', '最受欢迎', '最时尚', '最舒适', '最安全', '最专业', '最权威', '最正宗', '最火',
        '最赚', '最顶级', '最具', '最能', '最符合', '最底', '最低价', '最高档', '最奢侈', '最豪华', '最佳效果', '最齐全', '最值得',
        '第一', '第一品牌', '全国第一', '全网第一', 'NO.1', 'TOP1', 'Top 1', '顶级', '顶尖', '极品', '极致', '极佳', '绝佳', '绝对',
        '唯一', '独一无二', '独家', '首个', '首选', '首家', '首款', '首发', '全网首发', '全国首家', '金牌', '王牌', '领袖品牌',
        '领导品牌', '领先', '世界领先', '遥遥领先', '史无前例', '前无古人', '绝无仅有', '万能', '百分之百', '零风险', '永久',
        '终极', '空前绝后', '巅峰', '销量冠军', '销量第一', '第一品质', '无敌', '王者', '至尊', '完美', '全球首发', '填补国内空白',
      ],
      advice: L('删除绝对化用语，改用可证实、有出处的具体描述。', '刪除絕對化用語，改用可證實、有出處的具體描述。', 'Remove the absolute term; describe what can be proven, with its source.'),
      rewrites: [
        { term: '最佳', replacement: '优秀' },
        { term: '最好', replacement: '很好' },
        { term: '第一', replacement: '领先之一（须有出处）' },
        { term: '顶级', replacement: '高品质' },
        { term: '国家级', replacement: '（删除，或注明具体认证名称）' },
        { term: '首选', replacement: '值得考虑' },
        { term: '唯一', replacement: '（删除）' },
      ],
    },
    {
      id: 'ad-law.unsourced-data',
      category: 'unsourced-data',
      severity: 'medium',
      basis: basis(AD_LAW, '第十一条第二款', '广告使用数据、统计资料、调查结果、文摘、引用语等引证内容的，应当真实、准确，并表明出处。', 'S1 ch.4.1 信息来源可靠'),
      labels: L('引证数据未标明出处', '引證數據未標明出處', 'Data quoted without a source'),
      detector: 'unsourced-data',
      advice: L('在同一句中注明数据来源，或在条目中登记来源。', '在同一句中註明數據來源，或在條目中登記來源。', 'Name the source in the same sentence, or record it with the item.'),
    },
    {
      id: 'ad-law.identifiable',
      category: 'ad-identification',
      severity: 'high',
      basis: basis(NET_AD, '第九条；广告法第十四条', '互联网广告应当具有可识别性，能够使消费者辨明其为广告。竞价排名的商品或者服务，以及通过知识介绍、体验分享、消费测评等形式推销商品或者服务并附加购物链接等购买方式的，应当显著标明“广告”。', 'S2 广告投放.1'),
      labels: L('广告须标明「广告」', '廣告須標明「廣告」', 'Advertising must carry the 「广告」 label'),
      detector: 'ad-label-missing',
      advice: L('在标题或正文显著位置标明「广告」。', '在標題或正文顯著位置標明「廣告」。', 'Mark the item 「广告」 prominently in its title or body.'),
    },
    {
      id: 'ad-law.medical',
      category: 'medical-claims',
      severity: 'high',
      basis: basis(AD_LAW, '第十六条至第十八条', '医疗、药品、医疗器械、保健食品广告不得含有表示功效、安全性的断言或者保证，不得说明治愈率或者有效率；其他广告不得涉及疾病治疗功能，不得使用医疗用语。', 'S2 基本原则.2'),
      labels: L('医疗、药品、保健食品功效宣称', '醫療、藥品、保健食品功效宣稱', 'Medical, drug or health-food efficacy claims'),
      terms: [
        '治愈', '根治', '药到病除', '包治百病', '一次见效', '立竿见影', '祖传秘方', '无毒副作用', '无副作用', '彻底治愈', '永不复发',
        '治愈率', '有效率', '疗效', '抗癌', '防癌', '治疗癌症', '降血压', '降血糖', '降血脂', '排毒', '消炎', '杀菌', '抗病毒',
        '增强免疫力', '延年益寿', '返老还童', '壮阳', '补肾', '减肥', '瘦身', '丰胸', '生发', '祛斑', '预防疾病', '替代药物', '神药',
        '特效药', '保健功效', '医学证明', '临床验证',
      ],
      advice: L('删除功效断言与疾病治疗用语；医疗、药品、保健食品广告须经审查。', '刪除功效斷言與疾病治療用語；醫療、藥品、保健食品廣告須經審查。', 'Remove efficacy assurances and treatment terms; medical, drug and health-food ads need prior review.'),
    },
    {
      id: 'ad-law.financial',
      category: 'financial-promise',
      severity: 'high',
      basis: basis(AD_LAW, '第二十五条', '招商等有投资回报预期的商品或者服务广告，不得对未来效果、收益或者与其相关的情况作出保证性承诺，明示或者暗示保本、无风险或者保收益等。', 'S2 基本原则.2'),
      labels: L('保本、保收益、无风险承诺', '保本、保收益、無風險承諾', 'Promise of principal, return or no risk'),
      terms: [
        '保本', '保收益', '保息', '无风险', '零风险投资', '稳赚', '稳赚不赔', '只赚不赔', '包赚', '保证收益', '保证盈利', '稳定收益',
        '固定回报', '高额回报', '收益翻倍', '躺赚', '一本万利', '零投资', '刚性兑付', '本金无忧', '年化收益保证', '必涨', '稳涨',
      ],
      advice: L('删除保本、保收益、无风险等承诺，并提示投资风险。', '刪除保本、保收益、無風險等承諾，並提示投資風險。', 'Remove promises of principal, return or safety and state the investment risk.'),
    },
    {
      id: 'ad-law.exaggeration',
      category: 'exaggeration',
      severity: 'medium',
      basis: basis(AD_LAW, '第四条、第二十八条', '广告不得含有虚假或者引人误解的内容，不得欺骗、误导消费者。', 'S2 基本原则.2 不得虚假宣传、夸大产品或服务功效'),
      labels: L('虚假或夸大宣传', '虛假或誇大宣傳', 'False or exaggerated claims'),
      terms: [
        '全网最低', '史上最低', '秒杀全网', '假一赔十', '假一赔万', '无效退款', '百分百有效', '立即见效', '瞬间见效',
        '永不褪色', '永不磨损', '绝对正品', '官方认证', '国家认证', '央视推荐', '明星同款', '专家推荐', '全民疯抢', '限时免费',
        '仅剩最后', '错过再等一年', '点击领取', '免费领取', '中奖', '随便用',
      ],
      advice: L('核实并保留证明材料；无法证实的删除。', '核實並保留證明材料；無法證實的刪除。', 'Verify and keep the evidence; remove what cannot be proven.'),
    },
    {
      id: 'content.vulgar',
      category: 'vulgar-misleading',
      severity: 'high',
      basis: basis(AD_LAW, '第九条第（七）（八）项', '广告不得妨碍社会公共秩序或者违背社会良好风尚，不得含有淫秽、色情、赌博、迷信、恐怖、暴力的内容。', 'S2 内容发布.1 无不良导向'),
      labels: L('低俗或不良导向内容', '低俗或不良導向內容', 'Vulgar content or bad tendency'),
      terms: ['色情', '裸聊', '约炮', '黄色视频', '赌博', '博彩', '六合彩', '开光', '转运', '算命', '风水大师', '血腥', '屌丝', '撩妹'],
      advice: L('删除低俗、迷信、赌博等内容。', '刪除低俗、迷信、賭博等內容。', 'Remove vulgar, superstitious or gambling content.'),
    },
    {
      id: 'competition.disparage',
      category: 'disparagement',
      severity: 'medium',
      basis: basis(AUCL, '第十一条；广告法第十三条', '经营者不得编造、传播虚假信息或者误导性信息，损害竞争对手的商业信誉、商品声誉；广告不得贬低其他生产经营者的商品或者服务。', 'S2 外部监督.2 避免不正当竞争'),
      labels: L('贬低竞争对手', '貶低競爭對手', 'Disparaging competitors'),
      terms: ['吊打', '秒杀同行', '完爆', '碾压同行', '碾压竞品', '竞品都是', '其他品牌都是', '友商都是', '山寨货', '杂牌', '垃圾品牌', '比某某好', '智商税'],
      advice: L('删除贬低他人的比较；对比须有依据、不指向具体对手。', '刪除貶低他人的比較；對比須有依據、不指向具體對手。', 'Remove disparaging comparisons; a comparison needs evidence and no named target.'),
    },
    {
      id: 'privacy.mobile',
      category: 'personal-data',
      severity: 'medium',
      basis: basis(PIPL, '第十三条', '处理个人信息应当取得个人同意或具备其他法定事由。', 'S3 §8.1.3 用户隐私'),
      labels: L('手机号码', '手機號碼', 'Mobile number'),
      detector: 'mobile-number',
      advice: L('删除或打码，确有需要时取得本人同意。', '刪除或打碼，確有需要時取得本人同意。', 'Remove or mask it; get the person’s consent where it is needed.'),
    },
    {
      id: 'privacy.resident-id',
      category: 'personal-data',
      severity: 'high',
      basis: basis(PIPL, '第二十八条', '特定身份、金融账户、行踪轨迹等信息属于敏感个人信息，只有在具有特定的目的和充分的必要性，并采取严格保护措施的情形下，方可处理。', 'S3 §8.1.3 用户隐私'),
      labels: L('居民身份证号码', '居民身分證號碼', 'Resident ID number'),
      detector: 'resident-id',
      advice: L('删除身份证号码。', '刪除身分證號碼。', 'Remove the ID number.'),
    },
    {
      id: 'privacy.bank-card',
      category: 'personal-data',
      severity: 'high',
      basis: basis(PIPL, '第二十八条', '特定身份、金融账户、行踪轨迹等信息属于敏感个人信息，只有在具有特定的目的和充分的必要性，并采取严格保护措施的情形下，方可处理。', 'S3 §8.1.3 用户隐私'),
      labels: L('银行卡号', '銀行卡號', 'Bank card number'),
      detector: 'bank-card',
      advice: L('删除银行卡号。', '刪除銀行卡號。', 'Remove the card number.'),
    },
    {
      id: 'privacy.email',
      category: 'personal-data',
      severity: 'low',
      basis: basis(PIPL, '第十三条', '处理个人信息应当取得个人同意或具备其他法定事由。', 'S3 §8.1.3 用户隐私'),
      labels: L('电子邮箱地址', '電子郵箱地址', 'E-mail address'),
      detector: 'email',
      advice: L('公司公开邮箱可保留；个人邮箱须删除或取得同意。', '公司公開郵箱可保留；個人郵箱須刪除或取得同意。', 'A public company address may stay; a personal one goes, or needs consent.'),
    },
    {
      id: 'ip.unlicensed',
      category: 'asset-licence',
      severity: 'high',
      basis: basis(COPYRIGHT, '第五十二条、第五十三条', '未经著作权人许可，复制、发行、通过信息网络向公众传播其作品的，应当承担侵权责任。', 'S2 违规行为界定 侵犯知识产权'),
      labels: L('素材无授权记录', '素材無授權記錄', 'Asset without a licence record'),
      detector: 'asset-unlicensed',
      advice: L('登记授权（权利人、范围、期限）或更换自有素材。', '登記授權（權利人、範圍、期限）或更換自有素材。', 'Record the licence (owner, scope, term) or use the company’s own asset.'),
    },
    {
      id: 'ip.expired',
      category: 'asset-licence',
      severity: 'high',
      basis: basis(COPYRIGHT, '第五十二条、第五十三条', '未经著作权人许可，复制、发行、通过信息网络向公众传播其作品的，应当承担侵权责任。', 'S2 违规行为界定 侵犯知识产权'),
      labels: L('素材授权已过期', '素材授權已過期', 'Asset licence expired'),
      detector: 'asset-expired',
      advice: L('续签授权或撤换素材。', '續簽授權或撤換素材。', 'Renew the licence or replace the asset.'),
    },
  ],
  allow: [
    { phrase: '第一季度', rules: ['ad-law.absolute'], note: '时间表述' },
    { phrase: '第一次', rules: ['ad-law.absolute'], note: '序数' },
    { phrase: '第一步', rules: ['ad-law.absolute'], note: '序数' },
    { phrase: '第一天', rules: ['ad-law.absolute'], note: '序数' },
    { phrase: '第一期', rules: ['ad-law.absolute'], note: '序数' },
    { phrase: '第一批', rules: ['ad-law.absolute'], note: '序数' },
    { phrase: '第一届', rules: ['ad-law.absolute'], note: '序数' },
    { phrase: '第一章', rules: ['ad-law.absolute'], note: '序数' },
    { phrase: '第一条', rules: ['ad-law.absolute'], note: '序数' },
    { phrase: '第一时间', rules: ['ad-law.absolute'], note: '时间表述' },
    { phrase: '唯一标识', rules: ['ad-law.absolute'], note: '技术用语' },
    { phrase: '顶级域名', rules: ['ad-law.absolute'], note: '技术用语' },
    { phrase: '绝对值', rules: ['ad-law.absolute'], note: '数学用语' },
    { phrase: '最低工资', rules: ['ad-law.absolute'], note: '法律用语' },
    { phrase: '最高人民法院', rules: ['ad-law.absolute'], note: '机关名称' },
    { phrase: '最高人民检察院', rules: ['ad-law.absolute'], note: '机关名称' },
    { phrase: '首发式', rules: ['ad-law.absolute'], note: '活动名称' },
    { phrase: '第一代', rules: ['ad-law.absolute'], note: '序数' },
    { phrase: '第一阶段', rules: ['ad-law.absolute'], note: '序数' },
    { phrase: '第一部分', rules: ['ad-law.absolute'], note: '序数' },
    { phrase: '第一个', rules: ['ad-law.absolute'], note: '序数' },
    { phrase: '第一百', rules: ['ad-law.absolute'], note: '数词' },
    { phrase: '第一眼', rules: ['ad-law.absolute'], note: '序数' },
    { phrase: '第一线', rules: ['ad-law.absolute'], note: '常用词' },
    { phrase: '第一波', rules: ['ad-law.absolute'], note: '序数' },
    { phrase: '您最好', rules: ['ad-law.absolute'], note: '建议语气' },
    { phrase: '最大容量', rules: ['ad-law.absolute'], note: '规格参数' },
    { phrase: '王者荣耀', rules: ['ad-law.absolute'], note: '产品名称' },
    { phrase: '杜绝对', rules: ['ad-law.absolute'], note: '跨词（杜绝+对）' },
    { phrase: '确保本人', rules: ['ad-law.financial'], note: '跨词（确保+本人）' },
    { phrase: '学生发现', rules: ['ad-law.medical'], note: '跨词（学生+发现）' },
    { phrase: '更有效率', rules: ['ad-law.medical'], note: '工作效率' },
    { phrase: '转运中心', rules: ['content.vulgar'], note: '物流用语' },
  ],
};

