// Every labelled enumeration of the compliance domain, each value labelled in zh-CN, zh-TW and en. The
// values arrays feed the zod schemas of `policy.ts`, so schema and labels never drift apart.
import { labelledEnum, type EnumValue } from '../core/labels.js';

/**
 * What a compliance rule is about (CMP-1..CMP-3): the group a legal reviewer reads its findings under.
 *
 * @example
 * complianceCategory.label('absolute-terms', 'zh-CN') //=> '绝对化用语'
 */
export const complianceCategory = /* @__PURE__ */ labelledEnum('complianceCategory', {
  'absolute-terms': { 'zh-CN': '绝对化用语', 'zh-TW': '絕對化用語', en: 'Absolute terms' },
  'unsourced-data': { 'zh-CN': '引证数据未标明出处', 'zh-TW': '引證數據未標明出處', en: 'Data quoted without a source' },
  'ad-identification': { 'zh-CN': '广告可识别性', 'zh-TW': '廣告可識別性', en: 'Advertising not identifiable' },
  'medical-claims': { 'zh-CN': '医疗、药品、保健食品功效', 'zh-TW': '醫療、藥品、保健食品功效', en: 'Medical, drug or health-food efficacy' },
  'financial-promise': { 'zh-CN': '保本保收益承诺', 'zh-TW': '保本保收益承諾', en: 'Promise of principal or return' },
  exaggeration: { 'zh-CN': '虚假或夸大宣传', 'zh-TW': '虛假或誇大宣傳', en: 'False or exaggerated claims' },
  'vulgar-misleading': { 'zh-CN': '低俗或误导内容', 'zh-TW': '低俗或誤導內容', en: 'Vulgar or misleading content' },
  disparagement: { 'zh-CN': '贬低竞争对手', 'zh-TW': '貶低競爭對手', en: 'Disparaging competitors' },
  'personal-data': { 'zh-CN': '个人信息', 'zh-TW': '個人資訊', en: 'Personal data' },
  'asset-licence': { 'zh-CN': '素材授权', 'zh-TW': '素材授權', en: 'Asset licence' },
});
/** See {@link complianceCategory}. @example const c: ComplianceCategory = 'absolute-terms'; */
export type ComplianceCategory = EnumValue<typeof complianceCategory>;

/**
 * How serious a finding is. The policy turns severities into the item's risk level (CMP-4): any `high`
 * finding makes the item high risk.
 *
 * @example
 * findingSeverity.label('high', 'zh-TW') //=> '嚴重'
 */
export const findingSeverity = /* @__PURE__ */ labelledEnum('findingSeverity', {
  high: { 'zh-CN': '严重', 'zh-TW': '嚴重', en: 'High' },
  medium: { 'zh-CN': '一般', 'zh-TW': '一般', en: 'Medium' },
  low: { 'zh-CN': '轻微', 'zh-TW': '輕微', en: 'Low' },
});
/** See {@link findingSeverity}. @example const s: FindingSeverity = 'medium'; */
export type FindingSeverity = EnumValue<typeof findingSeverity>;

/**
 * A built-in detector a rule can name instead of a term list. The first five read text (`scan`); the
 * last three read the item as a whole (`assessContent`): its advertising flags and its media.
 *
 * @example
 * complianceDetector.label('resident-id', 'zh-CN') //=> '居民身份证号码（校验码已核对）'
 */
export const complianceDetector = /* @__PURE__ */ labelledEnum('complianceDetector', {
  'mobile-number': { 'zh-CN': '大陆手机号码', 'zh-TW': '大陸手機號碼', en: 'Mainland mobile number' },
  'resident-id': { 'zh-CN': '居民身份证号码（校验码已核对）', 'zh-TW': '居民身分證號碼（校驗碼已核對）', en: 'Resident ID number (check digit verified)' },
  'bank-card': { 'zh-CN': '银行卡号（Luhn 校验）', 'zh-TW': '銀行卡號（Luhn 校驗）', en: 'Bank card number (Luhn checked)' },
  email: { 'zh-CN': '电子邮箱地址', 'zh-TW': '電子郵箱地址', en: 'E-mail address' },
  'unsourced-data': { 'zh-CN': '无出处的数据或调查结果（启发式）', 'zh-TW': '無出處的數據或調查結果（啟發式）', en: 'Statistics or survey results without a source (heuristic)' },
  'ad-label-missing': { 'zh-CN': '广告未标明「广告」', 'zh-TW': '廣告未標明「廣告」', en: 'Advertising without the 「广告」 label' },
  'asset-unlicensed': { 'zh-CN': '素材无授权记录', 'zh-TW': '素材無授權記錄', en: 'Asset without a licence record' },
  'asset-expired': { 'zh-CN': '素材授权已过期', 'zh-TW': '素材授權已過期', en: 'Asset licence expired' },
});
/** See {@link complianceDetector}. @example const d: ComplianceDetector = 'bank-card'; */
export type ComplianceDetector = EnumValue<typeof complianceDetector>;

/**
 * Where in an item a finding was made.
 *
 * @example
 * findingField.label('media', 'en') //=> 'Media'
 */
export const findingField = /* @__PURE__ */ labelledEnum('findingField', {
  title: { 'zh-CN': '标题', 'zh-TW': '標題', en: 'Title' },
  body: { 'zh-CN': '正文', 'zh-TW': '正文', en: 'Body' },
  tags: { 'zh-CN': '标签', 'zh-TW': '標籤', en: 'Tags' },
  keywords: { 'zh-CN': '关键词', 'zh-TW': '關鍵詞', en: 'Keywords' },
  media: { 'zh-CN': '素材', 'zh-TW': '素材', en: 'Media' },
  item: { 'zh-CN': '整体', 'zh-TW': '整體', en: 'Whole item' },
});
/** See {@link findingField}. @example const f: FindingField = 'body'; */
export type FindingField = EnumValue<typeof findingField>;

/**
 * Why an item counts as advertising that must carry the 「广告」 label (广告法 art.14; 互联网广告管理办法
 * art.9): it is flagged as advertising, it is a paid ranking result, or it is a review or experience post
 * with a purchase link.
 *
 * @example
 * adReason.label('paid-ranking', 'zh-CN') //=> '竞价排名'
 */
export const adReason = /* @__PURE__ */ labelledEnum('adReason', {
  advertising: { 'zh-CN': '标记为广告', 'zh-TW': '標記為廣告', en: 'Flagged as advertising' },
  'paid-ranking': { 'zh-CN': '竞价排名', 'zh-TW': '競價排名', en: 'Paid ranking result' },
  'review-with-purchase-link': { 'zh-CN': '测评/体验分享附购物链接', 'zh-TW': '測評/體驗分享附購物連結', en: 'Review or experience post with a purchase link' },
});
/** See {@link adReason}. @example const r: AdReason = 'paid-ranking'; */
export type AdReason = EnumValue<typeof adReason>;

/**
 * The kind of a media asset attached to an item.
 *
 * @example
 * assetKind.label('video', 'zh-TW') //=> '影片'
 */
export const assetKind = /* @__PURE__ */ labelledEnum('assetKind', {
  image: { 'zh-CN': '图片', 'zh-TW': '圖片', en: 'Image' },
  video: { 'zh-CN': '视频', 'zh-TW': '影片', en: 'Video' },
  audio: { 'zh-CN': '音频', 'zh-TW': '音訊', en: 'Audio' },
});
/** See {@link assetKind}. @example const k: AssetKind = 'image'; */
export type AssetKind = EnumValue<typeof assetKind>;
